/// Buffers of a vectored read or write. For reads the bytes are written through the pointers; for writes
/// they are only read. They point into guest memory and are valid for the duration of one call only.
public typealias IOVecs = UnsafeBufferPointer<UnsafeMutableRawBufferPointer>

/// The WASI preview1 calls, decoded: one method per import. Arguments are Swift values, failures are
/// `Errno`s, and an implementation never touches guest memory (buffers it gets are already bounds-checked
/// slices of it). `WASIModule` decodes the ABI and calls a `System`; `GlibcSystem` implements it over the
/// host; `TracingSystem` wraps any other to log the calls.
///
/// Methods run on the guest's thread, one at a time.
public protocol System: AnyObject {
    // MARK: args, environ, clocks, random
    func argsGet() throws(Errno) -> [String]
    func environGet() throws(Errno) -> [String]
    func clockResGet(_ id: UInt32) throws(Errno) -> Timestamp
    func clockTimeGet(_ id: UInt32, precision: Timestamp) throws(Errno) -> Timestamp
    func randomGet(_ buffer: UnsafeMutableRawBufferPointer) throws(Errno)

    // MARK: file descriptors
    func fdAdvise(_ fd: FD, offset: UInt64, length: UInt64, advice: Advice) throws(Errno)
    func fdAllocate(_ fd: FD, offset: UInt64, length: UInt64) throws(Errno)
    func fdClose(_ fd: FD) throws(Errno)
    func fdDataSync(_ fd: FD) throws(Errno)
    func fdStatGet(_ fd: FD) throws(Errno) -> FDStat
    func fdStatSetFlags(_ fd: FD, flags: FDFlags) throws(Errno)
    func fdStatSetRights(_ fd: FD, base: Rights, inheriting: Rights) throws(Errno)
    func fdFileStatGet(_ fd: FD) throws(Errno) -> FileStat
    func fdFileStatSetSize(_ fd: FD, size: UInt64) throws(Errno)
    func fdFileStatSetTimes(_ fd: FD, accessTime: Timestamp, modifyTime: Timestamp, flags: FSTFlags) throws(Errno)
    func fdPread(_ fd: FD, _ iovecs: IOVecs, offset: UInt64) throws(Errno) -> Int
    func fdPwrite(_ fd: FD, _ iovecs: IOVecs, offset: UInt64) throws(Errno) -> Int
    /// The guest name of a preopened directory.
    func fdPreStatGet(_ fd: FD) throws(Errno) -> String
    func fdRead(_ fd: FD, _ iovecs: IOVecs) throws(Errno) -> Int
    func fdWrite(_ fd: FD, _ iovecs: IOVecs) throws(Errno) -> Int
    /// Appends entries starting at `cookie` to `entries` until their encoded sizes reach `bufferSize`
    /// (the last one may not fit: the ABI layer truncates it) or the directory ends.
    func fdReadDir(_ fd: FD, cookie: UInt64, bufferSize: Int, into entries: inout [DirEntry]) throws(Errno)
    func fdRenumber(from: FD, to: FD) throws(Errno)
    /// Returns the new offset.
    func fdSeek(_ fd: FD, offset: Int64, whence: Whence) throws(Errno) -> UInt64
    func fdSync(_ fd: FD) throws(Errno)
    func fdTell(_ fd: FD) throws(Errno) -> UInt64

    // MARK: paths (resolved beneath the directory fd)
    func pathCreateDirectory(_ fd: FD, _ path: String) throws(Errno)
    func pathFileStatGet(_ fd: FD, flags: LookupFlags, _ path: String) throws(Errno) -> FileStat
    func pathFileStatSetTimes(_ fd: FD, flags: LookupFlags, _ path: String, accessTime: Timestamp,
                              modifyTime: Timestamp, fstFlags: FSTFlags) throws(Errno)
    func pathLink(_ oldFD: FD, flags: LookupFlags, _ oldPath: String, _ newFD: FD, _ newPath: String) throws(Errno)
    func pathOpen(_ fd: FD, dirFlags: LookupFlags, _ path: String, openFlags: OpenFlags, rightsBase: Rights,
                  rightsInheriting: Rights, fdFlags: FDFlags) throws(Errno) -> FD
    /// The link's full target; the ABI layer truncates it to the guest's buffer.
    func pathReadLink(_ fd: FD, _ path: String) throws(Errno) -> [UInt8]
    func pathRemoveDirectory(_ fd: FD, _ path: String) throws(Errno)
    func pathRename(_ fd: FD, _ oldPath: String, _ newFD: FD, _ newPath: String) throws(Errno)
    func pathSymlink(_ target: String, _ fd: FD, _ path: String) throws(Errno)
    func pathUnlinkFile(_ fd: FD, _ path: String) throws(Errno)

    // MARK: poll, process
    /// Waits until at least one subscription is ready and appends one event per ready subscription.
    func pollOneOff(_ subscriptions: [Subscription], into events: inout [Event]) throws(Errno)
    /// Called before the guest unwinds with the exit code.
    func procExit(_ code: UInt32) throws(Errno)
    func procRaise(_ signal: UInt8) throws(Errno)
    func schedYield() throws(Errno)

    // MARK: sockets
    func sockAccept(_ fd: FD, flags: FDFlags) throws(Errno) -> FD
    func sockRecv(_ fd: FD, _ iovecs: IOVecs, flags: RIFlags) throws(Errno) -> (Int, ROFlags)
    func sockSend(_ fd: FD, _ iovecs: IOVecs, flags: UInt16) throws(Errno) -> Int
    func sockShutdown(_ fd: FD, how: SDFlags) throws(Errno)

    /// Releases every host resource (open files). Further calls fail with EBADF.
    func close()
}
