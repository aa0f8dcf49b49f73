/// A socket address as the socket extensions see it: IPv4 or IPv6 with a port, or a Unix socket path.
/// IP addresses are host-order integers (`0x7F00_0001` is 127.0.0.1).
public enum SocketAddress: Sendable, Hashable, CustomStringConvertible {
    case inet4(address: UInt32, port: UInt16)
    /// The 128-bit address as two host-order halves (`high` holds the first 8 bytes).
    case inet6(high: UInt64, low: UInt64, port: UInt16)
    /// A Unix socket path; empty for an unnamed socket.
    case unix(path: String)

    /// The protocol family of the address.
    public var family: AddressFamily {
        switch self {
        case .inet4: .inet4
        case .inet6: .inet6
        case .unix: .unix
        }
    }

    /// The port (0 for Unix sockets).
    public var port: UInt16 {
        switch self {
        case .inet4(_, let port), .inet6(_, _, let port): port
        case .unix: 0
        }
    }

    /// The address in network byte order: 4 or 16 bytes, or the UTF-8 path.
    public var addressBytes: [UInt8] {
        switch self {
        case .inet4(let address, _):
            return withUnsafeBytes(of: address.bigEndian) { Array($0) }
        case .inet6(let high, let low, _):
            return withUnsafeBytes(of: high.bigEndian) { Array($0) } + withUnsafeBytes(of: low.bigEndian) { Array($0) }
        case .unix(let path):
            return Array(path.utf8)
        }
    }

    /// An IP address from 4 or 16 network-order bytes; nil for any other length. Does not allocate.
    public init?<C: Collection>(ipBytes bytes: C, port: UInt16) where C.Element == UInt8 {
        var high: UInt64 = 0, low: UInt64 = 0, count = 0
        for byte in bytes {
            if count < 8 { high = high << 8 | UInt64(byte) } else { low = low << 8 | UInt64(byte) }
            count += 1
            if count > 16 { return nil }
        }
        switch count {
        case 4: self = .inet4(address: UInt32(truncatingIfNeeded: high), port: port)
        case 16: self = .inet6(high: high, low: low, port: port)
        default: return nil
        }
    }

    /// Copies the address bytes (as `addressBytes`) to the start of `buffer` if they fit; returns their
    /// count, or nil (nothing written) when the buffer is too small. Does not allocate for IP addresses.
    public func copyAddressBytes(into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        switch self {
        case .inet4(let address, _):
            guard buffer.count >= 4 else { return nil }
            buffer.storeBytes(of: address.bigEndian, as: UInt32.self)
            return 4
        case .inet6(let high, let low, _):
            guard buffer.count >= 16 else { return nil }
            buffer.storeBytes(of: high.bigEndian, as: UInt64.self)
            buffer.storeBytes(of: low.bigEndian, toByteOffset: 8, as: UInt64.self)
            return 16
        case .unix(let path):
            let bytes = path.utf8
            guard buffer.count >= bytes.count else { return nil }
            buffer.copyBytes(from: bytes)
            return bytes.count
        }
    }

    /// Whether this is a loopback address (127.0.0.0/8, ::1 or an IPv4-mapped loopback).
    public var isLoopback: Bool {
        switch self {
        case .inet4(let address, _): address >> 24 == 127
        case .inet6(let high, let low, _): (high == 0 && low == 1) || (high == 0 && low >> 32 == 0xFFFF && (low >> 24) & 0xFF == 127)
        case .unix: false
        }
    }

    /// Whether the IP is the unspecified address (0.0.0.0 or ::).
    public var isUnspecified: Bool {
        switch self {
        case .inet4(let address, _): address == 0
        case .inet6(let high, let low, _): high == 0 && low == 0
        case .unix: false
        }
    }

    /// `127.0.0.1:8080`, `[::1]:8080` or `unix:/path`.
    public var description: String {
        switch self {
        case .inet4(let address, let port):
            return "\(address >> 24).\(address >> 16 & 0xFF).\(address >> 8 & 0xFF).\(address & 0xFF):\(port)"
        case .inet6(let high, let low, let port):
            return "[\(SocketAddress.formatIPv6(high, low))]:\(port)"
        case .unix(let path):
            return "unix:" + path
        }
    }

    /// The IP part of `description` (no brackets, no port); the path of a Unix address.
    public var host: String {
        switch self {
        case .inet4(let address, _):
            return "\(address >> 24).\(address >> 16 & 0xFF).\(address >> 8 & 0xFF).\(address & 0xFF)"
        case .inet6(let high, let low, _): return SocketAddress.formatIPv6(high, low)
        case .unix(let path): return path
        }
    }

    /// Parses `A.B.C.D:PORT`, `[IPV6]:PORT` or `unix:PATH` (numeric addresses only).
    public init?(parsing text: String) {
        if text.hasPrefix("unix:") {
            self = .unix(path: String(text.dropFirst(5)))
            return
        }
        guard let (host, port) = SocketAddress.splitHostPort(text), let number = UInt16(port),
              let address = SocketAddress(ip: host, port: number) else { return nil }
        self = address
    }

    /// A numeric IPv4 (`127.0.0.1`) or IPv6 (`::1`, brackets optional) address.
    public init?(ip text: String, port: UInt16) {
        var text = Substring(text)
        if text.hasPrefix("[") && text.hasSuffix("]") { text = text.dropFirst().dropLast() }
        if let v4 = SocketAddress.parseIPv4(text) {
            self = .inet4(address: v4, port: port)
        } else if let (high, low) = SocketAddress.parseIPv6(text) {
            self = .inet6(high: high, low: low, port: port)
        } else {
            return nil
        }
    }

    /// Splits `host:port` or `[v6]:port` at the last colon; the host keeps no brackets.
    static func splitHostPort(_ text: String) -> (host: String, port: String)? {
        guard let colon = text.lastIndex(of: ":") else { return nil }
        var host = text[..<colon]
        let port = text[text.index(after: colon)...]
        if host.hasPrefix("[") {
            guard host.hasSuffix("]") else { return nil }
            host = host.dropFirst().dropLast()
        } else if host.contains(":") {
            return nil
        }
        return (String(host), String(port))
    }

    static func parseIPv4(_ text: Substring) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), let byte = UInt8(part) else { return nil }
            value = value << 8 | UInt32(byte)
        }
        return value
    }

    static func parseIPv6(_ text: Substring) -> (UInt64, UInt64)? {
        guard text.contains(":"), text.count <= 45 else { return nil }
        var groups: [UInt16] = []
        var tail: [UInt16] = []
        var sawGap = false
        var halves: [String] = [String(text)]
        if let gap = text.firstRange(of: "::") {
            halves = [String(text[..<gap.lowerBound]), String(text[gap.upperBound...])]
            guard !halves[1].contains("::") else { return nil }
        }
        func parse(_ part: String, into out: inout [UInt16], allowV4: Bool) -> Bool {
            if part.isEmpty { return true }
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (i, piece) in pieces.enumerated() {
                if allowV4 && i == pieces.count - 1 && piece.contains("."), let v4 = parseIPv4(piece) {
                    out.append(UInt16(v4 >> 16))
                    out.append(UInt16(v4 & 0xFFFF))
                    continue
                }
                guard !piece.isEmpty, piece.count <= 4, let g = UInt16(piece, radix: 16) else { return false }
                out.append(g)
            }
            return true
        }
        if halves.count == 2 {
            sawGap = true
            guard parse(halves[0], into: &groups, allowV4: false), parse(halves[1], into: &tail, allowV4: true) else { return nil }
        } else {
            guard parse(halves[0], into: &groups, allowV4: true) else { return nil }
        }
        let total = groups.count + tail.count
        if sawGap {
            guard total < 8 else { return nil }
            groups += [UInt16](repeating: 0, count: 8 - total) + tail
        } else {
            guard total == 8 else { return nil }
        }
        let high = groups[0..<4].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
        let low = groups[4..<8].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
        return (high, low)
    }

    static func formatIPv6(_ high: UInt64, _ low: UInt64) -> String {
        let groups = (0..<8).map { i -> UInt16 in
            let half = i < 4 ? high : low
            return UInt16(truncatingIfNeeded: half >> (UInt64(3 - i % 4) * 16))
        }
        // The longest run of two or more zero groups becomes "::".
        var best = (start: -1, length: 0), run = (start: -1, length: 0)
        for (i, g) in groups.enumerated() {
            if g == 0 {
                run = run.start < 0 ? (i, 1) : (run.start, run.length + 1)
                if run.length > best.length { best = run }
            } else {
                run = (-1, 0)
            }
        }
        func hex(_ range: Range<Int>) -> String { groups[range].map { String($0, radix: 16) }.joined(separator: ":") }
        guard best.length >= 2 else { return hex(0..<8) }
        return hex(0..<best.start) + "::" + hex((best.start + best.length)..<8)
    }
}

/// A socket's protocol family (`address_family` of the WasmEdge ABI).
public enum AddressFamily: UInt8, Sendable {
    case unspecified = 0, inet4 = 1, inet6 = 2, unix = 3
}

/// A socket's type (`sock_type` of the WasmEdge ABI).
public enum SocketType: UInt8, Sendable {
    case any = 0, datagram = 1, stream = 2
}

/// A socket's protocol (WasmEdge `protocol`).
public enum SocketProtocol: UInt8, Sendable {
    case ip = 0, tcp = 1, udp = 2
}
