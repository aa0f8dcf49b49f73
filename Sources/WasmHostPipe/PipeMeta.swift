import WasmHost

/// The four addresses of a guest's pipe meta page (`__pipe() -> i32` points at them, `u32le` each).
/// Only the addresses are cached; the id, capacity and length are read on every call.
public struct PipeMeta: Sendable, Equatable {
    /// Address of the `u32` pipe id of the next call.
    public var idAddress: UInt32
    /// Address of the `u32` buffer capacity.
    public var capacityAddress: UInt32
    /// Address of the `u32` message length.
    public var lengthAddress: UInt32
    /// Address of the buffer's first byte.
    public var bufferAddress: UInt32

    public init(idAddress: UInt32, capacityAddress: UInt32, lengthAddress: UInt32, bufferAddress: UInt32) {
        self.idAddress = idAddress
        self.capacityAddress = capacityAddress
        self.lengthAddress = lengthAddress
        self.bufferAddress = bufferAddress
    }

    /// Reads the meta page at `address`.
    init(memory: Memory, at address: UInt32) throws(PipeError) {
        let base = UInt64(address)
        idAddress = try memory.pipeLoad(base)
        capacityAddress = try memory.pipeLoad(base + 4)
        lengthAddress = try memory.pipeLoad(base + 8)
        bufferAddress = try memory.pipeLoad(base + 12)
    }
}

extension Memory {
    /// A little-endian `u32` of guest memory, or `outOfBounds`.
    func pipeLoad(_ address: UInt64, pipe: UInt32? = nil) throws(PipeError) -> UInt32 {
        guard address <= UInt64(Int.max), contains(Int(address), count: 4),
              let value = try? load(UInt32.self, at: Int(address)) else {
            throw PipeError(.outOfBounds(address: address, length: 4), pipe: pipe)
        }
        return value
    }

    func pipeStore(_ value: UInt32, _ address: UInt32, pipe: UInt32) throws(PipeError) {
        guard (try? store(value, at: Int(address))) != nil else {
            throw PipeError(.outOfBounds(address: UInt64(address), length: 4), pipe: pipe)
        }
    }
}
