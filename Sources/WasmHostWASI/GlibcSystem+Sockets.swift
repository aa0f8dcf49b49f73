#if canImport(Glibc)
import Glibc

/// The WasmEdge socket calls over Glibc. Bind and dial targets are checked against `socketPolicy` first
/// (EACCES), then the host call runs; errnos are normalised as wasi-go does.
extension GlibcSystem: SocketSystem {
    static let TCP_NODELAY: Int32 = 1

    /// The host fd of a socket entry, after the EBADF / ENOTSOCK / ENOTCAPABLE checks.
    func socketFD(_ fd: FD, rights: Rights = []) throws(Errno) -> (Int32, FileEntry<HostFile>) {
        let entry = try table.lookupSocket(fd, rights: rights)
        return (try entry.file.hostFD(or: .notSocket), entry)
    }

    public func sockOpen(family: AddressFamily, type: SocketType, protocol proto: SocketProtocol) throws(Errno) -> FD {
        guard family != .unspecified else { throw .addressFamilyNotSupported }
        var type = type
        if type == .any {
            switch proto {
            case .tcp: type = .stream
            case .udp: type = .datagram
            case .ip: throw .inval
            }
        }
        guard table.openCount < table.maxOpenFiles else { throw .fileTableOverflow }
        let hostType = (type == .stream ? Int32(SOCK_STREAM.rawValue) : Int32(SOCK_DGRAM.rawValue)) | Host.SOCK_CLOEXEC
        let hostProtocol: Int32 = switch proto {
        case .ip: 0
        case .tcp: Int32(IPPROTO_TCP)
        case .udp: Int32(IPPROTO_UDP)
        }
        let fd = socket(family.host, hostType, hostProtocol)
        guard fd >= 0 else { throw GlibcSystem.socketErrno() }
        let stat = FDStat(fileType: type == .stream ? .socketStream : .socketDgram,
                          rightsBase: Rights.sockListen.union(.sockConnection), rightsInheriting: .sockConnection)
        do {
            return try table.insert(FileEntry(file: HostFile(.fd(fd)), stat: stat))
        } catch {
            _ = Glibc.close(fd)
            throw error
        }
    }

    public func sockBind(_ fd: FD, _ address: SocketAddress) throws(Errno) {
        let (host, _) = try socketFD(fd)
        guard socketPolicy.allowsBind(address) else { throw .access }
        var sa = try HostSocketAddress(address)
        let r = sa.withPointer { p, length in bind(host, p, length.pointee) }
        guard r == 0 else { throw GlibcSystem.socketErrno() }
    }

    public func sockConnect(_ fd: FD, _ address: SocketAddress) throws(Errno) {
        let (host, _) = try socketFD(fd)
        guard socketPolicy.allowsDial(address) else { throw .access }
        var sa = try HostSocketAddress(address)
        let r = sa.withPointer { p, length in connect(host, p, length.pointee) }
        guard r != 0 else { return }
        switch errno {
        case EINTR: throw .inProgress  // the connection continues in the background
        case EINVAL, EAFNOSUPPORT: throw .addressFamilyNotSupported
        case EOPNOTSUPP: throw .isConnected
        default: throw GlibcSystem.socketErrno()
        }
    }

    public func sockListen(_ fd: FD, backlog: Int32) throws(Errno) {
        let (host, _) = try socketFD(fd, rights: .sockAccept)
        guard Glibc.listen(host, backlog) == 0 else { throw GlibcSystem.socketErrno() }
    }

    public func sockSendTo(_ fd: FD, _ iovecs: IOVecs, flags: UInt16, to address: SocketAddress) throws(Errno) -> Int {
        let (host, entry) = try socketFD(fd, rights: .fdWrite)
        if entry.stat.fileType == .socketStream {
            var peer = HostSocketAddress()
            let connected = peer.withPointer { p, length in getpeername(host, p, length) } == 0
            throw connected ? .isConnected : .notConnected
        }
        guard socketPolicy.allowsDial(address) else { throw .access }
        var sa = try HostSocketAddress(address)
        let n = sa.withPointer { p, length -> Int in
            var message = msghdr()
            message.msg_name = UnsafeMutableRawPointer(p)
            message.msg_namelen = length.pointee
            message.msg_iov = hostIOVecs(iovecs)
            message.msg_iovlen = iovecs.count
            return Host.retry { sendmsg(host, &message, Int32(MSG_NOSIGNAL)) }
        }
        guard n >= 0 else { throw GlibcSystem.socketErrno() }
        return n
    }

    public func sockRecvFrom(_ fd: FD, _ iovecs: IOVecs, flags: RIFlags) throws(Errno) -> (Int, ROFlags, SocketAddress?) {
        let (host, _) = try socketFD(fd, rights: .fdRead)
        var sa = HostSocketAddress()
        var hostFlags: Int32 = 0
        if flags.contains(.peek) { hostFlags |= Int32(MSG_PEEK) }
        if flags.contains(.waitAll) { hostFlags |= Int32(MSG_WAITALL) }
        var outFlags: Int32 = 0
        let n = sa.withPointer { p, length -> Int in
            var message = msghdr()
            message.msg_name = UnsafeMutableRawPointer(p)
            message.msg_namelen = length.pointee
            message.msg_iov = hostIOVecs(iovecs)
            message.msg_iovlen = iovecs.count
            let n = Host.retry { recvmsg(host, &message, hostFlags) }
            length.pointee = message.msg_namelen
            outFlags = message.msg_flags
            return n
        }
        guard n >= 0 else { throw GlibcSystem.socketErrno() }
        return (n, outFlags & Int32(MSG_TRUNC) != 0 ? .dataTruncated : [], sa.length > 0 ? sa.address : nil)
    }

    public func sockGetOption(_ fd: FD, _ option: SocketOption) throws(Errno) -> Int32 {
        let (host, _) = try socketFD(fd)
        guard !option.isUnsupported else { throw .notSupported }
        let (level, name) = option.host
        var value: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(host, level, name, &value, &length) == 0 else { throw GlibcSystem.socketErrno() }
        switch option {
        case .sendBuffer, .receiveBuffer: return value / 2  // Linux reports twice the size that was set
        case .type: return Int32(value == Int32(SOCK_DGRAM.rawValue) ? SocketType.datagram.rawValue : SocketType.stream.rawValue)
        case .error: return value == 0 ? 0 : Int32(Errno(host: value).rawValue)
        default: return value
        }
    }

    public func sockSetOption(_ fd: FD, _ option: SocketOption, _ value: Int32) throws(Errno) {
        let (host, _) = try socketFD(fd)
        guard !option.isUnsupported else { throw .notSupported }
        guard !option.isReadOnly else { throw .noProtocolOption }
        if option == .sendBuffer || option == .receiveBuffer, value < 0 { throw .inval }
        let (level, name) = option.host
        var v = value
        guard setsockopt(host, level, name, &v, socklen_t(MemoryLayout<Int32>.size)) == 0 else { throw GlibcSystem.socketErrno() }
    }

    public func sockLocalAddress(_ fd: FD) throws(Errno) -> SocketAddress {
        let (host, _) = try socketFD(fd)
        var sa = HostSocketAddress()
        guard sa.withPointer({ p, length in getsockname(host, p, length) }) == 0 else { throw GlibcSystem.socketErrno() }
        guard let address = sa.address else { throw .addressFamilyNotSupported }
        return address
    }

    public func sockRemoteAddress(_ fd: FD) throws(Errno) -> SocketAddress {
        let (host, _) = try socketFD(fd)
        var sa = HostSocketAddress()
        guard sa.withPointer({ p, length in getpeername(host, p, length) }) == 0 else { throw GlibcSystem.socketErrno() }
        guard let address = sa.address else { throw .addressFamilyNotSupported }
        return address
    }

    public func sockAddressInfo(node: String, service: String, hints: AddressInfoHints, maxResults: Int) throws(Errno) -> [AddressInfo] {
        try GlibcSystem.addressInfo(node: node, service: service, hints: hints, maxResults: maxResults)
    }

    /// `getaddrinfo` with WASI hints: IPv4 results first, at most `maxResults`; ECANCELED when the lookup fails.
    static func addressInfo(node: String, service: String, hints: AddressInfoHints, maxResults: Int) throws(Errno) -> [AddressInfo] {
        guard !(node.isEmpty && service.isEmpty) else { throw .inval }
        var h = addrinfo()
        if hints.flags & AddressInfoHints.passive != 0 { h.ai_flags |= AI_PASSIVE }
        if hints.flags & AddressInfoHints.canonicalName != 0 { h.ai_flags |= AI_CANONNAME }
        if hints.flags & AddressInfoHints.numericHost != 0 { h.ai_flags |= AI_NUMERICHOST }
        if hints.flags & AddressInfoHints.numericService != 0 { h.ai_flags |= AI_NUMERICSERV }
        h.ai_family = hints.family.host
        h.ai_socktype = switch hints.type {
        case .any: 0
        case .datagram: Int32(SOCK_DGRAM.rawValue)
        case .stream: Int32(SOCK_STREAM.rawValue)
        }
        h.ai_protocol = switch hints.protocol {
        case .ip: 0
        case .tcp: Int32(IPPROTO_TCP)
        case .udp: Int32(IPPROTO_UDP)
        }
        var list: UnsafeMutablePointer<addrinfo>?
        let r = getaddrinfo(node.isEmpty ? nil : node, service.isEmpty ? nil : service, &h, &list)
        guard r == 0 else { throw .canceled }
        defer { freeaddrinfo(list) }
        var v4: [AddressInfo] = [], v6: [AddressInfo] = []
        var cursor = list
        while let info = cursor?.pointee {
            cursor = info.ai_next
            guard let raw = info.ai_addr, info.ai_addrlen > 0 else { continue }
            var sa = HostSocketAddress()
            let length = min(Int(info.ai_addrlen), MemoryLayout<sockaddr_storage>.size)
            withUnsafeMutableBytes(of: &sa.storage) { $0.copyMemory(from: UnsafeRawBufferPointer(start: raw, count: length)) }
            sa.length = socklen_t(length)
            guard let address = sa.address, address.family != .unix else { continue }
            let type: SocketType = info.ai_socktype == Int32(SOCK_DGRAM.rawValue) ? .datagram
                : info.ai_socktype == Int32(SOCK_STREAM.rawValue) ? .stream : .any
            let proto: SocketProtocol = info.ai_protocol == Int32(IPPROTO_TCP) ? .tcp
                : info.ai_protocol == Int32(IPPROTO_UDP) ? .udp : .ip
            let result = AddressInfo(address: address, type: type, protocol: proto)
            if address.family == .inet4 { v4.append(result) } else { v6.append(result) }
        }
        return Array((v4 + v6).prefix(max(0, maxResults)))
    }

    /// The current errno, with EPROTOTYPE reported as EPROTONOSUPPORT.
    static func socketErrno() -> Errno {
        errno == EPROTOTYPE ? .protocolNotSupported : Errno.current
    }
}

extension SocketOption {
    /// The host `(level, name)`.
    var host: (Int32, Int32) {
        switch self {
        case .reuseAddress: (SOL_SOCKET, SO_REUSEADDR)
        case .type: (SOL_SOCKET, SO_TYPE)
        case .error: (SOL_SOCKET, SO_ERROR)
        case .dontRoute: (SOL_SOCKET, SO_DONTROUTE)
        case .broadcast: (SOL_SOCKET, SO_BROADCAST)
        case .sendBuffer: (SOL_SOCKET, SO_SNDBUF)
        case .receiveBuffer: (SOL_SOCKET, SO_RCVBUF)
        case .keepAlive: (SOL_SOCKET, SO_KEEPALIVE)
        case .outOfBandInline: (SOL_SOCKET, SO_OOBINLINE)
        case .linger: (SOL_SOCKET, SO_LINGER)
        case .receiveLowWatermark: (SOL_SOCKET, SO_RCVLOWAT)
        case .receiveTimeout: (SOL_SOCKET, SO_RCVTIMEO)
        case .sendTimeout: (SOL_SOCKET, SO_SNDTIMEO)
        case .acceptConnections: (SOL_SOCKET, SO_ACCEPTCONN)
        case .bindToDevice: (SOL_SOCKET, SO_BINDTODEVICE)
        case .tcpNoDelay: (Int32(IPPROTO_TCP), GlibcSystem.TCP_NODELAY)
        }
    }
}
#endif
