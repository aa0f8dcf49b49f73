#if !DEBUG
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Threaded handlers of copies, globals, tables, bulk memory and references (see
/// `ThreadedInterpreter.swift`); each mirrors its `case` in `Interpreter.swift`.
extension Threaded {
    static func installOther(_ t: UnsafeMutablePointer<Handler>) {
        t[Int(Op.copy.rawValue)] = { pc, fp, mem, memSize, st, table in
            fp[Int(pc[1])] = fp[Int(pc[2])]
            return Threaded.next(pc + 3, fp, mem, memSize, st, table)
        }
        t[Int(Op.copy2.rawValue)] = { pc, fp, mem, memSize, st, table in
            fp[Int(pc[1])] = fp[Int(pc[2])]
            fp[Int(pc[3])] = fp[Int(pc[4])]
            return Threaded.next(pc + 5, fp, mem, memSize, st, table)
        }
        t[Int(Op.select.rawValue)] = { pc, fp, mem, memSize, st, table in
            fp[Int(pc[1])] = UInt32(truncatingIfNeeded: fp[Int(pc[2])]) != 0 ? fp[Int(pc[3])] : fp[Int(pc[4])]
            return Threaded.next(pc + 5, fp, mem, memSize, st, table)
        }
        t[Int(Op.globalGet.rawValue)] = { pc, fp, mem, memSize, st, table in
            fp[Int(pc[1])] = st.threadedState.pointee.ctx.pointee.globals[Int(pc[2])].pointee
            return Threaded.next(pc + 3, fp, mem, memSize, st, table)
        }
        t[Int(Op.globalSet.rawValue)] = { pc, fp, mem, memSize, st, table in
            st.threadedState.pointee.ctx.pointee.globals[Int(pc[1])].pointee = fp[Int(pc[2])]
            return Threaded.next(pc + 3, fp, mem, memSize, st, table)
        }
        t[Int(Op.globalSetRef.rawValue)] = { pc, fp, mem, memSize, st, table in
            let bits = fp[Int(pc[2])]
            let ctx = st.threadedState.pointee.ctx
            ctx.pointee.globals[Int(pc[1])].pointee = bits
            if Reference.entry(bits) != nil { Threaded.anchorGlobal(st, Int(pc[1])) }
            return Threaded.next(pc + 3, fp, mem, memSize, st, table)
        }
        t[Int(Op.tableGet.rawValue)] = { pc, fp, mem, memSize, st, table in
            let tableState = st.threadedState.pointee.ctx.pointee.tables[Int(pc[2])]
            let index = UInt32(truncatingIfNeeded: fp[Int(pc[3])])
            guard Int(index) < tableState.pointee.count else { return Threaded.trap(st, pc, .outOfBoundsTable) }
            fp[Int(pc[1])] = tableState.pointee.elements[Int(index)]
            return Threaded.next(pc + 4, fp, mem, memSize, st, table)
        }
        t[Int(Op.tableSet.rawValue)] = { pc, fp, mem, memSize, st, table in
            let tableState = st.threadedState.pointee.ctx.pointee.tables[Int(pc[1])]
            let index = UInt32(truncatingIfNeeded: fp[Int(pc[2])])
            guard Int(index) < tableState.pointee.count else { return Threaded.trap(st, pc, .outOfBoundsTable) }
            let bits = fp[Int(pc[3])]
            Threaded.anchor(tableState, bits)
            tableState.pointee.elements[Int(index)] = bits
            return Threaded.next(pc + 4, fp, mem, memSize, st, table)
        }
        t[Int(Op.tableSize.rawValue)] = { pc, fp, mem, memSize, st, table in
            fp[Int(pc[1])] = UInt64(st.threadedState.pointee.ctx.pointee.tables[Int(pc[2])].pointee.count)
            return Threaded.next(pc + 3, fp, mem, memSize, st, table)
        }
        t[Int(Op.tableGrow.rawValue)] = { pc, fp, mem, memSize, st, table in
            let tableState = st.threadedState.pointee.ctx.pointee.tables[Int(pc[2])]
            let n = UInt32(truncatingIfNeeded: fp[Int(pc[4])])
            let old = Threaded.growTable(tableState, by: Int(n), initial: fp[Int(pc[3])])
            fp[Int(pc[1])] = UInt64(old.map { UInt32(truncatingIfNeeded: $0) } ?? UInt32.max)
            return Threaded.next(pc + 5, fp, mem, memSize, st, table)
        }
        // The table operations keep their own bodies here (not `BulkOperations`): with those inlined, the
        // anchoring loops cost the handlers their tail calls (`Scripts/check-tail-calls.sh` caught it).
        t[Int(Op.tableFill.rawValue)] = { pc, fp, mem, memSize, st, table in
            let tableState = st.threadedState.pointee.ctx.pointee.tables[Int(pc[1])]
            let i = Int(UInt32(truncatingIfNeeded: fp[Int(pc[2])]))
            let value = fp[Int(pc[3])]
            let n = Int(UInt32(truncatingIfNeeded: fp[Int(pc[4])]))
            guard i + n <= tableState.pointee.count else { return Threaded.trap(st, pc, .outOfBoundsTable) }
            Threaded.anchor(tableState, value)
            (tableState.pointee.elements + i).update(repeating: value, count: n)
            return Threaded.next(pc + 5, fp, mem, memSize, st, table)
        }
        t[Int(Op.tableCopy.rawValue)] = { pc, fp, mem, memSize, st, table in
            let ctx = st.threadedState.pointee.ctx
            let dst = ctx.pointee.tables[Int(pc[1])]
            let src = ctx.pointee.tables[Int(pc[2])]
            let d = Int(UInt32(truncatingIfNeeded: fp[Int(pc[3])]))
            let s = Int(UInt32(truncatingIfNeeded: fp[Int(pc[4])]))
            let n = Int(UInt32(truncatingIfNeeded: fp[Int(pc[5])]))
            guard s + n <= src.pointee.count, d + n <= dst.pointee.count else {
                return Threaded.trap(st, pc, .outOfBoundsTable)
            }
            if dst != src {
                for k in 0..<n { Threaded.anchor(dst, src.pointee.elements[s + k]) }
            }
            UnsafeMutableRawPointer(dst.pointee.elements + d).copyMemory(from: src.pointee.elements + s, byteCount: n * 8)
            return Threaded.next(pc + 6, fp, mem, memSize, st, table)
        }
        t[Int(Op.tableInit.rawValue)] = { pc, fp, mem, memSize, st, table in
            let ctx = st.threadedState.pointee.ctx
            let segment = ctx.pointee.elements[Int(pc[1])]
            let tableState = ctx.pointee.tables[Int(pc[2])]
            let d = Int(UInt32(truncatingIfNeeded: fp[Int(pc[3])]))
            let s = Int(UInt32(truncatingIfNeeded: fp[Int(pc[4])]))
            let n = Int(UInt32(truncatingIfNeeded: fp[Int(pc[5])]))
            guard s + n <= segment.count, d + n <= tableState.pointee.count else {
                return Threaded.trap(st, pc, .outOfBoundsTable)
            }
            if n > 0, let base = segment.base {
                let values = base.assumingMemoryBound(to: UInt64.self) + s
                for k in 0..<n {
                    Threaded.anchor(tableState, values[k])
                    tableState.pointee.elements[d + k] = values[k]
                }
            }
            return Threaded.next(pc + 6, fp, mem, memSize, st, table)
        }
        t[Int(Op.elemDrop.rawValue)] = { pc, fp, mem, memSize, st, table in
            st.threadedState.pointee.ctx.pointee.elements[Int(pc[1])].count = 0
            return Threaded.next(pc + 2, fp, mem, memSize, st, table)
        }
        t[Int(Op.memorySize.rawValue)] = { pc, fp, mem, memSize, st, table in
            fp[Int(pc[1])] = memSize / UInt64(wasmPageSize)
            return Threaded.next(pc + 2, fp, mem, memSize, st, table)
        }
        t[Int(Op.memoryGrow.rawValue)] = { pc, fp, _, _, st, table in
            let ctx = st.threadedState.pointee.ctx
            let n = UInt32(truncatingIfNeeded: fp[Int(pc[2])])
            fp[Int(pc[1])] = UInt64(Machine.growMemory(ctx, by: n))
            return Threaded.next(pc + 3, fp, ctx.pointee.memory.pointee.base,
                                 UInt64(ctx.pointee.memory.pointee.byteCount), st, table)
        }
        t[Int(Op.memoryInit.rawValue)] = { pc, fp, mem, memSize, st, table in
            if let kind = BulkOperations.memoryInit(pc, fp, st.threadedState.pointee.ctx, mem, memSize) { return Threaded.trap(st, pc, kind) }
            return Threaded.next(pc + 5, fp, mem, memSize, st, table)
        }
        t[Int(Op.dataDrop.rawValue)] = { pc, fp, mem, memSize, st, table in
            st.threadedState.pointee.ctx.pointee.datas[Int(pc[1])].count = 0
            return Threaded.next(pc + 2, fp, mem, memSize, st, table)
        }
        t[Int(Op.memoryCopy.rawValue)] = { pc, fp, mem, memSize, st, table in
            if let kind = BulkOperations.memoryCopy(pc, fp, mem, memSize) { return Threaded.trap(st, pc, kind) }
            return Threaded.next(pc + 4, fp, mem, memSize, st, table)
        }
        t[Int(Op.memoryFill.rawValue)] = { pc, fp, mem, memSize, st, table in
            if let kind = BulkOperations.memoryFill(pc, fp, mem, memSize) { return Threaded.trap(st, pc, kind) }
            return Threaded.next(pc + 4, fp, mem, memSize, st, table)
        }
        t[Int(Op.refIsNull.rawValue)] = { pc, fp, mem, memSize, st, table in
            fp[Int(pc[1])] = fp[Int(pc[2])] == Reference.null ? 1 : 0
            return Threaded.next(pc + 3, fp, mem, memSize, st, table)
        }
        t[Int(Op.refFunc.rawValue)] = { pc, fp, mem, memSize, st, table in
            fp[Int(pc[1])] = Reference.function(st.threadedState.pointee.ctx.pointee.functions[Int(pc[2])])
            return Threaded.next(pc + 3, fp, mem, memSize, st, table)
        }
    }

    // Out of line so that no handler keeps stack temporaries alive across its tail call.
    @inline(never)
    static func anchor(_ table: UnsafeMutablePointer<TableState>, _ bits: UInt64) {
        TableInstance.anchor(table, bits)
    }

    @inline(never)
    static func growTable(_ table: UnsafeMutablePointer<TableState>, by n: Int, initial: UInt64) -> Int? {
        TableInstance.grow(table, by: n, initial: initial)
    }

    @inline(never)
    static func anchorGlobal(_ st: UnsafeMutableRawPointer, _ index: Int) {
        Machine.anchorGlobal(st.threadedState.pointee.ctx, index)
    }
}
#endif
