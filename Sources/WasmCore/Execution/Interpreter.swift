/// The interpreter loop of debug builds (release builds use the threaded handlers of
/// `ThreadedInterpreter.swift`): runs translated code (see `Translator` for the layouts) until the
/// outermost frame returns or a trap.
///
/// Registers kept in locals: `pc` (current operation word), `fp` (frame base slot), `ctx` (the running
/// instance) and the cached memory base and size, reloaded after anything that can move or grow memory
/// (calls, `memory.grow`, host calls). Calls between WebAssembly functions push a `CallFrame` and stay in
/// this loop; only host functions leave it.
extension Machine {
    #if DEBUG
    // Debug builds run this `switch` loop; release builds use the threaded handlers of
    // `ThreadedInterpreter.swift` (Swift guarantees no tail calls without optimization).

    /// Runs `entry` (a WebAssembly function) whose arguments are already in `fp[0..<parameterCount]`.
    /// Results are left in `fp[0..<resultCount]`.
    func execute(_ entry: UnsafeMutablePointer<FunctionEntry>, fp startFP: UnsafeMutablePointer<UInt64>) throws(Trap) {
        try withEntryFrame(entry, startFP) { () throws(Trap) in try run(entry, startFP) }
    }

    private func run(_ entry: UnsafeMutablePointer<FunctionEntry>, _ startFP: UnsafeMutablePointer<UInt64>) throws(Trap) {

        var pc = entry.pointee.code.unsafelyUnwrapped
        var fp = startFP
        var ctx = entry.pointee.context.unsafelyUnwrapped
        var mem = ctx.pointee.memory.pointee.base
        var memSize = UInt64(ctx.pointee.memory.pointee.byteCount)
        var budget = self.budget
        var trap: TrapKind = .unreachable
        var finished = false

        loop: while true {
            // Words from `Op.simdBase` up are SIMD operations (`SIMDOp.word`), all run by the `simd` case.
            switch pc.pointee < Op.simdBase ? Op.decode(pc.pointee) : .simd {
            case .unreachable:
                trap = .unreachable
                break loop
            case .br:
                let offset = Int(Int32(bitPattern: pc[1]))
                if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                pc += offset
            case .brIf:
                if UInt32(truncatingIfNeeded: fp[Int(pc[1])]) != 0 {
                    let offset = Int(Int32(bitPattern: pc[2]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 3
                }
            case .brIfNot:
                if UInt32(truncatingIfNeeded: fp[Int(pc[1])]) == 0 {
                    let offset = Int(Int32(bitPattern: pc[2]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 3
                }
            // BEGIN GENERATED branches (Scripts/generate-numeric-cases.py)
            case .brIfI32Eqz:
                if UInt32(truncatingIfNeeded: fp[Int(pc[1])]) == 0 {
                    let offset = Int(Int32(bitPattern: pc[2]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 3
                }
            case .brIfI32Eq:
                if UInt32(truncatingIfNeeded: fp[Int(pc[1])]) == UInt32(truncatingIfNeeded: fp[Int(pc[2])]) {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI32Ne:
                if UInt32(truncatingIfNeeded: fp[Int(pc[1])]) != UInt32(truncatingIfNeeded: fp[Int(pc[2])]) {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI32LtS:
                if Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(pc[1])])) < Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(pc[2])])) {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI32LtU:
                if UInt32(truncatingIfNeeded: fp[Int(pc[1])]) < UInt32(truncatingIfNeeded: fp[Int(pc[2])]) {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI32GtS:
                if Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(pc[1])])) > Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(pc[2])])) {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI32GtU:
                if UInt32(truncatingIfNeeded: fp[Int(pc[1])]) > UInt32(truncatingIfNeeded: fp[Int(pc[2])]) {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI32LeS:
                if Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(pc[1])])) <= Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(pc[2])])) {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI32LeU:
                if UInt32(truncatingIfNeeded: fp[Int(pc[1])]) <= UInt32(truncatingIfNeeded: fp[Int(pc[2])]) {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI32GeS:
                if Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(pc[1])])) >= Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(pc[2])])) {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI32GeU:
                if UInt32(truncatingIfNeeded: fp[Int(pc[1])]) >= UInt32(truncatingIfNeeded: fp[Int(pc[2])]) {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI64Eqz:
                if fp[Int(pc[1])] == 0 {
                    let offset = Int(Int32(bitPattern: pc[2]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 3
                }
            case .brIfI64Nez:
                if fp[Int(pc[1])] != 0 {
                    let offset = Int(Int32(bitPattern: pc[2]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 3
                }
            case .brIfI64Eq:
                if fp[Int(pc[1])] == fp[Int(pc[2])] {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI64Ne:
                if fp[Int(pc[1])] != fp[Int(pc[2])] {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI64LtS:
                if Int64(bitPattern: fp[Int(pc[1])]) < Int64(bitPattern: fp[Int(pc[2])]) {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI64LtU:
                if fp[Int(pc[1])] < fp[Int(pc[2])] {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI64GtS:
                if Int64(bitPattern: fp[Int(pc[1])]) > Int64(bitPattern: fp[Int(pc[2])]) {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI64GtU:
                if fp[Int(pc[1])] > fp[Int(pc[2])] {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI64LeS:
                if Int64(bitPattern: fp[Int(pc[1])]) <= Int64(bitPattern: fp[Int(pc[2])]) {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI64LeU:
                if fp[Int(pc[1])] <= fp[Int(pc[2])] {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI64GeS:
                if Int64(bitPattern: fp[Int(pc[1])]) >= Int64(bitPattern: fp[Int(pc[2])]) {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            case .brIfI64GeU:
                if fp[Int(pc[1])] >= fp[Int(pc[2])] {
                    let offset = Int(Int32(bitPattern: pc[3]))
                    if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                    pc += offset
                } else {
                    pc += 4
                }
            // END GENERATED branches
            case .brTable:
                let index = UInt32(truncatingIfNeeded: fp[Int(pc[1])])
                let count = pc[2]
                let entryIndex = Int(index < count ? index : count)
                let offset = Int(Int32(bitPattern: pc[3 + entryIndex]))
                if offset <= 0, let kind = spend(&budget) { trap = kind; break loop }
                pc += offset
            case .return:
                let frame = frames[depth]
                guard let returnPC = frame.returnPC else { finished = true; break loop }
                // Results are in fp[0..<n]: the caller sees them at its argument base.
                depth -= 1
                pc = returnPC
                fp = frame.callerFP
                if let caller = frame.callerContext, caller != ctx {
                    ctx = caller
                }
                mem = ctx.pointee.memory.pointee.base
                memSize = UInt64(ctx.pointee.memory.pointee.byteCount)
            case .call, .callIndirect:
                let callee: UnsafeMutablePointer<FunctionEntry>
                let argBase: Int
                let next: UnsafePointer<UInt32>
                if pc.pointee == UInt32(Op.call.rawValue) {
                    callee = ctx.pointee.functions[Int(pc[1])]
                    argBase = Int(pc[2])
                    next = pc + 3
                } else {
                    let table = ctx.pointee.tables[Int(pc[1])]
                    let index = UInt32(truncatingIfNeeded: fp[Int(pc[4])])
                    guard Int(index) < table.pointee.count else { trap = .undefinedElement; break loop }
                    guard let target = Reference.entry(table.pointee.elements[Int(index)]) else {
                        trap = .uninitializedElement; break loop
                    }
                    guard target.pointee.typeID == Int(pc[2]) else { trap = .indirectCallTypeMismatch; break loop }
                    callee = target
                    argBase = Int(pc[3])
                    next = pc + 5
                }
                if let kind = spend(&budget) { trap = kind; break loop }
                let calleeFP = fp + argBase
                guard let code = callee.pointee.code else {
                    // Host function: arguments and results share the slots at calleeFP.
                    self.budget = budget
                    let savedTop = top
                    top = max(fp + frames[depth].entry.pointee.frameSize,
                              calleeFP + max(callee.pointee.parameterCount, callee.pointee.resultCount))
                    do {
                        try callHost(callee, calleeFP, caller: ctx)
                    } catch {
                        top = savedTop
                        self.budget = budget
                        pc = next - 1
                        throw locate(error, pc: UnsafePointer(pc), context: ctx)
                    }
                    top = savedTop
                    budget = self.budget
                    mem = ctx.pointee.memory.pointee.base
                    memSize = UInt64(ctx.pointee.memory.pointee.byteCount)
                    pc = next
                    continue loop
                }
                guard depth < limits.maxCallDepth, calleeFP + callee.pointee.frameSize <= stackEnd else {
                    trap = .callStackExhausted
                    break loop
                }
                Machine.enterFrame(callee, calleeFP)
                depth += 1
                frames[depth] = CallFrame(returnPC: next, callerFP: fp, callerContext: ctx, entry: callee)
                fp = calleeFP
                pc = code
                let calleeContext = callee.pointee.context.unsafelyUnwrapped
                if calleeContext != ctx {
                    ctx = calleeContext
                    mem = ctx.pointee.memory.pointee.base
                    memSize = UInt64(ctx.pointee.memory.pointee.byteCount)
                }
            case .copy:
                fp[Int(pc[1])] = fp[Int(pc[2])]
                pc += 3
            case .copy2:
                fp[Int(pc[1])] = fp[Int(pc[2])]
                fp[Int(pc[3])] = fp[Int(pc[4])]
                pc += 5
            case .select:
                fp[Int(pc[1])] = UInt32(truncatingIfNeeded: fp[Int(pc[2])]) != 0 ? fp[Int(pc[3])] : fp[Int(pc[4])]
                pc += 5
            // SIMD: `v128` values take two slots; the instructions run in `SIMDExecutor`.
            case .copyV128:
                SIMDExecutor.copy(fp, to: pc[1], from: pc[2])
                pc += 3
            case .selectV128:
                let source = UInt32(truncatingIfNeeded: fp[Int(pc[2])]) != 0 ? pc[3] : pc[4]
                SIMDExecutor.copy(fp, to: pc[1], from: source)
                pc += 5
            case .globalGetV128:
                SIMDExecutor.globalGet(fp, pc[1], ctx.pointee.globals[Int(pc[2])])
                pc += 3
            case .globalSetV128:
                SIMDExecutor.globalSet(ctx.pointee.globals[Int(pc[1])], fp, pc[2])
                pc += 3
            case .simd:
                let length = SIMDExecutor.run(pc, fp, mem, memSize)
                guard length > 0 else { trap = .outOfBoundsMemory; break loop }
                pc += length
            case .globalGet:
                fp[Int(pc[1])] = ctx.pointee.globals[Int(pc[2])].pointee
                pc += 3
            case .globalSet:
                ctx.pointee.globals[Int(pc[1])].pointee = fp[Int(pc[2])]
                pc += 3
            case .globalSetRef:
                let bits = fp[Int(pc[2])]
                ctx.pointee.globals[Int(pc[1])].pointee = bits
                if Reference.entry(bits) != nil { Machine.anchorGlobal(ctx, Int(pc[1])) }
                pc += 3
            case .tableGet:
                let table = ctx.pointee.tables[Int(pc[2])]
                let index = UInt32(truncatingIfNeeded: fp[Int(pc[3])])
                guard Int(index) < table.pointee.count else { trap = .outOfBoundsTable; break loop }
                fp[Int(pc[1])] = table.pointee.elements[Int(index)]
                pc += 4
            case .tableSet:
                let table = ctx.pointee.tables[Int(pc[1])]
                let index = UInt32(truncatingIfNeeded: fp[Int(pc[2])])
                guard Int(index) < table.pointee.count else { trap = .outOfBoundsTable; break loop }
                let bits = fp[Int(pc[3])]
                TableInstance.anchor(table, bits)
                table.pointee.elements[Int(index)] = bits
                pc += 4
            case .tableSize:
                fp[Int(pc[1])] = UInt64(table(ctx, pc[2]).pointee.count)
                pc += 3
            case .tableGrow:
                let table = table(ctx, pc[2])
                let n = UInt32(truncatingIfNeeded: fp[Int(pc[4])])
                let old = TableInstance.grow(table, by: Int(n), initial: fp[Int(pc[3])])
                fp[Int(pc[1])] = UInt64(old.map { UInt32(truncatingIfNeeded: $0) } ?? UInt32.max)
                pc += 5
            case .tableFill:
                if let kind = BulkOperations.tableFill(pc, fp, ctx) { trap = kind; break loop }
                pc += 5
            case .tableCopy:
                if let kind = BulkOperations.tableCopy(pc, fp, ctx) { trap = kind; break loop }
                pc += 6
            case .tableInit:
                if let kind = BulkOperations.tableInit(pc, fp, ctx) { trap = kind; break loop }
                pc += 6
            case .elemDrop:
                ctx.pointee.elements[Int(pc[1])].count = 0
                pc += 2
            // BEGIN GENERATED memory (Scripts/generate-numeric-cases.py)
            case .i32Load:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                pc += 4
            case .i64Load:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                pc += 4
            case .f32Load:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                pc += 4
            case .f64Load:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                pc += 4
            case .i32Load8S:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(bitPattern: Int32(p.load(as: Int8.self))))
                pc += 4
            case .i32Load8U:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(p.load(as: UInt8.self))
                pc += 4
            case .i32Load16S:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(bitPattern: Int32(Int16(littleEndian: p.loadUnaligned(as: Int16.self)))))
                pc += 4
            case .i32Load16U:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt16(littleEndian: p.loadUnaligned(as: UInt16.self)))
                pc += 4
            case .i64Load8S:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(p.load(as: Int8.self)))
                pc += 4
            case .i64Load8U:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(p.load(as: UInt8.self))
                pc += 4
            case .i64Load16S:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(Int16(littleEndian: p.loadUnaligned(as: Int16.self))))
                pc += 4
            case .i64Load16U:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt16(littleEndian: p.loadUnaligned(as: UInt16.self)))
                pc += 4
            case .i64Load32S:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(Int32(littleEndian: p.loadUnaligned(as: Int32.self))))
                pc += 4
            case .i64Load32U:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                pc += 4
            case .i32Store:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[2])]).littleEndian, as: UInt32.self)
                pc += 4
            case .i64Store:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: fp[Int(pc[2])].littleEndian, as: UInt64.self)
                pc += 4
            case .f32Store:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[2])]).littleEndian, as: UInt32.self)
                pc += 4
            case .f64Store:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: fp[Int(pc[2])].littleEndian, as: UInt64.self)
                pc += 4
            case .i32Store8:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt8(truncatingIfNeeded: fp[Int(pc[2])]), as: UInt8.self)
                pc += 4
            case .i32Store16:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt16(truncatingIfNeeded: fp[Int(pc[2])]).littleEndian, as: UInt16.self)
                pc += 4
            case .i64Store8:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt8(truncatingIfNeeded: fp[Int(pc[2])]), as: UInt8.self)
                pc += 4
            case .i64Store16:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt16(truncatingIfNeeded: fp[Int(pc[2])]).littleEndian, as: UInt16.self)
                pc += 4
            case .i64Store32:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[2])]).littleEndian, as: UInt32.self)
                pc += 4
            case .i32LoadAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                pc += 5
            case .i64LoadAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                pc += 5
            case .f32LoadAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                pc += 5
            case .f64LoadAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                pc += 5
            case .i32Load8SAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(bitPattern: Int32(p.load(as: Int8.self))))
                pc += 5
            case .i32Load8UAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(p.load(as: UInt8.self))
                pc += 5
            case .i32Load16SAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(bitPattern: Int32(Int16(littleEndian: p.loadUnaligned(as: Int16.self)))))
                pc += 5
            case .i32Load16UAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt16(littleEndian: p.loadUnaligned(as: UInt16.self)))
                pc += 5
            case .i64Load8SAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(p.load(as: Int8.self)))
                pc += 5
            case .i64Load8UAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(p.load(as: UInt8.self))
                pc += 5
            case .i64Load16SAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(Int16(littleEndian: p.loadUnaligned(as: Int16.self))))
                pc += 5
            case .i64Load16UAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt16(littleEndian: p.loadUnaligned(as: UInt16.self)))
                pc += 5
            case .i64Load32SAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(Int32(littleEndian: p.loadUnaligned(as: Int32.self))))
                pc += 5
            case .i64Load32UAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                pc += 5
            case .i32StoreAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[3])]).littleEndian, as: UInt32.self)
                pc += 5
            case .i64StoreAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: fp[Int(pc[3])].littleEndian, as: UInt64.self)
                pc += 5
            case .f32StoreAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[3])]).littleEndian, as: UInt32.self)
                pc += 5
            case .f64StoreAdd:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: fp[Int(pc[3])].littleEndian, as: UInt64.self)
                pc += 5
            case .i32Store8Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt8(truncatingIfNeeded: fp[Int(pc[3])]), as: UInt8.self)
                pc += 5
            case .i32Store16Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt16(truncatingIfNeeded: fp[Int(pc[3])]).littleEndian, as: UInt16.self)
                pc += 5
            case .i64Store8Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt8(truncatingIfNeeded: fp[Int(pc[3])]), as: UInt8.self)
                pc += 5
            case .i64Store16Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt16(truncatingIfNeeded: fp[Int(pc[3])]).littleEndian, as: UInt16.self)
                pc += 5
            case .i64Store32Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[3])]).littleEndian, as: UInt32.self)
                pc += 5
            case .i32LoadShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                pc += 5
            case .i64LoadShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                pc += 5
            case .f32LoadShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                pc += 5
            case .f64LoadShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                pc += 5
            case .i32Load8SShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(bitPattern: Int32(p.load(as: Int8.self))))
                pc += 5
            case .i32Load8UShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(p.load(as: UInt8.self))
                pc += 5
            case .i32Load16SShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(bitPattern: Int32(Int16(littleEndian: p.loadUnaligned(as: Int16.self)))))
                pc += 5
            case .i32Load16UShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt16(littleEndian: p.loadUnaligned(as: UInt16.self)))
                pc += 5
            case .i64Load8SShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(p.load(as: Int8.self)))
                pc += 5
            case .i64Load8UShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(p.load(as: UInt8.self))
                pc += 5
            case .i64Load16SShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(Int16(littleEndian: p.loadUnaligned(as: Int16.self))))
                pc += 5
            case .i64Load16UShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt16(littleEndian: p.loadUnaligned(as: UInt16.self)))
                pc += 5
            case .i64Load32SShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(Int32(littleEndian: p.loadUnaligned(as: Int32.self))))
                pc += 5
            case .i64Load32UShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                pc += 5
            case .i32StoreShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[3])]).littleEndian, as: UInt32.self)
                pc += 5
            case .i64StoreShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: fp[Int(pc[3])].littleEndian, as: UInt64.self)
                pc += 5
            case .f32StoreShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[3])]).littleEndian, as: UInt32.self)
                pc += 5
            case .f64StoreShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: fp[Int(pc[3])].littleEndian, as: UInt64.self)
                pc += 5
            case .i32Store8Shl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt8(truncatingIfNeeded: fp[Int(pc[3])]), as: UInt8.self)
                pc += 5
            case .i32Store16Shl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt16(truncatingIfNeeded: fp[Int(pc[3])]).littleEndian, as: UInt16.self)
                pc += 5
            case .i64Store8Shl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt8(truncatingIfNeeded: fp[Int(pc[3])]), as: UInt8.self)
                pc += 5
            case .i64Store16Shl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt16(truncatingIfNeeded: fp[Int(pc[3])]).littleEndian, as: UInt16.self)
                pc += 5
            case .i64Store32Shl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[3])]).littleEndian, as: UInt32.self)
                pc += 5
            case .i32LoadAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[3])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[4])]))) &+ UInt64(pc[5])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                pc += 6
            case .i64LoadAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[3])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[4])]))) &+ UInt64(pc[5])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                pc += 6
            case .f32LoadAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[3])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[4])]))) &+ UInt64(pc[5])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                pc += 6
            case .f64LoadAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[3])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[4])]))) &+ UInt64(pc[5])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                pc += 6
            case .i32Load8SAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[3])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[4])]))) &+ UInt64(pc[5])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(bitPattern: Int32(p.load(as: Int8.self))))
                pc += 6
            case .i32Load8UAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[3])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[4])]))) &+ UInt64(pc[5])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(p.load(as: UInt8.self))
                pc += 6
            case .i32Load16SAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[3])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[4])]))) &+ UInt64(pc[5])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(bitPattern: Int32(Int16(littleEndian: p.loadUnaligned(as: Int16.self)))))
                pc += 6
            case .i32Load16UAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[3])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[4])]))) &+ UInt64(pc[5])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt16(littleEndian: p.loadUnaligned(as: UInt16.self)))
                pc += 6
            case .i64Load8SAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[3])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[4])]))) &+ UInt64(pc[5])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(p.load(as: Int8.self)))
                pc += 6
            case .i64Load8UAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[3])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[4])]))) &+ UInt64(pc[5])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(p.load(as: UInt8.self))
                pc += 6
            case .i64Load16SAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[3])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[4])]))) &+ UInt64(pc[5])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(Int16(littleEndian: p.loadUnaligned(as: Int16.self))))
                pc += 6
            case .i64Load16UAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[3])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[4])]))) &+ UInt64(pc[5])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt16(littleEndian: p.loadUnaligned(as: UInt16.self)))
                pc += 6
            case .i64Load32SAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[3])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[4])]))) &+ UInt64(pc[5])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(Int32(littleEndian: p.loadUnaligned(as: Int32.self))))
                pc += 6
            case .i64Load32UAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[3])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[4])]))) &+ UInt64(pc[5])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                pc += 6
            case .i32StoreAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])]))) &+ UInt64(pc[5])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[4])]).littleEndian, as: UInt32.self)
                pc += 6
            case .i64StoreAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])]))) &+ UInt64(pc[5])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: fp[Int(pc[4])].littleEndian, as: UInt64.self)
                pc += 6
            case .f32StoreAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])]))) &+ UInt64(pc[5])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[4])]).littleEndian, as: UInt32.self)
                pc += 6
            case .f64StoreAddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])]))) &+ UInt64(pc[5])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: fp[Int(pc[4])].littleEndian, as: UInt64.self)
                pc += 6
            case .i32Store8AddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])]))) &+ UInt64(pc[5])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt8(truncatingIfNeeded: fp[Int(pc[4])]), as: UInt8.self)
                pc += 6
            case .i32Store16AddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])]))) &+ UInt64(pc[5])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt16(truncatingIfNeeded: fp[Int(pc[4])]).littleEndian, as: UInt16.self)
                pc += 6
            case .i64Store8AddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])]))) &+ UInt64(pc[5])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt8(truncatingIfNeeded: fp[Int(pc[4])]), as: UInt8.self)
                pc += 6
            case .i64Store16AddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])]))) &+ UInt64(pc[5])
                guard ea &+ 2 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt16(truncatingIfNeeded: fp[Int(pc[4])]).littleEndian, as: UInt16.self)
                pc += 6
            case .i64Store32AddShl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ (UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])]))) &+ UInt64(pc[5])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[4])]).littleEndian, as: UInt32.self)
                pc += 6
            // END GENERATED memory
            case .memorySize:
                fp[Int(pc[1])] = memSize / UInt64(wasmPageSize)
                pc += 2
            case .memoryGrow:
                let n = UInt32(truncatingIfNeeded: fp[Int(pc[2])])
                fp[Int(pc[1])] = UInt64(Machine.growMemory(ctx, by: n))
                mem = ctx.pointee.memory.pointee.base
                memSize = UInt64(ctx.pointee.memory.pointee.byteCount)
                pc += 3
            case .memoryInit:
                if let kind = BulkOperations.memoryInit(pc, fp, ctx, mem, memSize) { trap = kind; break loop }
                pc += 5
            case .dataDrop:
                ctx.pointee.datas[Int(pc[1])].count = 0
                pc += 2
            case .memoryCopy:
                if let kind = BulkOperations.memoryCopy(pc, fp, mem, memSize) { trap = kind; break loop }
                pc += 4
            case .memoryFill:
                if let kind = BulkOperations.memoryFill(pc, fp, mem, memSize) { trap = kind; break loop }
                pc += 4
            case .refIsNull:
                fp[Int(pc[1])] = fp[Int(pc[2])] == Reference.null ? 1 : 0
                pc += 3
            case .refFunc:
                fp[Int(pc[1])] = Reference.function(ctx.pointee.functions[Int(pc[2])])
                pc += 3
            // BEGIN GENERATED pairs (Scripts/generate-numeric-cases.py)
            // (fused pairs and chains: the `default` case below)
            // END GENERATED pairs
            // BEGIN GENERATED numeric (Scripts/generate-numeric-cases.py)
            case .i32Eqz:
                fp[Int(pc[1])] = UInt64(Numerics.i32Eqz(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .i32Eq:
                fp[Int(pc[1])] = UInt64(Numerics.i32Eq(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32Ne:
                fp[Int(pc[1])] = UInt64(Numerics.i32Ne(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32LtS:
                fp[Int(pc[1])] = UInt64(Numerics.i32LtS(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32LtU:
                fp[Int(pc[1])] = UInt64(Numerics.i32LtU(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32GtS:
                fp[Int(pc[1])] = UInt64(Numerics.i32GtS(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32GtU:
                fp[Int(pc[1])] = UInt64(Numerics.i32GtU(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32LeS:
                fp[Int(pc[1])] = UInt64(Numerics.i32LeS(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32LeU:
                fp[Int(pc[1])] = UInt64(Numerics.i32LeU(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32GeS:
                fp[Int(pc[1])] = UInt64(Numerics.i32GeS(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32GeU:
                fp[Int(pc[1])] = UInt64(Numerics.i32GeU(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i64Eqz:
                fp[Int(pc[1])] = UInt64(Numerics.i64Eqz(fp[Int(pc[2])]))
                pc += 3
            case .i64Eq:
                fp[Int(pc[1])] = UInt64(Numerics.i64Eq(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64Ne:
                fp[Int(pc[1])] = UInt64(Numerics.i64Ne(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64LtS:
                fp[Int(pc[1])] = UInt64(Numerics.i64LtS(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64LtU:
                fp[Int(pc[1])] = UInt64(Numerics.i64LtU(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64GtS:
                fp[Int(pc[1])] = UInt64(Numerics.i64GtS(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64GtU:
                fp[Int(pc[1])] = UInt64(Numerics.i64GtU(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64LeS:
                fp[Int(pc[1])] = UInt64(Numerics.i64LeS(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64LeU:
                fp[Int(pc[1])] = UInt64(Numerics.i64LeU(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64GeS:
                fp[Int(pc[1])] = UInt64(Numerics.i64GeS(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64GeU:
                fp[Int(pc[1])] = UInt64(Numerics.i64GeU(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .f32Eq:
                fp[Int(pc[1])] = UInt64(Numerics.f32Eq(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .f32Ne:
                fp[Int(pc[1])] = UInt64(Numerics.f32Ne(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .f32Lt:
                fp[Int(pc[1])] = UInt64(Numerics.f32Lt(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .f32Gt:
                fp[Int(pc[1])] = UInt64(Numerics.f32Gt(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .f32Le:
                fp[Int(pc[1])] = UInt64(Numerics.f32Le(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .f32Ge:
                fp[Int(pc[1])] = UInt64(Numerics.f32Ge(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .f64Eq:
                fp[Int(pc[1])] = UInt64(Numerics.f64Eq(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .f64Ne:
                fp[Int(pc[1])] = UInt64(Numerics.f64Ne(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .f64Lt:
                fp[Int(pc[1])] = UInt64(Numerics.f64Lt(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .f64Gt:
                fp[Int(pc[1])] = UInt64(Numerics.f64Gt(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .f64Le:
                fp[Int(pc[1])] = UInt64(Numerics.f64Le(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .f64Ge:
                fp[Int(pc[1])] = UInt64(Numerics.f64Ge(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i32Clz:
                fp[Int(pc[1])] = UInt64(Numerics.i32Clz(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .i32Ctz:
                fp[Int(pc[1])] = UInt64(Numerics.i32Ctz(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .i32Popcnt:
                fp[Int(pc[1])] = UInt64(Numerics.i32Popcnt(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .i32Add:
                fp[Int(pc[1])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32Sub:
                fp[Int(pc[1])] = UInt64(Numerics.i32Sub(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32Mul:
                fp[Int(pc[1])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32DivS:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i32DivS(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])]))) } catch { trap = error; break loop }
                pc += 4
            case .i32DivU:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i32DivU(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])]))) } catch { trap = error; break loop }
                pc += 4
            case .i32RemS:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i32RemS(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])]))) } catch { trap = error; break loop }
                pc += 4
            case .i32RemU:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i32RemU(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])]))) } catch { trap = error; break loop }
                pc += 4
            case .i32And:
                fp[Int(pc[1])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32Or:
                fp[Int(pc[1])] = UInt64(Numerics.i32Or(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32Xor:
                fp[Int(pc[1])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32Shl:
                fp[Int(pc[1])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32ShrS:
                fp[Int(pc[1])] = UInt64(Numerics.i32ShrS(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32ShrU:
                fp[Int(pc[1])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32Rotl:
                fp[Int(pc[1])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i32Rotr:
                fp[Int(pc[1])] = UInt64(Numerics.i32Rotr(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .i64Clz:
                fp[Int(pc[1])] = UInt64(Numerics.i64Clz(fp[Int(pc[2])]))
                pc += 3
            case .i64Ctz:
                fp[Int(pc[1])] = UInt64(Numerics.i64Ctz(fp[Int(pc[2])]))
                pc += 3
            case .i64Popcnt:
                fp[Int(pc[1])] = UInt64(Numerics.i64Popcnt(fp[Int(pc[2])]))
                pc += 3
            case .i64Add:
                fp[Int(pc[1])] = UInt64(Numerics.i64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64Sub:
                fp[Int(pc[1])] = UInt64(Numerics.i64Sub(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64Mul:
                fp[Int(pc[1])] = UInt64(Numerics.i64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64DivS:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i64DivS(fp[Int(pc[2])], fp[Int(pc[3])])) } catch { trap = error; break loop }
                pc += 4
            case .i64DivU:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i64DivU(fp[Int(pc[2])], fp[Int(pc[3])])) } catch { trap = error; break loop }
                pc += 4
            case .i64RemS:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i64RemS(fp[Int(pc[2])], fp[Int(pc[3])])) } catch { trap = error; break loop }
                pc += 4
            case .i64RemU:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i64RemU(fp[Int(pc[2])], fp[Int(pc[3])])) } catch { trap = error; break loop }
                pc += 4
            case .i64And:
                fp[Int(pc[1])] = UInt64(Numerics.i64And(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64Or:
                fp[Int(pc[1])] = UInt64(Numerics.i64Or(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64Xor:
                fp[Int(pc[1])] = UInt64(Numerics.i64Xor(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64Shl:
                fp[Int(pc[1])] = UInt64(Numerics.i64Shl(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64ShrS:
                fp[Int(pc[1])] = UInt64(Numerics.i64ShrS(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64ShrU:
                fp[Int(pc[1])] = UInt64(Numerics.i64ShrU(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64Rotl:
                fp[Int(pc[1])] = UInt64(Numerics.i64Rotl(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i64Rotr:
                fp[Int(pc[1])] = UInt64(Numerics.i64Rotr(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .f32Abs:
                fp[Int(pc[1])] = UInt64(Numerics.f32Abs(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .f32Neg:
                fp[Int(pc[1])] = UInt64(Numerics.f32Neg(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .f32Ceil:
                fp[Int(pc[1])] = UInt64(Numerics.f32Ceil(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .f32Floor:
                fp[Int(pc[1])] = UInt64(Numerics.f32Floor(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .f32Trunc:
                fp[Int(pc[1])] = UInt64(Numerics.f32Trunc(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .f32Nearest:
                fp[Int(pc[1])] = UInt64(Numerics.f32Nearest(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .f32Sqrt:
                fp[Int(pc[1])] = UInt64(Numerics.f32Sqrt(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .f32Add:
                fp[Int(pc[1])] = UInt64(Numerics.f32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .f32Sub:
                fp[Int(pc[1])] = UInt64(Numerics.f32Sub(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .f32Mul:
                fp[Int(pc[1])] = UInt64(Numerics.f32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .f32Div:
                fp[Int(pc[1])] = UInt64(Numerics.f32Div(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .f32Min:
                fp[Int(pc[1])] = UInt64(Numerics.f32Min(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .f32Max:
                fp[Int(pc[1])] = UInt64(Numerics.f32Max(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .f32Copysign:
                fp[Int(pc[1])] = UInt64(Numerics.f32Copysign(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                pc += 4
            case .f64Abs:
                fp[Int(pc[1])] = UInt64(Numerics.f64Abs(fp[Int(pc[2])]))
                pc += 3
            case .f64Neg:
                fp[Int(pc[1])] = UInt64(Numerics.f64Neg(fp[Int(pc[2])]))
                pc += 3
            case .f64Ceil:
                fp[Int(pc[1])] = UInt64(Numerics.f64Ceil(fp[Int(pc[2])]))
                pc += 3
            case .f64Floor:
                fp[Int(pc[1])] = UInt64(Numerics.f64Floor(fp[Int(pc[2])]))
                pc += 3
            case .f64Trunc:
                fp[Int(pc[1])] = UInt64(Numerics.f64Trunc(fp[Int(pc[2])]))
                pc += 3
            case .f64Nearest:
                fp[Int(pc[1])] = UInt64(Numerics.f64Nearest(fp[Int(pc[2])]))
                pc += 3
            case .f64Sqrt:
                fp[Int(pc[1])] = UInt64(Numerics.f64Sqrt(fp[Int(pc[2])]))
                pc += 3
            case .f64Add:
                fp[Int(pc[1])] = UInt64(Numerics.f64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .f64Sub:
                fp[Int(pc[1])] = UInt64(Numerics.f64Sub(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .f64Mul:
                fp[Int(pc[1])] = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .f64Div:
                fp[Int(pc[1])] = UInt64(Numerics.f64Div(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .f64Min:
                fp[Int(pc[1])] = UInt64(Numerics.f64Min(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .f64Max:
                fp[Int(pc[1])] = UInt64(Numerics.f64Max(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .f64Copysign:
                fp[Int(pc[1])] = UInt64(Numerics.f64Copysign(fp[Int(pc[2])], fp[Int(pc[3])]))
                pc += 4
            case .i32WrapI64:
                fp[Int(pc[1])] = UInt64(Numerics.i32WrapI64(fp[Int(pc[2])]))
                pc += 3
            case .i32TruncF32S:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i32TruncF32S(UInt32(truncatingIfNeeded: fp[Int(pc[2])]))) } catch { trap = error; break loop }
                pc += 3
            case .i32TruncF32U:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i32TruncF32U(UInt32(truncatingIfNeeded: fp[Int(pc[2])]))) } catch { trap = error; break loop }
                pc += 3
            case .i32TruncF64S:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i32TruncF64S(fp[Int(pc[2])])) } catch { trap = error; break loop }
                pc += 3
            case .i32TruncF64U:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i32TruncF64U(fp[Int(pc[2])])) } catch { trap = error; break loop }
                pc += 3
            case .i64ExtendI32S:
                fp[Int(pc[1])] = UInt64(Numerics.i64ExtendI32S(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .i64ExtendI32U:
                fp[Int(pc[1])] = UInt64(Numerics.i64ExtendI32U(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .i64TruncF32S:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i64TruncF32S(UInt32(truncatingIfNeeded: fp[Int(pc[2])]))) } catch { trap = error; break loop }
                pc += 3
            case .i64TruncF32U:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i64TruncF32U(UInt32(truncatingIfNeeded: fp[Int(pc[2])]))) } catch { trap = error; break loop }
                pc += 3
            case .i64TruncF64S:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i64TruncF64S(fp[Int(pc[2])])) } catch { trap = error; break loop }
                pc += 3
            case .i64TruncF64U:
                do { fp[Int(pc[1])] = UInt64(try Numerics.i64TruncF64U(fp[Int(pc[2])])) } catch { trap = error; break loop }
                pc += 3
            case .f32ConvertI32S:
                fp[Int(pc[1])] = UInt64(Numerics.f32ConvertI32S(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .f32ConvertI32U:
                fp[Int(pc[1])] = UInt64(Numerics.f32ConvertI32U(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .f32ConvertI64S:
                fp[Int(pc[1])] = UInt64(Numerics.f32ConvertI64S(fp[Int(pc[2])]))
                pc += 3
            case .f32ConvertI64U:
                fp[Int(pc[1])] = UInt64(Numerics.f32ConvertI64U(fp[Int(pc[2])]))
                pc += 3
            case .f32DemoteF64:
                fp[Int(pc[1])] = UInt64(Numerics.f32DemoteF64(fp[Int(pc[2])]))
                pc += 3
            case .f64ConvertI32S:
                fp[Int(pc[1])] = UInt64(Numerics.f64ConvertI32S(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .f64ConvertI32U:
                fp[Int(pc[1])] = UInt64(Numerics.f64ConvertI32U(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .f64ConvertI64S:
                fp[Int(pc[1])] = UInt64(Numerics.f64ConvertI64S(fp[Int(pc[2])]))
                pc += 3
            case .f64ConvertI64U:
                fp[Int(pc[1])] = UInt64(Numerics.f64ConvertI64U(fp[Int(pc[2])]))
                pc += 3
            case .f64PromoteF32:
                fp[Int(pc[1])] = UInt64(Numerics.f64PromoteF32(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .i32ReinterpretF32:
                fp[Int(pc[1])] = UInt64(Numerics.i32ReinterpretF32(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .i64ReinterpretF64:
                fp[Int(pc[1])] = UInt64(Numerics.i64ReinterpretF64(fp[Int(pc[2])]))
                pc += 3
            case .f32ReinterpretI32:
                fp[Int(pc[1])] = UInt64(Numerics.f32ReinterpretI32(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .f64ReinterpretI64:
                fp[Int(pc[1])] = UInt64(Numerics.f64ReinterpretI64(fp[Int(pc[2])]))
                pc += 3
            case .i32Extend8S:
                fp[Int(pc[1])] = UInt64(Numerics.i32Extend8S(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .i32Extend16S:
                fp[Int(pc[1])] = UInt64(Numerics.i32Extend16S(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .i64Extend8S:
                fp[Int(pc[1])] = UInt64(Numerics.i64Extend8S(fp[Int(pc[2])]))
                pc += 3
            case .i64Extend16S:
                fp[Int(pc[1])] = UInt64(Numerics.i64Extend16S(fp[Int(pc[2])]))
                pc += 3
            case .i64Extend32S:
                fp[Int(pc[1])] = UInt64(Numerics.i64Extend32S(fp[Int(pc[2])]))
                pc += 3
            case .i32TruncSatF32S:
                fp[Int(pc[1])] = UInt64(Numerics.i32TruncSatF32S(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .i32TruncSatF32U:
                fp[Int(pc[1])] = UInt64(Numerics.i32TruncSatF32U(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .i32TruncSatF64S:
                fp[Int(pc[1])] = UInt64(Numerics.i32TruncSatF64S(fp[Int(pc[2])]))
                pc += 3
            case .i32TruncSatF64U:
                fp[Int(pc[1])] = UInt64(Numerics.i32TruncSatF64U(fp[Int(pc[2])]))
                pc += 3
            case .i64TruncSatF32S:
                fp[Int(pc[1])] = UInt64(Numerics.i64TruncSatF32S(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .i64TruncSatF32U:
                fp[Int(pc[1])] = UInt64(Numerics.i64TruncSatF32U(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            case .i64TruncSatF64S:
                fp[Int(pc[1])] = UInt64(Numerics.i64TruncSatF64S(fp[Int(pc[2])]))
                pc += 3
            case .i64TruncSatF64U:
                fp[Int(pc[1])] = UInt64(Numerics.i64TruncSatF64U(fp[Int(pc[2])]))
                pc += 3
            default:
                // Fused pairs and chains (InterpreterFused.swift).
                if let kind = runFused(Op.decode(pc.pointee), &pc, fp, mem, memSize, &budget) {
                    trap = kind
                    break loop
                }
            // END GENERATED numeric
            }
        }

        self.budget = budget
        // The outermost frame returned normally.
        if finished { return }
        throw locate(Trap(trap), pc: UnsafePointer(pc), context: ctx)
    }
    #endif

    /// Spends one unit of budget (a loop back-edge or a call); when it runs out, checks interrupt,
    /// deadline and fuel.
    @inline(__always)
    func spend(_ budget: inout Int) -> TrapKind? {
        budget &-= 1
        if budget >= 0 { return nil }
        self.budget = budget
        let kind = checkpoint()
        budget = self.budget
        return kind
    }

    /// Zeroes a new frame's locals and copies in its constants.
    @inline(__always)
    static func enterFrame(_ entry: UnsafeMutablePointer<FunctionEntry>, _ fp: UnsafeMutablePointer<UInt64>) {
        (fp + entry.pointee.parameterCount).initialize(repeating: 0, count: entry.pointee.localCount)
        if entry.pointee.constantCount > 0 {
            (fp + entry.pointee.constantSlot).update(from: entry.pointee.constants.unsafelyUnwrapped, count: entry.pointee.constantCount)
        }
    }

    @inline(__always)
    private func table(_ ctx: UnsafeMutablePointer<InstanceContext>, _ index: UInt32) -> UnsafeMutablePointer<TableState> {
        ctx.pointee.tables[Int(index)]
    }

    /// Returns the old page count or `UInt32.max` (-1) when the memory cannot grow.
    static func growMemory(_ ctx: UnsafeMutablePointer<InstanceContext>, by pages: UInt32) -> UInt32 {
        ctx.pointee.memory.pointee.grow(by: Int(pages)).map { UInt32($0) } ?? .max
    }

    static func anchorGlobal(_ ctx: UnsafeMutablePointer<InstanceContext>, _ index: Int) {
        let instance = Unmanaged<ModuleInstance>.fromOpaque(ctx.pointee.owner).takeUnretainedValue()
        instance.globalAnchorChanged(index)
    }

    /// Calls a host function with its arguments at `slots`; it writes its results there.
    func callHost(_ entry: UnsafeMutablePointer<FunctionEntry>, _ slots: UnsafeMutablePointer<UInt64>,
                  caller: UnsafeMutablePointer<InstanceContext>?) throws(Trap) {
        var context = HostCallContext(machine: self, caller: caller)
        do {
            // The entry's owner keeps the box alive while the function is linked: no retain needed.
            try Unmanaged<HostFunctionBox>.fromOpaque(entry.pointee.owner)._withUnsafeGuaranteedRef { box in
                try box.body(&context, slots)
            }
        } catch let error as Trap {
            throw error
        } catch let error as WasmError {
            if case .trap(let t) = error { throw t }
            throw Trap(.hostError, message: error.description, underlying: error)
        } catch {
            throw Trap(.hostError, message: "\(error)", underlying: error)
        }
    }

    /// Adds the function name, module offset and backtrace to a trap raised at `pc`.
    func locate(_ trap: Trap, pc: UnsafePointer<UInt32>, context: UnsafeMutablePointer<InstanceContext>) -> Trap {
        var trap = trap
        guard trap.function == nil else { return trap }
        let code = context.pointee.code.takeUnretainedValue()
        let instance = Unmanaged<ModuleInstance>.fromOpaque(context.pointee.owner).takeUnretainedValue()
        trap.offset = code.moduleOffset(of: pc)
        if let defined = code.definedFunction(containing: pc) {
            trap.function = instance.functionName(definedIndex: defined)
        }
        var frames: [String] = []
        var d = depth
        while d > 0 && frames.count < 32 {
            let entry = self.frames[d].entry
            if let ctx = entry.pointee.context {
                let owner = Unmanaged<ModuleInstance>.fromOpaque(ctx.pointee.owner).takeUnretainedValue()
                frames.append(owner.functionName(index: entry.pointee.index))
            }
            d -= 1
        }
        trap.backtrace = frames
        return trap
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
