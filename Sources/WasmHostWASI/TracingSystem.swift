#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Wraps any `System` and writes one strace-like line per call to a host fd:
/// `Name(args) => result`, `=> ENAME (Message)` on failure, `=> ok` for success without a value.
/// Buffers print as `[N]byte("…")`, cut after `stringSize` bytes (negative: no limit).
public final class TracingSystem: System, @unchecked Sendable {
    public let base: any System
    let output: Int32
    let limit: Int
    private static let lock = Mutex(())

    public init(_ base: any System, output: Int32 = 2, stringSize: Int = 32) {
        self.base = base
        self.output = output
        self.limit = stringSize
    }

    func emit(_ line: String) {
        var text = line
        text += "\n"
        TracingSystem.lock.withLock { _ in
            text.withUTF8 { bytes in
                var offset = 0
                while offset < bytes.count {
                    let n = write(output, bytes.baseAddress! + offset, bytes.count - offset)
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { break }
                    offset += n
                }
            }
        }
    }

    @inline(__always)
    func trace<T>(_ call: @autoclosure () -> String, _ body: () throws(Errno) -> T,
                  _ result: (T) -> String) throws(Errno) -> T {
        let prefix = call()
        do {
            let value = try body()
            emit(prefix + " => " + result(value))
            return value
        } catch {
            emit(prefix + " => E\(error.name) (\(error.message))")
            throw error
        }
    }

    func ok(_ call: @autoclosure () -> String, _ body: () throws(Errno) -> Void) throws(Errno) {
        try trace(call(), body) { _ in "ok" }
    }

    func str(_ s: String) -> String { TraceFormat.string(s, limit: limit) }

    public func argsGet() throws(Errno) -> [String] {
        try trace("ArgsGet()", { () throws(Errno) in try base.argsGet() }) { "[" + $0.map(str).joined(separator: ", ") + "]" }
    }
    public func environGet() throws(Errno) -> [String] {
        try trace("EnvironGet()", { () throws(Errno) in try base.environGet() }) { "[" + $0.map(str).joined(separator: ", ") + "]" }
    }
    public func clockResGet(_ id: UInt32) throws(Errno) -> Timestamp {
        try trace("ClockResGet(\(id))", { () throws(Errno) in try base.clockResGet(id) }) { "\($0)" }
    }
    public func clockTimeGet(_ id: UInt32, precision: Timestamp) throws(Errno) -> Timestamp {
        try trace("ClockTimeGet(\(id), \(precision))", { () throws(Errno) in try base.clockTimeGet(id, precision: precision) }) { "\($0)" }
    }
    public func randomGet(_ buffer: UnsafeMutableRawBufferPointer) throws(Errno) {
        try trace("RandomGet([\(buffer.count)]byte)", { () throws(Errno) in try base.randomGet(buffer) }) {
            TraceFormat.bytes(UnsafeRawBufferPointer(buffer), limit: limit)
        }
    }

    public func fdAdvise(_ fd: FD, offset: UInt64, length: UInt64, advice: Advice) throws(Errno) {
        try ok("FDAdvise(\(fd), \(offset), \(length), \(advice))") { () throws(Errno) in try base.fdAdvise(fd, offset: offset, length: length, advice: advice) }
    }
    public func fdAllocate(_ fd: FD, offset: UInt64, length: UInt64) throws(Errno) {
        try ok("FDAllocate(\(fd), \(offset), \(length))") { () throws(Errno) in try base.fdAllocate(fd, offset: offset, length: length) }
    }
    public func fdClose(_ fd: FD) throws(Errno) {
        try ok("FDClose(\(fd))") { () throws(Errno) in try base.fdClose(fd) }
    }
    public func fdDataSync(_ fd: FD) throws(Errno) {
        try ok("FDDataSync(\(fd))") { () throws(Errno) in try base.fdDataSync(fd) }
    }
    public func fdStatGet(_ fd: FD) throws(Errno) -> FDStat {
        try trace("FDStatGet(\(fd))", { () throws(Errno) in try base.fdStatGet(fd) }) { TraceFormat.fdStat($0) }
    }
    public func fdStatSetFlags(_ fd: FD, flags: FDFlags) throws(Errno) {
        try ok("FDStatSetFlags(\(fd), \(TraceFormat.fdFlags(flags)))") { () throws(Errno) in try base.fdStatSetFlags(fd, flags: flags) }
    }
    public func fdStatSetRights(_ fd: FD, base rights: Rights, inheriting: Rights) throws(Errno) {
        try ok("FDStatSetRights(\(fd), \(TraceFormat.rights(rights)), \(TraceFormat.rights(inheriting)))") { () throws(Errno) in
            try base.fdStatSetRights(fd, base: rights, inheriting: inheriting)
        }
    }
    public func fdFileStatGet(_ fd: FD) throws(Errno) -> FileStat {
        try trace("FDFileStatGet(\(fd))", { () throws(Errno) in try base.fdFileStatGet(fd) }) { TraceFormat.fileStat($0) }
    }
    public func fdFileStatSetSize(_ fd: FD, size: UInt64) throws(Errno) {
        try ok("FDFileStatSetSize(\(fd), \(size))") { () throws(Errno) in try base.fdFileStatSetSize(fd, size: size) }
    }
    public func fdFileStatSetTimes(_ fd: FD, accessTime: Timestamp, modifyTime: Timestamp, flags: FSTFlags) throws(Errno) {
        try ok("FDFileStatSetTimes(\(fd), \(accessTime), \(modifyTime), \(TraceFormat.fstFlags(flags)))") { () throws(Errno) in
            try base.fdFileStatSetTimes(fd, accessTime: accessTime, modifyTime: modifyTime, flags: flags)
        }
    }
    public func fdPread(_ fd: FD, _ iovecs: IOVecs, offset: UInt64) throws(Errno) -> Int {
        try trace("FDPread(\(fd), \(TraceFormat.iovecs(iovecs, limit: limit, data: false)), \(offset))",
                  { () throws(Errno) in try base.fdPread(fd, iovecs, offset: offset) }) {
            "\($0): " + TraceFormat.iovecs(iovecs, limit: limit, data: true, upTo: $0)
        }
    }
    public func fdPwrite(_ fd: FD, _ iovecs: IOVecs, offset: UInt64) throws(Errno) -> Int {
        try trace("FDPwrite(\(fd), \(TraceFormat.iovecs(iovecs, limit: limit, data: true)), \(offset))",
                  { () throws(Errno) in try base.fdPwrite(fd, iovecs, offset: offset) }) { "\($0)" }
    }
    public func fdPreStatGet(_ fd: FD) throws(Errno) -> String {
        try trace("FDPreStatGet(\(fd))", { () throws(Errno) in try base.fdPreStatGet(fd) }) { "{Type:PreOpenDir,PreStatDir:{NameLength:\($0.utf8.count)}} \(str($0))" }
    }
    public func fdRead(_ fd: FD, _ iovecs: IOVecs) throws(Errno) -> Int {
        try trace("FDRead(\(fd), \(TraceFormat.iovecs(iovecs, limit: limit, data: false)))",
                  { () throws(Errno) in try base.fdRead(fd, iovecs) }) {
            "\($0): " + TraceFormat.iovecs(iovecs, limit: limit, data: true, upTo: $0)
        }
    }
    public func fdWrite(_ fd: FD, _ iovecs: IOVecs) throws(Errno) -> Int {
        try trace("FDWrite(\(fd), \(TraceFormat.iovecs(iovecs, limit: limit, data: true)))",
                  { () throws(Errno) in try base.fdWrite(fd, iovecs) }) { "\($0)" }
    }
    public func fdReadDir(_ fd: FD, cookie: UInt64, bufferSize: Int, into entries: inout [DirEntry]) throws(Errno) {
        let start = entries.count
        let prefix = "FDReadDir(\(fd), \(cookie), \(bufferSize))"
        do {
            try base.fdReadDir(fd, cookie: cookie, bufferSize: bufferSize, into: &entries)
            let names = entries[start...].map { str(String(decoding: $0.name, as: UTF8.self)) }
            emit(prefix + " => [\(names.count)]{" + names.joined(separator: ", ") + "}")
        } catch {
            emit(prefix + " => E\(error.name) (\(error.message))")
            throw error
        }
    }
    public func fdRenumber(from: FD, to: FD) throws(Errno) {
        try ok("FDRenumber(\(from), \(to))") { () throws(Errno) in try base.fdRenumber(from: from, to: to) }
    }
    public func fdSeek(_ fd: FD, offset: Int64, whence: Whence) throws(Errno) -> UInt64 {
        let w = ["SeekStart", "SeekCurrent", "SeekEnd"][Int(whence.rawValue)]
        return try trace("FDSeek(\(fd), \(offset), \(w))", { () throws(Errno) in try base.fdSeek(fd, offset: offset, whence: whence) }) { "\($0)" }
    }
    public func fdSync(_ fd: FD) throws(Errno) {
        try ok("FDSync(\(fd))") { () throws(Errno) in try base.fdSync(fd) }
    }
    public func fdTell(_ fd: FD) throws(Errno) -> UInt64 {
        try trace("FDTell(\(fd))", { () throws(Errno) in try base.fdTell(fd) }) { "\($0)" }
    }

    public func pathCreateDirectory(_ fd: FD, _ path: String) throws(Errno) {
        try ok("PathCreateDirectory(\(fd), \(str(path)))") { () throws(Errno) in try base.pathCreateDirectory(fd, path) }
    }
    public func pathFileStatGet(_ fd: FD, flags: LookupFlags, _ path: String) throws(Errno) -> FileStat {
        try trace("PathFileStatGet(\(fd), \(TraceFormat.lookupFlags(flags)), \(str(path)))",
                  { () throws(Errno) in try base.pathFileStatGet(fd, flags: flags, path) }) { TraceFormat.fileStat($0) }
    }
    public func pathFileStatSetTimes(_ fd: FD, flags: LookupFlags, _ path: String, accessTime: Timestamp,
                                     modifyTime: Timestamp, fstFlags: FSTFlags) throws(Errno) {
        try ok("PathFileStatSetTimes(\(fd), \(TraceFormat.lookupFlags(flags)), \(str(path)), \(accessTime), \(modifyTime), \(TraceFormat.fstFlags(fstFlags)))") { () throws(Errno) in
            try base.pathFileStatSetTimes(fd, flags: flags, path, accessTime: accessTime, modifyTime: modifyTime, fstFlags: fstFlags)
        }
    }
    public func pathLink(_ oldFD: FD, flags: LookupFlags, _ oldPath: String, _ newFD: FD, _ newPath: String) throws(Errno) {
        try ok("PathLink(\(oldFD), \(TraceFormat.lookupFlags(flags)), \(str(oldPath)), \(newFD), \(str(newPath)))") { () throws(Errno) in
            try base.pathLink(oldFD, flags: flags, oldPath, newFD, newPath)
        }
    }
    public func pathOpen(_ fd: FD, dirFlags: LookupFlags, _ path: String, openFlags: OpenFlags, rightsBase: Rights,
                         rightsInheriting: Rights, fdFlags: FDFlags) throws(Errno) -> FD {
        try trace("PathOpen(\(fd), \(TraceFormat.lookupFlags(dirFlags)), \(str(path)), \(TraceFormat.openFlags(openFlags)), \(TraceFormat.rights(rightsBase)), \(TraceFormat.rights(rightsInheriting)), \(TraceFormat.fdFlags(fdFlags)))",
                  { () throws(Errno) in
            try base.pathOpen(fd, dirFlags: dirFlags, path, openFlags: openFlags, rightsBase: rightsBase,
                              rightsInheriting: rightsInheriting, fdFlags: fdFlags)
        }) { "\($0)" }
    }
    public func pathReadLink(_ fd: FD, _ path: String) throws(Errno) -> [UInt8] {
        try trace("PathReadLink(\(fd), \(str(path)))", { () throws(Errno) in try base.pathReadLink(fd, path) }) {
            str(String(decoding: $0, as: UTF8.self))
        }
    }
    public func pathRemoveDirectory(_ fd: FD, _ path: String) throws(Errno) {
        try ok("PathRemoveDirectory(\(fd), \(str(path)))") { () throws(Errno) in try base.pathRemoveDirectory(fd, path) }
    }
    public func pathRename(_ fd: FD, _ oldPath: String, _ newFD: FD, _ newPath: String) throws(Errno) {
        try ok("PathRename(\(fd), \(str(oldPath)), \(newFD), \(str(newPath)))") { () throws(Errno) in try base.pathRename(fd, oldPath, newFD, newPath) }
    }
    public func pathSymlink(_ target: String, _ fd: FD, _ path: String) throws(Errno) {
        try ok("PathSymlink(\(str(target)), \(fd), \(str(path)))") { () throws(Errno) in try base.pathSymlink(target, fd, path) }
    }
    public func pathUnlinkFile(_ fd: FD, _ path: String) throws(Errno) {
        try ok("PathUnlinkFile(\(fd), \(str(path)))") { () throws(Errno) in try base.pathUnlinkFile(fd, path) }
    }

    public func pollOneOff(_ subscriptions: [Subscription], into events: inout [Event]) throws(Errno) {
        let start = events.count
        let prefix = "PollOneOff([\(subscriptions.count)]{" + subscriptions.map(TraceFormat.subscription).joined(separator: ", ") + "})"
        do {
            try base.pollOneOff(subscriptions, into: &events)
            emit(prefix + " => [\(events.count - start)]{" + events[start...].map(TraceFormat.event).joined(separator: ", ") + "}")
        } catch {
            emit(prefix + " => E\(error.name) (\(error.message))")
            throw error
        }
    }
    public func procExit(_ code: UInt32) throws(Errno) {
        emit("ProcExit(\(code))")
        try base.procExit(code)
    }
    public func procRaise(_ signal: UInt8) throws(Errno) {
        try ok("ProcRaise(\(signal))") { () throws(Errno) in try base.procRaise(signal) }
    }
    public func schedYield() throws(Errno) {
        try ok("SchedYield()") { () throws(Errno) in try base.schedYield() }
    }

    public func sockAccept(_ fd: FD, flags: FDFlags) throws(Errno) -> FD {
        try trace("SockAccept(\(fd), \(TraceFormat.fdFlags(flags)))", { () throws(Errno) in try base.sockAccept(fd, flags: flags) }) { "\($0)" }
    }
    public func sockRecv(_ fd: FD, _ iovecs: IOVecs, flags: RIFlags) throws(Errno) -> (Int, ROFlags) {
        try trace("SockRecv(\(fd), \(TraceFormat.iovecs(iovecs, limit: limit, data: false)), RIFlags(\(flags.rawValue)))",
                  { () throws(Errno) in try base.sockRecv(fd, iovecs, flags: flags) }) {
            "\($0.0), ROFlags(\($0.1.rawValue)): " + TraceFormat.iovecs(iovecs, limit: limit, data: true, upTo: $0.0)
        }
    }
    public func sockSend(_ fd: FD, _ iovecs: IOVecs, flags: UInt16) throws(Errno) -> Int {
        try trace("SockSend(\(fd), \(TraceFormat.iovecs(iovecs, limit: limit, data: true)), SIFlags(\(flags)))",
                  { () throws(Errno) in try base.sockSend(fd, iovecs, flags: flags) }) { "\($0)" }
    }
    public func sockShutdown(_ fd: FD, how: SDFlags) throws(Errno) {
        try ok("SockShutdown(\(fd), \(TraceFormat.flags(how.rawValue, ["ShutdownRD", "ShutdownWR"], empty: "SDFlags(0)")))") { () throws(Errno) in
            try base.sockShutdown(fd, how: how)
        }
    }

    public func close() { base.close() }
}
