#if canImport(Glibc)
import Glibc
import Synchronization
import WasmHostWASI

extension Water {
    /// A listening stream socket that the Listener and Relay roles accept from (water-go's
    /// `NetworkListener`). `close()` wakes a pending `accept` (the WATM's `water_accept` then gets
    /// `-ENOTCONN`). Thread-safe.
    public final class SocketListener: Sendable {
        private let handle: SharedFD
        /// Wakes pending accepts on close.
        private let wakeRead: Int32, wakeWrite: Int32
        /// The bound address (`host:port`).
        public let address: String

        /// Binds and listens on a TCP address such as `127.0.0.1:0` (port 0 picks a free port).
        public convenience init(listeningOn address: String) throws(WaterError) {
            var url: SocketURL
            do {
                url = try SocketURL(parsing: address)
                url.nonBlocking = true
                let opened = try url.open(as: .listen)
                try self.init(adopting: opened.fd)
            } catch let error as WaterError {
                throw error
            } catch {
                throw .network("listen \(address): \(error)")
            }
        }

        /// Takes ownership of a listening socket fd.
        public init(adopting fd: Int32) throws(WaterError) {
            let (read, write) = try Socket.pair()
            Socket.setNonBlocking(read, true)
            Socket.setNonBlocking(write, true)
            Socket.setNonBlocking(fd, true)
            handle = SharedFD(fd)
            wakeRead = read
            wakeWrite = write
            address = Socket.address(of: fd, peer: false) ?? "unknown"
        }

        deinit {
            close()
            Socket.close(wakeRead)
            Socket.close(wakeWrite)
        }

        public var isClosed: Bool { handle.isClosed }

        /// Waits for one connection and returns its fd (blocking, close-on-exec). Throws `.closed` once the
        /// listener is closed, `.timedOut` after `deadline` (monotonic ns, see `Socket.deadline(after:)`).
        public func accept(deadline: UInt64? = nil) throws(WaterError) -> Int32 {
            try handle.use { (fd) throws(WaterError) -> Int32 in
                while true {
                    var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
                    var timeout: Int32 = -1
                    if let deadline {
                        let now = Socket.now()
                        guard now < deadline else { throw .timedOut }
                        timeout = Int32(clamping: (deadline - now + 999_999) / 1_000_000)
                    }
                    let r = poll(&fds, 2, timeout)
                    if r < 0 && errno != EINTR { throw .system("poll", errno) }
                    if handle.isClosed || fds[1].revents != 0 { throw .closed }
                    guard r > 0 else { continue }
                    let new = Glibc.accept(fd, nil, nil)
                    if new >= 0 {
                        _ = fcntl(new, F_SETFD, FD_CLOEXEC)
                        Socket.setNonBlocking(new, false)
                        return new
                    }
                    switch errno {
                    case EAGAIN, EWOULDBLOCK, EINTR, ECONNABORTED: continue
                    default: throw .system("accept4", errno)
                    }
                }
            }
        }

        /// Stops accepting; pending and later `accept`s throw `.closed`. Idempotent.
        public func close() {
            handle.close { _ in
                var byte: UInt8 = 0
                _ = Glibc.write(wakeWrite, &byte, 1)
            }
        }
    }
}

/// An fd shared by threads: `use` counts users so that `close` never frees a number another thread is
/// still polling; the last user closes it.
final class SharedFD: Sendable {
    private let state: Mutex<(fd: Int32, closed: Bool, users: Int)>

    init(_ fd: Int32) { state = Mutex((fd, false, 0)) }

    var isClosed: Bool { state.withLock { $0.closed } }

    func use<R>(_ body: (Int32) throws(WaterError) -> R) throws(WaterError) -> R {
        let fd = try state.withLock { (s) throws(WaterError) -> Int32 in
            guard !s.closed else { throw WaterError.closed }
            s.users += 1
            return s.fd
        }
        defer { release() }
        return try body(fd)
    }

    private func release() {
        let toClose: Int32 = state.withLock { s in
            s.users -= 1
            if s.closed && s.users == 0 && s.fd >= 0 {
                let fd = s.fd
                s.fd = -1
                return fd
            }
            return -1
        }
        Water.Socket.close(toClose)
    }

    /// Marks closed, runs `wake` on the still-open fd (to unblock users), and closes it unless in use.
    func close(wake: (Int32) -> Void) {
        let (fd, first) = state.withLock { s -> (Int32, Bool) in
            let first = !s.closed
            s.closed = true
            return (s.fd, first)
        }
        guard first, fd >= 0 else { return }
        wake(fd)
        let toClose: Int32 = state.withLock { s in
            if s.users == 0 && s.fd >= 0 {
                let fd = s.fd
                s.fd = -1
                return fd
            }
            return -1
        }
        Water.Socket.close(toClose)
    }
}
#endif
