// waPC test guest built with the Embedded Swift SDK (GuestSDK/wapc/Wapc.swift); the same operations
// as guest_c.c (see README.md). It imports only `wapc` and, for `hello`, WASI `fd_write`.

@_extern(wasm, module: "wasi_snapshot_preview1", name: "fd_write") @_extern(c)
func fdWrite(_ fd: Int32, _ iovs: UnsafeRawPointer?, _ count: Int32, _ written: UnsafeMutableRawPointer?) -> Int32

@_extern(c, "aligned_alloc")
func alignedAlloc(_ alignment: Int, _ size: Int) -> UnsafeMutableRawPointer?

nonisolated(unsafe) var spin: Int32 = 0
/// The blocks `hog` allocated, chained through their first word (a global, so they are really kept).
nonisolated(unsafe) var hogBlocks: UnsafeMutableRawPointer? = nil

func printLine(_ text: StaticString) {
    let bytes = Wapc.bytes(text) + [10]
    bytes.withUnsafeBytes { b in
        var iov: (UInt32, UInt32) = (UInt32(UInt(bitPattern: b.baseAddress)), UInt32(b.count))
        var written: UInt32 = 0
        _ = fdWrite(1, &iov, 1, &written)
    }
}

@_cdecl("wapc_init")
public func wapcInit() {
    // A host call during init: the operation reported by __guest_request is "wapc_init".
    var operation = [UInt8](repeating: 0, count: 32)
    var none: [UInt8] = [0]
    operation.withUnsafeMutableBytes { o in none.withUnsafeMutableBytes { _wapcGuestRequest(o.baseAddress, $0.baseAddress) } }
    let length = operation.firstIndex(of: 0) ?? operation.count
    _ = try? Wapc.hostCall(binding: Wapc.bytes("wapc"), namespace: Wapc.bytes("init"),
                           operation: Array(operation[0..<length]), payload: [])

    Wapc.register("echo") { (payload) throws(WapcError) in
        _ = try Wapc.hostCall("wapc", "testing", "echo", payload)
        return payload
    }
    Wapc.register("ping") { (payload) throws(WapcError) in payload }
    Wapc.register("nope") { (_) throws(WapcError) in throw WapcError("Planned Failure") }
    Wapc.register("hello") { (payload) throws(WapcError) in
        printLine("hello called")
        return Wapc.bytes("Hello, ") + (try Wapc.hostCall("", "example", "capitalize", payload))
    }
    Wapc.register("trap") { (_) throws(WapcError) in fatalError() }
    Wapc.register("loop") { (_) throws(WapcError) in
        while true { spin &+= 1 }
    }
    Wapc.register("hog") { (_) throws(WapcError) in
        // The reply buffer is allocated first: nothing is left to allocate afterwards.
        var reply = [UInt8](repeating: UInt8(ascii: "0"), count: 12)
        var count = 0
        while let block = alignedAlloc(16, 1 << 20) {
            block.storeBytes(of: hogBlocks, as: UnsafeMutableRawPointer?.self)
            hogBlocks = block
            count += 1
        }
        var i = reply.count
        repeat {
            i -= 1
            reply[i] = UInt8(ascii: "0") + UInt8(count % 10)
            count /= 10
        } while count > 0 && i > 0
        reply.removeFirst(i)
        return reply
    }
    Wapc.register("log") { (payload) throws(WapcError) in
        Wapc.consoleLog(payload)
        return []
    }
    Wapc.register("nested") { (payload) throws(WapcError) in
        do throws(WapcError) {
            return try Wapc.hostCall("wapc", "testing", "nested", payload)
        } catch {
            throw WapcError(bytes: Array(error.message.dropFirst(12)))   // without "Host error: "
        }
    }
}
