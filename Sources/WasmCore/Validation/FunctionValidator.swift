/// One entry of the control stack (the spec's `ctrl_frame`).
struct ControlFrame {
    enum Kind: UInt8 { case function, block, loop, `if`, `else` }

    var kind: Kind
    var parameters: TypeSlice
    var results: TypeSlice
    /// Operand stack height when the frame was entered (after popping its parameters).
    var height: Int
    /// Set once the rest of the block is unreachable (the operand stack then has an unknown bottom).
    var unreachable: Bool

    /// The types a branch to this frame's label carries.
    var labelTypes: TypeSlice { kind == .loop ? parameters : results }
}

/// Validates function bodies with the operand/control stack algorithm of the spec's validation appendix.
/// One instance validates all the bodies of a module; its stacks are reused from one function to the next.
struct FunctionValidator {
    let context: ValidationContext
    /// Operand types; `nil` is the unknown type of unreachable code.
    var operands: [ValueType?] = []
    var frames: [ControlFrame] = []
    /// Types of the current function's parameters and locals.
    var locals: [ValueType] = []
    /// Function index (imports included) and offset of the instruction being validated, for errors.
    var functionIndex: UInt32 = 0
    var instructionOffset = 0

    /// Bodies declaring more locals than this are rejected (the decoder normally bounds them first).
    static let maximumLocalCount = 1 << 24

    init(context: ValidationContext) {
        self.context = context
        operands.reserveCapacity(64)
        frames.reserveCapacity(16)
    }

    /// Validates the body of function `index` (imports included), whose type index is already known to be valid.
    mutating func validate(function index: UInt32, body: FunctionBody, bytes: UnsafeRawBufferPointer) throws(WasmError) {
        functionIndex = index
        instructionOffset = body.codeStart
        guard 0 <= body.codeStart, body.codeStart <= body.codeEnd, body.codeEnd <= bytes.count else {
            throw .malformed("function body out of the module bytes", offset: body.codeStart)
        }
        let typeIndex = Int(context.functions[Int(index)])
        let parameters = context.parameterSlices[typeIndex]

        locals.removeAll(keepingCapacity: true)
        for i in parameters.indices { locals.append(context.typeStore[i]) }
        var total = locals.count
        for declaration in body.locals {
            total += Int(declaration.count)
            guard total <= Self.maximumLocalCount else { throw .malformed("too many locals", offset: body.codeStart) }
            for _ in 0..<declaration.count { locals.append(declaration.type) }
        }

        operands.removeAll(keepingCapacity: true)
        frames.removeAll(keepingCapacity: true)
        frames.append(ControlFrame(kind: .function, parameters: .empty, results: context.resultSlices[typeIndex],
                                   height: 0, unreachable: false))

        var reader = InstructionReader(bytes: bytes, range: body.codeStart..<body.codeEnd, features: context.features)
        while !frames.isEmpty {
            instructionOffset = reader.offset
            guard !reader.isAtEnd else { throw .malformed("unexpected end of section or function", offset: reader.offset) }
            try apply(try reader.read())
        }
        guard reader.isAtEnd else { throw .malformed("operators remaining after end of function", offset: reader.offset) }
    }

    // MARK: Errors

    func invalid(_ message: String) -> WasmError {
        .invalid(message, function: functionIndex, offset: instructionOffset)
    }

    var typeMismatch: WasmError { invalid("type mismatch") }

    // MARK: Operand stack

    @inline(__always)
    mutating func push(_ type: ValueType?) {
        operands.append(type)
    }

    /// Pops any operand; `nil` when the stack is at an unreachable frame's bottom.
    @inline(__always)
    mutating func pop() throws(WasmError) -> ValueType? {
        let frame = frames[frames.count - 1]
        if operands.count == frame.height {
            if frame.unreachable { return nil }
            throw typeMismatch
        }
        return operands.removeLast()
    }

    /// Pops an operand that must have type `expected` (or be unknown); returns the more precise of the two.
    @inline(__always)
    @discardableResult
    mutating func pop(_ expected: ValueType?) throws(WasmError) -> ValueType? {
        let actual = try pop()
        if let actual, let expected, actual != expected { throw typeMismatch }
        return actual ?? expected
    }

    mutating func pop(_ types: TypeSlice) throws(WasmError) {
        for i in types.indices.reversed() { try pop(context.typeStore[i]) }
    }

    mutating func push(_ types: TypeSlice) {
        for i in types.indices { operands.append(context.typeStore[i]) }
    }

    // MARK: Control stack

    mutating func pushFrame(_ kind: ControlFrame.Kind, parameters: TypeSlice, results: TypeSlice) {
        frames.append(ControlFrame(kind: kind, parameters: parameters, results: results,
                                   height: operands.count, unreachable: false))
        push(parameters)
    }

    /// Checks the innermost frame's results are on the stack and removes the frame.
    mutating func popFrame() throws(WasmError) -> ControlFrame {
        let frame = frames[frames.count - 1]
        try pop(frame.results)
        guard operands.count == frame.height else { throw typeMismatch }
        frames.removeLast()
        return frame
    }

    /// Marks the rest of the innermost block unreachable.
    mutating func markUnreachable() {
        let top = frames.count - 1
        operands.removeSubrange(frames[top].height...)
        frames[top].unreachable = true
    }

    /// The frame a branch with relative depth `depth` targets.
    func label(_ depth: UInt32) throws(WasmError) -> ControlFrame {
        guard Int(depth) < frames.count else { throw invalid("unknown label") }
        return frames[frames.count - 1 - Int(depth)]
    }

    /// Checks, without popping, that the top of the stack matches `types` (an unreachable bottom matches anything).
    func checkTop(_ types: TypeSlice) throws(WasmError) {
        let frame = frames[frames.count - 1]
        let count = Int(types.count)
        for (k, i) in types.indices.enumerated() {
            let position = operands.count - count + k
            if position < frame.height {
                if frame.unreachable { continue }
                throw typeMismatch
            }
            if let actual = operands[position], actual != context.typeStore[i] { throw typeMismatch }
        }
    }

    /// Params and results of a block type.
    func signature(_ blockType: BlockType) throws(WasmError) -> (parameters: TypeSlice, results: TypeSlice) {
        switch blockType {
        case .empty: return (.empty, .empty)
        case .value(let type): return (.empty, .single(type))
        case .typeIndex(let index):
            guard Int(index) < context.types.count else { throw invalid("unknown type") }
            return (context.parameterSlices[Int(index)], context.resultSlices[Int(index)])
        }
    }
}
