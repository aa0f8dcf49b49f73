extension GlobalInstance {
    /// A `v128` global: the low and high 64 bits (lane 0 in the low bits of `low`).
    public convenience init(type: GlobalType, low: UInt64, high: UInt64) {
        self.init(type: type, bits: low)
        cell[1] = high
    }

    /// The 128 bits of a `v128` global (for other types `high` is 0 and unused).
    public var vectorBits: (low: UInt64, high: UInt64) {
        get { (cell[0], cell[1]) }
        set { cell[0] = newValue.low; cell[1] = newValue.high }
    }
}

extension ModuleInstance {
    /// Evaluates a constant expression of type `v128` (`v128.const` or `global.get` of an imported global).
    func evaluateVector(_ expression: ConstExpression) throws(WasmError) -> (low: UInt64, high: UInt64) {
        guard expression.instructions.count == 1 else {
            throw .invalid("constant expression required", function: nil, offset: 0)
        }
        switch expression.instructions[0] {
        case .v128Const(let low, let high):
            return (low, high)
        case .globalGet(let index):
            let cell = context.pointee.globals[Int(index)]
            return (cell[0], cell[1])
        default:
            throw .invalid("constant expression required", function: nil, offset: 0)
        }
    }
}
