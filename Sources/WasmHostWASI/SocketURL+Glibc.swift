#if canImport(Glibc)
import Glibc

/// A host socket opened from a `SocketURL`.
public struct OpenedSocket: Sendable {
    /// The host file descriptor (close-on-exec); the caller owns it.
    public var fd: Int32
    /// For a listener, the bound address (with the port the kernel chose for port 0); for a dial, the
    /// address dialled.
    public var address: SocketAddress
}

extension SocketURL {
    /// The address `host` resolves to for this URL's network: a numeric address as is, an empty host as
    /// 0.0.0.0 (or :: for tcp6), a name through `getaddrinfo`. EADDRNOTAVAIL when nothing fits.
    public func resolve() throws(Errno) -> SocketAddress {
        if host.isEmpty { return network == .tcp6 ? .inet6(high: 0, low: 0, port: port) : .inet4(address: 0, port: port) }
        if let address = SocketAddress(ip: host, port: port) {
            switch (network, address.family) {
            case (.tcp4, .inet6), (.tcp6, .inet4): throw .addressNotAvailable
            default: return address
            }
        }
        let hints = AddressInfoHints(family: network == .tcp4 ? .inet4 : network == .tcp6 ? .inet6 : .unspecified, type: .stream)
        let results = try GlibcSystem.addressInfo(node: host, service: "", hints: hints, maxResults: 64)
        // IPv4 results come first, so plain tcp falls back to IPv6 only when there is no IPv4 address.
        guard let first = results.first else { throw .addressNotAvailable }
        return first.address.withPort(port)
    }

    /// Opens the socket for `role` (`self.role` when nil): listen = SO_REUSEADDR, bind, O_NONBLOCK,
    /// listen(backlog); dial = TCP_NODELAY, O_NONBLOCK, connect (EINPROGRESS tolerated). With a
    /// `policy`, the address must be allowed (EACCES). `waitForConnection` connects in blocking mode
    /// and sets O_NONBLOCK afterwards (so a refused dial fails here, as `wasm-run --dial` wants).
    public func open(as role: Role? = nil, policy: SocketPolicy? = nil, waitForConnection: Bool = false) throws(Errno) -> OpenedSocket {
        guard let role = role ?? self.role else { throw .inval }
        let address = try resolve()
        if let policy {
            guard role == .listen ? policy.allowsBind(address) : policy.allowsDial(address) else { throw .access }
        }
        let fd = socket(address.family.host, Int32(SOCK_STREAM.rawValue) | Host.SOCK_CLOEXEC, 0)
        guard fd >= 0 else { throw GlibcSystem.socketErrno() }
        var one: Int32 = 1
        let size = socklen_t(MemoryLayout<Int32>.size)
        func setNonBlocking() { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        func fail() -> Errno {
            let error = GlibcSystem.socketErrno()
            _ = Glibc.close(fd)
            return error
        }
        var sa = try HostSocketAddress(address)
        switch role {
        case .listen:
            if reuseAddress { _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, size) }
            guard sa.withPointer({ p, length in bind(fd, p, length.pointee) }) == 0 else { throw fail() }
            if nonBlocking { setNonBlocking() }
            guard Glibc.listen(fd, backlog) == 0 else { throw fail() }
            var local = HostSocketAddress()
            guard local.withPointer({ p, length in getsockname(fd, p, length) }) == 0, let bound = local.address else { throw fail() }
            return OpenedSocket(fd: fd, address: bound)
        case .dial:
            if noDelay { _ = setsockopt(fd, Int32(IPPROTO_TCP), GlibcSystem.TCP_NODELAY, &one, size) }
            if nonBlocking && !waitForConnection { setNonBlocking() }
            if sa.withPointer({ p, length in connect(fd, p, length.pointee) }) != 0 && errno != EINPROGRESS {
                throw fail()
            }
            if nonBlocking && waitForConnection { setNonBlocking() }
            return OpenedSocket(fd: fd, address: address)
        }
    }
}

extension GlibcSystem {
    /// `path_open` of a `tcp+listen://` / `tcp+dial://` path (only with `SocketExtension.pathOpen` and a
    /// negative directory fd); nil when `path` is not such a URL. A listener gets `SockListenRights`, a
    /// connection `SockConnectionRights` (the requested rights are not consulted, as in wasi-go); a
    /// non-blocking dial returns its fd at once with the connection in progress.
    func pathOpenSocket(_ path: String, fdFlags: FDFlags) throws(Errno) -> FD? {
        guard socketExtension == .pathOpen, var url = try SocketURL.pathOpenTarget(path), let role = url.role else { return nil }
        if fdFlags.contains(.nonBlock) { url.nonBlocking = true }
        guard table.openCount < table.maxOpenFiles else { throw .fileTableOverflow }
        let opened = try url.open(policy: socketPolicy)
        let stat = FDStat(fileType: .socketStream, flags: url.nonBlocking ? .nonBlock : [],
                          rightsBase: role == .listen ? .sockListen : .sockConnection, rightsInheriting: .sockConnection)
        do {
            return try table.insert(FileEntry(file: HostFile(.fd(opened.fd)), stat: stat))
        } catch {
            _ = Glibc.close(opened.fd)
            throw error
        }
    }
}
#endif
