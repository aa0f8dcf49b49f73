import WasmHost

/// Bounds-checked access to the caller's linear memory for one host call. Every out-of-range pointer
/// or length gives EFAULT. The base address is only valid until the memory grows, so a value must not
/// outlive the call that made it.
struct GuestMemory {
    let base: UnsafeMutableRawPointer
    let size: Int

    init(_ caller: Caller) throws(Errno) {
        guard let memory = caller.memory, memory.byteCount > 0,
              let base = try? memory.withBytes(at: 0, count: memory.byteCount, { $0.baseAddress }) else { throw .fault }
        self.base = base
        self.size = memory.byteCount
    }

    /// The bytes `[address, address + count)`.
    @inline(__always)
    func bytes(_ address: UInt32, _ count: UInt32) throws(Errno) -> UnsafeMutableRawBufferPointer {
        guard UInt64(address) + UInt64(count) <= UInt64(size) else { throw .fault }
        return UnsafeMutableRawBufferPointer(start: base + Int(address), count: Int(count))
    }

    @inline(__always)
    func load<T: FixedWidthInteger>(_: T.Type, _ address: UInt32) throws(Errno) -> T {
        guard UInt64(address) + UInt64(MemoryLayout<T>.size) <= UInt64(size) else { throw .fault }
        return T(littleEndian: (base + Int(address)).loadUnaligned(as: T.self))
    }

    @inline(__always)
    func store<T: FixedWidthInteger>(_ value: T, _ address: UInt32) throws(Errno) {
        guard UInt64(address) + UInt64(MemoryLayout<T>.size) <= UInt64(size) else { throw .fault }
        (base + Int(address)).storeBytes(of: value.littleEndian, as: T.self)
    }

    /// A guest string (not NUL-terminated) as UTF-8.
    func string(_ address: UInt32, _ count: UInt32) throws(Errno) -> String {
        String(decoding: UnsafeRawBufferPointer(try bytes(address, count)), as: UTF8.self)
    }

    /// Copies bytes to guest memory.
    func write<C: Collection>(_ data: C, at address: UInt32) throws(Errno) where C.Element == UInt8 {
        let target = try bytes(address, UInt32(clamping: data.count))
        guard target.count == data.count else { throw .fault }
        _ = target.initializeMemory(as: UInt8.self, from: data)
    }

    /// Zeroes `[address, address + count)`.
    func zero(_ address: UInt32, _ count: UInt32) throws(Errno) {
        try bytes(address, count).initializeMemory(as: UInt8.self, repeating: 0)
    }
}
