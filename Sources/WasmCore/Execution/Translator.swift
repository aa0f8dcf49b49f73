/// Translates validated function bodies into the interpreter's register-style code.
///
/// Every value has a frame slot fixed at translation time: parameters and locals first, then one slot
/// per operand-stack position. Instructions name their operand and result slots, so the interpreter
/// never pushes or pops. `local.get` emits nothing (the consumer reads the local's slot), and a result
/// consumed by `local.set`/`local.tee` is written straight into the local. Branch targets are word
/// offsets relative to the branch's first word, patched when a block ends. A `v128` takes two consecutive
/// slots (locals, stack positions, constants, arguments and results); SIMD instructions are translated in
/// `Translator+SIMD.swift`.
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
    /// First frame slot of each local when some local is a `v128` (which takes two slots); empty when
    /// every local takes one slot (local `i` is slot `i`).
    private var localSlots: [UInt32] = []
    private var localCount = 0
    private var stack: [Operand] = []
    private var maxHeight = 0
    private var controls: [Control] = []
    private var lastResult: Int?
    private var functionStart = 0
    private var currentOffset = 0
    /// Start of the instruction that produced `lastResult`, and its operation.
    private var lastResultStart = 0
    private var lastResultOp: Op = .copy
    /// Start of the last instruction when it is a `copy` that a following copy may join (no label
    /// between them).
    private var joinableCopy: Int?
    /// Start of the last instruction when it is a pure binary operation that a following one may join
    /// into a fused pair (no label between them), and whether `lastResult` sits in such a pair.
    private var joinablePure: Int?
    private var lastResultPaired = false
    /// `joinablePure` as it was before the instruction that produced `lastResult`: taking that
    /// instruction out makes the one before it last again.
    private var joinableBeforeLastResult: Int?
    /// Start of the pair holding `lastResult`, when `lastResultPaired`.
    private var pairStart: Int?
    /// Distinct constants of the function, living in frame slots after the operand stack.
    private var constants: [UInt64] = []
    private var constantIndex: [UInt64: UInt32] = [:]
    /// `v128` constants: two consecutive constant slots, by (low, high) bits.
    private var vectorConstantIndex: [V128Key: UInt32] = [:]
    /// Code positions holding a constant's or a stack position's slot, patched when the frame layout
    /// (how many constants) is known.
    private var slotUses: [Int] = []
    /// Constant pool of every function, in order.
    private(set) var constantPool: [UInt64] = []

    /// Until patched, operand words `stackTag | position` name an operand-stack slot and
    /// `constantTag | index` a constant; lower words are locals.
    private static let stackTag: UInt32 = 0x8000_0000
    private static let constantTag: UInt32 = 0xC000_0000

    /// Whether an (unpatched) operand word names an operand-stack slot.
    private static func isStackSlot(_ word: UInt32) -> Bool { word >= stackTag && word < constantTag }

    private struct Operand {
        var type: ValueType
        var slot: UInt32
        /// Offset of this position's own slots in the operand-stack area (positions below it take
        /// one slot each, two for a `v128`).
        var home: UInt32
    }

    private struct V128Key: Hashable {
        var low: UInt64
        var high: UInt64
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
        return CodeBuffer(words: t.code, functions: functions, constants: t.constantPool,
                          sitePositions: t.sitePositions, siteOffsets: t.siteOffsets)
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
        localSlots.removeAll(keepingCapacity: true)
        localCount = localTypes.count
        if localTypes.contains(.v128) {
            localCount = 0
            for local in localTypes {
                localSlots.append(UInt32(localCount))
                localCount += local.slotCount
            }
        }
        let parameterSlots = type.parameters.slotCount
        let resultSlots = type.results.slotCount
        stack.removeAll(keepingCapacity: true)
        controls.removeAll(keepingCapacity: true)
        maxHeight = 0
        lastResult = nil
        joinableCopy = nil
        joinablePure = nil
        constants.removeAll(keepingCapacity: true)
        constantIndex.removeAll(keepingCapacity: true)
        vectorConstantIndex.removeAll(keepingCapacity: true)
        slotUses.removeAll(keepingCapacity: true)
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
        // Frame: locals, then constants, then the operand stack (callee frames start inside it).
        let constantSlot = localCount
        let stackSlot = UInt32(localCount + constants.count)
        for use in slotUses {
            let word = code[use]
            if word & Translator.constantTag == Translator.constantTag {
                code[use] = UInt32(constantSlot) + (word & ~Translator.constantTag)
            } else if word & Translator.stackTag != 0 {
                code[use] = stackSlot + (word & ~Translator.stackTag)
            }
        }
        let poolStart = constantPool.count
        constantPool.append(contentsOf: constants)
        return FunctionCode(
            start: functionStart,
            frameSize: Swift.max(Int(stackSlot) + maxHeight, resultSlots) + 1,
            localCount: localCount - parameterSlots, parameterCount: parameterSlots,
            resultCount: resultSlots, typeID: typeIDs[Int(typeIndex)],
            constantSlot: constantSlot, constantPoolStart: poolStart, constantCount: constants.count)
    }

    // MARK: Emission

    /// Emits an operation and its operand words. All but the last `immediates` words may name
    /// stack slots or constants (tagged), which are recorded for patching.
    private mutating func emit(_ op: Op, _ operands: UInt32..., immediates: Int = 0) {
        append(op, operands, immediates: immediates)
        lastResult = nil
    }

    /// Returns whether the instruction became the second of a chain.
    @discardableResult
    private mutating func append(_ op: Op, _ operands: [UInt32], immediates: Int) -> Bool {
        append(word: UInt32(op.rawValue), operands, immediates: immediates)
    }

    @discardableResult
    private mutating func append(word: UInt32, _ operands: [UInt32], immediates: Int) -> Bool {
        var chained = false
        // A branch (or store) right after a chainable operation: that operation's word becomes the chain's.
        if let start = joinablePure, word < Op.simdBase,
           let chain = Op.chain(Op.decode(code[start]), Op.decode(word)) {
            // The first's result: `lastResult` (a pair's is its second's), or its first operand word.
            let result = code[lastResult ?? start + 1]
            code[start] = UInt32(forwarding(chain, result: result, into: operands[..<(operands.count - immediates)]).rawValue)
            chained = true
        }
        joinableCopy = nil
        joinablePure = nil
        sitePositions.append(Int32(code.count))
        siteOffsets.append(Int32(truncatingIfNeeded: currentOffset))
        code.append(word)
        appendOperands(operands, immediates: immediates)
        return chained
    }

    /// The form of the pair or chain `fused` whose second operation takes the first's `result` (its
    /// slot word) from a register when it is one of the second's `operands` (`Op.forwarded`): without
    /// storing it when it sits in an operand-stack slot, which the second pops, so nothing reads it again.
    private func forwarding(_ fused: Op, result: UInt32, into operands: ArraySlice<UInt32>) -> Op {
        guard let index = operands.firstIndex(of: result) else { return fused }
        return Op.forwarded(fused, operand: index - operands.startIndex + 1, temporary: Translator.isStackSlot(result)) ?? fused
    }

    /// Appends operand words; all but the last `immediates` may name stack slots or constants (tagged),
    /// which are recorded for patching.
    private mutating func appendOperands(_ operands: [UInt32], immediates: Int = 0) {
        for (i, word) in operands.enumerated() {
            if word >= Translator.stackTag && i < operands.count - immediates { slotUses.append(code.count) }
            code.append(word)
        }
    }

    /// Emits `copy dst src`, or turns the copy just before it into `copy2 dst1 src1 dst2 src2`.
    private mutating func emitCopy(_ destination: UInt32, _ source: UInt32) {
        if let start = joinableCopy, code[start] == UInt32(Op.copy.rawValue) {
            code[start] = UInt32(Op.copy2.rawValue)
            appendOperands([destination, source])
            joinableCopy = nil
            joinablePure = nil
            lastResult = nil
            return
        }
        let start = code.count
        emit(.copy, destination, source)
        joinableCopy = start
        if Op.pairable(.copy) { joinablePure = start }
    }

    /// Emits an instruction whose first operand is the result slot, and pushes that result.
    private mutating func emitResult(_ op: Op, _ type: ValueType, _ operands: UInt32..., immediates: Int = 0) {
        emitResult(op, type, operands, immediates: immediates)
    }

    mutating func emitResult(_ op: Op, _ type: ValueType, _ operands: [UInt32], immediates: Int = 0) {
        emitResult(word: UInt32(op.rawValue), op, type, operands, immediates: immediates)
    }

    /// Emits an instruction whose operation word is `word` (a SIMD word, see `SIMDOp.word`, or `op`'s).
    mutating func emitResult(word: UInt32, _ op: Op, _ type: ValueType, _ operands: [UInt32], immediates: Int = 0) {
        let dst = slot(forPosition: stack.count)
        joinableBeforeLastResult = nil
        if let start = joinablePure, !operands.isEmpty, immediates == 0,
           let pair = Op.pair(Op.decode(code[start]), op) {
            // `first …` just before becomes `pair … d2 a2 b2`.
            code[start] = UInt32(forwarding(pair, result: code[start + 1], into: operands[...]).rawValue)
            pairStart = start
            joinableCopy = nil
            let secondStart = code.count
            sitePositions.append(Int32(code.count))
            siteOffsets.append(Int32(truncatingIfNeeded: currentOffset))
            appendOperands([dst] + operands)
            // A plain pair may start a chain (`Op.chain`).
            joinablePure = Op.pairable(Op.decode(code[start])) ? start : nil
            push(type, dst)
            // As if the second operation started at `lastResultStart` with its result word just after.
            lastResult = secondStart
            lastResultStart = secondStart - 1
            lastResultOp = op
            lastResultPaired = true
            return
        }
        let start = code.count
        joinableBeforeLastResult = joinablePure
        append(word: word, [dst] + operands, immediates: immediates)
        push(type, dst)
        lastResult = start + 1
        lastResultStart = start
        lastResultOp = op
        lastResultPaired = false
        if Op.pairable(op) { joinablePure = start }
    }

    /// Emits an instruction without result (operands, then `immediates` plain words).
    mutating func emitEffect(word: UInt32, _ operands: [UInt32], immediates: Int = 0) {
        append(word: word, operands, immediates: immediates)
        lastResult = nil
    }

    /// Pushes a `v128` constant (two consecutive constant slots): no code.
    mutating func pushVectorConstant(low: UInt64, high: UInt64) {
        let key = V128Key(low: low, high: high)
        let index: UInt32
        if let known = vectorConstantIndex[key] {
            index = known
        } else {
            index = UInt32(constants.count)
            constants.append(low)
            constants.append(high)
            vectorConstantIndex[key] = index
        }
        push(.v128, Translator.constantTag | index)
    }

    /// Pops the top operand (for the SIMD translation).
    mutating func popOperand() -> (type: ValueType, slot: UInt32) {
        let operand = pop()
        return (operand.type, operand.slot)
    }

    /// Pushes a constant: no code, the consumer reads the constant's slot.
    private mutating func pushConstant(_ type: ValueType, _ bits: UInt64) {
        let index: UInt32
        if let known = constantIndex[bits] {
            index = known
        } else {
            index = UInt32(constants.count)
            constants.append(bits)
            constantIndex[bits] = index
        }
        push(type, Translator.constantTag | index)
    }

    /// Removes the last instruction (the one that produced `lastResult`) and returns its operand words.
    private mutating func takeLastResultInstruction() -> [UInt32] {
        let operands = Array(code[(lastResultStart + 2)...])
        if lastResultPaired {
            // Split the pair: its first operation stays, as itself.
            if let first = pairStart, let op = Op.pairFirst(Op.decode(code[first])) { code[first] = UInt32(op.rawValue) }
            joinablePure = nil
            truncateCode(to: lastResultStart + 1)
            lastResultPaired = false
            return operands
        }
        truncateCode(to: lastResultStart)
        joinablePure = joinableBeforeLastResult
        joinableBeforeLastResult = nil
        return operands
    }

    /// Removes the code from `position` on (whole instructions), with its slot uses and trap sites.
    private mutating func truncateCode(to position: Int) {
        code.removeSubrange(position...)
        while let last = slotUses.last, last >= position { slotUses.removeLast() }
        while let last = sitePositions.last, last >= position {
            sitePositions.removeLast()
            siteOffsets.removeLast()
        }
        lastResult = nil
    }

    /// The (tagged) first slot of operand-stack position `position` (at most the current height).
    @inline(__always)
    private func slot(forPosition position: Int) -> UInt32 { Translator.stackTag | home(ofPosition: position) }

    /// Offset in the operand-stack area of position `position` (at most the current height).
    @inline(__always)
    private func home(ofPosition position: Int) -> UInt32 {
        if position < stack.count { return stack[position].home }
        guard let last = stack.last else { return 0 }
        return last.home &+ (last.type == .v128 ? 2 : 1)
    }

    /// The first frame slot of local `index`.
    @inline(__always)
    private func localSlot(_ index: UInt32) -> UInt32 { localSlots.isEmpty ? index : localSlots[Int(index)] }

    /// The (tagged) first slot of value `index` of a label whose values start at stack position `height`.
    private func labelSlot(_ types: [ValueType], _ index: Int, height: Int) -> UInt32 {
        var offset = home(ofPosition: height)
        for i in 0..<index { offset += UInt32(types[i].slotCount) }
        return Translator.stackTag | offset
    }

    @inline(__always)
    private mutating func push(_ type: ValueType, _ slot: UInt32) {
        let home = home(ofPosition: stack.count)
        stack.append(Operand(type: type, slot: slot, home: home))
        let top = Int(home) + type.slotCount
        if top > maxHeight { maxHeight = top }
    }

    /// Emits a copy of a value of `type` (two slots for a `v128`).
    private mutating func emitMove(_ type: ValueType, _ destination: UInt32, _ source: UInt32) {
        if type == .v128 {
            emit(.copyV128, destination, source)
        } else {
            emitCopy(destination, source)
        }
    }

    private mutating func pushMaterialized(_ type: ValueType) {
        push(type, slot(forPosition: stack.count))
    }

    private mutating func pop() -> Operand { stack.removeLast() }

    /// Makes the operand at `position` live in its own stack slot.
    private mutating func materialize(_ position: Int) {
        let home = slot(forPosition: position)
        if stack[position].slot != home {
            emitMove(stack[position].type, home, stack[position].slot)
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
        if target == code.count { joinableCopy = nil; joinablePure = nil; joinableBeforeLastResult = nil }  // a label: nothing may join across it
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
        let types = target.labelTypes
        let arity = types.count
        for i in 0..<arity {
            let source = stack[stack.count - arity + i].slot
            let destination = labelSlot(types, i, height: target.height)
            if source != destination { emitMove(types[i], destination, source) }
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
        let types = target.labelTypes
        let arity = types.count
        for i in 0..<arity where stack[stack.count - arity + i].slot != labelSlot(types, i, height: target.height) {
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
        let resultTypes = controls[0].results
        let results = resultTypes.count
        let base = stack.count - results
        let resultSlots = UInt32(resultTypes.slotCount)
        var resultSlot: [UInt32] = []
        if results > 1 {
            var next: UInt32 = 0
            for type in resultTypes { resultSlot.append(next); next += UInt32(type.slotCount) }
        } else {
            resultSlot = [0]
        }
        // Sources inside the result slots [0, results) could be clobbered: copy them to the stack
        // first. Locals below `results` and constants (whose final slot is not known yet) are at risk;
        // stack slots are not (each result's source is at or above its destination).
        if results > 1, (0..<results).contains(where: {
            let source = stack[base + $0].slot
            return source >= Translator.constantTag || (source < resultSlots && source != resultSlot[$0])
        }) {
            materialize(from: base)
        }
        if results == 1, let word = lastResult, code[word] == stack[base].slot, stack[base].slot >= Translator.stackTag {
            // The result was just computed: write it straight into the result slot.
            code[word] = 0
        } else {
            for i in 0..<results where stack[base + i].slot != resultSlot[i] {
                emitMove(resultTypes[i], resultSlot[i], stack[base + i].slot)
            }
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
            lastResult = nil
            joinableCopy = nil
            joinablePure = nil
            controls.append(Control(kind: .loop, parameters: params, results: results,
                                    height: stack.count - params.count, loopStart: start))
        case .if(let type):
            let (params, results) = blockSignature(type)
            let condition = pop()
            // Take a fusable comparison out first: materializing may emit copies after it.
            let fused = fusableCompare(condition).map { ($0, takeLastResultInstruction()) }
            materialize(from: 0)
            let fixup = emitConditionalBranch(condition, fused, whenTrue: false)
            var control = Control(kind: .if, parameters: params, results: results, height: stack.count - params.count)
            control.elseFixup = fixup
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
            let fused = fusableCompare(condition).map { ($0, takeLastResultInstruction()) }
            let d = Int(depth)
            if branchIsDirect(d) {
                let fixup = emitConditionalBranch(condition, fused, whenTrue: true)
                directBranch(d, word: fixup.0, at: fixup.1)
            } else {
                let fixup = emitConditionalBranch(condition, fused, whenTrue: false)
                // The copies run on the taken path only: keep the fall-through's view of the stack.
                let saved = stack
                branch(to: d)
                stack = saved
                patch(fixup, to: code.count)
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
            let saved = stack
            for stub in stubs {
                patch((stub.word, at), to: code.count)
                branch(to: stub.depth)
                stack = saved
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
            emitResult(a.type == .v128 ? .selectV128 : .select, a.type, condition.slot, a.slot, b.slot)
        case .localGet(let index):
            push(localTypes[Int(index)], localSlot(index))
        case .localSet(let index):
            setLocal(index, keep: false)
        case .localTee(let index):
            setLocal(index, keep: true)
        case .globalGet(let index):
            let type = globalTypes[Int(index)].valueType
            emitResult(type == .v128 ? .globalGetV128 : .globalGet, type, index)
        case .globalSet(let index):
            let value = pop()
            // Only a reference may need its instance kept alive (see `ModuleInstance.globalAnchorChanged`).
            let op: Op = value.type == .v128 ? .globalSetV128 : value.type.isReference ? .globalSetRef : .globalSet
            emit(op, index, value.slot)
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
            let (form, words) = takeAddress(pop())
            let offset = UInt32(truncatingIfNeeded: memarg.offset)
            emitResult(Translator.memoryOp(Translator.loadOp(op), form), op.resultType, words + [offset], immediates: 1)
        case .store(let op, let memarg):
            let value = pop()
            let (form, words) = takeAddress(pop())
            let offset = UInt32(truncatingIfNeeded: memarg.offset)
            let storeOp = Translator.memoryOp(Translator.storeOp(op), form), start = code.count
            let chained = append(storeOp, words + [value.slot, offset], immediates: 1)
            lastResult = nil
            // A store may start a fused pair (a trap in it is located at the pair's start, its own site),
            // unless it ends a chain: the chain's handler runs it from its own words, and a pair would
            // append words after them.
            if Op.pairable(storeOp), !chained { joinablePure = start }
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
            pushConstant(.i32, UInt64(UInt32(bitPattern: v)))
        case .f32Const(let bits):
            pushConstant(.f32, UInt64(bits))
        case .i64Const(let v):
            pushConstant(.i64, UInt64(bitPattern: v))
        case .f64Const(let bits):
            pushConstant(.f64, bits)
        case .refNull(let type):
            pushConstant(type, Reference.null)
        case .refIsNull:
            let value = pop()
            emitResult(.refIsNull, .i32, value.slot)
        case .refFunc(let index):
            emitResult(.refFunc, .funcref, index)
        case .v128Const, .i8x16Shuffle, .simd, .simdLane, .simdMemory, .simdMemoryLane:
            translateSIMD(instruction)
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

    /// How a load or store computes its address: from its operand, or with the `i32.add` (`a + b`),
    /// the `i32.shl` (`x << s`) or the `i32.shl` feeding an `i32.add` (`a + (x << s)`) that produced the
    /// operand folded in.
    enum AddressForm { case plain, add, shl, addShl }

    /// The form of a load's or store's address (just popped) and its words, taking out of the code the
    /// instructions folded into it.
    private mutating func takeAddress(_ address: Operand) -> (AddressForm, [UInt32]) {
        if isLastResult(address, of: .i32Add) {
            if let scaled = takeScaledAdd() { return (.addShl, scaled) }
            return (.add, takeLastResultInstruction())
        }
        if isLastResult(address, of: .i32Shl) { return (.shl, takeLastResultInstruction()) }
        return (.plain, [address.slot])
    }

    /// When the last instruction is a pair `i32.shl` → `i32.add` whose shifted value is a temporary the
    /// add pops (`a + (x << s)`), takes the pair out of the code and returns `[a, x, s]`.
    private mutating func takeScaledAdd() -> [UInt32]? {
        guard lastResultPaired, let start = pairStart else { return nil }
        let op = Op.decode(code[start])
        guard op == .i32ShlI32AddTmp1 || op == .i32ShlI32AddTmp2 else { return nil }
        // `pair d1 x s d2 a2 b2`, where `a2` (Tmp1) or `b2` (Tmp2) is `d1`.
        let words = [op == .i32ShlI32AddTmp1 ? code[start + 6] : code[start + 5], code[start + 2], code[start + 3]]
        truncateCode(to: start)
        lastResultPaired = false
        joinablePure = nil
        joinableBeforeLastResult = nil
        return words
    }

    /// The comparison that produced `condition`, when it is the last instruction emitted and its result
    /// is used only as this condition, so the comparison can be fused into the branch.
    private func fusableCompare(_ condition: Operand) -> Op? {
        guard isLastResult(condition, of: nil), Translator.branchOp(for: lastResultOp, whenTrue: true) != nil else {
            return nil
        }
        return lastResultOp
    }

    /// True when `operand` (just popped) is the fresh result of the last instruction emitted (of
    /// operation `op`, if given), so that instruction can be folded into its consumer.
    private func isLastResult(_ operand: Operand, of op: Op?) -> Bool {
        guard let word = lastResult, code[word] == operand.slot, Translator.isStackSlot(operand.slot) else { return false }
        return op == nil || lastResultOp == op
    }

    /// Emits a branch taken when the condition is true (`whenTrue`) or false, fusing the comparison that
    /// produced it when possible. Returns the (offset word, instruction start) to patch.
    /// `fused` is the comparison and its operands, already taken out of the code.
    private mutating func emitConditionalBranch(_ condition: Operand, _ fused: (Op, [UInt32])?,
                                                whenTrue: Bool) -> (Int, Int) {
        if let (compare, operands) = fused, let op = Translator.branchOp(for: compare, whenTrue: whenTrue) {
            let at = code.count
            append(op, operands + [0], immediates: 1)
            lastResult = nil
            return (code.count - 1, at)
        }
        let at = code.count
        emit(whenTrue ? .brIf : .brIfNot, condition.slot, 0, immediates: 1)
        return (at + 2, at)
    }

    /// The fused compare-and-branch operation for a comparison, taken when the comparison is true
    /// (`whenTrue`) or false.
    static func branchOp(for compare: Op, whenTrue: Bool) -> Op? {
        let pairs: [(Op, Op, Op)] = [
            (.i32Eqz, .brIfI32Eqz, .brIf), (.i32Eq, .brIfI32Eq, .brIfI32Ne), (.i32Ne, .brIfI32Ne, .brIfI32Eq),
            (.i32LtS, .brIfI32LtS, .brIfI32GeS), (.i32LtU, .brIfI32LtU, .brIfI32GeU),
            (.i32GtS, .brIfI32GtS, .brIfI32LeS), (.i32GtU, .brIfI32GtU, .brIfI32LeU),
            (.i32LeS, .brIfI32LeS, .brIfI32GtS), (.i32LeU, .brIfI32LeU, .brIfI32GtU),
            (.i32GeS, .brIfI32GeS, .brIfI32LtS), (.i32GeU, .brIfI32GeU, .brIfI32LtU),
            (.i64Eqz, .brIfI64Eqz, .brIfI64Nez), (.i64Eq, .brIfI64Eq, .brIfI64Ne), (.i64Ne, .brIfI64Ne, .brIfI64Eq),
            (.i64LtS, .brIfI64LtS, .brIfI64GeS), (.i64LtU, .brIfI64LtU, .brIfI64GeU),
            (.i64GtS, .brIfI64GtS, .brIfI64LeS), (.i64GtU, .brIfI64GtU, .brIfI64LeU),
            (.i64LeS, .brIfI64LeS, .brIfI64GtS), (.i64LeU, .brIfI64LeU, .brIfI64GtU),
            (.i64GeS, .brIfI64GeS, .brIfI64LtS), (.i64GeU, .brIfI64GeU, .brIfI64LtU),
        ]
        for (c, t, f) in pairs where c == compare { return whenTrue ? t : f }
        return nil
    }

    private mutating func setLocal(_ localIndex: UInt32, keep: Bool) {
        let index = localSlot(localIndex)
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
        if source != index { emitMove(value.type, index, source) }
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

    /// The load or store `op` (a plain form) computing its address in `form`. The forms are declared in
    /// the same order in `Op`: the loads, the stores, each group once per form.
    static func memoryOp(_ op: Op, _ form: AddressForm) -> Op {
        let base: Op = switch form {
        case .plain: .i32Load
        case .add: .i32LoadAdd
        case .shl: .i32LoadShl
        case .addShl: .i32LoadAddShl
        }
        return Op(rawValue: base.rawValue + op.rawValue - Op.i32Load.rawValue)!
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
