import WasmHost

/// Raw arguments of a host call.
typealias Slots = UnsafeMutablePointer<UInt64>

extension UnsafeMutablePointer where Pointee == UInt64 {
    /// Argument `i` as an i32.
    @inline(__always) func u32(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: self[i]) }
    /// Argument `i` as an i64.
    @inline(__always) func u64(_ i: Int) -> UInt64 { self[i] }
}

/// Builds the import table: one entry per function, each returning an errno.
struct Definitions {
    let state: WASIState
    var members: [String: External] = [:]

    /// A function with `params` returning an `i32` errno; `body` gets the system, the caller's memory
    /// accessor (created lazily) and the argument slots.
    mutating func add(_ name: String, _ params: [ValueType],
                      _ body: @escaping @Sendable (any System, Caller, Slots) throws(Errno) -> Void) {
        let state = self.state
        let type = FunctionType(parameters: params, results: [.i32])
        members[name] = .function(HostFunction(type: type, raw: { caller, slots in
            do throws(Errno) {
                try body(state.system, caller, slots)
                slots[0] = 0
            } catch {
                slots[0] = UInt64(error.rawValue)
            }
        }))
    }
}

private let i32 = ValueType.i32
private let i64 = ValueType.i64

extension WASIModule {
    static func functions(_ state: WASIState, sockets: SocketExtension = .none) -> [String: External] {
        var d = Definitions(state: state)
        addProcessFunctions(&d, state)
        addFDFunctions(&d, state)
        addPathFunctions(&d, state)
        addPollAndSocketFunctions(&d, state)
        addSocketExtension(&d, state, sockets)  // WasmEdge v1/v2 (WASIModule+Sockets.swift)
        return d.members
    }

    private static func writeStrings(_ strings: [String], _ m: GuestMemory, pointers: UInt32, buffer: UInt32) throws(Errno) {
        var pointer = pointers, cursor = buffer
        for s in strings {
            try m.store(cursor, pointer)
            let bytes = Array(s.utf8) + [0]
            try m.write(bytes, at: cursor)
            pointer &+= 4
            cursor &+= UInt32(truncatingIfNeeded: bytes.count)
        }
    }

    private static func writeSizes(_ strings: [String], _ m: GuestMemory, count: UInt32, size: UInt32) throws(Errno) {
        try m.store(UInt32(truncatingIfNeeded: strings.count), count)
        try m.store(UInt32(truncatingIfNeeded: strings.reduce(0) { $0 + $1.utf8.count + 1 }), size)
    }

    private static func addProcessFunctions(_ d: inout Definitions, _ state: WASIState) {
        d.add("args_get", [i32, i32]) { sys, c, s throws(Errno) in
            try writeStrings(try sys.argsGet(), GuestMemory(c), pointers: s.u32(0), buffer: s.u32(1))
        }
        d.add("args_sizes_get", [i32, i32]) { sys, c, s throws(Errno) in
            try writeSizes(try sys.argsGet(), GuestMemory(c), count: s.u32(0), size: s.u32(1))
        }
        d.add("environ_get", [i32, i32]) { sys, c, s throws(Errno) in
            try writeStrings(try sys.environGet(), GuestMemory(c), pointers: s.u32(0), buffer: s.u32(1))
        }
        d.add("environ_sizes_get", [i32, i32]) { sys, c, s throws(Errno) in
            try writeSizes(try sys.environGet(), GuestMemory(c), count: s.u32(0), size: s.u32(1))
        }
        d.add("clock_res_get", [i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(1), 8)
            try m.store(try sys.clockResGet(s.u32(0)), s.u32(1))
        }
        d.add("clock_time_get", [i32, i64, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(2), 8)
            try m.store(try sys.clockTimeGet(s.u32(0), precision: s.u64(1)), s.u32(2))
        }
        d.add("random_get", [i32, i32]) { sys, c, s throws(Errno) in
            try sys.randomGet(try GuestMemory(c).bytes(s.u32(0), s.u32(1)))
        }
        d.add("sched_yield", []) { sys, _, _ throws(Errno) in try sys.schedYield() }
        d.members["proc_raise"] = .function(HostFunction(type: FunctionType(parameters: [i32], results: [i32]), raw: { _, slots in
            let signal = slots.u32(0)
            do throws(Errno) {
                guard signal <= 30 else { throw .inval }
                try state.system.procRaise(UInt8(signal))
            } catch {
                slots[0] = UInt64(error.rawValue)
                return
            }
            slots[0] = 0
            // Signals whose default action is to ignore (none, CHLD, CONT, URG, WINCH) return; others end
            // the guest with 127 + signal.
            if [0, 16, 17, 22, 27].contains(signal) { return }
            state.exitCode = 127 + Int32(signal)
            throw WasmError.trap(Trap.exit(127 + Int32(signal)))
        }))
        d.members["proc_exit"] = .function(HostFunction(type: FunctionType(parameters: [i32]), raw: { _, slots in
            let code = slots.u32(0)
            try? state.system.procExit(code)
            state.exitCode = Int32(bitPattern: code)
            throw WasmError.trap(Trap.exit(Int32(bitPattern: code)))
        }))
    }

    private static func addPollAndSocketFunctions(_ d: inout Definitions, _ state: WASIState) {
        d.add("poll_oneoff", [i32, i32, i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            let count = s.u32(2)
            guard count > 0 else { throw .inval }
            let input = try m.bytes(s.u32(0), UInt32(clamping: UInt64(count) * 48))
            let output = try m.bytes(s.u32(1), UInt32(clamping: UInt64(count) * 32))
            _ = try m.bytes(s.u32(3), 4)
            state.subscriptions.removeAll(keepingCapacity: true)
            for i in 0..<Int(count) {
                let at = i * 48
                let userData = input.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian
                let tag = input.load(fromByteOffset: at + 8, as: UInt8.self)
                let u32 = input.loadUnaligned(fromByteOffset: at + 16, as: UInt32.self).littleEndian
                let kind: Subscription.Kind
                switch tag {
                case 0:
                    kind = .clock(id: u32,
                                  timeout: input.loadUnaligned(fromByteOffset: at + 24, as: UInt64.self).littleEndian,
                                  precision: input.loadUnaligned(fromByteOffset: at + 32, as: UInt64.self).littleEndian,
                                  absolute: input.loadUnaligned(fromByteOffset: at + 40, as: UInt16.self).littleEndian & 1 != 0)
                case 1: kind = .fdRead(FD(bitPattern: u32))
                case 2: kind = .fdWrite(FD(bitPattern: u32))
                default: throw .inval
                }
                state.subscriptions.append(Subscription(userData: userData, kind: kind))
            }
            state.events.removeAll(keepingCapacity: true)
            try sys.pollOneOff(state.subscriptions, into: &state.events)
            output.initializeMemory(as: UInt8.self, repeating: 0)
            for (i, event) in state.events.prefix(Int(count)).enumerated() {
                let at = i * 32
                output.storeBytes(of: event.userData.littleEndian, toByteOffset: at, as: UInt64.self)
                output.storeBytes(of: event.errno.rawValue.littleEndian, toByteOffset: at + 8, as: UInt16.self)
                output.storeBytes(of: event.type.rawValue, toByteOffset: at + 10, as: UInt8.self)
                output.storeBytes(of: event.nbytes.littleEndian, toByteOffset: at + 16, as: UInt64.self)
                output.storeBytes(of: UInt16(event.hangup ? 1 : 0).littleEndian, toByteOffset: at + 24, as: UInt16.self)
            }
            try m.store(UInt32(min(state.events.count, Int(count))), s.u32(3))
        }
        d.add("sock_accept", [i32, i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(2), 4)
            let fd = try sys.sockAccept(FD(bitPattern: s.u32(0)), flags: FDFlags(rawValue: UInt16(truncatingIfNeeded: s.u32(1))))
            try m.store(UInt32(bitPattern: fd), s.u32(2))
        }
        d.add("sock_recv", [i32, i32, i32, i32, i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(4), 4)
            _ = try m.bytes(s.u32(5), 2)
            let iovecs = try state.decodeIOVecs(m, s.u32(1), s.u32(2))
            let (n, flags) = try sys.sockRecv(FD(bitPattern: s.u32(0)), iovecs, flags: RIFlags(rawValue: UInt16(truncatingIfNeeded: s.u32(3))))
            try m.store(UInt32(truncatingIfNeeded: n), s.u32(4))
            try m.store(flags.rawValue, s.u32(5))
        }
        d.add("sock_send", [i32, i32, i32, i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(4), 4)
            let iovecs = try state.decodeIOVecs(m, s.u32(1), s.u32(2))
            let n = try sys.sockSend(FD(bitPattern: s.u32(0)), iovecs, flags: UInt16(truncatingIfNeeded: s.u32(3)))
            try m.store(UInt32(truncatingIfNeeded: n), s.u32(4))
        }
        d.add("sock_shutdown", [i32, i32]) { sys, _, s throws(Errno) in
            let how = s.u32(1)
            guard how & ~3 == 0 else { throw .inval }
            try sys.sockShutdown(FD(bitPattern: s.u32(0)), how: SDFlags(rawValue: UInt8(how)))
        }
    }
}
