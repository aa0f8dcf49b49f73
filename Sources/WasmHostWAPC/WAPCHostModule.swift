import WasmHost

/// The `wapc` import module: the nine host functions of the waPC ABI, over raw argument slots (no
/// per-call boxing). Each instantiation gets its own `WAPCInstanceState` (in the instance's host state
/// under `"wapc"`).
struct WAPCHostModule: HostModule {
    let name = "wapc"
    let hostCall: WAPCHostCallHandler
    let logger: WAPCLogger?

    func externals(for context: InstantiationContext) throws -> [String: External] {
        Self.functions(WAPCInstanceState.obtain(context, hostCall: hostCall, logger: logger))
    }

    private static func function(_ parameters: Int, returnsI32: Bool,
                                 _ body: @escaping @Sendable (Caller, UnsafeMutablePointer<UInt64>) throws -> Void) -> External {
        let type = FunctionType(parameters: Array(repeating: .i32, count: parameters), results: returnsI32 ? [.i32] : [])
        return .function(HostFunction(type: type, raw: body))
    }

    @inline(__always)
    private static func u32(_ slots: UnsafeMutablePointer<UInt64>, _ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: slots[i]) }

    static func functions(_ state: WAPCInstanceState) -> [String: External] {
        var members: [String: External] = [:]
        members["__host_call"] = function(8, returnsI32: true) { caller, slots in
            guard !state.stack.isEmpty else { slots[0] = 0; return }
            let memory = state.memory(caller)
            let binding = state.binding(try GuestBytes.bytes(memory, u32(slots, 0), u32(slots, 1), "binding"))
            let namespace = state.namespace(try GuestBytes.bytes(memory, u32(slots, 2), u32(slots, 3), "namespace"))
            let operation = state.operation(try GuestBytes.bytes(memory, u32(slots, 4), u32(slots, 5), "operation"))
            let payload = try GuestBytes.read(memory, u32(slots, 6), u32(slots, 7), "payload")
            let index = state.stack.count - 1
            do {
                let response = try state.hostCall(binding, namespace, operation, payload)
                state.stack[index].hostResponse = response
                state.stack[index].hostError = nil
                slots[0] = 1
            } catch {
                state.stack[index].hostResponse = nil
                state.stack[index].hostError = Array(String(describing: error).utf8)
                slots[0] = 0
            }
            try state.checkInterruption()
        }
        members["__host_response_len"] = function(0, returnsI32: true) { _, slots in
            slots[0] = UInt64(UInt32(truncatingIfNeeded: state.stack.last?.hostResponse?.count ?? 0))
        }
        members["__host_response"] = function(1, returnsI32: false) { caller, slots in
            guard let response = state.stack.last?.hostResponse else { return }
            try GuestBytes.write(state.memory(caller), response, u32(slots, 0), "hostResp")
        }
        members["__host_error_len"] = function(0, returnsI32: true) { _, slots in
            slots[0] = UInt64(UInt32(truncatingIfNeeded: state.stack.last?.hostError?.count ?? 0))
        }
        members["__host_error"] = function(1, returnsI32: false) { caller, slots in
            guard let error = state.stack.last?.hostError else { return }
            try GuestBytes.write(state.memory(caller), error, u32(slots, 0), "hostErr")
        }
        members["__guest_request"] = function(2, returnsI32: false) { caller, slots in
            guard let invocation = state.stack.last else { return }
            let memory = state.memory(caller)
            try GuestBytes.write(memory, invocation.operation, u32(slots, 0), "operation")
            try GuestBytes.write(memory, invocation.request, u32(slots, 1), "payload")
        }
        members["__guest_response"] = function(2, returnsI32: false) { caller, slots in
            guard !state.stack.isEmpty else { return }   // outside an invocation (start section): ignored
            let bytes = try GuestBytes.read(state.memory(caller), u32(slots, 0), u32(slots, 1), "guestResp")
            state.stack[state.stack.count - 1].guestResponse = bytes
        }
        members["__guest_error"] = function(2, returnsI32: false) { caller, slots in
            guard !state.stack.isEmpty else { return }
            let text = try GuestBytes.string(state.memory(caller), u32(slots, 0), u32(slots, 1), "guestErr")
            state.stack[state.stack.count - 1].guestError = text
        }
        members["__console_log"] = function(2, returnsI32: false) { caller, slots in
            guard let logger = state.logger else { return }
            logger(try GuestBytes.string(state.memory(caller), u32(slots, 0), u32(slots, 1), "msg"))
        }
        return members
    }
}
