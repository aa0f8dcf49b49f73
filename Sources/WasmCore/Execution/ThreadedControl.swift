#if !DEBUG
/// Threaded handlers of control flow: branches, calls and returns (see `ThreadedInterpreter.swift`).
extension Threaded {
    static func installControl(_ t: UnsafeMutablePointer<Handler>) {
        t[Int(Op.unreachable.rawValue)] = { pc, _, _, _, st, _ in
            Threaded.trap(st, pc, .unreachable)
        }
        t[Int(Op.br.rawValue)] = { pc, fp, mem, memSize, st, table in
            Threaded.jump(pc, Int(Int32(bitPattern: pc[1])), fp, mem, memSize, st, table)
        }
        t[Int(Op.brIf.rawValue)] = { pc, fp, mem, memSize, st, table in
            if UInt32(truncatingIfNeeded: fp[Int(pc[1])]) != 0 {
                return Threaded.jump(pc, Int(Int32(bitPattern: pc[2])), fp, mem, memSize, st, table)
            }
            return Threaded.next(pc + 3, fp, mem, memSize, st, table)
        }
        t[Int(Op.brIfNot.rawValue)] = { pc, fp, mem, memSize, st, table in
            if UInt32(truncatingIfNeeded: fp[Int(pc[1])]) == 0 {
                return Threaded.jump(pc, Int(Int32(bitPattern: pc[2])), fp, mem, memSize, st, table)
            }
            return Threaded.next(pc + 3, fp, mem, memSize, st, table)
        }
        t[Int(Op.brTable.rawValue)] = { pc, fp, mem, memSize, st, table in
            let index = UInt32(truncatingIfNeeded: fp[Int(pc[1])])
            let count = pc[2]
            let entryIndex = Int(index < count ? index : count)
            return Threaded.jump(pc, Int(Int32(bitPattern: pc[3 + entryIndex])), fp, mem, memSize, st, table)
        }
        t[Int(Op.return.rawValue)] = { _, _, _, _, st, table in
            let frame = st.threadedState.pointee.frames[st.threadedState.pointee.depth]
            guard let returnPC = frame.returnPC else { return Threaded.finished }
            // Results are in fp[0..<n]: the caller sees them at its argument base.
            st.threadedState.pointee.depth -= 1
            var ctx = st.threadedState.pointee.ctx
            if let caller = frame.callerContext, caller != ctx {
                ctx = caller
                st.threadedState.pointee.ctx = caller
            }
            return Threaded.next(returnPC, frame.callerFP, ctx.pointee.memory.pointee.base,
                                 UInt64(ctx.pointee.memory.pointee.byteCount), st, table)
        }
        t[Int(Op.call.rawValue)] = { pc, fp, mem, memSize, st, table in
            let callee = st.threadedState.pointee.ctx.pointee.functions[Int(pc[1])]
            return Threaded.call(callee, argBase: Int(pc[2]), next: pc + 3, pc, fp, mem, memSize, st, table)
        }
        t[Int(Op.callIndirect.rawValue)] = { pc, fp, mem, memSize, st, table in
            let tableState = st.threadedState.pointee.ctx.pointee.tables[Int(pc[1])]
            let index = UInt32(truncatingIfNeeded: fp[Int(pc[4])])
            guard Int(index) < tableState.pointee.count else { return Threaded.trap(st, pc, .undefinedElement) }
            guard let callee = Reference.entry(tableState.pointee.elements[Int(index)]) else {
                return Threaded.trap(st, pc, .uninitializedElement)
            }
            guard callee.pointee.typeID == Int(pc[2]) else { return Threaded.trap(st, pc, .indirectCallTypeMismatch) }
            return Threaded.call(callee, argBase: Int(pc[3]), next: pc + 5, pc, fp, mem, memSize, st, table)
        }
    }

    /// Calls `callee` with its arguments at `fp + argBase`: pushes a frame and continues in its code, or
    /// runs a host function and continues at `next`.
    ///
    /// The common case (a WebAssembly function with at most `smallFrame` locals and constants, budget
    /// left, room on the stack) makes no call of its own, so the handler saves no registers; everything
    /// else (host functions, the budget's checkpoint, larger frames, which `memset`/`memcpy`) is
    /// tail-called (`callSlow`).
    @inline(__always)
    static func call(_ callee: UnsafeMutablePointer<FunctionEntry>, argBase: Int, next: UnsafePointer<UInt32>,
                     _ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>, _ mem: UnsafeMutableRawPointer,
                     _ memSize: UInt64, _ st: UnsafeMutableRawPointer, _ table: UnsafeRawPointer) -> Int {
        st.threadedState.pointee.budget &-= 1
        let calleeFP = fp + argBase
        guard let code = callee.pointee.code, st.threadedState.pointee.budget >= 0,
              callee.pointee.localCount <= smallFrame, callee.pointee.constantCount <= smallFrame,
              st.threadedState.pointee.depth < st.threadedState.pointee.maxDepth,
              calleeFP + (callee.pointee.frameSize + smallFrame) <= st.threadedState.pointee.stackEnd else {
            return callSlow(pc, fp, mem, memSize, st, table)
        }
        // Zero `smallFrame` slots past the parameters (the locals; what lies beyond them is the
        // constants, copied next, and operand-stack slots not yet written), then copy the constants.
        let locals = UnsafeMutableRawPointer(calleeFP + callee.pointee.parameterCount)
        locals.storeBytes(of: SIMD4<UInt64>(), as: SIMD4<UInt64>.self)
        (locals + 32).storeBytes(of: SIMD4<UInt64>(), as: SIMD4<UInt64>.self)
        let count = callee.pointee.constantCount
        if count > 0 {
            let source = callee.pointee.constants.unsafelyUnwrapped, target = calleeFP + callee.pointee.constantSlot
            target[0] = source[0]
            if count > 1 { target[1] = source[1] }
            if count > 2 { target[2] = source[2] }
            if count > 3 { target[3] = source[3] }
            if count > 4 { target[4] = source[4] }
            if count > 5 { target[5] = source[5] }
            if count > 6 { target[6] = source[6] }
            if count > 7 { target[7] = source[7] }
        }
        return enter(callee, code, calleeFP, next, fp, mem, memSize, st, table)
    }

    /// Frames with at most this many locals and constants are set up inline by `call`.
    @inline(__always) static var smallFrame: Int { 8 }

    /// `call` for what its inline path leaves out (the budget is already spent), for the `call` or
    /// `call_indirect` at `pc` (already checked by its handler). It takes the handlers' six arguments,
    /// so that it is reached by a tail call: it goes on running the code.
    @inline(never)
    static func callSlow(_ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>, _ mem: UnsafeMutableRawPointer,
                         _ memSize: UInt64, _ st: UnsafeMutableRawPointer, _ table: UnsafeRawPointer) -> Int {
        let callee: UnsafeMutablePointer<FunctionEntry>, calleeFP: UnsafeMutablePointer<UInt64>, next: UnsafePointer<UInt32>
        if Op.decode(pc.pointee) == .call {
            callee = st.threadedState.pointee.ctx.pointee.functions[Int(pc[1])]
            (calleeFP, next) = (fp + Int(pc[2]), pc + 3)
        } else {
            let tableState = st.threadedState.pointee.ctx.pointee.tables[Int(pc[1])]
            let index = Int(UInt32(truncatingIfNeeded: fp[Int(pc[4])]))
            callee = Reference.entry(tableState.pointee.elements[index]).unsafelyUnwrapped
            (calleeFP, next) = (fp + Int(pc[3]), pc + 5)
        }
        if st.threadedState.pointee.budget < 0, let kind = checkpoint(st) { return trap(st, pc, kind) }
        guard let code = callee.pointee.code else {
            guard callHost(callee, calleeFP, fp, next, st) else { return failed }
            let ctx = st.threadedState.pointee.ctx
            return Threaded.next(next, fp, ctx.pointee.memory.pointee.base, UInt64(ctx.pointee.memory.pointee.byteCount),
                                 st, table)
        }
        guard st.threadedState.pointee.depth < st.threadedState.pointee.maxDepth,
              calleeFP + callee.pointee.frameSize <= st.threadedState.pointee.stackEnd else {
            return trap(st, pc, .callStackExhausted)
        }
        Machine.enterFrame(callee, calleeFP)
        return enter(callee, code, calleeFP, next, fp, mem, memSize, st, table)
    }

    /// Pushes the call's frame record and continues at the start of the callee's `code` (its frame is
    /// set up).
    @inline(__always)
    static func enter(_ callee: UnsafeMutablePointer<FunctionEntry>, _ code: UnsafePointer<UInt32>,
                      _ calleeFP: UnsafeMutablePointer<UInt64>, _ next: UnsafePointer<UInt32>,
                      _ fp: UnsafeMutablePointer<UInt64>, _ mem: UnsafeMutableRawPointer, _ memSize: UInt64,
                      _ st: UnsafeMutableRawPointer, _ table: UnsafeRawPointer) -> Int {
        let ctx = st.threadedState.pointee.ctx
        st.threadedState.pointee.depth += 1
        st.threadedState.pointee.frames[st.threadedState.pointee.depth] = CallFrame(returnPC: next, callerFP: fp, callerContext: ctx, entry: callee)
        let calleeContext = callee.pointee.context.unsafelyUnwrapped
        if calleeContext != ctx {
            st.threadedState.pointee.ctx = calleeContext
            return Threaded.next(code, calleeFP, calleeContext.pointee.memory.pointee.base,
                                 UInt64(calleeContext.pointee.memory.pointee.byteCount), st, table)
        }
        return Threaded.next(code, calleeFP, mem, memSize, st, table)
    }

    /// Runs a host function whose arguments and results share the slots at `calleeFP`; on failure
    /// leaves the located trap in the state and returns false.
    @inline(never)
    static func callHost(_ callee: UnsafeMutablePointer<FunctionEntry>, _ calleeFP: UnsafeMutablePointer<UInt64>,
                         _ fp: UnsafeMutablePointer<UInt64>, _ next: UnsafePointer<UInt32>,
                         _ st: UnsafeMutableRawPointer) -> Bool {
        // The machine runs this code, so it is alive: borrow it without a retain.
        st.threadedState.pointee.machine._withUnsafeGuaranteedRef { machine in
            let ctx = st.threadedState.pointee.ctx
            machine.budget = st.threadedState.pointee.budget
            machine.depth = st.threadedState.pointee.depth
            let savedTop = machine.top
            machine.top = max(fp + machine.frames[machine.depth].entry.pointee.frameSize,
                              calleeFP + max(callee.pointee.parameterCount, callee.pointee.resultCount))
            do throws(Trap) {
                try machine.callHost(callee, calleeFP, caller: ctx)
            } catch {
                machine.top = savedTop
                st.threadedState.pointee.error = machine.locate(error, pc: next - 1, context: ctx)
                return false
            }
            machine.top = savedTop
            st.threadedState.pointee.budget = machine.budget
            return true
        }
    }
}
#endif
