extension FunctionValidator {
    /// Type-checks one instruction against the operand and control stacks.
    mutating func apply(_ instruction: Instruction) throws(WasmError) {
        switch instruction {
        // MARK: Control
        case .unreachable:
            markUnreachable()
        case .nop:
            break
        case .block(let blockType), .loop(let blockType):
            let (parameters, results) = try signature(blockType)
            try pop(parameters)
            let kind: ControlFrame.Kind = if case .loop = instruction { .loop } else { .block }
            pushFrame(kind, parameters: parameters, results: results)
        case .if(let blockType):
            let (parameters, results) = try signature(blockType)
            try pop(.i32)
            try pop(parameters)
            pushFrame(.if, parameters: parameters, results: results)
        case .else:
            guard frames[frames.count - 1].kind == .if else { throw invalid("else without matching if") }
            let frame = try popFrame()
            pushFrame(.else, parameters: frame.parameters, results: frame.results)
        case .end:
            let frame = try popFrame()
            // An `if` without `else` acts as if its `else` passed the parameters through.
            if frame.kind == .if, !sameTypes(frame.parameters, frame.results) { throw typeMismatch }
            push(frame.results)
        case .br(let depth):
            try pop(try label(depth).labelTypes)
            markUnreachable()
        case .brIf(let depth):
            let types = try label(depth).labelTypes
            try pop(.i32)
            try pop(types)
            push(types)
        case .brTable(let depths, let defaultDepth):
            try pop(.i32)
            let defaultTypes = try label(defaultDepth).labelTypes
            for depth in depths {
                let types = try label(depth).labelTypes
                guard types.count == defaultTypes.count else { throw typeMismatch }
                try checkTop(types)
            }
            try pop(defaultTypes)
            markUnreachable()
        case .return:
            try pop(frames[0].results)
            markUnreachable()
        case .call(let function):
            guard Int(function) < context.functions.count else { throw invalid("unknown function \(function)") }
            let type = Int(context.functions[Int(function)])
            try pop(context.parameterSlices[type])
            push(context.resultSlices[type])
        case .callIndirect(let typeIndex, let table):
            guard Int(table) < context.tables.count else { throw invalid("unknown table \(table)") }
            guard context.tables[Int(table)].elementType == .funcref else { throw typeMismatch }
            guard Int(typeIndex) < context.types.count else { throw invalid("unknown type") }
            try pop(.i32)
            try pop(context.parameterSlices[Int(typeIndex)])
            push(context.resultSlices[Int(typeIndex)])

        // MARK: Parametric
        case .drop:
            _ = try pop()
        case .select:
            try pop(.i32)
            let first = try pop()
            let second = try pop()
            // Untyped select only takes numeric (or vector) operands; unknown operands fit either.
            let numeric = (first?.isNumeric ?? true) && (second?.isNumeric ?? true)
            let vector = (first.map { $0 == .v128 } ?? true) && (second.map { $0 == .v128 } ?? true)
            guard numeric || vector else { throw typeMismatch }
            if let first, let second, first != second { throw typeMismatch }
            push(first ?? second)
        case .selectTyped(let types):
            guard types.count == 1 else { throw invalid("invalid result arity") }
            try pop(.i32)
            try pop(types[0])
            try pop(types[0])
            push(types[0])

        // MARK: Variables
        case .localGet(let index):
            push(try local(index))
        case .localSet(let index):
            try pop(try local(index))
        case .localTee(let index):
            let type = try local(index)
            try pop(type)
            push(type)
        case .globalGet(let index):
            push(try global(index).valueType)
        case .globalSet(let index):
            let global = try global(index)
            guard global.isMutable else { throw invalid("global is immutable") }
            try pop(global.valueType)

        // MARK: Tables
        case .tableGet(let index):
            let type = try table(index).elementType
            try pop(.i32)
            push(type)
        case .tableSet(let index):
            let type = try table(index).elementType
            try pop(type)
            try pop(.i32)
        case .tableSize(let index):
            _ = try table(index)
            push(.i32)
        case .tableGrow(let index):
            let type = try table(index).elementType
            try pop(.i32)
            try pop(type)
            push(.i32)
        case .tableFill(let index):
            let type = try table(index).elementType
            try pop(.i32)
            try pop(type)
            try pop(.i32)
        case .tableCopy(let destination, let source):
            guard try table(destination).elementType == table(source).elementType else { throw typeMismatch }
            try pop(.i32)
            try pop(.i32)
            try pop(.i32)
        case .tableInit(let segment, let index):
            let type = try table(index).elementType
            guard type == (try element(segment)) else { throw typeMismatch }
            try pop(.i32)
            try pop(.i32)
            try pop(.i32)
        case .elemDrop(let segment):
            _ = try element(segment)

        // MARK: Memory
        case .load(let op, let memarg):
            try checkMemory(memarg.memory)
            guard memarg.align <= op.naturalAlignment else { throw invalid("alignment must not be larger than natural") }
            try pop(addressType)
            push(op.resultType)
        case .store(let op, let memarg):
            try checkMemory(memarg.memory)
            guard memarg.align <= op.naturalAlignment else { throw invalid("alignment must not be larger than natural") }
            try pop(op.valueType)
            try pop(addressType)
        case .memorySize(let memory):
            try checkMemory(memory)
            push(addressType)
        case .memoryGrow(let memory):
            try checkMemory(memory)
            try pop(addressType)
            push(addressType)
        case .memoryFill(let memory):
            try checkMemory(memory)
            try pop(addressType)
            try pop(.i32)
            try pop(addressType)
        case .memoryCopy(let destination, let source):
            try checkMemory(destination)
            try checkMemory(source)
            try pop(addressType)
            try pop(addressType)
            try pop(addressType)
        case .memoryInit(let segment, let memory):
            try checkMemory(memory)
            try checkData(segment)
            try pop(.i32)
            try pop(.i32)
            try pop(addressType)
        case .dataDrop(let segment):
            try checkData(segment)

        // MARK: Constants
        case .i32Const: push(.i32)
        case .i64Const: push(.i64)
        case .f32Const: push(.f32)
        case .f64Const: push(.f64)

        // MARK: References
        case .refNull(let type):
            push(type)
        case .refIsNull:
            if let type = try pop(), !type.isReference { throw typeMismatch }
            push(.i32)
        case .refFunc(let function):
            guard Int(function) < context.functions.count else { throw invalid("unknown function \(function)") }
            guard context.declaredFunctions[Int(function)] else { throw invalid("undeclared function reference") }
            push(.funcref)

        // MARK: Numeric
        case .numeric(let op):
            let types = op.operandTypes
            if let second = types.second { try pop(second) }
            try pop(types.first)
            push(types.result)

        case .v128Const, .i8x16Shuffle, .simd, .simdLane, .simdMemory, .simdMemoryLane:
            try applySIMD(instruction)
        }
    }

    /// Whether two type slices hold the same types.
    func sameTypes(_ a: TypeSlice, _ b: TypeSlice) -> Bool {
        if a == b { return true }
        guard a.count == b.count else { return false }
        for (i, j) in zip(a.indices, b.indices) where context.typeStore[i] != context.typeStore[j] { return false }
        return true
    }

    // MARK: Index lookups

    func local(_ index: UInt32) throws(WasmError) -> ValueType {
        guard Int(index) < locals.count else { throw invalid("unknown local \(index)") }
        return locals[Int(index)]
    }

    func global(_ index: UInt32) throws(WasmError) -> GlobalType {
        guard Int(index) < context.globals.count else { throw invalid("unknown global \(index)") }
        return context.globals[Int(index)]
    }

    func table(_ index: UInt32) throws(WasmError) -> TableType {
        guard Int(index) < context.tables.count else { throw invalid("unknown table \(index)") }
        return context.tables[Int(index)]
    }

    /// The element type of element segment `index`.
    func element(_ index: UInt32) throws(WasmError) -> ValueType {
        guard Int(index) < context.elementTypes.count else { throw invalid("unknown elem segment \(index)") }
        return context.elementTypes[Int(index)]
    }

    func checkMemory(_ index: UInt32) throws(WasmError) {
        guard Int(index) < context.memories.count else { throw invalid("unknown memory \(index)") }
    }

    /// `memory.init` and `data.drop` need a valid data index, and the data count section (a binary-format rule)
    /// when there are data segments; like the reference interpreter, without segments the index is just unknown.
    func checkData(_ index: UInt32) throws(WasmError) {
        guard let count = context.dataCount else {
            if context.dataSegmentCount > 0 { throw .malformed("data count section required", offset: instructionOffset) }
            throw invalid("unknown data segment \(index)")
        }
        guard index < count else { throw invalid("unknown data segment \(index)") }
    }

    /// The type of memory addresses (hook: memory64 would make it depend on the memory).
    var addressType: ValueType { .i32 }
}
