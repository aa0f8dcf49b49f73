#if canImport(Glibc)
import Glibc

/// A host `sockaddr` held in a `sockaddr_storage`, with its length.
struct HostSocketAddress {
    var storage = sockaddr_storage()
    var length = socklen_t(MemoryLayout<sockaddr_storage>.size)

    init() {}

    /// The host form of `address`; ENAMETOOLONG for a Unix path that does not fit `sun_path`.
    init(_ address: SocketAddress) throws(Errno) {
        switch address {
        case .inet4(let ip, let port):
            var a = sockaddr_in()
            a.sin_family = sa_family_t(AF_INET)
            a.sin_port = port.bigEndian
            a.sin_addr.s_addr = ip.bigEndian
            store(a)
        case .inet6(let high, let low, let port):
            var a = sockaddr_in6()
            a.sin6_family = sa_family_t(AF_INET6)
            a.sin6_port = port.bigEndian
            withUnsafeMutableBytes(of: &a.sin6_addr) { raw in
                raw.storeBytes(of: high.bigEndian, toByteOffset: 0, as: UInt64.self)
                raw.storeBytes(of: low.bigEndian, toByteOffset: 8, as: UInt64.self)
            }
            store(a)
        case .unix(let path):
            var a = sockaddr_un()
            a.sun_family = sa_family_t(AF_UNIX)
            let bytes = Array(path.utf8)
            let capacity = MemoryLayout.size(ofValue: a.sun_path)
            guard bytes.count < capacity, !bytes.contains(0) else { throw .nameTooLong }
            withUnsafeMutableBytes(of: &a.sun_path) { raw in
                for (i, b) in bytes.enumerated() { raw[i] = b }
            }
            store(a)
            length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + 1)
        }
    }

    private mutating func store<T>(_ value: T) {
        withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: value, as: T.self) }
        length = socklen_t(MemoryLayout<T>.size)
    }

    var family: Int32 { Int32(storage.ss_family) }

    /// The WASI form; nil for families other than IPv4, IPv6 and Unix.
    var address: SocketAddress? {
        withUnsafeBytes(of: storage) { raw -> SocketAddress? in
            switch Int32(storage.ss_family) {
            case AF_INET:
                let a = raw.load(as: sockaddr_in.self)
                return .inet4(address: UInt32(bigEndian: a.sin_addr.s_addr), port: UInt16(bigEndian: a.sin_port))
            case AF_INET6:
                let a = raw.load(as: sockaddr_in6.self)
                let (high, low) = withUnsafeBytes(of: a.sin6_addr) {
                    (UInt64(bigEndian: $0.loadUnaligned(as: UInt64.self)), UInt64(bigEndian: $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
                }
                return .inet6(high: high, low: low, port: UInt16(bigEndian: a.sin6_port))
            case AF_UNIX:
                let offset = MemoryLayout<sa_family_t>.size
                let end = min(Int(length), MemoryLayout<sockaddr_un>.size)
                guard end > offset else { return .unix(path: "") }
                var bytes = Array(raw[offset..<end])
                if let nul = bytes.firstIndex(of: 0), nul > 0 || bytes.count == 1 { bytes.removeSubrange(nul...) }
                return .unix(path: String(decoding: bytes, as: UTF8.self))
            default:
                return nil
            }
        }
    }

    /// Calls `body` with the `sockaddr` pointer and length.
    mutating func withPointer<R>(_ body: (UnsafeMutablePointer<sockaddr>, UnsafeMutablePointer<socklen_t>) -> R) -> R {
        withUnsafeMutablePointer(to: &storage) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, &length) }
        }
    }
}

extension AddressFamily {
    /// The host `AF_*` value.
    var host: Int32 {
        switch self {
        case .unspecified: AF_UNSPEC
        case .inet4: AF_INET
        case .inet6: AF_INET6
        case .unix: AF_UNIX
        }
    }
}
#endif
