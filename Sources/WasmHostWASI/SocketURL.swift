/// A TCP socket to open for a guest: `tcp+listen://host:port?backlog=64`, `tcp6+dial://[::1]:80`, or
/// (for `--listen`/`--dial`) `tcp://host:port` and a bare `host:port`. Used by `path_open` sockets and by
/// `wasm-run`'s pre-opened sockets.
///
/// Options (query parameters): `reuseaddr` (default 1, listen), `nonblock` (default true),
/// `nodelay` (default 1, dial), `backlog` (default 128, listen). Booleans take `1`/`0`/`true`/`false`.
public struct SocketURL: Sendable, Hashable, CustomStringConvertible {
    /// `tcp` takes the host's first IPv4 address, else its first IPv6 one; `tcp4`/`tcp6` only that family.
    public enum Network: String, Sendable { case tcp, tcp4, tcp6 }
    public enum Role: String, Sendable { case listen, dial }

    public var network: Network
    /// nil when the text named no role (`tcp://…` or `host:port`): the caller decides.
    public var role: Role?
    /// A numeric address or a host name; empty means 0.0.0.0 (or ::).
    public var host: String
    public var port: UInt16
    public var reuseAddress = true
    public var nonBlocking = true
    public var noDelay = true
    public var backlog: Int32 = 128

    public init(network: Network = .tcp, role: Role?, host: String, port: UInt16) {
        self.network = network
        self.role = role
        self.host = host
        self.port = port
    }

    /// Parses the forms above; the message says what is wrong.
    public init(parsing text: String) throws(SocketURLError) {
        var rest = Substring(text)
        network = .tcp
        if let schemeEnd = rest.firstRange(of: "://") {
            let scheme = rest[..<schemeEnd.lowerBound]
            rest = rest[schemeEnd.upperBound...]
            let parts = scheme.split(separator: "+", maxSplits: 1, omittingEmptySubsequences: false)
            guard let network = Network(rawValue: String(parts[0])) else {
                throw SocketURLError("unsupported network \"\(parts[0])\" in \"\(text)\" (tcp, tcp4, tcp6)")
            }
            self.network = network
            if parts.count == 2 {
                guard let role = Role(rawValue: String(parts[1])) else {
                    throw SocketURLError("unsupported mode \"\(parts[1])\" in \"\(text)\" (listen, dial)")
                }
                self.role = role
            }
        }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        guard let (host, portText) = SocketAddress.splitHostPort(String(rest)), let port = UInt16(portText) else {
            throw SocketURLError("invalid address \"\(text)\": expected HOST:PORT")
        }
        self.host = host
        self.port = port
        for pair in query.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(kv[0]), value = kv.count == 2 ? String(kv[1]) : ""
            func flag() throws(SocketURLError) -> Bool {
                switch value {
                case "1", "true": return true
                case "0", "false": return false
                default: throw SocketURLError("invalid value \"\(value)\" for \(key) in \"\(text)\"")
                }
            }
            switch key {
            case "reuseaddr": reuseAddress = try flag()
            case "nonblock": nonBlocking = try flag()
            case "nodelay": noDelay = try flag()
            case "backlog":
                guard let n = Int32(value), n >= 0 else { throw SocketURLError("invalid backlog \"\(value)\" in \"\(text)\"") }
                backlog = n
            default: throw SocketURLError("unknown option \"\(key)\" in \"\(text)\"")
            }
        }
    }

    /// The URL of a `path_open` socket path: nil when `path` is not `<tcp|tcp4|tcp6>+<listen|dial>://…`,
    /// EINVAL when it is but cannot be parsed.
    public static func pathOpenTarget(_ path: String) throws(Errno) -> SocketURL? {
        let prefixes = ["tcp+", "tcp4+", "tcp6+"].flatMap { n in ["listen://", "dial://"].map { n + $0 } }
        guard prefixes.contains(where: { path.hasPrefix($0) }) else { return nil }
        do {
            return try SocketURL(parsing: path)
        } catch {
            throw .inval
        }
    }

    public var description: String {
        let scheme = role.map { "\(network.rawValue)+\($0.rawValue)" } ?? network.rawValue
        let hostText = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(hostText):\(port)"
    }
}

/// A malformed socket URL or address.
public struct SocketURLError: Error, Sendable, CustomStringConvertible {
    public let message: String
    init(_ message: String) { self.message = message }
    public var description: String { message }
}
