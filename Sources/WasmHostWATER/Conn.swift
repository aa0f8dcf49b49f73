#if canImport(Glibc)
import Glibc
import Synchronization

extension Water {
    /// A connection through a running WATM (water-go's `Conn`): a duplex byte stream over the user end of
    /// an AF_UNIX socket pair whose other end the WATM's worker serves. Thread-safe: one reader and one
    /// writer may work concurrently, and `close` from any thread wakes both.
    ///
    /// When the worker ends on its own, reads return what is buffered and then EOF (clean exits: 0,
    /// -EPIPE, -ECANCELED) or throw `workerFailed` (anything else); writes throw `closed` or
    /// `workerFailed`.
    public final class Conn: Sendable {
        private let handle: SharedFD
        private let session: Session?
        private let deadlines = Mutex<(read: UInt64?, write: UInt64?)>((nil, nil))
        /// `host:port` of the local end of the network connection (the source connection for listeners).
        public let localAddress: String?
        /// `host:port` of the peer of the network connection.
        public let remoteAddress: String?

        init(fd: Int32, session: Session?, localAddress: String?, remoteAddress: String?) {
            Socket.setNonBlocking(fd, true)
            handle = SharedFD(fd)
            self.session = session
            self.localAddress = localAddress
            self.remoteAddress = remoteAddress
        }

        deinit { close() }

        /// How the worker ended, once it has (nil while it runs).
        public var workerExit: WorkerExit? { session?.exit.value }
        /// The worker's raw return value, once it has returned.
        public var workerResult: Int32? { workerExit?.value }

        /// Reads up to `buffer.count` bytes; 0 means EOF. Throws `.timedOut` past the read deadline,
        /// `.closed` after `close()`, `.workerFailed` when the worker failed and the buffered data is read.
        public func read(into buffer: UnsafeMutableRawBufferPointer) throws(WaterError) -> Int {
            guard buffer.count > 0 else { return 0 }
            let deadline = deadlines.withLock { $0.read }
            return try handle.use { (fd) throws(WaterError) -> Int in
                while true {
                    let n = Glibc.recv(fd, buffer.baseAddress, buffer.count, 0)
                    if n > 0 { return n }
                    if handle.isClosed { throw .closed }
                    if n == 0 { return try endOfStream() }
                    switch errno {
                    case EAGAIN, EWOULDBLOCK:
                        guard try Socket.wait(fd, events: Int16(POLLIN), until: deadline) else { throw .timedOut }
                    case EINTR: continue
                    case ECONNRESET: return try endOfStream()
                    default: throw .system("recv", errno)
                    }
                }
            }
        }

        /// Reads up to `maxCount` bytes; an empty array means EOF.
        public func read(maxCount: Int = 65_536) throws(WaterError) -> [UInt8] {
            var bytes = [UInt8](repeating: 0, count: max(1, maxCount))
            let n = try bytes.withUnsafeMutableBytes { raw in Result { () throws(WaterError) in try read(into: raw) } }.get()
            bytes.removeLast(bytes.count - n)
            return bytes
        }

        /// Reads exactly `count` bytes (fewer only at EOF).
        public func read(exactly count: Int) throws(WaterError) -> [UInt8] {
            var bytes = [UInt8](repeating: 0, count: count)
            var filled = 0
            while filled < count {
                let n = try bytes.withUnsafeMutableBytes { raw in
                    Result { () throws(WaterError) in try read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...])) }
                }.get()
                if n == 0 { break }
                filled += n
            }
            bytes.removeLast(count - filled)
            return bytes
        }

        private func endOfStream() throws(WaterError) -> Int {
            if let failure = session?.exit.value?.failure { throw failure }
            return 0
        }

        /// Writes all of `bytes` or throws (a short write is never reported as success).
        public func write(_ bytes: UnsafeRawBufferPointer) throws(WaterError) {
            let deadline = deadlines.withLock { $0.write }
            try handle.use { (fd) throws(WaterError) in
                var offset = 0
                while offset < bytes.count {
                    let n = Glibc.send(fd, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
                    if n > 0 {
                        offset += n
                        continue
                    }
                    if handle.isClosed { throw .closed }
                    switch errno {
                    case EAGAIN, EWOULDBLOCK:
                        guard try Socket.wait(fd, events: Int16(POLLOUT), until: deadline) else { throw .timedOut }
                    case EINTR: continue
                    case EPIPE, ECONNRESET:
                        throw session?.exit.wait(until: Socket.deadline(after: .milliseconds(100)))?.failure ?? .closed
                    default: throw .system("send", errno)
                    }
                }
            }
        }

        /// Writes all of `bytes` or throws.
        public func write(_ bytes: [UInt8]) throws(WaterError) {
            try bytes.withUnsafeBytes { raw in Result { () throws(WaterError) in try write(raw) } }.get()
        }

        /// Half-close: the WATM sees EOF on its caller end; reading stays open.
        public func closeWrite() throws(WaterError) {
            try handle.use { (fd) throws(WaterError) in
                guard shutdown(fd, Int32(SHUT_WR)) == 0 else { throw .system("shutdown", errno) }
            }
        }

        /// Sets both deadlines (monotonic ns, see `Socket.deadline(after:)`; nil: none).
        public func setDeadline(_ deadline: UInt64?) { deadlines.withLock { $0 = (deadline, deadline) } }
        public func setReadDeadline(_ deadline: UInt64?) { deadlines.withLock { $0.read = deadline } }
        public func setWriteDeadline(_ deadline: UInt64?) { deadlines.withLock { $0.write = deadline } }
        /// Sets the read deadline `timeout` from now.
        public func setReadTimeout(_ timeout: Duration?) { setReadDeadline(Socket.deadline(after: timeout)) }
        /// Sets the write deadline `timeout` from now.
        public func setWriteTimeout(_ timeout: Duration?) { setWriteDeadline(Socket.deadline(after: timeout)) }

        /// Waits until the worker ends on its own (for example after EOF in both directions), up to
        /// `timeout` (nil: no limit); returns how it ended, nil on timeout. Does not cancel it.
        public func waitForWorker(timeout: Duration?) -> WorkerExit? {
            session?.exit.wait(until: Socket.deadline(after: timeout))
        }

        /// Cancels the worker (control byte, then a hard stop after the grace period), waits for it,
        /// closes every fd of the connection (the user end too) and releases the instance. Idempotent;
        /// blocked reads and writes on other threads wake with `.closed`.
        public func close() {
            guard !handle.isClosed else { return }
            session?.cancel()
            handle.close { fd in _ = shutdown(fd, Int32(SHUT_RDWR)) }
            session?.teardown()
        }

        public var isClosed: Bool { handle.isClosed }
    }
}
#endif
