/// Traces the WasmEdge socket calls; a base system without them answers ENOSYS (also traced).
extension TracingSystem: SocketSystem {
    private func sockets() throws(Errno) -> any SocketSystem {
        guard let system = base as? any SocketSystem else { throw .nosys }
        return system
    }

    public func sockOpen(family: AddressFamily, type: SocketType, protocol proto: SocketProtocol) throws(Errno) -> FD {
        try trace("SockOpen(\(family), \(type), \(proto))", { () throws(Errno) in
            try sockets().sockOpen(family: family, type: type, protocol: proto)
        }) { "\($0)" }
    }
    public func sockBind(_ fd: FD, _ address: SocketAddress) throws(Errno) {
        try ok("SockBind(\(fd), \(address))") { () throws(Errno) in try sockets().sockBind(fd, address) }
    }
    public func sockConnect(_ fd: FD, _ address: SocketAddress) throws(Errno) {
        try ok("SockConnect(\(fd), \(address))") { () throws(Errno) in try sockets().sockConnect(fd, address) }
    }
    public func sockListen(_ fd: FD, backlog: Int32) throws(Errno) {
        try ok("SockListen(\(fd), \(backlog))") { () throws(Errno) in try sockets().sockListen(fd, backlog: backlog) }
    }
    public func sockSendTo(_ fd: FD, _ iovecs: IOVecs, flags: UInt16, to address: SocketAddress) throws(Errno) -> Int {
        try trace("SockSendTo(\(fd), \(TraceFormat.iovecs(iovecs, limit: limit, data: true)), SIFlags(\(flags)), \(address))",
                  { () throws(Errno) in try sockets().sockSendTo(fd, iovecs, flags: flags, to: address) }) { "\($0)" }
    }
    public func sockRecvFrom(_ fd: FD, _ iovecs: IOVecs, flags: RIFlags) throws(Errno) -> (Int, ROFlags, SocketAddress?) {
        try trace("SockRecvFrom(\(fd), \(TraceFormat.iovecs(iovecs, limit: limit, data: false)), RIFlags(\(flags.rawValue)))",
                  { () throws(Errno) in try sockets().sockRecvFrom(fd, iovecs, flags: flags) }) {
            "\($0.0), ROFlags(\($0.1.rawValue)), \($0.2.map { "\($0)" } ?? "nil"): "
                + TraceFormat.iovecs(iovecs, limit: limit, data: true, upTo: $0.0)
        }
    }
    public func sockGetOption(_ fd: FD, _ option: SocketOption) throws(Errno) -> Int32 {
        try trace("SockGetOpt(\(fd), \(option))", { () throws(Errno) in try sockets().sockGetOption(fd, option) }) { "\($0)" }
    }
    public func sockSetOption(_ fd: FD, _ option: SocketOption, _ value: Int32) throws(Errno) {
        try ok("SockSetOpt(\(fd), \(option), \(value))") { () throws(Errno) in try sockets().sockSetOption(fd, option, value) }
    }
    public func sockLocalAddress(_ fd: FD) throws(Errno) -> SocketAddress {
        try trace("SockLocalAddress(\(fd))", { () throws(Errno) in try sockets().sockLocalAddress(fd) }) { "\($0)" }
    }
    public func sockRemoteAddress(_ fd: FD) throws(Errno) -> SocketAddress {
        try trace("SockRemoteAddress(\(fd))", { () throws(Errno) in try sockets().sockRemoteAddress(fd) }) { "\($0)" }
    }
    public func sockAddressInfo(node: String, service: String, hints: AddressInfoHints, maxResults: Int) throws(Errno) -> [AddressInfo] {
        try trace("SockAddressInfo(\(str(node)), \(str(service)), \(maxResults))", { () throws(Errno) in
            try sockets().sockAddressInfo(node: node, service: service, hints: hints, maxResults: maxResults)
        }) { "[" + $0.map { "\($0.address)" }.joined(separator: ", ") + "]" }
    }
}
