/// Validates a decoded module against the WebAssembly 2.0 rules (plus the proposals enabled in `features`).
///
/// Throws `WasmError.invalid` with the spec testsuite's message, the function index (imports counted) for
/// errors inside a body, and the byte offset in the module (of the instruction, or of the section at fault).
/// Function bodies are decoded here for the first time, so their encoding errors surface as `WasmError.malformed`.
public func validate(_ module: Module, features: Features = .wasm2) throws(WasmError) {
    var validator = ModuleValidator(module: module, features: features)
    try validator.validateDefinitions()
    try validator.validateBodies()
}

/// Module-level validation: index spaces, limits, constant expressions, exports and the start function.
struct ModuleValidator {
    let module: Module
    let context: ValidationContext
    private var expressions: ConstantExpressionValidator

    /// The largest memory in 64 KiB pages (4 GiB) for 32-bit memories.
    static let maximumMemoryPages: UInt64 = 65536

    init(module: Module, features: Features) {
        self.module = module
        self.context = ValidationContext(module: module, features: features)
        self.expressions = ConstantExpressionValidator(context: context)
    }

    func invalid(_ message: String, section: SectionID) -> WasmError {
        .invalid(message, function: nil, offset: module.sectionOffset(section))
    }

    mutating func validateDefinitions() throws(WasmError) {
        // Imports.
        for item in module.imports {
            switch item.descriptor {
            case .function(let type):
                guard Int(type) < module.types.count else { throw invalid("unknown type", section: .import) }
            case .table(let type): try check(type, section: .import)
            case .memory(let type): try check(type, section: .import)
            case .global: break
            }
        }

        // Functions.
        for type in module.functions where Int(type) >= module.types.count {
            throw invalid("unknown type", section: .function)
        }
        guard module.functions.count == module.codes.count else {
            throw .malformed("function and code section have inconsistent lengths", offset: module.sectionOffset(.code))
        }

        // Tables and memories.
        for table in module.tables { try check(table, section: .table) }
        for memory in module.memories { try check(memory, section: .memory) }
        if context.memories.count > 1, !context.features.contains(.multiMemory) {
            throw invalid("multiple memories", section: .memory)
        }

        // Globals: their initializers only see imported globals.
        for global in module.globals {
            try expressions.validate(global.initializer, type: global.type.valueType, offset: module.sectionOffset(.global))
        }

        // Exports.
        // Names are compared as UTF-8 bytes: Swift's `String` equality would merge canonically equivalent names.
        var names = Set<[UInt8]>()
        names.reserveCapacity(module.exports.count)
        for export in module.exports {
            guard names.insert(Array(export.name.utf8)).inserted else { throw invalid("duplicate export name", section: .export) }
            let count = switch export.kind {
            case .function: context.functions.count
            case .table: context.tables.count
            case .memory: context.memories.count
            case .global: context.globals.count
            }
            guard Int(export.index) < count else { throw invalid("unknown \(export.kind) \(export.index)", section: .export) }
        }

        // Start function: [] -> [].
        if let start = module.start {
            guard Int(start) < context.functions.count else { throw invalid("unknown function \(start)", section: .start) }
            let type = module.types[Int(context.functions[Int(start)])]
            guard type.parameters.isEmpty, type.results.isEmpty else { throw invalid("start function", section: .start) }
        }

        // Element segments.
        let elementOffset = module.sectionOffset(.element)
        for segment in module.elements {
            guard segment.type.isReference else { throw invalid("malformed reference type", section: .element) }
            for initializer in segment.initializers {
                try expressions.validate(initializer, type: segment.type, offset: elementOffset)
            }
            if case .active(let table, let offset) = segment.mode {
                guard Int(table) < context.tables.count else { throw invalid("unknown table \(table)", section: .element) }
                guard context.tables[Int(table)].elementType == segment.type else {
                    throw invalid("type mismatch", section: .element)
                }
                try expressions.validate(offset, type: .i32, offset: elementOffset)
            }
        }

        // Data segments.
        let dataOffset = module.sectionOffset(.data)
        for segment in module.datas {
            if case .active(let memory, let offset) = segment.mode {
                guard Int(memory) < context.memories.count else { throw invalid("unknown memory \(memory)", section: .data) }
                // Hook: memory64 offsets would be i64.
                try expressions.validate(offset, type: .i32, offset: dataOffset)
            }
        }
    }

    /// Validates every function body.
    func validateBodies() throws(WasmError) {
        guard !module.codes.isEmpty else { return }
        var functions = FunctionValidator(context: context)
        let first = context.importedFunctionCount
        let failure: WasmError? = module.bytes.withUnsafeBytes { bytes in
            do throws(WasmError) {
                for (i, body) in module.codes.enumerated() {
                    try functions.validate(function: UInt32(first + i), body: body, bytes: bytes)
                }
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    // MARK: Limits

    func check(_ table: TableType, section: SectionID) throws(WasmError) {
        let limits = table.limits
        guard limits.min <= UInt64(UInt32.max), (limits.max ?? 0) <= UInt64(UInt32.max) else {
            throw invalid("table size must be at most 2^32-1", section: section)
        }
        if let max = limits.max, limits.min > max {
            throw invalid("size minimum must not be greater than maximum", section: section)
        }
    }

    func check(_ memory: MemoryType, section: SectionID) throws(WasmError) {
        let limits = memory.limits
        guard limits.min <= Self.maximumMemoryPages, (limits.max ?? 0) <= Self.maximumMemoryPages else {
            throw invalid("memory size must be at most 65536 pages (4GiB)", section: section)
        }
        if let max = limits.max, limits.min > max {
            throw invalid("size minimum must not be greater than maximum", section: section)
        }
        if limits.shared, limits.max == nil {
            throw invalid("shared memory must have maximum", section: section)
        }
    }
}
