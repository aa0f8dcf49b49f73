#if !DEBUG
/// Threaded handlers of the `v128` copies, select and globals (see `ThreadedInterpreter.swift`); each
/// mirrors its `case` in `Interpreter.swift`. The SIMD instructions have one handler each, at their own
/// code words (`ThreadedSIMDHandlers.swift`, generated); the `simd` operation of the debug loop is not
/// emitted in release builds but works there too.
extension Threaded {
    static func installSIMD(_ t: UnsafeMutablePointer<Handler>) {
        installSIMDGenerated(t)
        t[Int(Op.copyV128.rawValue)] = { pc, fp, mem, memSize, st, table in
            SIMDExecutor.copy(fp, to: pc[1], from: pc[2])
            return Threaded.next(pc + 3, fp, mem, memSize, st, table)
        }
        t[Int(Op.selectV128.rawValue)] = { pc, fp, mem, memSize, st, table in
            let source = UInt32(truncatingIfNeeded: fp[Int(pc[2])]) != 0 ? pc[3] : pc[4]
            SIMDExecutor.copy(fp, to: pc[1], from: source)
            return Threaded.next(pc + 5, fp, mem, memSize, st, table)
        }
        t[Int(Op.globalGetV128.rawValue)] = { pc, fp, mem, memSize, st, table in
            SIMDExecutor.globalGet(fp, pc[1], st.threadedState.pointee.ctx.pointee.globals[Int(pc[2])])
            return Threaded.next(pc + 3, fp, mem, memSize, st, table)
        }
        t[Int(Op.globalSetV128.rawValue)] = { pc, fp, mem, memSize, st, table in
            SIMDExecutor.globalSet(st.threadedState.pointee.ctx.pointee.globals[Int(pc[1])], fp, pc[2])
            return Threaded.next(pc + 3, fp, mem, memSize, st, table)
        }
        t[Int(Op.simd.rawValue)] = { pc, fp, mem, memSize, st, table in
            let length = SIMDExecutor.run(pc, fp, mem, memSize)
            guard length > 0 else { return Threaded.trap(st, pc, .outOfBoundsMemory) }
            return Threaded.next(pc + length, fp, mem, memSize, st, table)
        }
    }
}
#endif
