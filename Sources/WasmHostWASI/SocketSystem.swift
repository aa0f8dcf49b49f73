/// The socket calls beyond preview1 (the WasmEdge socket extension), decoded like `System`'s: Swift
/// values in, `Errno` out, no guest memory. `GlibcSystem` and `TracingSystem` implement it; the WasmEdge
/// imports of a system that does not answer ENOSYS.
public protocol SocketSystem: System {
    /// Opens a socket (`sock_open`) with base rights `SockListenRights|SockConnectionRights` and
    /// inheriting `SockConnectionRights`.
    func sockOpen(family: AddressFamily, type: SocketType, protocol: SocketProtocol) throws(Errno) -> FD
    func sockBind(_ fd: FD, _ address: SocketAddress) throws(Errno)
    /// A non-blocking socket answers EINPROGRESS while the connection is being made.
    func sockConnect(_ fd: FD, _ address: SocketAddress) throws(Errno)
    func sockListen(_ fd: FD, backlog: Int32) throws(Errno)
    func sockSendTo(_ fd: FD, _ iovecs: IOVecs, flags: UInt16, to address: SocketAddress) throws(Errno) -> Int
    /// Bytes received, flags, and the sender (nil when the socket does not report one).
    func sockRecvFrom(_ fd: FD, _ iovecs: IOVecs, flags: RIFlags) throws(Errno) -> (Int, ROFlags, SocketAddress?)
    func sockGetOption(_ fd: FD, _ option: SocketOption) throws(Errno) -> Int32
    func sockSetOption(_ fd: FD, _ option: SocketOption, _ value: Int32) throws(Errno)
    func sockLocalAddress(_ fd: FD) throws(Errno) -> SocketAddress
    func sockRemoteAddress(_ fd: FD) throws(Errno) -> SocketAddress
    /// Resolves `node`/`service` (either may be empty, not both); at most `maxResults`, IPv4 first.
    func sockAddressInfo(node: String, service: String, hints: AddressInfoHints, maxResults: Int) throws(Errno) -> [AddressInfo]
}

/// A socket option of `sock_getsockopt`/`sock_setsockopt`: level 0 (socket) names 0–14, level 6 (TCP)
/// name 15 for `TCP_NODELAY`. Values are `i32`.
public enum SocketOption: Sendable, Hashable, CaseIterable {
    case reuseAddress, type, error, dontRoute, broadcast, sendBuffer, receiveBuffer, keepAlive, outOfBandInline,
         linger, receiveLowWatermark, receiveTimeout, sendTimeout, acceptConnections, bindToDevice, tcpNoDelay

    /// The option for an ABI `(level, name)`: EINVAL for an unknown level, ENOPROTOOPT for an unknown name.
    public init(level: UInt32, name: UInt32) throws(Errno) {
        switch level {
        case 0:
            let socketLevel: [SocketOption] = [.reuseAddress, .type, .error, .dontRoute, .broadcast, .sendBuffer,
                                               .receiveBuffer, .keepAlive, .outOfBandInline, .linger,
                                               .receiveLowWatermark, .receiveTimeout, .sendTimeout,
                                               .acceptConnections, .bindToDevice]
            guard name < UInt32(socketLevel.count) else { throw .noProtocolOption }
            self = socketLevel[Int(name)]
        case 6:
            guard name == 15 else { throw .noProtocolOption }
            self = .tcpNoDelay
        default:
            throw .inval
        }
    }

    /// Options the host does not offer through an `i32` (ENOTSUP for both get and set).
    public var isUnsupported: Bool { [.linger, .receiveTimeout, .sendTimeout, .bindToDevice].contains(self) }
    /// Options that can only be read (setting them gives ENOPROTOOPT).
    public var isReadOnly: Bool { [.type, .error, .acceptConnections].contains(self) }
}

/// `sock_getaddrinfo` hints.
public struct AddressInfoHints: Sendable, Hashable {
    /// PASSIVE 1, CANONNAME 2, NUMERICHOST 4, NUMERICSERV 8.
    public var flags: UInt16
    public var family: AddressFamily
    public var type: SocketType
    public var `protocol`: SocketProtocol

    public init(flags: UInt16 = 0, family: AddressFamily = .unspecified, type: SocketType = .any,
                protocol: SocketProtocol = .ip) {
        self.flags = flags
        self.family = family
        self.type = type
        self.protocol = `protocol`
    }

    public static let passive: UInt16 = 1, canonicalName: UInt16 = 2, numericHost: UInt16 = 4, numericService: UInt16 = 8
}

/// One `sock_getaddrinfo` result.
public struct AddressInfo: Sendable, Hashable {
    public var address: SocketAddress
    public var type: SocketType
    public var `protocol`: SocketProtocol

    public init(address: SocketAddress, type: SocketType, protocol: SocketProtocol) {
        self.address = address
        self.type = type
        self.protocol = `protocol`
    }
}
