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
            case .i32AddI32Add:
                fp[Int(pc[1])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32AddFwd1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32AddTmp1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32AddFwd2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AddI32AddTmp2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AddI32Shl:
                fp[Int(pc[1])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32ShlFwd1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32ShlTmp1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32ShlFwd2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AddI32ShlTmp2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32ShlI32Add:
                fp[Int(pc[1])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32ShlI32AddFwd1:
                let r1 = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32ShlI32AddTmp1:
                let r1 = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32ShlI32AddFwd2:
                let r1 = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32ShlI32AddTmp2:
                let r1 = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AddI32Xor:
                fp[Int(pc[1])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32XorFwd1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32XorTmp1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32XorFwd2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AddI32XorTmp2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AddI32Sub:
                fp[Int(pc[1])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Sub(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32SubFwd1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Sub(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32SubTmp1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Sub(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32SubFwd2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Sub(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AddI32SubTmp2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Sub(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32SubI32Add:
                fp[Int(pc[1])] = UInt64(Numerics.i32Sub(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32SubI32AddFwd1:
                let r1 = UInt64(Numerics.i32Sub(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32SubI32AddTmp1:
                let r1 = UInt64(Numerics.i32Sub(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32SubI32AddFwd2:
                let r1 = UInt64(Numerics.i32Sub(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32SubI32AddTmp2:
                let r1 = UInt64(Numerics.i32Sub(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AddI32Mul:
                fp[Int(pc[1])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32MulFwd1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32MulTmp1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AddI32MulFwd2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AddI32MulTmp2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32MulI32Add:
                fp[Int(pc[1])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32MulI32AddFwd1:
                let r1 = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32MulI32AddTmp1:
                let r1 = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32MulI32AddFwd2:
                let r1 = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32MulI32AddTmp2:
                let r1 = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AndI32Shl:
                fp[Int(pc[1])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AndI32ShlFwd1:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AndI32ShlTmp1:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AndI32ShlFwd2:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AndI32ShlTmp2:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32XorI32And:
                fp[Int(pc[1])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32AndFwd1:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32AndTmp1:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32AndFwd2:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32XorI32AndTmp2:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AndI32Xor:
                fp[Int(pc[1])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AndI32XorFwd1:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AndI32XorTmp1:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AndI32XorFwd2:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AndI32XorTmp2:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AndI32And:
                fp[Int(pc[1])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AndI32AndFwd1:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AndI32AndTmp1:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AndI32AndFwd2:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AndI32AndTmp2:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32RotlI32Xor:
                fp[Int(pc[1])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32RotlI32XorFwd1:
                let r1 = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32RotlI32XorTmp1:
                let r1 = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32RotlI32XorFwd2:
                let r1 = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32RotlI32XorTmp2:
                let r1 = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32XorI32Rotl:
                fp[Int(pc[1])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32RotlFwd1:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32RotlTmp1:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32RotlFwd2:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32XorI32RotlTmp2:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32RotlI32Rotl:
                fp[Int(pc[1])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32RotlI32RotlFwd1:
                let r1 = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32RotlI32RotlTmp1:
                let r1 = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32RotlI32RotlFwd2:
                let r1 = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32RotlI32RotlTmp2:
                let r1 = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32XorI32Add:
                fp[Int(pc[1])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32AddFwd1:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32AddTmp1:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32AddFwd2:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32XorI32AddTmp2:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32ShrUI32Xor:
                fp[Int(pc[1])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32ShrUI32XorFwd1:
                let r1 = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32ShrUI32XorTmp1:
                let r1 = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32ShrUI32XorFwd2:
                let r1 = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32ShrUI32XorTmp2:
                let r1 = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32XorI32ShrU:
                fp[Int(pc[1])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32ShrUFwd1:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32ShrUTmp1:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32ShrUFwd2:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32XorI32ShrUTmp2:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32ShlI32Xor:
                fp[Int(pc[1])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32ShlI32XorFwd1:
                let r1 = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32ShlI32XorTmp1:
                let r1 = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32ShlI32XorFwd2:
                let r1 = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32ShlI32XorTmp2:
                let r1 = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32XorI32Shl:
                fp[Int(pc[1])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32ShlFwd1:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32ShlTmp1:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32ShlFwd2:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32XorI32ShlTmp2:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32XorI32Xor:
                fp[Int(pc[1])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32XorFwd1:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32XorTmp1:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32XorFwd2:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32XorI32XorTmp2:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32XorI32Mul:
                fp[Int(pc[1])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32MulFwd1:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32MulTmp1:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32XorI32MulFwd2:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32XorI32MulTmp2:
                let r1 = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32MulI32Xor:
                fp[Int(pc[1])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32MulI32XorFwd1:
                let r1 = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32MulI32XorTmp1:
                let r1 = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32MulI32XorFwd2:
                let r1 = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32MulI32XorTmp2:
                let r1 = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32MulI32ShrU:
                fp[Int(pc[1])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32MulI32ShrUFwd1:
                let r1 = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32MulI32ShrUTmp1:
                let r1 = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32MulI32ShrUFwd2:
                let r1 = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32MulI32ShrUTmp2:
                let r1 = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32OrI32And:
                fp[Int(pc[1])] = UInt64(Numerics.i32Or(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32OrI32AndFwd1:
                let r1 = UInt64(Numerics.i32Or(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32OrI32AndTmp1:
                let r1 = UInt64(Numerics.i32Or(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32OrI32AndFwd2:
                let r1 = UInt64(Numerics.i32Or(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32OrI32AndTmp2:
                let r1 = UInt64(Numerics.i32Or(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32OrI32Mul:
                fp[Int(pc[1])] = UInt64(Numerics.i32Or(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32OrI32MulFwd1:
                let r1 = UInt64(Numerics.i32Or(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32OrI32MulTmp1:
                let r1 = UInt64(Numerics.i32Or(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32OrI32MulFwd2:
                let r1 = UInt64(Numerics.i32Or(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32OrI32MulTmp2:
                let r1 = UInt64(Numerics.i32Or(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AndI32Mul:
                fp[Int(pc[1])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AndI32MulFwd1:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AndI32MulTmp1:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32AndI32MulFwd2:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32AndI32MulTmp2:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[4])] = UInt64(Numerics.i32Mul(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i64MulI64Add:
                fp[Int(pc[1])] = UInt64(Numerics.i64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(fp[Int(pc[5])], fp[Int(pc[6])]))
                pc += 7
            case .i64MulI64AddFwd1:
                let r1 = UInt64(Numerics.i64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(r1, fp[Int(pc[6])]))
                pc += 7
            case .i64MulI64AddTmp1:
                let r1 = UInt64(Numerics.i64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(r1, fp[Int(pc[6])]))
                pc += 7
            case .i64MulI64AddFwd2:
                let r1 = UInt64(Numerics.i64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(fp[Int(pc[5])], r1))
                pc += 7
            case .i64MulI64AddTmp2:
                let r1 = UInt64(Numerics.i64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(fp[Int(pc[5])], r1))
                pc += 7
            case .i64AddI64Add:
                fp[Int(pc[1])] = UInt64(Numerics.i64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(fp[Int(pc[5])], fp[Int(pc[6])]))
                pc += 7
            case .i64AddI64AddFwd1:
                let r1 = UInt64(Numerics.i64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(r1, fp[Int(pc[6])]))
                pc += 7
            case .i64AddI64AddTmp1:
                let r1 = UInt64(Numerics.i64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(r1, fp[Int(pc[6])]))
                pc += 7
            case .i64AddI64AddFwd2:
                let r1 = UInt64(Numerics.i64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(fp[Int(pc[5])], r1))
                pc += 7
            case .i64AddI64AddTmp2:
                let r1 = UInt64(Numerics.i64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(fp[Int(pc[5])], r1))
                pc += 7
            case .f64MulF64Mul:
                fp[Int(pc[1])] = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(fp[Int(pc[5])], fp[Int(pc[6])]))
                pc += 7
            case .f64MulF64MulFwd1:
                let r1 = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64MulF64MulTmp1:
                let r1 = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64MulF64MulFwd2:
                let r1 = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(fp[Int(pc[5])], r1))
                pc += 7
            case .f64MulF64MulTmp2:
                let r1 = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(fp[Int(pc[5])], r1))
                pc += 7
            case .f64MulF64Add:
                fp[Int(pc[1])] = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(fp[Int(pc[5])], fp[Int(pc[6])]))
                pc += 7
            case .f64MulF64AddFwd1:
                let r1 = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64MulF64AddTmp1:
                let r1 = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64MulF64AddFwd2:
                let r1 = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(fp[Int(pc[5])], r1))
                pc += 7
            case .f64MulF64AddTmp2:
                let r1 = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(fp[Int(pc[5])], r1))
                pc += 7
            case .f64MulF64Sub:
                fp[Int(pc[1])] = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(fp[Int(pc[5])], fp[Int(pc[6])]))
                pc += 7
            case .f64MulF64SubFwd1:
                let r1 = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64MulF64SubTmp1:
                let r1 = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64MulF64SubFwd2:
                let r1 = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(fp[Int(pc[5])], r1))
                pc += 7
            case .f64MulF64SubTmp2:
                let r1 = UInt64(Numerics.f64Mul(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(fp[Int(pc[5])], r1))
                pc += 7
            case .f64SubF64Mul:
                fp[Int(pc[1])] = UInt64(Numerics.f64Sub(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(fp[Int(pc[5])], fp[Int(pc[6])]))
                pc += 7
            case .f64SubF64MulFwd1:
                let r1 = UInt64(Numerics.f64Sub(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64SubF64MulTmp1:
                let r1 = UInt64(Numerics.f64Sub(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64SubF64MulFwd2:
                let r1 = UInt64(Numerics.f64Sub(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(fp[Int(pc[5])], r1))
                pc += 7
            case .f64SubF64MulTmp2:
                let r1 = UInt64(Numerics.f64Sub(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(fp[Int(pc[5])], r1))
                pc += 7
            case .f64AddF64Add:
                fp[Int(pc[1])] = UInt64(Numerics.f64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(fp[Int(pc[5])], fp[Int(pc[6])]))
                pc += 7
            case .f64AddF64AddFwd1:
                let r1 = UInt64(Numerics.f64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64AddF64AddTmp1:
                let r1 = UInt64(Numerics.f64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64AddF64AddFwd2:
                let r1 = UInt64(Numerics.f64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(fp[Int(pc[5])], r1))
                pc += 7
            case .f64AddF64AddTmp2:
                let r1 = UInt64(Numerics.f64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(fp[Int(pc[5])], r1))
                pc += 7
            case .f64AddF64Mul:
                fp[Int(pc[1])] = UInt64(Numerics.f64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(fp[Int(pc[5])], fp[Int(pc[6])]))
                pc += 7
            case .f64AddF64MulFwd1:
                let r1 = UInt64(Numerics.f64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64AddF64MulTmp1:
                let r1 = UInt64(Numerics.f64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64AddF64MulFwd2:
                let r1 = UInt64(Numerics.f64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(fp[Int(pc[5])], r1))
                pc += 7
            case .f64AddF64MulTmp2:
                let r1 = UInt64(Numerics.f64Add(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(fp[Int(pc[5])], r1))
                pc += 7
            case .f64SubF64Sub:
                fp[Int(pc[1])] = UInt64(Numerics.f64Sub(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(fp[Int(pc[5])], fp[Int(pc[6])]))
                pc += 7
            case .f64SubF64SubFwd1:
                let r1 = UInt64(Numerics.f64Sub(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64SubF64SubTmp1:
                let r1 = UInt64(Numerics.f64Sub(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64SubF64SubFwd2:
                let r1 = UInt64(Numerics.f64Sub(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(fp[Int(pc[5])], r1))
                pc += 7
            case .f64SubF64SubTmp2:
                let r1 = UInt64(Numerics.f64Sub(fp[Int(pc[2])], fp[Int(pc[3])]))
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(fp[Int(pc[5])], r1))
                pc += 7
            case .f64LoadF64Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(fp[Int(pc[5])], fp[Int(pc[6])]))
                pc += 7
            case .f64LoadF64AddFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64LoadF64AddTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64LoadF64AddFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(fp[Int(pc[5])], r1))
                pc += 7
            case .f64LoadF64AddTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[4])] = UInt64(Numerics.f64Add(fp[Int(pc[5])], r1))
                pc += 7
            case .f64LoadF64Mul:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(fp[Int(pc[5])], fp[Int(pc[6])]))
                pc += 7
            case .f64LoadF64MulFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64LoadF64MulTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64LoadF64MulFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(fp[Int(pc[5])], r1))
                pc += 7
            case .f64LoadF64MulTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[4])] = UInt64(Numerics.f64Mul(fp[Int(pc[5])], r1))
                pc += 7
            case .f64LoadF64Sub:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(fp[Int(pc[5])], fp[Int(pc[6])]))
                pc += 7
            case .f64LoadF64SubFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64LoadF64SubTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(r1, fp[Int(pc[6])]))
                pc += 7
            case .f64LoadF64SubFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(fp[Int(pc[5])], r1))
                pc += 7
            case .f64LoadF64SubTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[4])] = UInt64(Numerics.f64Sub(fp[Int(pc[5])], r1))
                pc += 7
            case .f64LoadAddF64Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[5])] = UInt64(Numerics.f64Add(fp[Int(pc[6])], fp[Int(pc[7])]))
                pc += 8
            case .f64LoadAddF64AddFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[1])] = r1
                fp[Int(pc[5])] = UInt64(Numerics.f64Add(r1, fp[Int(pc[7])]))
                pc += 8
            case .f64LoadAddF64AddTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[5])] = UInt64(Numerics.f64Add(r1, fp[Int(pc[7])]))
                pc += 8
            case .f64LoadAddF64AddFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[1])] = r1
                fp[Int(pc[5])] = UInt64(Numerics.f64Add(fp[Int(pc[6])], r1))
                pc += 8
            case .f64LoadAddF64AddTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[5])] = UInt64(Numerics.f64Add(fp[Int(pc[6])], r1))
                pc += 8
            case .f64LoadAddF64Mul:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[5])] = UInt64(Numerics.f64Mul(fp[Int(pc[6])], fp[Int(pc[7])]))
                pc += 8
            case .f64LoadAddF64MulFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[1])] = r1
                fp[Int(pc[5])] = UInt64(Numerics.f64Mul(r1, fp[Int(pc[7])]))
                pc += 8
            case .f64LoadAddF64MulTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[5])] = UInt64(Numerics.f64Mul(r1, fp[Int(pc[7])]))
                pc += 8
            case .f64LoadAddF64MulFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[1])] = r1
                fp[Int(pc[5])] = UInt64(Numerics.f64Mul(fp[Int(pc[6])], r1))
                pc += 8
            case .f64LoadAddF64MulTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[5])] = UInt64(Numerics.f64Mul(fp[Int(pc[6])], r1))
                pc += 8
            case .f64LoadAddF64Sub:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[5])] = UInt64(Numerics.f64Sub(fp[Int(pc[6])], fp[Int(pc[7])]))
                pc += 8
            case .f64LoadAddF64SubFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[1])] = r1
                fp[Int(pc[5])] = UInt64(Numerics.f64Sub(r1, fp[Int(pc[7])]))
                pc += 8
            case .f64LoadAddF64SubTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[5])] = UInt64(Numerics.f64Sub(r1, fp[Int(pc[7])]))
                pc += 8
            case .f64LoadAddF64SubFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[1])] = r1
                fp[Int(pc[5])] = UInt64(Numerics.f64Sub(fp[Int(pc[6])], r1))
                pc += 8
            case .f64LoadAddF64SubTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                fp[Int(pc[5])] = UInt64(Numerics.f64Sub(fp[Int(pc[6])], r1))
                pc += 8
            case .i32LoadI32Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32LoadI32AddFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32LoadI32AddTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32LoadI32AddFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32LoadI32AddTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32LoadI32Shl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32LoadI32ShlFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32LoadI32ShlTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32LoadI32ShlFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32LoadI32ShlTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32LoadI32ShrU:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32LoadI32ShrUFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32LoadI32ShrUTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32LoadI32ShrUFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32LoadI32ShrUTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i32ShrU(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: r1)))
                pc += 7
            case .i32LoadAddI32Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[5])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .i32LoadAddI32AddFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[5])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .i32LoadAddI32AddTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[5])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .i32LoadAddI32AddFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[5])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: r1)))
                pc += 8
            case .i32LoadAddI32AddTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[5])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: r1)))
                pc += 8
            case .i32LoadAddI32Shl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[5])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .i32LoadAddI32ShlFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[5])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .i32LoadAddI32ShlTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[5])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .i32LoadAddI32ShlFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[5])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: r1)))
                pc += 8
            case .i32LoadAddI32ShlTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[5])] = UInt64(Numerics.i32Shl(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: r1)))
                pc += 8
            case .i32LoadAddI32Rotl:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[5])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .i32LoadAddI32RotlFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[5])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .i32LoadAddI32RotlTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[5])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .i32LoadAddI32RotlFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[5])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: r1)))
                pc += 8
            case .i32LoadAddI32RotlTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[5])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: r1)))
                pc += 8
            case .i32Load8UAddI32Xor:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(p.load(as: UInt8.self))
                fp[Int(pc[5])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .i32Load8UAddI32XorFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(p.load(as: UInt8.self))
                fp[Int(pc[1])] = r1
                fp[Int(pc[5])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .i32Load8UAddI32XorTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(p.load(as: UInt8.self))
                fp[Int(pc[5])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .i32Load8UAddI32XorFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(p.load(as: UInt8.self))
                fp[Int(pc[1])] = r1
                fp[Int(pc[5])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: r1)))
                pc += 8
            case .i32Load8UAddI32XorTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(p.load(as: UInt8.self))
                fp[Int(pc[5])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: r1)))
                pc += 8
            case .i64Load32UI64Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(fp[Int(pc[5])], fp[Int(pc[6])]))
                pc += 7
            case .i64Load32UI64AddFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(r1, fp[Int(pc[6])]))
                pc += 7
            case .i64Load32UI64AddTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(r1, fp[Int(pc[6])]))
                pc += 7
            case .i64Load32UI64AddFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(fp[Int(pc[5])], r1))
                pc += 7
            case .i64Load32UI64AddTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i64Add(fp[Int(pc[5])], r1))
                pc += 7
            case .i64Load32UI64Mul:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i64Mul(fp[Int(pc[5])], fp[Int(pc[6])]))
                pc += 7
            case .i64Load32UI64MulFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i64Mul(r1, fp[Int(pc[6])]))
                pc += 7
            case .i64Load32UI64MulTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i64Mul(r1, fp[Int(pc[6])]))
                pc += 7
            case .i64Load32UI64MulFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                fp[Int(pc[4])] = UInt64(Numerics.i64Mul(fp[Int(pc[5])], r1))
                pc += 7
            case .i64Load32UI64MulTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[4])] = UInt64(Numerics.i64Mul(fp[Int(pc[5])], r1))
                pc += 7
            case .copyI32Add:
                fp[Int(pc[1])] = fp[Int(pc[2])]
                fp[Int(pc[3])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[4])]), UInt32(truncatingIfNeeded: fp[Int(pc[5])])))
                pc += 6
            case .copyI32AddFwd1:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[1])] = r1
                fp[Int(pc[3])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[5])])))
                pc += 6
            case .copyI32AddTmp1:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[3])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[5])])))
                pc += 6
            case .copyI32AddFwd2:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[1])] = r1
                fp[Int(pc[3])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[4])]), UInt32(truncatingIfNeeded: r1)))
                pc += 6
            case .copyI32AddTmp2:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[3])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[4])]), UInt32(truncatingIfNeeded: r1)))
                pc += 6
            case .copyI32Rotl:
                fp[Int(pc[1])] = fp[Int(pc[2])]
                fp[Int(pc[3])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[4])]), UInt32(truncatingIfNeeded: fp[Int(pc[5])])))
                pc += 6
            case .copyI32RotlFwd1:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[1])] = r1
                fp[Int(pc[3])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[5])])))
                pc += 6
            case .copyI32RotlTmp1:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[3])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[5])])))
                pc += 6
            case .copyI32RotlFwd2:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[1])] = r1
                fp[Int(pc[3])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[4])]), UInt32(truncatingIfNeeded: r1)))
                pc += 6
            case .copyI32RotlTmp2:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[3])] = UInt64(Numerics.i32Rotl(UInt32(truncatingIfNeeded: fp[Int(pc[4])]), UInt32(truncatingIfNeeded: r1)))
                pc += 6
            case .copyI32Xor:
                fp[Int(pc[1])] = fp[Int(pc[2])]
                fp[Int(pc[3])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[4])]), UInt32(truncatingIfNeeded: fp[Int(pc[5])])))
                pc += 6
            case .copyI32XorFwd1:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[1])] = r1
                fp[Int(pc[3])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[5])])))
                pc += 6
            case .copyI32XorTmp1:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[3])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: r1), UInt32(truncatingIfNeeded: fp[Int(pc[5])])))
                pc += 6
            case .copyI32XorFwd2:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[1])] = r1
                fp[Int(pc[3])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[4])]), UInt32(truncatingIfNeeded: r1)))
                pc += 6
            case .copyI32XorTmp2:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[3])] = UInt64(Numerics.i32Xor(UInt32(truncatingIfNeeded: fp[Int(pc[4])]), UInt32(truncatingIfNeeded: r1)))
                pc += 6
            case .i32StoreI32Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[2])]).littleEndian, as: UInt32.self)
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32StoreAddI32Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[3])]).littleEndian, as: UInt32.self)
                fp[Int(pc[5])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .f64StoreI32Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: fp[Int(pc[2])].littleEndian, as: UInt64.self)
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .f64StoreAddI32Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 8 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: fp[Int(pc[3])].littleEndian, as: UInt64.self)
                fp[Int(pc[5])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .i32Store8I32Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt8(truncatingIfNeeded: fp[Int(pc[2])]), as: UInt8.self)
                fp[Int(pc[4])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[5])]), UInt32(truncatingIfNeeded: fp[Int(pc[6])])))
                pc += 7
            case .i32Store8AddI32Add:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt8(truncatingIfNeeded: fp[Int(pc[3])]), as: UInt8.self)
                fp[Int(pc[5])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[6])]), UInt32(truncatingIfNeeded: fp[Int(pc[7])])))
                pc += 8
            case .i32LoadThenBrTable:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 4
                let index = UInt32(truncatingIfNeeded: fp[Int(bpc[1])])
                let count = bpc[2]
                let entryIndex = Int(index < count ? index : count)
                let offset = Int(Int32(bitPattern: bpc[3 + entryIndex]))
                if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                pc = bpc + offset
            case .i32LoadThenBrTableFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                let index = UInt32(truncatingIfNeeded: r1)
                let count = bpc[2]
                let entryIndex = Int(index < count ? index : count)
                let offset = Int(Int32(bitPattern: bpc[3 + entryIndex]))
                if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                pc = bpc + offset
            case .i32LoadThenBrTableTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 4
                let index = UInt32(truncatingIfNeeded: r1)
                let count = bpc[2]
                let entryIndex = Int(index < count ? index : count)
                let offset = Int(Int32(bitPattern: bpc[3 + entryIndex]))
                if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                pc = bpc + offset
            case .i32AddThenBrIfI32Ne:
                fp[Int(pc[1])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32NeFwd1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) != UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32NeTmp1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) != UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32NeFwd2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32NeTmp2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32StoreThenBr:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                (mem + Int(ea)).storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[2])]).littleEndian, as: UInt32.self)
                let bpc = pc + 4
                let offset = Int(Int32(bitPattern: bpc[1]))
                if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                pc = bpc + offset
            case .i32LoadThenBrIfI32Eqz:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32LoadThenBrIfI32EqzFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32LoadThenBrIfI32EqzTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32Load8UAddThenBrIfI32Ne:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(p.load(as: UInt8.self))
                let bpc = pc + 5
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32Load8UAddThenBrIfI32NeFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(p.load(as: UInt8.self))
                fp[Int(pc[1])] = r1
                let bpc = pc + 5
                if UInt32(truncatingIfNeeded: r1) != UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32Load8UAddThenBrIfI32NeTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(p.load(as: UInt8.self))
                let bpc = pc + 5
                if UInt32(truncatingIfNeeded: r1) != UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32Load8UAddThenBrIfI32NeFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(p.load(as: UInt8.self))
                fp[Int(pc[1])] = r1
                let bpc = pc + 5
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32Load8UAddThenBrIfI32NeTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(p.load(as: UInt8.self))
                let bpc = pc + 5
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32GtU:
                fp[Int(pc[1])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) > UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32GtUFwd1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) > UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32GtUTmp1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) > UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32GtUFwd2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) > UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32GtUTmp2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) > UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32Load8UThenBrIfI32Eqz:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(p.load(as: UInt8.self))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32Load8UThenBrIfI32EqzFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(p.load(as: UInt8.self))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32Load8UThenBrIfI32EqzTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(p.load(as: UInt8.self))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32LoadAddThenBrIfI32Eqz:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 5
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32LoadAddThenBrIfI32EqzFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                let bpc = pc + 5
                if UInt32(truncatingIfNeeded: r1) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32LoadAddThenBrIfI32EqzTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 5
                if UInt32(truncatingIfNeeded: r1) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32AddThenBrIfI32GeU:
                fp[Int(pc[1])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) >= UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32GeUFwd1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) >= UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32GeUTmp1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) >= UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32GeUFwd2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) >= UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32GeUTmp2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) >= UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .copyThenBr:
                fp[Int(pc[1])] = fp[Int(pc[2])]
                let bpc = pc + 3
                let offset = Int(Int32(bitPattern: bpc[1]))
                if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                pc = bpc + offset
            case .i32AddThenBrIfI32LtU:
                fp[Int(pc[1])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) < UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32LtUFwd1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) < UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32LtUTmp1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) < UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32LtUFwd2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) < UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32LtUTmp2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) < UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIf:
                fp[Int(pc[1])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32AddThenBrIfFwd1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) != 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32AddThenBrIfTmp1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) != 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32LoadAddThenBrIf:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 5
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32LoadAddThenBrIfFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                let bpc = pc + 5
                if UInt32(truncatingIfNeeded: r1) != 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32LoadAddThenBrIfTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[3])])) &+ UInt64(pc[4])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 5
                if UInt32(truncatingIfNeeded: r1) != 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32Load8UThenBrIfI32Ne:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(p.load(as: UInt8.self))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32Load8UThenBrIfI32NeFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(p.load(as: UInt8.self))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) != UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32Load8UThenBrIfI32NeTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(p.load(as: UInt8.self))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) != UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32Load8UThenBrIfI32NeFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(p.load(as: UInt8.self))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32Load8UThenBrIfI32NeTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 1 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(p.load(as: UInt8.self))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32Eqz:
                fp[Int(pc[1])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32AddThenBrIfI32EqzFwd1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32AddThenBrIfI32EqzTmp1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32LoadThenBr:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 4
                let offset = Int(Int32(bitPattern: bpc[1]))
                if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                pc = bpc + offset
            case .i32AddThenBrIfI32Eq:
                fp[Int(pc[1])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) == UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32EqFwd1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) == UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32EqTmp1:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) == UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32EqFwd2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) == UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBrIfI32EqTmp2:
                let r1 = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) == UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32LoadThenBrIfI32LtS:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 4
                if Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(bpc[1])])) < Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(bpc[2])])) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32LoadThenBrIfI32LtSFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if Int32(bitPattern: UInt32(truncatingIfNeeded: r1)) < Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(bpc[2])])) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32LoadThenBrIfI32LtSTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 4
                if Int32(bitPattern: UInt32(truncatingIfNeeded: r1)) < Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(bpc[2])])) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32LoadThenBrIfI32LtSFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(bpc[1])])) < Int32(bitPattern: UInt32(truncatingIfNeeded: r1)) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32LoadThenBrIfI32LtSTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 4
                if Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(bpc[1])])) < Int32(bitPattern: UInt32(truncatingIfNeeded: r1)) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .copyThenBrIfI32GtS:
                fp[Int(pc[1])] = fp[Int(pc[2])]
                let bpc = pc + 3
                if Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(bpc[1])])) > Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(bpc[2])])) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .copyThenBrIfI32GtSFwd1:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[1])] = r1
                let bpc = pc + 3
                if Int32(bitPattern: UInt32(truncatingIfNeeded: r1)) > Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(bpc[2])])) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .copyThenBrIfI32GtSTmp1:
                let r1 = fp[Int(pc[2])]
                let bpc = pc + 3
                if Int32(bitPattern: UInt32(truncatingIfNeeded: r1)) > Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(bpc[2])])) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .copyThenBrIfI32GtSFwd2:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[1])] = r1
                let bpc = pc + 3
                if Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(bpc[1])])) > Int32(bitPattern: UInt32(truncatingIfNeeded: r1)) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .copyThenBrIfI32GtSTmp2:
                let r1 = fp[Int(pc[2])]
                let bpc = pc + 3
                if Int32(bitPattern: UInt32(truncatingIfNeeded: fp[Int(bpc[1])])) > Int32(bitPattern: UInt32(truncatingIfNeeded: r1)) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32AddThenBr:
                fp[Int(pc[1])] = UInt64(Numerics.i32Add(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                let offset = Int(Int32(bitPattern: bpc[1]))
                if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                pc = bpc + offset
            case .i32AndThenBrIfI32Eqz:
                fp[Int(pc[1])] = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32AndThenBrIfI32EqzFwd1:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32AndThenBrIfI32EqzTmp1:
                let r1 = UInt64(Numerics.i32And(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), UInt32(truncatingIfNeeded: fp[Int(pc[3])])))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) == 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .copyThenBrIf:
                fp[Int(pc[1])] = fp[Int(pc[2])]
                let bpc = pc + 3
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .copyThenBrIfFwd1:
                let r1 = fp[Int(pc[2])]
                fp[Int(pc[1])] = r1
                let bpc = pc + 3
                if UInt32(truncatingIfNeeded: r1) != 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .copyThenBrIfTmp1:
                let r1 = fp[Int(pc[2])]
                let bpc = pc + 3
                if UInt32(truncatingIfNeeded: r1) != 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32LoadThenBrIfI32Ne:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32LoadThenBrIfI32NeFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) != UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32LoadThenBrIfI32NeTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) != UInt32(truncatingIfNeeded: fp[Int(bpc[2])]) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32LoadThenBrIfI32NeFwd2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32LoadThenBrIfI32NeTmp2:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != UInt32(truncatingIfNeeded: r1) {
                    let offset = Int(Int32(bitPattern: bpc[3]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 4
                }
            case .i32LoadThenBrIf:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                fp[Int(pc[1])] = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: fp[Int(bpc[1])]) != 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32LoadThenBrIfFwd1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                fp[Int(pc[1])] = r1
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) != 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
            case .i32LoadThenBrIfTmp1:
                let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
                guard ea &+ 4 <= memSize else { trap = .outOfBoundsMemory; break loop }
                let p = mem + Int(ea)
                let r1 = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let bpc = pc + 4
                if UInt32(truncatingIfNeeded: r1) != 0 {
                    let offset = Int(Int32(bitPattern: bpc[2]))
                    if offset <= 0, let kind = spend(&budget) { pc = bpc; trap = kind; break loop }
                    pc = bpc + offset
                } else {
                    pc = bpc + 3
                }
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
    private func spend(_ budget: inout Int) -> TrapKind? {
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
