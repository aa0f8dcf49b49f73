// Pipe.swift: guest SDK (Embedded Swift) for the pantopic/wazero-pipe host module, ABI-compatible
// with the original Go SDK. Compile it together with your guest (one module, -wmo) with
// `-enable-experimental-feature Embedded -enable-experimental-feature Extern`, and export `__pipe`
// when linking (`wasm-ld --export=__pipe`).
//
//     let values = Pipe(id: 0)
//     values.send(UInt64(42))                      // blocks until a receiver takes it (rendezvous)
//     let v = values.receiveUInt64()               // nil when the message is not 8 bytes
//
// Wire format as the Go SDK's encoding/binary: integers little-endian, byte slices raw; both ends must
// agree on the type of each pipe id. Host-side failures (closed scope, deadline, oversize receive...)
// trap the guest call. The buffer holds `pipeBufferCapacity` bytes (64 KiB; the Go SDK's is 2 MiB).

@_extern(wasm, module: "pantopic/wazero-pipe", name: "__pipe_send")
@_extern(c)
func _pipeSendImport()

@_extern(wasm, module: "pantopic/wazero-pipe", name: "__pipe_recv")
@_extern(c)
func _pipeRecvImport()

/// Capacity of the message buffer in bytes.
public let pipeBufferCapacity = 65536

nonisolated(unsafe) var _pipeBuffer = InlineArray<65536, UInt8>(repeating: 0)
nonisolated(unsafe) var _pipeMetaPage = InlineArray<4, UInt32>(repeating: 0)
nonisolated(unsafe) var _pipeID: UInt32 = 0
nonisolated(unsafe) var _pipeCapacity: UInt32 = 65536
nonisolated(unsafe) var _pipeLength: UInt32 = 0

@inline(__always)
func _pipeAddress<T>(_ pointer: UnsafeMutablePointer<T>) -> UInt32 {
    UInt32(truncatingIfNeeded: UInt(bitPattern: pointer))
}

/// The meta page export: addresses of the id, capacity, length and the buffer's first byte.
@_cdecl("__pipe")
public func _pipeMeta() -> UInt32 {
    _pipeMetaPage[0] = withUnsafeMutablePointer(to: &_pipeID) { _pipeAddress($0) }
    _pipeMetaPage[1] = withUnsafeMutablePointer(to: &_pipeCapacity) { _pipeAddress($0) }
    _pipeMetaPage[2] = withUnsafeMutablePointer(to: &_pipeLength) { _pipeAddress($0) }
    _pipeMetaPage[3] = withUnsafeMutablePointer(to: &_pipeBuffer) { _pipeAddress($0) }
    return withUnsafeMutablePointer(to: &_pipeMetaPage) { _pipeAddress($0) }
}

/// A numbered pipe (the Go SDK's `pipe.New[T](pipe.WithID(id))`; the type is chosen per call).
public struct Pipe {
    public let id: UInt32

    public init(id: UInt32 = 0) { self.id = id }

    /// Runs `body` over the whole buffer (to fill it before `sendBuffer`, or to read a message).
    public func withBuffer<R>(_ body: (UnsafeMutableRawBufferPointer) -> R) -> R {
        withUnsafeMutablePointer(to: &_pipeBuffer) { pointer in
            body(UnsafeMutableRawBufferPointer(start: pointer, count: pipeBufferCapacity))
        }
    }

    /// Sends the first `length` bytes of the buffer; false when `length` exceeds the capacity.
    @discardableResult
    public func sendBuffer(length: Int) -> Bool {
        guard length >= 0, length <= Int(_pipeCapacity) else { return false }
        _pipeID = id
        _pipeLength = UInt32(length)
        _pipeSendImport()
        return true
    }

    /// Sends raw bytes; false when they do not fit the buffer.
    @discardableResult
    public func send(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count <= Int(_pipeCapacity) else { return false }
        withBuffer { buffer in
            for i in 0..<bytes.count { buffer[i] = bytes[i] }
        }
        return sendBuffer(length: bytes.count)
    }

    /// Sends a fixed-width integer, little-endian.
    public func send<T: FixedWidthInteger>(_ value: T) {
        withBuffer { $0.storeBytes(of: value.littleEndian, toByteOffset: 0, as: T.self) }
        sendBuffer(length: MemoryLayout<T>.size)
    }

    /// Receives the next message and runs `body` over its bytes (valid only during `body`).
    public func receive<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        _pipeID = id
        _pipeRecvImport()
        let length = Int(min(_pipeLength, _pipeCapacity))
        return withBuffer { body(UnsafeRawBufferPointer(rebasing: $0[0..<length])) }
    }

    /// Receives a little-endian integer; nil when the message has another size.
    public func receive<T: FixedWidthInteger>(_: T.Type = T.self) -> T? {
        receive { bytes -> T? in
            guard bytes.count == MemoryLayout<T>.size else { return nil }
            return T(littleEndian: bytes.loadUnaligned(as: T.self))
        }
    }
}
