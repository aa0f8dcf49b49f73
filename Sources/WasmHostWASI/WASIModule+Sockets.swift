import WasmHost

/// The system of an instance as a `SocketSystem`, looked up once per instantiation.
private final class SocketSystemBox: @unchecked Sendable {
    let system: (any SocketSystem)?
    init(_ system: any System) { self.system = system as? any SocketSystem }

    func get() throws(Errno) -> any SocketSystem {
        guard let system else { throw .nosys }
        return system
    }
}

private let i32 = ValueType.i32

/// The WasmEdge socket ABI (v1 and v2): decodes address buffers, options and the guest-preallocated
/// `sock_getaddrinfo` list, and calls the instance's `SocketSystem` (ENOSYS when the system has none).
extension WASIModule {
    static func addSocketExtension(_ d: inout Definitions, _ state: WASIState, _ kind: SocketExtension) {
        guard kind == .wasmEdgeV1 || kind == .wasmEdgeV2 else { return }
        let v1 = kind == .wasmEdgeV1
        let box = SocketSystemBox(state.system)

        d.add("sock_open", [i32, i32, i32]) { _, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(2), 4)
            guard let family = AddressFamily(rawValue: UInt8(truncatingIfNeeded: s.u32(0))), s.u32(0) <= 3 else { throw .addressFamilyNotSupported }
            guard let type = SocketType(rawValue: UInt8(truncatingIfNeeded: s.u32(1))), s.u32(1) <= 2 else { throw .inval }
            let fd = try box.get().sockOpen(family: family, type: type, protocol: .ip)
            try m.store(UInt32(bitPattern: fd), s.u32(2))
        }
        d.add("sock_bind", [i32, i32, i32]) { _, c, s throws(Errno) in
            let address = try readAddress(try GuestMemory(c), s.u32(1), port: s.u32(2), v1: v1)
            try box.get().sockBind(FD(bitPattern: s.u32(0)), address)
        }
        d.add("sock_connect", [i32, i32, i32]) { _, c, s throws(Errno) in
            let address = try readAddress(try GuestMemory(c), s.u32(1), port: s.u32(2), v1: v1)
            try box.get().sockConnect(FD(bitPattern: s.u32(0)), address)
        }
        d.add("sock_listen", [i32, i32]) { _, _, s throws(Errno) in
            try box.get().sockListen(FD(bitPattern: s.u32(0)), backlog: Int32(bitPattern: s.u32(1)))
        }
        if v1 {
            d.add("sock_accept", [i32, i32]) { sys, c, s throws(Errno) in
                let m = try GuestMemory(c)
                _ = try m.bytes(s.u32(1), 4)
                let fd = try sys.sockAccept(FD(bitPattern: s.u32(0)), flags: [])
                try m.store(UInt32(bitPattern: fd), s.u32(1))
            }
        }
        d.add("sock_send_to", [i32, i32, i32, i32, i32, i32, i32]) { _, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(6), 4)
            let address = try readAddress(m, s.u32(3), port: s.u32(4), v1: v1)
            let iovecs = try state.decodeIOVecs(m, s.u32(1), s.u32(2))
            let n = try box.get().sockSendTo(FD(bitPattern: s.u32(0)), iovecs, flags: UInt16(truncatingIfNeeded: s.u32(5)), to: address)
            try m.store(UInt32(truncatingIfNeeded: n), s.u32(6))
        }
        // v2: (fd, iovs, iovs_len, addr, flags, port_out, len_out, flags_out); v1 has no port_out.
        d.add("sock_recv_from", v1 ? [i32, i32, i32, i32, i32, i32, i32] : [i32, i32, i32, i32, i32, i32, i32, i32]) { _, c, s throws(Errno) in
            let m = try GuestMemory(c)
            let lengthOut = s.u32(v1 ? 5 : 6), flagsOut = s.u32(v1 ? 6 : 7)
            _ = try m.bytes(lengthOut, 4)
            _ = try m.bytes(flagsOut, 2)
            if !v1 { _ = try m.bytes(s.u32(5), 4) }
            let iovecs = try state.decodeIOVecs(m, s.u32(1), s.u32(2))
            let (n, flags, from) = try box.get().sockRecvFrom(FD(bitPattern: s.u32(0)), iovecs,
                                                              flags: RIFlags(rawValue: UInt16(truncatingIfNeeded: s.u32(4))))
            if let from {
                _ = try writeAddress(m, s.u32(3), from, v1: v1)
                if !v1 { try m.store(UInt32(from.port), s.u32(5)) }
            } else if !v1 {
                try m.store(UInt32(0), s.u32(5))
            }
            try m.store(UInt32(truncatingIfNeeded: n), lengthOut)
            try m.store(flags.rawValue, flagsOut)
        }
        d.add("sock_getsockopt", [i32, i32, i32, i32, i32]) { _, c, s throws(Errno) in
            let m = try GuestMemory(c)
            let option = try SocketOption(level: s.u32(1), name: s.u32(2))
            guard !option.isUnsupported else { throw .notSupported }
            guard s.u32(4) == 4 else { throw .inval }
            _ = try m.bytes(s.u32(3), 4)
            let value = try box.get().sockGetOption(FD(bitPattern: s.u32(0)), option)
            try m.store(value, s.u32(3))
        }
        d.add("sock_setsockopt", [i32, i32, i32, i32, i32]) { _, c, s throws(Errno) in
            let m = try GuestMemory(c)
            let option = try SocketOption(level: s.u32(1), name: s.u32(2))
            guard !option.isUnsupported else { throw .notSupported }
            guard s.u32(4) == 4 else { throw .inval }
            let value = try m.load(Int32.self, s.u32(3))
            try box.get().sockSetOption(FD(bitPattern: s.u32(0)), option, value)
        }
        for (name, local) in [("sock_getlocaladdr", true), ("sock_getpeeraddr", false)] {
            // v2: (fd, addr, port_out); v1: (fd, addr, addr_type_out, port_out).
            d.add(name, v1 ? [i32, i32, i32, i32] : [i32, i32, i32]) { _, c, s throws(Errno) in
                let m = try GuestMemory(c)
                let portOut = s.u32(v1 ? 3 : 2)
                _ = try m.bytes(portOut, 4)
                if v1 { _ = try m.bytes(s.u32(2), 4) }
                let fd = FD(bitPattern: s.u32(0))
                let address = local ? try box.get().sockLocalAddress(fd) : try box.get().sockRemoteAddress(fd)
                let type = try writeAddress(m, s.u32(1), address, v1: v1)
                if v1 { try m.store(type, s.u32(2)) }
                try m.store(UInt32(address.port), portOut)
            }
        }
        d.add("sock_getaddrinfo", [i32, i32, i32, i32, i32, i32, i32, i32]) { _, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(7), 4)
            let node = try cString(m, s.u32(0), s.u32(1)), service = try cString(m, s.u32(2), s.u32(3))
            let rawHints = try m.bytes(s.u32(4), 28)
            let hints = AddressInfoHints(
                flags: rawHints.loadUnaligned(fromByteOffset: 0, as: UInt16.self).littleEndian,
                family: AddressFamily(rawValue: rawHints[2]) ?? .unspecified,
                type: SocketType(rawValue: rawHints[3]) ?? .any,
                protocol: SocketProtocol(rawValue: UInt8(truncatingIfNeeded: rawHints.loadUnaligned(fromByteOffset: 4, as: UInt32.self).littleEndian)) ?? .ip)
            let maxResults = Int(s.u32(6))
            let results = try box.get().sockAddressInfo(node: node, service: service, hints: hints, maxResults: maxResults)
            var cursor = try m.load(UInt32.self, s.u32(5))
            var written: UInt32 = 0
            for info in results {
                guard cursor != 0 else { break }
                try writeAddressInfo(m, at: cursor, info)
                written += 1
                cursor = try m.load(UInt32.self, cursor &+ 24)
            }
            try m.store(written, s.u32(7))
        }
    }

    /// A guest string of `length` bytes with one trailing NUL removed.
    private static func cString(_ m: GuestMemory, _ address: UInt32, _ length: UInt32) throws(Errno) -> String {
        guard length > 0 else { return "" }
        var bytes = UnsafeRawBufferPointer(try m.bytes(address, length))
        if bytes.last == 0 { bytes = UnsafeRawBufferPointer(rebasing: bytes.dropLast()) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The `{buf_ptr, buf_len}` descriptor at `address`: the buffer.
    private static func addressBuffer(_ m: GuestMemory, _ address: UInt32) throws(Errno) -> UnsafeMutableRawBufferPointer {
        try m.bytes(try m.load(UInt32.self, address), try m.load(UInt32.self, address &+ 4))
    }

    /// Decodes an address argument: v2 = 128 bytes {u16 family, address or NUL-terminated path}, v1 = the
    /// raw 4 or 16 address bytes. The port is a separate host-order argument.
    static func readAddress(_ m: GuestMemory, _ address: UInt32, port: UInt32, v1: Bool) throws(Errno) -> SocketAddress {
        let buffer = try addressBuffer(m, address)
        guard port <= UInt32(UInt16.max) else { throw .inval }
        let port = UInt16(port)
        if v1 {
            guard let ip = SocketAddress(ipBytes: buffer, port: port) else { throw .inval }
            return ip
        }
        guard buffer.count == 128 else { throw .inval }
        switch buffer.loadUnaligned(as: UInt16.self).littleEndian {
        case 1: return .inet4(address: UInt32(bigEndian: buffer.loadUnaligned(fromByteOffset: 2, as: UInt32.self)), port: port)
        case 2: return .inet6(high: UInt64(bigEndian: buffer.loadUnaligned(fromByteOffset: 2, as: UInt64.self)),
                              low: UInt64(bigEndian: buffer.loadUnaligned(fromByteOffset: 10, as: UInt64.self)), port: port)
        case 3:
            let path = buffer[2..<128]
            guard let end = path.firstIndex(of: 0) else { throw .nameTooLong }
            let name = String(decoding: path[..<end], as: UTF8.self)
            return .unix(path: name == "@" ? "" : name)
        default:
            throw .addressFamilyNotSupported
        }
    }

    /// Encodes `socketAddress` into the address argument's buffer (v1: only the 4 or 16 address bytes);
    /// returns the v1 address type (4 or 6).
    static func writeAddress(_ m: GuestMemory, _ address: UInt32, _ socketAddress: SocketAddress, v1: Bool) throws(Errno) -> UInt32 {
        let buffer = try addressBuffer(m, address)
        if v1 {
            guard socketAddress.family != .unix else { throw .addressFamilyNotSupported }
            guard socketAddress.copyAddressBytes(into: buffer) != nil else { throw .inval }
            return socketAddress.family == .inet4 ? 4 : 6
        }
        guard buffer.count == 128 else { throw .inval }
        buffer.initializeMemory(as: UInt8.self, repeating: 0)
        buffer.storeBytes(of: UInt16(socketAddress.family.rawValue).littleEndian, as: UInt16.self)
        let payload = UnsafeMutableRawBufferPointer(rebasing: buffer[2..<127])  // a Unix path keeps its NUL
        if case .unix(let path) = socketAddress, path.isEmpty {
            payload[0] = UInt8(ascii: "@")
        } else {
            guard socketAddress.copyAddressBytes(into: payload) != nil else { throw .nameTooLong }
        }
        return socketAddress.family == .inet6 ? 6 : 4
    }

    /// Fills one guest `addrinfo` (28 bytes) and the sockaddr its `addr` points at: {u8 family,
    /// u32 data_len @4, u32 data_ptr @8}, the data being a big-endian port and the address.
    private static func writeAddressInfo(_ m: GuestMemory, at address: UInt32, _ info: AddressInfo) throws(Errno) {
        let entry = try m.bytes(address, 28)
        entry.storeBytes(of: UInt16(0), toByteOffset: 0, as: UInt16.self)
        entry[2] = info.address.family.rawValue
        entry[3] = info.type.rawValue
        entry.storeBytes(of: UInt32(info.protocol.rawValue).littleEndian, toByteOffset: 4, as: UInt32.self)
        entry.storeBytes(of: UInt32(16).littleEndian, toByteOffset: 8, as: UInt32.self)
        entry.storeBytes(of: UInt32(0), toByteOffset: 20, as: UInt32.self)
        let sockaddrPointer = UInt32(littleEndian: entry.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
        guard sockaddrPointer != 0 else { return }
        let sockaddr = try m.bytes(sockaddrPointer, 12)
        sockaddr[0] = info.address.family.rawValue
        var dataLength = UInt32(littleEndian: sockaddr.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
        if dataLength == 14 { dataLength = 26 }  // wasi-go's rule: room for an IPv6 address
        let payload = withUnsafeBytes(of: info.address.port.bigEndian) { Array($0) } + info.address.addressBytes
        guard dataLength >= UInt32(payload.count) else { throw .inval }
        let data = try m.bytes(UInt32(littleEndian: sockaddr.loadUnaligned(fromByteOffset: 8, as: UInt32.self)), dataLength)
        data.initializeMemory(as: UInt8.self, repeating: 0)
        data.copyBytes(from: payload)
    }
}
