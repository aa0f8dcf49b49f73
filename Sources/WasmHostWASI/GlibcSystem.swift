#if canImport(Glibc)
import Glibc

/// The host implementation of `System` over Glibc: `*at` syscalls beneath sandboxed directory fds,
/// vectored I/O, `ppoll`. One per guest instance; not thread-safe (the guest calls it from one thread).
public final class GlibcSystem: System, @unchecked Sendable {
    var table: FileTable<HostFile>
    let arguments: [String]
    let environment: [String]
    let realtime: WASIClock?
    let monotonic: WASIClock?
    let random: (@Sendable (UnsafeMutableRawBufferPointer) -> Void)?
    let raiseExits: Bool
    /// Socket extension settings (`GlibcSystem+Sockets.swift`).
    let socketExtension: SocketExtension, socketPolicy: SocketPolicy
    /// Host monotonic time at creation: clock 1 counts from here.
    let startTime: Timestamp
    /// Reused `iovec` array for vectored calls.
    var iovecScratch: UnsafeMutablePointer<iovec>
    var iovecCapacity = 16

    /// Opens stdio and the preopened directories of `configuration`; fails if a directory cannot be opened.
    public init(_ configuration: WASIConfiguration) throws(Errno) {
        table = FileTable(maxOpenFiles: configuration.maxOpenFiles, maxOpenDirs: configuration.maxOpenDirs)
        arguments = configuration.arguments
        environment = configuration.environment
        realtime = configuration.realtimeClock
        monotonic = configuration.monotonicClock
        random = configuration.random
        raiseExits = configuration.raiseExits
        socketExtension = configuration.socketExtension
        socketPolicy = configuration.socketPolicy
        startTime = GlibcSystem.hostClock(CLOCK_MONOTONIC)
        iovecScratch = .allocate(capacity: iovecCapacity)
        do {
            let stdio = [configuration.stdin, configuration.stdout, configuration.stderr]
            for (index, source) in stdio.enumerated() {
                _ = try table.insert(try GlibcSystem.openStdio(source, index: Int32(index),
                                                                nonBlocking: configuration.nonBlockingStdio), limited: false)
            }
            for preopen in configuration.preopens {
                _ = try table.insert(try GlibcSystem.openPreopen(preopen), limited: false)
            }
            for socket in configuration.sockets {
                _ = try table.insert(try GlibcSystem.openSocket(socket), limited: false)
            }
        } catch {
            close()
            iovecScratch.deallocate()
            throw error
        }
    }

    deinit {
        close()
        iovecScratch.deallocate()
    }

    public func close() {
        for fd in table.openFDs {
            if let entry = try? table.remove(fd) { entry.file.close() }
        }
    }

    static func openStdio(_ source: StdioSource, index: Int32, nonBlocking: Bool) throws(Errno) -> FileEntry<HostFile> {
        let fd: Int32
        switch source {
        case .buffer(let buffer):
            return FileEntry(file: HostFile(.buffer(buffer)),
                             stat: FDStat(fileType: .unknown, rightsBase: .tty, rightsInheriting: []))
        case .fileDescriptor(let hostFD):
            fd = fcntl(hostFD, F_DUPFD_CLOEXEC, 3)
        case .inherit:
            // A fresh open file description keeps O_NONBLOCK away from the parent's shell.
            var reopened: Int32 = -1
            var original = stat()
            let regularFile = fstat(index, &original) == 0 && original.st_mode & S_IFMT == S_IFREG
            // A regular file reopened would start at offset 0 (and O_NONBLOCK means nothing for it).
            if nonBlocking && !regularFile {
                let path = ["/dev/stdin", "/dev/stdout", "/dev/stderr"][Int(index)]
                let mode = index == 0 ? O_RDONLY : O_WRONLY | (fcntl(index, F_GETFL) & O_APPEND)
                reopened = Host.retry { open(path, mode | O_CLOEXEC) }
            }
            fd = reopened >= 0 ? reopened : fcntl(index, F_DUPFD_CLOEXEC, 3)
        }
        guard fd >= 0 else { throw Errno.current }
        var flags: FDFlags = []
        if nonBlocking {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            flags.insert(.nonBlock)
        }
        var st = stat()
        let type: FileType = fstat(fd, &st) == 0 ? FileType(mode: st.st_mode) : .unknown
        let rights: Rights = isatty(fd) != 0 ? .tty : (type.isSocket ? .sockConnection : .file)
        return FileEntry(file: HostFile(.fd(fd)), stat: FDStat(fileType: type, flags: flags, rightsBase: rights, rightsInheriting: []))
    }

    static func openPreopen(_ preopen: Preopen) throws(Errno) -> FileEntry<HostFile> {
        let fd = Host.retry { open(preopen.hostPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard fd >= 0 else { throw Errno.current }
        var base = Rights.directory, inheriting = Rights.directory.union(.file)
        if preopen.readOnly {
            base.subtract(.mutating)
            inheriting.subtract(.mutating)
        }
        return FileEntry(file: HostFile(.fd(fd)), stat: FDStat(fileType: .directory, rightsBase: base, rightsInheriting: inheriting),
                         preopen: preopen.guestPath)
    }

    static func openSocket(_ hostFD: Int32) throws(Errno) -> FileEntry<HostFile> {
        let fd = fcntl(hostFD, F_DUPFD_CLOEXEC, 3)
        guard fd >= 0 else { throw Errno.current }
        func option(_ name: Int32) -> Int32? {
            var value: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            return getsockopt(fd, SOL_SOCKET, name, &value, &length) == 0 ? value : nil
        }
        guard let type = option(SO_TYPE) else {
            let error = Errno.current
            _ = Glibc.close(fd)
            throw error == .notSocket ? .notSocket : error
        }
        let listening = option(SO_ACCEPTCONN) == 1
        let flags: FDFlags = fcntl(fd, F_GETFL) & O_NONBLOCK != 0 ? .nonBlock : []
        let stat = FDStat(fileType: type == Int32(SOCK_DGRAM.rawValue) ? .socketDgram : .socketStream, flags: flags,
                          rightsBase: listening ? .sockListen : .sockConnection, rightsInheriting: .sockConnection)
        return FileEntry(file: HostFile(.fd(fd)), stat: stat)
    }

    /// Makes sure the scratch `iovec` array holds `count` entries and fills it from `iovecs`.
    func hostIOVecs(_ iovecs: IOVecs) -> UnsafeMutablePointer<iovec> {
        if iovecs.count > iovecCapacity {
            iovecScratch.deallocate()
            iovecCapacity = max(iovecs.count, iovecCapacity * 2)
            iovecScratch = .allocate(capacity: iovecCapacity)
        }
        for (i, buffer) in iovecs.enumerated() {
            iovecScratch[i] = iovec(iov_base: buffer.baseAddress, iov_len: buffer.count)
        }
        return iovecScratch
    }

    static func hostClock(_ id: clockid_t) -> Timestamp {
        var ts = timespec()
        clock_gettime(id, &ts)
        return Timestamp(ts)
    }

    // MARK: args, environ, clocks, random

    public func argsGet() throws(Errno) -> [String] { arguments }
    public func environGet() throws(Errno) -> [String] { environment }

    public func clockResGet(_ id: UInt32) throws(Errno) -> Timestamp {
        switch ClockID(rawValue: id) {
        case .realtime: return realtime?.resolution ?? 1_000
        case .monotonic: return monotonic?.resolution ?? 1
        case .processCPUTime, .threadCPUTime: throw .notSupported
        case nil: throw .inval
        }
    }

    public func clockTimeGet(_ id: UInt32, precision: Timestamp) throws(Errno) -> Timestamp {
        switch ClockID(rawValue: id) {
        case .realtime: return realtime?.now() ?? GlibcSystem.hostClock(CLOCK_REALTIME)
        case .monotonic: return monotonic?.now() ?? GlibcSystem.hostClock(CLOCK_MONOTONIC) &- startTime
        case .processCPUTime, .threadCPUTime: throw .notSupported
        case nil: throw .inval
        }
    }

    public func randomGet(_ buffer: UnsafeMutableRawBufferPointer) throws(Errno) {
        if buffer.isEmpty { return }
        if let random {
            random(buffer)
        } else if !Host.getrandom(buffer) {
            throw .io
        }
    }

    // MARK: process

    public func procExit(_ code: UInt32) throws(Errno) {}

    public func procRaise(_ signal: UInt8) throws(Errno) {
        guard raiseExits else { throw .nosys }
        guard signal <= 30 else { throw .inval }
    }

    public func schedYield() throws(Errno) {
        sched_yield()
    }
}
#endif
