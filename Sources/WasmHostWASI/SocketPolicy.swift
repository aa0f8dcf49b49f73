/// One entry of a `SocketPolicy` allow-list: which addresses a guest may bind or dial.
///
/// Text forms (`init(parsing:)`): `127.0.0.1:8080`, `127.0.0.1:*`, `[::1]:*`, `*:8080`, `localhost:*`
/// (any loopback address, IPv4 or IPv6), `*` (anything, Unix paths included), `unix:/run/app.sock`,
/// `unix:*`.
public enum SocketAddressPattern: Sendable, Hashable, CustomStringConvertible {
    /// An IP address (nil: any) and port (nil: any).
    case ip(SocketAddress?, port: UInt16?)
    /// Any loopback address, with a port (nil: any).
    case loopback(port: UInt16?)
    /// A Unix socket path (nil: any).
    case unix(String?)
    /// Every address.
    case any

    public init?(parsing text: String) {
        if text == "*" {
            self = .any
            return
        }
        if text.hasPrefix("unix:") {
            let path = String(text.dropFirst(5))
            guard !path.isEmpty else { return nil }
            self = .unix(path == "*" ? nil : path)
            return
        }
        guard let (host, portText) = SocketAddress.splitHostPort(text) else { return nil }
        let port: UInt16?
        if portText == "*" {
            port = nil
        } else if let number = UInt16(portText) {
            port = number
        } else {
            return nil
        }
        switch host {
        case "*": self = .ip(nil, port: port)
        case "localhost": self = .loopback(port: port)
        default:
            guard let address = SocketAddress(ip: host, port: 0) else { return nil }
            self = .ip(address, port: port)
        }
    }

    /// The pattern matching exactly `address`.
    public init(exactly address: SocketAddress) {
        switch address {
        case .unix(let path): self = .unix(path)
        default: self = .ip(address.withPort(0), port: address.port)
        }
    }

    /// Whether `address` is allowed by this pattern.
    public func matches(_ address: SocketAddress) -> Bool {
        switch self {
        case .any:
            return true
        case .unix(let path):
            guard case .unix(let other) = address else { return false }
            return path == nil || path == other
        case .loopback(let port):
            return address.isLoopback && (port == nil || port == address.port)
        case .ip(let ip, let port):
            guard address.family != .unix, port == nil || port == address.port else { return false }
            return ip == nil || ip == address.withPort(0)
        }
    }

    public var description: String {
        func port(_ p: UInt16?) -> String { p.map(String.init) ?? "*" }
        switch self {
        case .any: return "*"
        case .unix(let path): return "unix:" + (path ?? "*")
        case .loopback(let p): return "localhost:" + port(p)
        case .ip(nil, let p): return "*:" + port(p)
        case .ip(let ip?, let p):
            if case .inet6 = ip { return "[\(ip.host)]:" + port(p) }
            return ip.host + ":" + port(p)
        }
    }
}

/// What a guest may reach through the socket extensions: an allow-list for the addresses it binds
/// (`sock_bind`, `tcp+listen://`) and one for those it dials (`sock_connect`, `sock_send_to`,
/// `tcp+dial://`). Anything else fails with EACCES before a host call is made. Accepting
/// connections on an allowed listener and sockets the embedder opened (`WASIConfiguration.sockets`)
/// are not checked. The default allows nothing.
public struct SocketPolicy: Sendable, Hashable {
    public var bind: [SocketAddressPattern]
    public var dial: [SocketAddressPattern]

    public init(bind: [SocketAddressPattern] = [], dial: [SocketAddressPattern] = []) {
        self.bind = bind
        self.dial = dial
    }

    /// Nothing may be bound or dialled.
    public static let denyAll = SocketPolicy()
    /// Every address may be bound and dialled.
    public static let allowAll = SocketPolicy(bind: [.any], dial: [.any])

    public func allowsBind(_ address: SocketAddress) -> Bool { bind.contains { $0.matches(address) } }
    public func allowsDial(_ address: SocketAddress) -> Bool { dial.contains { $0.matches(address) } }
}

extension SocketAddress {
    /// The same address with another port (Unix addresses are unchanged).
    public func withPort(_ port: UInt16) -> SocketAddress {
        switch self {
        case .inet4(let address, _): .inet4(address: address, port: port)
        case .inet6(let high, let low, _): .inet6(high: high, low: low, port: port)
        case .unix: self
        }
    }
}
