#if !DEBUG
/// Release builds run translated code with threaded dispatch: every operation has its own handler that
/// ends by tail-calling the next operation's handler through a table indexed by the operation word, so
/// each handler has its own indirect jump (better predicted than the single shared jump of a `switch`).
/// Debug builds keep the `switch` loop of `Interpreter.swift`, since Swift guarantees no tail calls
/// without optimization; `Scripts/check-tail-calls.sh` checks the release binary.
///
/// Handlers receive the registers as arguments: `pc`, `fp`, the memory base and size, a pointer to the
/// rest of the state (`Threaded.State`) and the handler table. Handlers that can move memory (calls,
/// returns, `memory.grow`, host calls) pass the reloaded base and size on. A trap or the outermost
/// return ends the chain with a status instead of a tail call.
///
/// Handlers are `@convention(thin)` closures: a `@convention(c)` closure would be entered through a
/// thunk that calls the Swift body with inlining disabled, one more jump per operation.
enum Threaded {
    typealias Handler = @convention(thin) (UnsafePointer<UInt32>, UnsafeMutablePointer<UInt64>, UnsafeMutableRawPointer,
                                        UInt64, UnsafeMutableRawPointer, UnsafeRawPointer) -> Int

    /// Statuses a handler chain ends with.
    static let finished = 0, trapped = 1, failed = 2

    /// What the handlers share besides the registers.
    struct State {
        var ctx: UnsafeMutablePointer<InstanceContext>
        var budget: Int
        /// Mirror of `Machine.depth`, written back before anything that reads the machine's.
        var depth: Int
        let frames: UnsafeMutablePointer<CallFrame>
        let maxDepth: Int
        let stackEnd: UnsafeMutablePointer<UInt64>
        let machine: Unmanaged<Machine>
        /// Where a trap happened, and its kind.
        var pc: UnsafePointer<UInt32>
        var trap: TrapKind = .unreachable
        /// A located trap (from a host function), for status `failed`.
        var error: Trap?
    }

    /// The handler of every operation, indexed by the operation word (an `Op`, or a `SIMDOp.word`).
    nonisolated(unsafe) static let table: UnsafeRawPointer = {
        // Words below `Op.simdBase` are `Op`s, then come the SIMD operations (`SIMDOp.word`).
        precondition(Op.allCases.count <= Int(Op.simdBase), "Op.simdBase must lie past every Op")
        let count = Int(Op.simdBase) + 256
        let t = UnsafeMutablePointer<Handler>.allocate(capacity: count)
        t.initialize(repeating: { pc, _, _, _, st, _ in Threaded.trap(st, pc, .unreachable) }, count: count)
        installControl(t)
        installOther(t)
        installGenerated(t)
        installSIMD(t)
        return UnsafeRawPointer(t)
    }()

    /// Runs the handler of the operation at `pc`.
    @inline(__always)
    static func next(_ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>, _ mem: UnsafeMutableRawPointer,
                     _ memSize: UInt64, _ st: UnsafeMutableRawPointer, _ table: UnsafeRawPointer) -> Int {
        table.assumingMemoryBound(to: Handler.self)[Int(pc.pointee)](pc, fp, mem, memSize, st, table)
    }

    /// Branches by `offset` words from `pc`, spending budget on a backward branch.
    @inline(__always)
    static func jump(_ pc: UnsafePointer<UInt32>, _ offset: Int, _ fp: UnsafeMutablePointer<UInt64>,
                     _ mem: UnsafeMutableRawPointer, _ memSize: UInt64, _ st: UnsafeMutableRawPointer,
                     _ table: UnsafeRawPointer) -> Int {
        if offset <= 0 {
            st.threadedState.pointee.budget &-= 1
            if st.threadedState.pointee.budget < 0 {
                st.threadedState.pointee.pc = pc
                return budgetExhausted(pc + offset, fp, mem, memSize, st, table)
            }
        }
        return next(pc + offset, fp, mem, memSize, st, table)
    }

    /// The slow path of a backward branch whose budget ran out (the branch is at `st.pc`): checks
    /// interrupt, deadline and fuel, then continues at `target`. Reached by a tail call, so that
    /// branch handlers make no call of their own (and save no registers).
    @inline(never)
    static func budgetExhausted(_ target: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>,
                                _ mem: UnsafeMutableRawPointer, _ memSize: UInt64, _ st: UnsafeMutableRawPointer,
                                _ table: UnsafeRawPointer) -> Int {
        if let kind = checkpoint(st) { return trap(st, st.threadedState.pointee.pc, kind) }
        return next(target, fp, mem, memSize, st, table)
    }

    /// Ends the chain with a trap at `pc`.
    @inline(__always)
    static func trap(_ st: UnsafeMutableRawPointer, _ pc: UnsafePointer<UInt32>, _ kind: TrapKind) -> Int {
        st.threadedState.pointee.pc = pc
        st.threadedState.pointee.trap = kind
        return trapped
    }

    /// Spends one unit of budget; when it runs out, checks interrupt, deadline and fuel.
    @inline(__always)
    static func spend(_ st: UnsafeMutableRawPointer) -> TrapKind? {
        st.threadedState.pointee.budget &-= 1
        if st.threadedState.pointee.budget >= 0 { return nil }
        return checkpoint(st)
    }

    @inline(never)
    static func checkpoint(_ st: UnsafeMutableRawPointer) -> TrapKind? {
        let machine = st.threadedState.pointee.machine.takeUnretainedValue()
        machine.budget = st.threadedState.pointee.budget
        let kind = machine.checkpoint()
        st.threadedState.pointee.budget = machine.budget
        return kind
    }
}

extension UnsafeMutableRawPointer {
    /// The handlers' state behind their raw `st` argument.
    @inline(__always)
    var threadedState: UnsafeMutablePointer<Threaded.State> { assumingMemoryBound(to: Threaded.State.self) }
}

extension Machine {
    /// Runs `entry` (a WebAssembly function) whose arguments are already in `fp[0..<parameterCount]`.
    /// Results are left in `fp[0..<resultCount]`.
    func execute(_ entry: UnsafeMutablePointer<FunctionEntry>, fp startFP: UnsafeMutablePointer<UInt64>) throws(Trap) {
        try withEntryFrame(entry, startFP) { () throws(Trap) in try run(entry, startFP) }
    }

    private func run(_ entry: UnsafeMutablePointer<FunctionEntry>, _ startFP: UnsafeMutablePointer<UInt64>) throws(Trap) {

        let pc = entry.pointee.code.unsafelyUnwrapped
        let ctx = entry.pointee.context.unsafelyUnwrapped
        var state = Threaded.State(ctx: ctx, budget: budget, depth: depth, frames: frames, maxDepth: limits.maxCallDepth,
                                   stackEnd: stackEnd, machine: .passUnretained(self), pc: pc)
        let table = Threaded.table
        let status = withUnsafeMutablePointer(to: &state) { st in
            Threaded.next(pc, startFP, ctx.pointee.memory.pointee.base, UInt64(ctx.pointee.memory.pointee.byteCount),
                          UnsafeMutableRawPointer(st), table)
        }
        budget = state.budget
        if status == Threaded.finished { return }
        if status == Threaded.failed, let error = state.error { throw error }
        depth = state.depth
        throw locate(Trap(state.trap), pc: state.pc, context: state.ctx)
    }
}
#endif
