// waPC guest SDK for Embedded Swift (`swiftc -target wasm32-unknown-none-wasm -enable-experimental-feature
// Embedded -enable-experimental-feature Extern`). Compile it together with the guest's own file and
// link a malloc (wasi-libc's libc.a works; it adds no imports). The guest registers its operations from
// an exported `wapc_init`:
//
//     @_cdecl("wapc_init")
//     public func wapcInit() {
//         Wapc.register("echo") { (payload) throws(WapcError) in payload }
//     }
//
// A handler returns the response bytes or throws `WapcError` (its message becomes the guest error).
// Unknown operations fail with `Could not find function "<op>"`.

@_extern(wasm, module: "wapc", name: "__host_call") @_extern(c)
func _wapcHostCall(_ bindingPtr: UnsafeRawPointer?, _ bindingLen: Int32, _ namespacePtr: UnsafeRawPointer?, _ namespaceLen: Int32,
                   _ operationPtr: UnsafeRawPointer?, _ operationLen: Int32, _ payloadPtr: UnsafeRawPointer?, _ payloadLen: Int32) -> Int32
@_extern(wasm, module: "wapc", name: "__host_response_len") @_extern(c)
func _wapcHostResponseLen() -> Int32
@_extern(wasm, module: "wapc", name: "__host_response") @_extern(c)
func _wapcHostResponse(_ pointer: UnsafeMutableRawPointer?)
@_extern(wasm, module: "wapc", name: "__host_error_len") @_extern(c)
func _wapcHostErrorLen() -> Int32
@_extern(wasm, module: "wapc", name: "__host_error") @_extern(c)
func _wapcHostError(_ pointer: UnsafeMutableRawPointer?)
@_extern(wasm, module: "wapc", name: "__guest_request") @_extern(c)
func _wapcGuestRequest(_ operationPtr: UnsafeMutableRawPointer?, _ payloadPtr: UnsafeMutableRawPointer?)
@_extern(wasm, module: "wapc", name: "__guest_response") @_extern(c)
func _wapcGuestResponse(_ pointer: UnsafeRawPointer?, _ length: Int32)
@_extern(wasm, module: "wapc", name: "__guest_error") @_extern(c)
func _wapcGuestError(_ pointer: UnsafeRawPointer?, _ length: Int32)
@_extern(wasm, module: "wapc", name: "__console_log") @_extern(c)
func _wapcConsoleLog(_ pointer: UnsafeRawPointer?, _ length: Int32)

/// A failure of an operation or of a host call: `message` is UTF-8 text.
public struct WapcError: Error {
    public var message: [UInt8]
    public init(_ message: StaticString) { self.message = Wapc.bytes(message) }
    public init(bytes: [UInt8]) { self.message = bytes }
}

/// An operation handler: the request payload in, the response out.
public typealias WapcHandler = ([UInt8]) throws(WapcError) -> [UInt8]

/// The guest side of waPC: handler registration, host calls and logging.
public enum Wapc {
    nonisolated(unsafe) static var handlers: [(name: [UInt8], handler: WapcHandler)] = []

    /// Registers `handler` for `operation`, replacing an earlier one of the same name.
    public static func register(_ operation: StaticString, _ handler: @escaping WapcHandler) {
        let name = bytes(operation)
        for i in 0..<handlers.count where handlers[i].name == name {
            handlers[i].handler = handler
            return
        }
        handlers.append((name, handler))
    }

    /// Calls the host; returns its response, or throws its error text prefixed with `Host error: `.
    public static func hostCall(binding: [UInt8], namespace: [UInt8], operation: [UInt8], payload: [UInt8]) throws(WapcError) -> [UInt8] {
        let ok = binding.withUnsafeBytes { b in
            namespace.withUnsafeBytes { n in
                operation.withUnsafeBytes { o in
                    payload.withUnsafeBytes { p in
                        _wapcHostCall(b.baseAddress, Int32(b.count), n.baseAddress, Int32(n.count),
                                      o.baseAddress, Int32(o.count), p.baseAddress, Int32(p.count))
                    }
                }
            }
        } == 1
        return try hostResult(ok)
    }

    /// `hostCall` with static names (no allocation for them).
    public static func hostCall(_ binding: StaticString, _ namespace: StaticString, _ operation: StaticString,
                                _ payload: [UInt8]) throws(WapcError) -> [UInt8] {
        let ok = payload.withUnsafeBytes { p in
            _wapcHostCall(binding.utf8Start, Int32(binding.utf8CodeUnitCount), namespace.utf8Start,
                          Int32(namespace.utf8CodeUnitCount), operation.utf8Start, Int32(operation.utf8CodeUnitCount),
                          p.baseAddress, Int32(p.count))
        } == 1
        return try hostResult(ok)
    }

    /// Fetches the response (`ok`) or the error of the last host call.
    static func hostResult(_ ok: Bool) throws(WapcError) -> [UInt8] {
        let count = Int(ok ? _wapcHostResponseLen() : _wapcHostErrorLen())
        var result: [UInt8] = []
        if count > 0 {
            result = [UInt8](repeating: 0, count: count)
            result.withUnsafeMutableBytes { if ok { _wapcHostResponse($0.baseAddress) } else { _wapcHostError($0.baseAddress) } }
        }
        if ok { return result }
        throw WapcError(bytes: bytes("Host error: ") + result)
    }

    /// Sends a message to the host's logger.
    public static func consoleLog(_ message: [UInt8]) {
        message.withUnsafeBytes { _wapcConsoleLog($0.baseAddress, Int32($0.count)) }
    }

    public static func consoleLog(_ message: StaticString) { consoleLog(bytes(message)) }

    /// The UTF-8 bytes of a static string.
    public static func bytes(_ text: StaticString) -> [UInt8] {
        Array(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    static func dispatch(_ operationLength: Int, _ payloadLength: Int) -> Int32 {
        var operation = [UInt8](repeating: 0, count: operationLength)
        var payload = [UInt8](repeating: 0, count: payloadLength)
        operation.withUnsafeMutableBytes { o in
            payload.withUnsafeMutableBytes { p in _wapcGuestRequest(o.baseAddress, p.baseAddress) }
        }
        for entry in handlers where entry.name == operation {
            do throws(WapcError) {
                let response = try entry.handler(payload)
                response.withUnsafeBytes { _wapcGuestResponse($0.baseAddress, Int32($0.count)) }
                return 1
            } catch {
                error.message.withUnsafeBytes { _wapcGuestError($0.baseAddress, Int32($0.count)) }
                return 0
            }
        }
        let message = bytes("Could not find function \"") + operation + [UInt8(ascii: "\"")]
        message.withUnsafeBytes { _wapcGuestError($0.baseAddress, Int32($0.count)) }
        return 0
    }
}

/// The waPC entry point the host calls for every operation.
@_cdecl("__guest_call")
public func __guest_call(_ operationLength: Int32, _ payloadLength: Int32) -> Int32 {
    Wapc.dispatch(Int(UInt32(bitPattern: operationLength)), Int(UInt32(bitPattern: payloadLength)))
}
