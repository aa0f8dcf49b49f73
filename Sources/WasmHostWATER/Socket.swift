#if canImport(Glibc)
import Glibc
import WasmHost
import WasmHostWASI

extension Water {
    /// Host socket helpers: the default dialer, socket pairs, waits with deadlines, addresses.
    public enum Socket {
        /// Opens a TCP connection (`tcp`, `tcp4`, `tcp6`; `host:port` or `[v6]:port`) and returns the
        /// connected, blocking, close-on-exec fd. `deadline` is monotonic nanoseconds (nil: no limit).
        public static func dial(network: String, address: String, deadline: UInt64?) throws(WaterError) -> Int32 {
            guard let kind = SocketURL.Network(rawValue: network) else {
                throw .network("dial \(network) \(address): unsupported network")
            }
            var url: SocketURL
            do {
                url = try SocketURL(parsing: address)
            } catch {
                throw .network("dial \(network) \(address): \(error)")
            }
            // A dotted-numeric host that is not an IPv4 address would otherwise go to DNS.
            if url.host.allSatisfy({ $0 == "." || $0.isNumber }) {
                var raw = in_addr()
                guard inet_pton(AF_INET, url.host, &raw) == 1 else {
                    throw .network("dial \(network) \(address): invalid IP address")
                }
            }
            url.network = kind
            url.nonBlocking = true
            url.noDelay = true
            let opened: OpenedSocket
            do {
                opened = try url.open(as: .dial)
            } catch {
                throw .network("dial \(network) \(address): \(error.message)")
            }
            let fd = opened.fd
            do throws(WaterError) {
                guard try wait(fd, events: Int16(POLLOUT), until: deadline) else { throw .timedOut }
                var error: Int32 = 0
                var length = socklen_t(MemoryLayout<Int32>.size)
                guard getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 else { throw .system("getsockopt", errno) }
                if error != 0 {
                    throw .network("dial \(network) \(address): host errno \(error)")
                }
                setNonBlocking(fd, false)
                return fd
            } catch {
                _ = Glibc.close(fd)
                throw error
            }
        }

        /// A connected pair of AF_UNIX stream sockets (close-on-exec, blocking).
        public static func pair() throws(WaterError) -> (Int32, Int32) {
            var fds: [Int32] = [-1, -1]
            guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0 else {
                throw .system("socketpair", errno)
            }
            return (fds[0], fds[1])
        }

        /// Monotonic nanoseconds (the clock of every deadline here).
        public static func now() -> UInt64 { ExecutionControls.monotonicNow() }

        /// The monotonic deadline `timeout` from now (nil stays nil).
        public static func deadline(after timeout: Duration?) -> UInt64? {
            guard let timeout else { return nil }
            let (seconds, attoseconds) = timeout.components
            let ns = max(0, seconds) &* 1_000_000_000 &+ max(0, attoseconds / 1_000_000_000)
            return now() &+ UInt64(ns)
        }

        /// Send and receive buffer size of the caller pair (bigger batches per WATM read).
        static let pairBufferSize: Int32 = 1 << 20

        static func setBufferSizes(_ fd: Int32, _ size: Int32) {
            var value = size
            let length = socklen_t(MemoryLayout<Int32>.size)
            _ = setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &value, length)
            _ = setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &value, length)
        }

        static func setNonBlocking(_ fd: Int32, _ on: Bool) {
            let flags = fcntl(fd, F_GETFL)
            _ = fcntl(fd, F_SETFL, on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK)
        }

        /// Waits for `events` on `fd` (POLLHUP/POLLERR count as ready): false when `deadline` passed first.
        static func wait(_ fd: Int32, events: Int16, until deadline: UInt64?) throws(WaterError) -> Bool {
            var p = pollfd(fd: fd, events: events, revents: 0)
            while true {
                var timeout: Int32 = -1
                if let deadline {
                    let now = now()
                    if now >= deadline { timeout = 0 } else { timeout = Int32(clamping: (deadline - now + 999_999) / 1_000_000) }
                }
                let r = poll(&p, 1, timeout)
                if r > 0 { return true }
                if r == 0 {
                    if let deadline, now() >= deadline { return false }
                    continue
                }
                if errno == EINTR { continue }
                throw .system("poll", errno)
            }
        }

        /// `host:port` of the local (or peer) end of a socket.
        static func address(of fd: Int32, peer: Bool) -> String? {
            var storage = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let r = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { peer ? getpeername(fd, $0, &length) : getsockname(fd, $0, &length) }
            }
            guard r == 0 else { return nil }
            if Int32(storage.ss_family) == AF_UNIX { return "unix" }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            var service = [CChar](repeating: 0, count: Int(NI_MAXSERV))
            let g = withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    getnameinfo($0, length, &host, socklen_t(host.count), &service, socklen_t(service.count), NI_NUMERICHOST | NI_NUMERICSERV)
                }
            }
            guard g == 0 else { return nil }
            func text(_ chars: [CChar]) -> String {
                String(decoding: chars.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            let h = text(host), s = text(service)
            return h.contains(":") ? "[\(h)]:\(s)" : "\(h):\(s)"
        }

        static func close(_ fd: Int32) {
            if fd >= 0 { _ = Glibc.close(fd) }
        }

        static func writeStderr(_ text: String) {
            var copy = text
            copy.withUTF8 { bytes in
                var offset = 0
                while offset < bytes.count {
                    let n = Glibc.write(2, bytes.baseAddress! + offset, bytes.count - offset)
                    if n <= 0 { break }
                    offset += n
                }
            }
        }

        /// Ignores SIGPIPE process-wide (once): writes to closed sockets must fail with EPIPE, not kill.
        static let ignoreSIGPIPE: Void = { _ = signal(SIGPIPE, SIG_IGN) }()
    }
}
#endif
