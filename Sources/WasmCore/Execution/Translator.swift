/// Translates validated function bodies into the interpreter's register-style code.
///
/// Every value has a frame slot fixed at translation time: parameters and locals first, then one slot
/// per operand-stack position. Instructions name their operand and result slots, so the interpreter
/// never pushes or pops. `local.get` emits nothing (the consumer reads the local's slot), and a result
/// consumed by `local.set`/`local.tee` is written straight into the local. Branch targets are word
/// offsets relative to the branch's first word, patched when a block ends.
///
/// Layouts (one word each, `s` = slot, `o` = relative offset):
/// `br o`, `brIf s o`, `brIfNot s o`, `brTable s n o×(n+1)`, `loopHeader`, `return`,
/// `call f argBase`, `callIndirect table typeID argBase sIndex`, `copy dst src`, `const32 dst v`,
/// `const64 dst lo hi`, `select dst cond a b`, `globalGet dst g`, `globalSet g src`,
/// loads `dst addr offset`, stores `addr value offset`, numeric `dst a [b]`, and the table/memory ops
/// documented at their `emit` below.
struct Translator {
    let module: Module
    let features: Features
    /// Canonical type id of each type index.
    let typeIDs: [Int]
    /// Type index of every function (imports first).
    let functionTypes: [UInt32]
    let globalTypes: [GlobalType]
    let tableTypes: [TableType]

    private(set) var code: [UInt32] = []
    private(set) var sitePositions: [Int32] = []
    private(set) var siteOffsets: [Int32] = []

    // Per-function state.
    private var localTypes: [ValueType] = []
    private var localCount = 0
    private var stack: [Operand] = []
    private var maxHeight = 0
    private var controls: [Control] = []
    private var lastResult: Int?
    private var functionStart = 0
    private var currentOffset = 0

    private struct Operand {
        var type: ValueType
        var slot: UInt32
    }

    private enum Kind { case block, loop, `if`, `else`, function }

    private struct Control {
        var kind: Kind
        var parameters: [ValueType]
        var results: [ValueType]
        /// Stack height below the block's parameters.
        var height: Int
        /// Word index of a loop's header.
        var loopStart: Int = 0
        /// (word to patch, word index of the branch instruction) for forward branches to the end.
        var fixups: [(Int, Int)] = []
        /// The `if`'s branch to its `else` (or end).
        var elseFixup: (Int, Int)?
        var unreachable = false
        /// Nesting depth of blocks skipped while unreachable.
        var skipped = 0

        var labelTypes: [ValueType] { kind == .loop ? parameters : results }
    }

    init(module: Module, features: Features) {
        self.module = module
        self.features = features
        typeIDs = module.types.map { TypeRegistry.shared.id(for: $0) }
        functionTypes = module.importedFunctionTypes + module.functions
        globalTypes = module.importedGlobals + module.globals.map(\.type)
        tableTypes = module.importedTables + module.tables
    }

    /// Translates every defined function.
    static func translate(_ module: Module, features: Features) throws(WasmError) -> CodeBuffer {
        var t = Translator(module: module, features: features)
        var functions: [FunctionCode] = []
        functions.reserveCapacity(module.codes.count)
        t.code.reserveCapacity(module.bytes.count)
        for (i, body) in module.codes.enumerated() {
            functions.append(try t.translateFunction(i, body))
        }
        return CodeBuffer(words: t.code, functions: functions, sitePositions: t.sitePositions, siteOffsets: t.siteOffsets)
    }

    // MARK: Functions

    mutating func translateFunction(_ definedIndex: Int, _ body: FunctionBody) throws(WasmError) -> FunctionCode {
        let typeIndex = module.functions[definedIndex]
        let type = module.types[Int(typeIndex)]
        localTypes = type.parameters
        localTypes.reserveCapacity(type.parameters.count + body.localCount)
        for declaration in body.locals {
            localTypes.append(contentsOf: repeatElement(declaration.type, count: Int(declaration.count)))
        }
        localCount = localTypes.count
        stack.removeAll(keepingCapacity: true)
        controls.removeAll(keepingCapacity: true)
        maxHeight = 0
        lastResult = nil
        functionStart = code.count
        controls.append(Control(kind: .function, parameters: [], results: type.results, height: 0))

        var failure: WasmError?
        module.bytes.withUnsafeBytes { bytes in
            var reader = InstructionReader(bytes: bytes, range: body.codeStart..<body.codeEnd, features: features)
            do throws(WasmError) {
                while !controls.isEmpty {
                    currentOffset = reader.offset
                    let instruction = try reader.read()
                    try translate(instruction)
                }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return FunctionCode(
            start: functionStart, frameSize: Swift.max(localCount + maxHeight, type.results.count) + 1,
            localCount: localCount - type.parameters.count, parameterCount: type.parameters.count,
            resultCount: type.results.count, typeID: typeIDs[Int(typeIndex)])
    }

    // MARK: Emission

    private mutating func emit(_ op: Op, _ operands: UInt32...) {
        sitePositions.append(Int32(code.count))
        siteOffsets.append(Int32(truncatingIfNeeded: currentOffset))
        code.append(UInt32(op.rawValue))
        code.append(contentsOf: operands)
        lastResult = nil
    }

    /// Emits an instruction whose first operand is the result slot, and pushes that result.
    private mutating func emitResult(_ op: Op, _ type: ValueType, _ operands: UInt32...) {
        let dst = slot(forPosition: stack.count)
        sitePositions.append(Int32(code.count))
        siteOffsets.append(Int32(truncatingIfNeeded: currentOffset))
        code.append(UInt32(op.rawValue))
        let dstWord = code.count
        code.append(dst)
        code.append(contentsOf: operands)
        push(type, dst)
        lastResult = dstWord
    }

    private func slot(forPosition position: Int) -> UInt32 { UInt32(localCount + position) }

    private mutating func push(_ type: ValueType, _ slot: UInt32) {
        stack.append(Operand(type: type, slot: slot))
        if stack.count > maxHeight { maxHeight = stack.count }
    }

    private mutating func pushMaterialized(_ type: ValueType) {
        push(type, slot(forPosition: stack.count))
    }

    private mutating func pop() -> Operand { stack.removeLast() }

    /// Makes the operand at `position` live in its own stack slot.
    private mutating func materialize(_ position: Int) {
        let home = slot(forPosition: position)
        if stack[position].slot != home {
            emit(.copy, home, stack[position].slot)
            stack[position].slot = home
        }
    }

    private mutating func materialize(from position: Int) {
        var i = position
        while i < stack.count { materialize(i); i += 1 }
    }

    /// Before `local` is written, operands still reading it must take their own copy.
    private mutating func materializeReads(of local: UInt32, below end: Int) {
        for i in 0..<end where stack[i].slot == local { materialize(i) }
    }

    private mutating func patch(_ fixup: (Int, Int), to target: Int) {
        code[fixup.0] = UInt32(bitPattern: Int32(target - fixup.1))
    }

    private func blockSignature(_ type: BlockType) -> ([ValueType], [ValueType]) {
        switch type {
        case .empty: return ([], [])
        case .value(let t): return ([], [t])
        case .typeIndex(let i):
            let f = module.types[Int(i)]
            return (f.parameters, f.results)
        }
    }

    // MARK: Branches

    /// Copies the label's values to the target's slots and jumps (or returns, for the function label).
    private mutating func branch(to depth: Int) {
        let target = controls[controls.count - 1 - depth]
        if target.kind == .function { emitReturn(); return }
        let arity = target.labelTypes.count
        for i in 0..<arity {
            let source = stack[stack.count - arity + i].slot
            let destination = slot(forPosition: target.height + i)
            if source != destination { emit(.copy, destination, source) }
        }
        let at = code.count
        emit(.br, 0)
        if target.kind == .loop {
            code[at + 1] = UInt32(bitPattern: Int32(target.loopStart - at))
        } else {
            controls[controls.count - 1 - depth].fixups.append((at + 1, at))
        }
    }

    /// True when branching to `depth` needs no copies (and is not a return).
    private func branchIsDirect(_ depth: Int) -> Bool {
        let target = controls[controls.count - 1 - depth]
        if target.kind == .function { return false }
        let arity = target.labelTypes.count
        for i in 0..<arity where stack[stack.count - arity + i].slot != slot(forPosition: target.height + i) {
            return false
        }
        return true
    }

    /// Patches the offset word at `word` of the instruction at `at` to jump to the label at `depth`.
    private mutating func directBranch(_ depth: Int, word: Int, at: Int) {
        let index = controls.count - 1 - depth
        if controls[index].kind == .loop {
            code[word] = UInt32(bitPattern: Int32(controls[index].loopStart - at))
        } else {
            controls[index].fixups.append((word, at))
        }
    }

    private mutating func emitReturn() {
        let results = controls[0].results.count
        let base = stack.count - results
        // Sources inside the result slots [0, results) could be clobbered: copy them to the stack first.
        if (0..<results).contains(where: { stack[base + $0].slot < UInt32(results) && stack[base + $0].slot != UInt32($0) }) {
            materialize(from: base)
        }
        for i in 0..<results where stack[base + i].slot != UInt32(i) {
            emit(.copy, UInt32(i), stack[base + i].slot)
        }
        emit(.return)
    }

    private mutating func markUnreachable() {
        let i = controls.count - 1
        controls[i].unreachable = true
        stack.removeSubrange(controls[i].height...)
        lastResult = nil
    }

    /// Moves a block's results into its result slots at its end (or at `else`).
    private mutating func placeResults(of control: Control) {
        let n = control.results.count
        for i in 0..<n { materialize(stack.count - n + i) }
    }

    // MARK: Instructions

    private mutating func translate(_ instruction: Instruction) throws(WasmError) {
        let top = controls.count - 1
        if controls[top].unreachable {
            switch instruction {
            case .block, .loop, .if:
                controls[top].skipped += 1
                return
            case .end where controls[top].skipped > 0:
                controls[top].skipped -= 1
                return
            case .else where controls[top].skipped > 0:
                return
            case .end, .else:
                break
            default:
                return
            }
        }

        switch instruction {
        case .unreachable:
            emit(.unreachable)
            markUnreachable()
        case .nop:
            break
        case .block(let type):
            let (params, results) = blockSignature(type)
            materialize(from: 0)
            controls.append(Control(kind: .block, parameters: params, results: results, height: stack.count - params.count))
        case .loop(let type):
            let (params, results) = blockSignature(type)
            materialize(from: 0)
            let start = code.count
            emit(.loopHeader)
            controls.append(Control(kind: .loop, parameters: params, results: results,
                                    height: stack.count - params.count, loopStart: start))
        case .if(let type):
            let (params, results) = blockSignature(type)
            let condition = pop()
            materialize(from: 0)
            let at = code.count
            emit(.brIfNot, condition.slot, 0)
            var control = Control(kind: .if, parameters: params, results: results, height: stack.count - params.count)
            control.elseFixup = (at + 2, at)
            controls.append(control)
        case .else:
            var control = controls.removeLast()
            if !control.unreachable {
                placeResults(of: control)
                let at = code.count
                emit(.br, 0)
                control.fixups.append((at + 1, at))
            }
            if let fixup = control.elseFixup { patch(fixup, to: code.count) }
            control.elseFixup = nil
            control.kind = .else
            control.unreachable = false
            control.skipped = 0
            stack.removeSubrange(min(control.height, stack.count)...)
            for type in control.parameters { pushMaterialized(type) }
            controls.append(control)
            lastResult = nil
        case .end:
            if controls[top].kind == .function {
                if !controls[top].unreachable { emitReturn() }
                controls.removeLast()
                return
            }
            let control = controls.removeLast()
            if !control.unreachable { placeResults(of: control) }
            if let fixup = control.elseFixup { patch(fixup, to: code.count) }
            for fixup in control.fixups { patch(fixup, to: code.count) }
            stack.removeSubrange(min(control.height, stack.count)...)
            for type in control.results { pushMaterialized(type) }
            lastResult = nil
        case .br(let depth):
            branch(to: Int(depth))
            markUnreachable()
        case .brIf(let depth):
            let condition = pop()
            let d = Int(depth)
            if branchIsDirect(d) {
                let at = code.count
                emit(.brIf, condition.slot, 0)
                directBranch(d, word: at + 2, at: at)
            } else {
                let at = code.count
                emit(.brIfNot, condition.slot, 0)
                branch(to: d)
                patch((at + 2, at), to: code.count)
            }
        case .brTable(let depths, let defaultDepth):
            let index = pop()
            let all = depths + [defaultDepth]
            let at = code.count
            emit(.brTable, index.slot, UInt32(depths.count))
            let first = code.count
            code.append(contentsOf: repeatElement(0, count: all.count))
            var stubs: [(word: Int, depth: Int)] = []
            for (i, depth) in all.enumerated() {
                if branchIsDirect(Int(depth)) {
                    directBranch(Int(depth), word: first + i, at: at)
                } else {
                    stubs.append((first + i, Int(depth)))
                }
            }
            for stub in stubs {
                patch((stub.word, at), to: code.count)
                branch(to: stub.depth)
            }
            markUnreachable()
        case .return:
            emitReturn()
            markUnreachable()
        case .call(let function):
            let type = module.types[Int(functionTypes[Int(function)])]
            let base = stack.count - type.parameters.count
            materialize(from: base)
            emit(.call, function, slot(forPosition: base))
            stack.removeSubrange(base...)
            for result in type.results { pushMaterialized(result) }
        case .callIndirect(let typeIndex, let table):
            let type = module.types[Int(typeIndex)]
            let index = pop()
            let base = stack.count - type.parameters.count
            materialize(from: base)
            emit(.callIndirect, table, UInt32(typeIDs[Int(typeIndex)]), slot(forPosition: base), index.slot)
            stack.removeSubrange(base...)
            for result in type.results { pushMaterialized(result) }
        case .drop:
            _ = pop()
        case .select, .selectTyped:
            let condition = pop()
            let b = pop()
            let a = pop()
            emitResult(.select, a.type, condition.slot, a.slot, b.slot)
        case .localGet(let index):
            push(localTypes[Int(index)], index)
        case .localSet(let index):
            setLocal(index, keep: false)
        case .localTee(let index):
            setLocal(index, keep: true)
        case .globalGet(let index):
            emitResult(.globalGet, globalTypes[Int(index)].valueType, index)
        case .globalSet(let index):
            let value = pop()
            emit(.globalSet, index, value.slot)
        case .tableGet(let table):
            let index = pop()
            emitResult(.tableGet, tableTypes[Int(table)].elementType, table, index.slot)
        case .tableSet(let table):
            let value = pop()
            let index = pop()
            emit(.tableSet, table, index.slot, value.slot)
        case .tableSize(let table):
            emitResult(.tableSize, .i32, table)
        case .tableGrow(let table):
            let n = pop()
            let initial = pop()
            emitResult(.tableGrow, .i32, table, initial.slot, n.slot)
        case .tableFill(let table):
            let n = pop()
            let value = pop()
            let i = pop()
            emit(.tableFill, table, i.slot, value.slot, n.slot)
        case .tableCopy(let dst, let src):
            let n = pop()
            let s = pop()
            let d = pop()
            emit(.tableCopy, dst, src, d.slot, s.slot, n.slot)
        case .tableInit(let elem, let table):
            let n = pop()
            let s = pop()
            let d = pop()
            emit(.tableInit, elem, table, d.slot, s.slot, n.slot)
        case .elemDrop(let elem):
            emit(.elemDrop, elem)
        case .load(let op, let memarg):
            let address = pop()
            emitResult(Translator.loadOp(op), op.resultType, address.slot, UInt32(truncatingIfNeeded: memarg.offset))
        case .store(let op, let memarg):
            let value = pop()
            let address = pop()
            emit(Translator.storeOp(op), address.slot, value.slot, UInt32(truncatingIfNeeded: memarg.offset))
        case .memorySize:
            emitResult(.memorySize, .i32)
        case .memoryGrow:
            let n = pop()
            emitResult(.memoryGrow, .i32, n.slot)
        case .memoryInit(let data, _):
            let n = pop()
            let s = pop()
            let d = pop()
            emit(.memoryInit, data, d.slot, s.slot, n.slot)
        case .dataDrop(let data):
            emit(.dataDrop, data)
        case .memoryCopy:
            let n = pop()
            let s = pop()
            let d = pop()
            emit(.memoryCopy, d.slot, s.slot, n.slot)
        case .memoryFill:
            let n = pop()
            let value = pop()
            let d = pop()
            emit(.memoryFill, d.slot, value.slot, n.slot)
        case .i32Const(let v):
            emitResult(.const32, .i32, UInt32(bitPattern: v))
        case .f32Const(let bits):
            emitResult(.const32, .f32, bits)
        case .i64Const(let v):
            let bits = UInt64(bitPattern: v)
            emitResult(.const64, .i64, UInt32(truncatingIfNeeded: bits), UInt32(truncatingIfNeeded: bits >> 32))
        case .f64Const(let bits):
            emitResult(.const64, .f64, UInt32(truncatingIfNeeded: bits), UInt32(truncatingIfNeeded: bits >> 32))
        case .refNull(let type):
            emitResult(.refNull, type)
        case .refIsNull:
            let value = pop()
            emitResult(.refIsNull, .i32, value.slot)
        case .refFunc(let index):
            emitResult(.refFunc, .funcref, index)
        case .numeric(let op):
            let signature = op.signature
            if signature.operands.count == 2 {
                let b = pop()
                let a = pop()
                emitResult(Op(op), signature.result, a.slot, b.slot)
            } else {
                let a = pop()
                emitResult(Op(op), signature.result, a.slot)
            }
        }
    }

    private mutating func setLocal(_ index: UInt32, keep: Bool) {
        let value = stack[stack.count - 1]
        let below = stack.count - 1
        let othersRead = stack[0..<below].contains { $0.slot == index }
        if let dstWord = lastResult, !othersRead, value.slot == slot(forPosition: below) {
            // Retarget the instruction that produced the value to write the local directly.
            code[dstWord] = index
            lastResult = nil
            if keep { stack[below].slot = index } else { _ = pop() }
            return
        }
        materializeReads(of: index, below: below)
        let source = stack[below].slot
        if source != index { emit(.copy, index, source) }
        if keep { stack[below].slot = index } else { _ = pop() }
    }

    static func loadOp(_ op: LoadOp) -> Op {
        switch op {
        case .i32Load: .i32Load
        case .i64Load: .i64Load
        case .f32Load: .f32Load
        case .f64Load: .f64Load
        case .i32Load8S: .i32Load8S
        case .i32Load8U: .i32Load8U
        case .i32Load16S: .i32Load16S
        case .i32Load16U: .i32Load16U
        case .i64Load8S: .i64Load8S
        case .i64Load8U: .i64Load8U
        case .i64Load16S: .i64Load16S
        case .i64Load16U: .i64Load16U
        case .i64Load32S: .i64Load32S
        case .i64Load32U: .i64Load32U
        }
    }

    static func storeOp(_ op: StoreOp) -> Op {
        switch op {
        case .i32Store: .i32Store
        case .i64Store: .i64Store
        case .f32Store: .f32Store
        case .f64Store: .f64Store
        case .i32Store8: .i32Store8
        case .i32Store16: .i32Store16
        case .i64Store8: .i64Store8
        case .i64Store16: .i64Store16
        case .i64Store32: .i64Store32
        }
    }
}
