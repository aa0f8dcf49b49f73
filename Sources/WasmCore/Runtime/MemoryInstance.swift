/// Size of a WebAssembly page.
public let wasmPageSize = 65536

/// The raw state of a linear memory, at a stable address the interpreter reads without ARC.
struct MemoryState {
    var base: UnsafeMutableRawPointer
    var byteCount: Int
    var maxPages: Int
    /// Bytes mapped at `base` (at least `byteCount`; the rest is untouched, hence zero).
    var capacity: Int = 0

    /// Grows by `pages` (zeroed); returns the old page count, or nil over the maximum or out of memory.
    /// Bytes come from anonymous mappings, so untouched pages cost neither time nor memory.
    mutating func grow(by pages: Int) -> Int? {
        let old = byteCount / wasmPageSize
        guard pages >= 0, pages <= maxPages - old else { return nil }
        if pages == 0 { return old }
        let newBytes = (old + pages) * wasmPageSize
        if newBytes > capacity {
            // Grow the mapping geometrically so that page-by-page growth stays linear.
            let newCapacity = Swift.min(Swift.max(newBytes, capacity * 2), maxPages * wasmPageSize)
            guard let moved = MemoryState.map(newCapacity) else { return nil }
            if capacity > 0 {
                moved.copyMemory(from: base, byteCount: byteCount)
                munmap(base, capacity)
            }
            base = moved
            capacity = newCapacity
        }
        byteCount = newBytes
        return old
    }

    /// Mappings at least this large are aligned to, and advised for, transparent huge pages.
    static let hugePageThreshold = 4 << 20
    static let hugePageSize = 2 << 20

    /// Maps `bytes` of zeroed memory. Large memories sit on a 2 MiB boundary with `MADV_HUGEPAGE`, so the
    /// kernel backs them with huge pages where it allows (fewer TLB misses on random access: measured
    /// on the hashmap workload); small memories keep 4 KiB pages and cost no extra RSS.
    static func map(_ bytes: Int) -> UnsafeMutableRawPointer? {
        guard bytes >= hugePageThreshold else {
            let p = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            return p == MAP_FAILED ? nil : p
        }
        let padded = bytes + hugePageSize
        guard let raw = mmap(nil, padded, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              raw != MAP_FAILED else { return nil }
        let address = UInt(bitPattern: raw)
        let aligned = (address + UInt(hugePageSize - 1)) & ~UInt(hugePageSize - 1)
        let head = Int(aligned - address)
        if head > 0 { munmap(raw, head) }
        let tail = padded - head - bytes
        if tail > 0 { munmap(UnsafeMutableRawPointer(bitPattern: aligned + UInt(bytes)), tail) }
        let base = UnsafeMutableRawPointer(bitPattern: aligned)!
        #if os(Linux)
        _ = madvise(base, bytes, MADV_HUGEPAGE)
        #endif
        return base
    }

    /// A base for an empty memory: never dereferenced (every access is bounds-checked against 0).
    static var emptyBase: UnsafeMutableRawPointer { UnsafeMutableRawPointer(bitPattern: 0x1000)! }

    func release() {
        if capacity > 0 { munmap(base, capacity) }
    }
}

/// A linear memory. Its bytes may move when it grows; the interpreter reloads them after any call.
/// Access from several threads at once is the embedder's responsibility, as with any shared memory.
public final class MemoryInstance: @unchecked Sendable {
    public let type: MemoryType
    let state: UnsafeMutablePointer<MemoryState>

    /// Creates a zeroed memory of `type.limits.min` pages. `limitPages` caps growth below the declared maximum.
    public init(type: MemoryType, limitPages: Int? = nil) throws(WasmError) {
        let declaredMax = Int(clamping: type.limits.max ?? 65536)
        let maxPages = Swift.min(declaredMax, limitPages ?? 65536, 65536)
        let minPages = Int(clamping: type.limits.min)
        guard minPages <= maxPages else {
            throw .limit("memory of \(minPages) pages exceeds the limit of \(maxPages) pages")
        }
        self.type = type
        state = .allocate(capacity: 1)
        state.initialize(to: MemoryState(base: MemoryState.emptyBase, byteCount: 0, maxPages: maxPages))
        guard state.pointee.grow(by: minPages) != nil else {
            state.deallocate()
            throw .limit("cannot allocate a memory of \(minPages) pages")
        }
    }

    deinit {
        state.pointee.release()
        state.deallocate()
    }

    public var byteCount: Int { state.pointee.byteCount }
    public var pageCount: Int { state.pointee.byteCount / wasmPageSize }
    public var maxPageCount: Int { state.pointee.maxPages }

    /// Grows by `pages`; returns the old page count, or nil when over the maximum or out of memory.
    public func grow(by pages: Int) -> Int? { state.pointee.grow(by: pages) }

    /// Checks that `[address, address + count)` lies inside the memory.
    @inlinable
    public func contains(_ address: Int, count: Int) -> Bool {
        address >= 0 && count >= 0 && address <= byteCount && count <= byteCount - address
    }

    /// Copies bytes out of the memory.
    public func read(at address: Int, count: Int) throws(WasmError) -> [UInt8] {
        guard contains(address, count: count) else { throw .trap(Trap(.outOfBoundsMemory)) }
        return Array(UnsafeRawBufferPointer(start: state.pointee.base + address, count: count))
    }

    /// Copies bytes into the memory.
    public func write<C: Collection>(_ bytes: C, at address: Int) throws(WasmError) where C.Element == UInt8 {
        guard contains(address, count: bytes.count) else { throw .trap(Trap(.outOfBoundsMemory)) }
        let dst = UnsafeMutableRawBufferPointer(start: state.pointee.base + address, count: bytes.count)
        _ = dst.initializeMemory(as: UInt8.self, from: bytes)
    }

    /// Runs `body` over the bytes `[address, address + count)` after a bounds check. Do not keep the pointer.
    public func withBytes<R>(at address: Int, count: Int,
                             _ body: (UnsafeMutableRawBufferPointer) throws -> R) throws -> R {
        guard contains(address, count: count) else { throw WasmError.trap(Trap(.outOfBoundsMemory)) }
        return try body(UnsafeMutableRawBufferPointer(start: state.pointee.base + address, count: count))
    }

    /// Little-endian loads and stores of fixed-width integers, bounds-checked.
    public func load<T: FixedWidthInteger>(_: T.Type = T.self, at address: Int) throws(WasmError) -> T {
        guard contains(address, count: MemoryLayout<T>.size) else { throw .trap(Trap(.outOfBoundsMemory)) }
        return T(littleEndian: (state.pointee.base + address).loadUnaligned(as: T.self))
    }

    public func store<T: FixedWidthInteger>(_ value: T, at address: Int) throws(WasmError) {
        guard contains(address, count: MemoryLayout<T>.size) else { throw .trap(Trap(.outOfBoundsMemory)) }
        (state.pointee.base + address).storeBytes(of: value.littleEndian, as: T.self)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
