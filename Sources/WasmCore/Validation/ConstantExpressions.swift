/// Validates constant expressions (global initializers, segment offsets and element initializers).
struct ConstantExpressionValidator {
    let context: ValidationContext
    private var stack: [ValueType] = []

    init(context: ValidationContext) { self.context = context }

    /// Checks that `expression` is constant and produces exactly one value of type `type`.
    /// `offset` locates errors (the section holding the expression).
    mutating func validate(_ expression: ConstExpression, type: ValueType, offset: Int) throws(WasmError) {
        func invalid(_ message: String) -> WasmError { .invalid(message, function: nil, offset: offset) }
        let extended = context.features.contains(.extendedConst)
        stack.removeAll(keepingCapacity: true)
        for instruction in expression.instructions {
            switch instruction {
            case .i32Const: stack.append(.i32)
            case .i64Const: stack.append(.i64)
            case .f32Const: stack.append(.f32)
            case .f64Const: stack.append(.f64)
            case .refNull(let type): stack.append(type)
            case .refFunc(let function):
                guard Int(function) < context.functions.count else { throw invalid("unknown function \(function)") }
                stack.append(.funcref)
            case .globalGet(let index):
                // Only imported globals are visible to constant expressions (also with extended-const).
                guard Int(index) < context.importedGlobalCount else { throw invalid("unknown global \(index)") }
                let global = context.globals[Int(index)]
                guard !global.isMutable else { throw invalid("constant expression required") }
                stack.append(global.valueType)
            case .numeric(let op) where extended && Self.isExtendedConstant(op):
                let operand = op.operandTypes.first
                guard stack.count >= 2, stack[stack.count - 1] == operand, stack[stack.count - 2] == operand else {
                    throw invalid("type mismatch")
                }
                stack.removeLast()
            case .v128Const: stack.append(.v128)
            default:
                throw invalid("constant expression required")
            }
        }
        guard stack.count == 1, stack[0] == type else { throw invalid("type mismatch") }
    }

    /// The arithmetic the extended-const proposal allows: `add`, `sub` and `mul` on i32 and i64.
    static func isExtendedConstant(_ op: NumericOp) -> Bool {
        switch op {
        case .i32Add, .i32Sub, .i32Mul, .i64Add, .i64Sub, .i64Mul: true
        default: false
        }
    }
}
