#if canImport(Glibc)
import Glibc

/// Linux calls and constants that Swift's Glibc module does not import (they sit behind `_GNU_SOURCE`
/// or are variadic). Functions are looked up once with `dlsym`; a missing one reports ENOSYS.
enum Host {
    static let O_PATH: Int32 = 0o10000000
    static let AT_EMPTY_PATH: Int32 = 0x1000
    static let UTIME_NOW = (1 << 30) - 1
    static let UTIME_OMIT = (1 << 30) - 2
    static let SOCK_NONBLOCK: Int32 = 0o4000
    static let SOCK_CLOEXEC: Int32 = 0o2000000
    static let RESOLVE_NO_MAGICLINKS: UInt64 = 0x02
    static let RESOLVE_BENEATH: UInt64 = 0x08
    static let SYS_openat2 = 437

    private typealias PpollFn = @convention(c) (UnsafeMutablePointer<pollfd>?, UInt, UnsafePointer<timespec>?, UnsafeRawPointer?) -> Int32
    private typealias Accept4Fn = @convention(c) (Int32, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?, Int32) -> Int32
    /// `ioctl(fd, request, &int)`: variadic in C, called through a fixed prototype like `syscall`.
    private typealias IoctlFn = @convention(c) (Int32, UInt, UnsafeMutableRawPointer?) -> Int32
    private typealias GetrandomFn = @convention(c) (UnsafeMutableRawPointer?, Int, UInt32) -> Int
    /// `syscall(SYS_openat2, dirfd, path, &how, sizeof how)`: every argument is an integer or pointer,
    /// passed in registers exactly as a non-variadic call on the supported ABIs (x86-64, AArch64).
    private typealias Openat2Fn = @convention(c) (Int, Int32, UnsafePointer<CChar>, UnsafeRawPointer, Int) -> Int

    private static func symbol<T>(_ name: String, as: T.Type) -> T? {
        guard let p = dlsym(nil, name) else { return nil }
        return unsafeBitCast(p, to: T.self)
    }

    private static let ppollFn = symbol("ppoll", as: PpollFn.self)
    private static let accept4Fn = symbol("accept4", as: Accept4Fn.self)
    private static let getrandomFn = symbol("getrandom", as: GetrandomFn.self)
    private static let ioctlFn = symbol("ioctl", as: IoctlFn.self)
    static let FIONREAD: UInt = 0x541B
    private static let syscallFn = symbol("syscall", as: Openat2Fn.self)
    /// Cleared after the kernel answers ENOSYS to openat2 (Linux < 5.6, or filtered by seccomp).
    nonisolated(unsafe) static var openat2Available = true

    static func ppoll(_ fds: UnsafeMutablePointer<pollfd>?, _ count: Int, _ timeout: UnsafePointer<timespec>?) -> Int32 {
        if let f = ppollFn { return f(fds, UInt(count), timeout, nil) }
        var ms: Int32 = -1
        if let t = timeout { ms = Int32(clamping: t.pointee.tv_sec * 1000 + (t.pointee.tv_nsec + 999_999) / 1_000_000) }
        return poll(fds, nfds_t(count), ms)
    }

    static func accept4(_ fd: Int32, _ flags: Int32) -> Int32 {
        if let f = accept4Fn { return f(fd, nil, nil, flags) }
        let new = accept(fd, nil, nil)
        if new >= 0 && flags & SOCK_NONBLOCK != 0 { _ = fcntl(new, F_SETFL, fcntl(new, F_GETFL) | O_NONBLOCK) }
        return new
    }

    static func getrandom(_ buffer: UnsafeMutableRawBufferPointer) -> Bool {
        var done = 0
        while done < buffer.count {
            let n: Int
            if let f = getrandomFn {
                n = f(buffer.baseAddress! + done, buffer.count - done, 0)
            } else {
                let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { return false }
                n = read(fd, buffer.baseAddress! + done, buffer.count - done)
                close(fd)
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }

    /// Bytes ready to read on `fd`: what is left of a regular file, else `FIONREAD` (pipes, sockets,
    /// terminals); 0 when unknown.
    static func readableBytes(_ fd: Int32) -> UInt64 {
        var st = stat()
        if fstat(fd, &st) == 0 && st.st_mode & S_IFMT == S_IFREG {
            let offset = lseek(fd, 0, SEEK_CUR)
            return offset >= 0 && st.st_size > offset ? UInt64(st.st_size - offset) : 0
        }
        var count: Int32 = 0
        guard let f = ioctlFn, f(fd, FIONREAD, &count) == 0, count > 0 else { return 0 }
        return UInt64(count)
    }

    /// `openat2(dirfd, path, {flags, 0, resolve})`; nil (with errno ENOSYS) when unavailable.
    static func openat2(_ dirfd: Int32, _ path: String, flags: Int32, resolve: UInt64) -> Int32? {
        guard openat2Available, let f = syscallFn else { return nil }
        var how: (UInt64, UInt64, UInt64) = (UInt64(UInt32(bitPattern: flags)), 0, resolve)
        let r = path.withCString { p in withUnsafeBytes(of: &how) { f(SYS_openat2, dirfd, p, $0.baseAddress!, 24) } }
        if r < 0 && errno == ENOSYS {
            openat2Available = false
            return nil
        }
        return Int32(truncatingIfNeeded: r)
    }

    /// Retries `body` while it fails with EINTR (nothing was transferred in that case).
    @inline(__always)
    static func retry<T: BinaryInteger>(_ body: () -> T) -> T {
        while true {
            let r = body()
            if r < 0 && errno == EINTR { continue }
            return r
        }
    }
}
#endif
