#if canImport(Glibc)
import Glibc

extension GlibcSystem {
    /// `poll_oneoff` over `ppoll`: every due clock fires, read and write interest on one fd share one
    /// pollfd, absolute clock timeouts are honoured, POLLHUP sets the hangup flag, and a read event's
    /// `nbytes` tells how many bytes are ready (file size minus offset, or `FIONREAD`).
    public func pollOneOff(_ subscriptions: [Subscription], into events: inout [Event]) throws(Errno) {
        guard !subscriptions.isEmpty else { throw .inval }
        var ready = [Event?](repeating: nil, count: subscriptions.count)
        var pollfds: [pollfd] = []
        var pollIndex = [Int](repeating: -1, count: subscriptions.count)
        var deadlines: [(index: Int, at: Timestamp)] = []
        let start = GlibcSystem.hostClock(CLOCK_MONOTONIC)
        var immediate = false

        for (i, sub) in subscriptions.enumerated() {
            switch sub.kind {
            case .clock(let id, let timeout, let precision, let absolute):
                guard let clock = ClockID(rawValue: id) else {
                    ready[i] = Event(userData: sub.userData, errno: .inval, type: .clock)
                    immediate = true
                    continue
                }
                guard clock == .realtime || clock == .monotonic else {
                    ready[i] = Event(userData: sub.userData, errno: .notSupported, type: .clock)
                    immediate = true
                    continue
                }
                var wait = timeout &+ precision
                if absolute {
                    let now = (try? clockTimeGet(id, precision: 0)) ?? 0
                    wait = wait > now ? wait - now : 0
                }
                deadlines.append((i, start &+ min(wait, UInt64(Int64.max) / 2)))
            case .fdRead(let fd), .fdWrite(let fd):
                let entry: FileEntry<HostFile>
                do {
                    entry = try table.lookup(fd, rights: .pollFdReadwrite)
                } catch {
                    ready[i] = Event(userData: sub.userData, errno: error, type: sub.eventType)
                    immediate = true
                    continue
                }
                let bits: Int16 = if case .fdRead = sub.kind { Int16(POLLIN | POLLPRI) } else { Int16(POLLOUT) }
                switch entry.file.handle {
                case .buffer:
                    ready[i] = Event(userData: sub.userData, errno: .success, type: sub.eventType)
                    immediate = true
                case .fd(let host):
                    if let existing = pollfds.firstIndex(where: { $0.fd == host }) {
                        pollfds[existing].events |= bits
                        pollIndex[i] = existing
                    } else {
                        pollIndex[i] = pollfds.count
                        pollfds.append(pollfd(fd: host, events: bits, revents: 0))
                    }
                }
            }
        }

        while true {
            var timeout: timespec?
            let now = GlibcSystem.hostClock(CLOCK_MONOTONIC)
            if immediate {
                timeout = timespec(tv_sec: 0, tv_nsec: 0)
            } else if let earliest = deadlines.map(\.at).min() {
                let wait = earliest > now ? earliest - now : 0
                timeout = timespec(tv_sec: Int(wait / 1_000_000_000), tv_nsec: Int(wait % 1_000_000_000))
            }
            let count = pollfds.count
            let r = pollfds.withUnsafeMutableBufferPointer { buffer in
                if var t = timeout {
                    return withUnsafePointer(to: &t) { Host.ppoll(buffer.baseAddress, count, $0) }
                }
                return Host.ppoll(buffer.baseAddress, count, nil)
            }
            if r < 0 {
                if errno == EINTR { continue }
                throw Errno.current
            }
            let after = GlibcSystem.hostClock(CLOCK_MONOTONIC)
            for (i, sub) in subscriptions.enumerated() where ready[i] == nil {
                let p = pollIndex[i]
                guard p >= 0 else { continue }
                let revents = Int32(pollfds[p].revents)
                let wanted: Int32 = if case .fdRead = sub.kind { POLLIN | POLLPRI | POLLHUP | POLLERR } else { POLLOUT | POLLHUP | POLLERR }
                if revents & POLLNVAL != 0 {
                    ready[i] = Event(userData: sub.userData, errno: .badf, type: sub.eventType)
                } else if revents & wanted != 0 {
                    // nbytes: what a read would return at once (0 where the host cannot tell).
                    var nbytes: UInt64 = 0
                    if case .fdRead = sub.kind { nbytes = Host.readableBytes(pollfds[p].fd) }
                    ready[i] = Event(userData: sub.userData, errno: .success, type: sub.eventType, nbytes: nbytes,
                                     hangup: revents & POLLHUP != 0)
                }
            }
            for (i, at) in deadlines where ready[i] == nil && at <= after {
                ready[i] = Event(userData: subscriptions[i].userData, errno: .success, type: .clock)
            }
            if ready.contains(where: { $0 != nil }) { break }
        }
        for event in ready { if let event { events.append(event) } }
    }

    // MARK: sockets

    public func sockAccept(_ fd: FD, flags: FDFlags) throws(Errno) -> FD {
        let entry = try table.lookupSocket(fd, rights: .sockAccept)
        guard flags.subtracting(.nonBlock).isEmpty else { throw .inval }
        let host = try entry.file.hostFD(or: .notSocket)
        let new = Host.retry { Host.accept4(host, Host.SOCK_CLOEXEC | (flags.contains(.nonBlock) ? Host.SOCK_NONBLOCK : 0)) }
        guard new >= 0 else { throw Errno.current }
        let rights = entry.stat.rightsInheriting
        do {
            return try table.insert(FileEntry(file: HostFile(.fd(new)),
                                              stat: FDStat(fileType: .socketStream, flags: flags, rightsBase: rights, rightsInheriting: rights)))
        } catch {
            _ = Glibc.close(new)
            throw error
        }
    }

    public func sockRecv(_ fd: FD, _ iovecs: IOVecs, flags: RIFlags) throws(Errno) -> (Int, ROFlags) {
        let host = try table.lookupSocket(fd, rights: .fdRead).file.hostFD(or: .notSocket)
        var message = msghdr()
        message.msg_iov = hostIOVecs(iovecs)
        message.msg_iovlen = iovecs.count
        var hostFlags: Int32 = 0
        if flags.contains(.peek) { hostFlags |= Int32(MSG_PEEK) }
        if flags.contains(.waitAll) { hostFlags |= Int32(MSG_WAITALL) }
        let n = Host.retry { recvmsg(host, &message, hostFlags) }
        guard n >= 0 else { throw Errno.current }
        return (n, message.msg_flags & Int32(MSG_TRUNC) != 0 ? .dataTruncated : [])
    }

    public func sockSend(_ fd: FD, _ iovecs: IOVecs, flags: UInt16) throws(Errno) -> Int {
        let host = try table.lookupSocket(fd, rights: .fdWrite).file.hostFD(or: .notSocket)
        var message = msghdr()
        message.msg_iov = hostIOVecs(iovecs)
        message.msg_iovlen = iovecs.count
        let n = Host.retry { sendmsg(host, &message, Int32(MSG_NOSIGNAL)) }
        guard n >= 0 else { throw Errno.current }
        return n
    }

    public func sockShutdown(_ fd: FD, how: SDFlags) throws(Errno) {
        let entry = try table.lookupSocket(fd, rights: .sockShutdown)
        let host = try entry.file.hostFD(or: .notSocket)
        let hostHow: Int32
        switch how {
        case .read: hostHow = Int32(SHUT_RD)
        case .write: hostHow = Int32(SHUT_WR)
        case [.read, .write]: hostHow = Int32(SHUT_RDWR)
        default: throw .inval
        }
        guard Host.retry({ shutdown(host, hostHow) }) == 0 else { throw Errno.current }
    }
}
#endif
