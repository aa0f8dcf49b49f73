#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Bodies of the bulk table and memory operations: the `switch` loop (debug builds) uses them all, the
/// threaded handlers (release builds) the memory ones (see `ThreadedOther.swift` for the table ones). Operand layouts are the translator's; each returns the trap to
/// raise, or nil. All are inlined: handlers that only differ by the helper they call would be merged by
/// LLVM into one function reached by a non-tail `call` (`Scripts/check-tail-calls.sh` catches that).
enum BulkOperations {
    @inline(__always)
    static func operand(_ fp: UnsafeMutablePointer<UInt64>, _ pc: UnsafePointer<UInt32>, _ i: Int) -> Int {
        Int(UInt32(truncatingIfNeeded: fp[Int(pc[i])]))
    }

    /// `tableFill table i value n`
    @inline(__always)
    static func tableFill(_ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>,
                          _ ctx: UnsafeMutablePointer<InstanceContext>) -> TrapKind? {
        let table = ctx.pointee.tables[Int(pc[1])]
        let i = operand(fp, pc, 2), value = fp[Int(pc[3])], n = operand(fp, pc, 4)
        guard i + n <= table.pointee.count else { return .outOfBoundsTable }
        TableInstance.anchor(table, value)
        (table.pointee.elements + i).update(repeating: value, count: n)
        return nil
    }

    /// `tableCopy dstTable srcTable d s n`
    @inline(__always)
    static func tableCopy(_ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>,
                          _ ctx: UnsafeMutablePointer<InstanceContext>) -> TrapKind? {
        let dst = ctx.pointee.tables[Int(pc[1])], src = ctx.pointee.tables[Int(pc[2])]
        let d = operand(fp, pc, 3), s = operand(fp, pc, 4), n = operand(fp, pc, 5)
        guard s + n <= src.pointee.count, d + n <= dst.pointee.count else { return .outOfBoundsTable }
        if dst != src {
            for k in 0..<n { TableInstance.anchor(dst, src.pointee.elements[s + k]) }
        }
        UnsafeMutableRawPointer(dst.pointee.elements + d).copyMemory(from: src.pointee.elements + s, byteCount: n * 8)
        return nil
    }

    /// `tableInit segment table d s n`
    @inline(__always)
    static func tableInit(_ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>,
                          _ ctx: UnsafeMutablePointer<InstanceContext>) -> TrapKind? {
        let segment = ctx.pointee.elements[Int(pc[1])], table = ctx.pointee.tables[Int(pc[2])]
        let d = operand(fp, pc, 3), s = operand(fp, pc, 4), n = operand(fp, pc, 5)
        guard s + n <= segment.count, d + n <= table.pointee.count else { return .outOfBoundsTable }
        if n > 0, let base = segment.base {
            let values = base.assumingMemoryBound(to: UInt64.self) + s
            for k in 0..<n {
                TableInstance.anchor(table, values[k])
                table.pointee.elements[d + k] = values[k]
            }
        }
        return nil
    }

    /// `memoryInit segment d s n`
    @inline(__always)
    static func memoryInit(_ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>,
                           _ ctx: UnsafeMutablePointer<InstanceContext>,
                           _ mem: UnsafeMutableRawPointer, _ memSize: UInt64) -> TrapKind? {
        let segment = ctx.pointee.datas[Int(pc[1])]
        let d = UInt64(operand(fp, pc, 2)), s = UInt64(operand(fp, pc, 3)), n = UInt64(operand(fp, pc, 4))
        guard s + n <= UInt64(segment.count), d + n <= memSize else { return .outOfBoundsMemory }
        if n > 0, let base = segment.base {
            (mem + Int(d)).copyMemory(from: base + Int(s), byteCount: Int(n))
        }
        return nil
    }

    /// `memoryCopy d s n` (overlapping ranges allowed)
    @inline(__always)
    static func memoryCopy(_ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>,
                           _ mem: UnsafeMutableRawPointer, _ memSize: UInt64) -> TrapKind? {
        let d = UInt64(operand(fp, pc, 1)), s = UInt64(operand(fp, pc, 2)), n = UInt64(operand(fp, pc, 3))
        guard s + n <= memSize, d + n <= memSize else { return .outOfBoundsMemory }
        if n > 0 { memmove(mem + Int(d), mem + Int(s), Int(n)) }
        return nil
    }

    /// `memoryFill d value n`
    @inline(__always)
    static func memoryFill(_ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>,
                           _ mem: UnsafeMutableRawPointer, _ memSize: UInt64) -> TrapKind? {
        let d = UInt64(operand(fp, pc, 1)), n = UInt64(operand(fp, pc, 3))
        let value = Int32(truncatingIfNeeded: fp[Int(pc[2])])
        guard d + n <= memSize else { return .outOfBoundsMemory }
        if n > 0 { memset(mem + Int(d), value & 0xFF, Int(n)) }
        return nil
    }
}
