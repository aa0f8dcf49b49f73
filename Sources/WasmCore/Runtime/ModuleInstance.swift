/// Limits an embedder sets on one instance.
public struct InstanceLimits: Sendable {
    /// Most pages any memory of the instance may have (the module's own maximum also applies).
    public var maxMemoryPages: Int
    /// Most elements any table of the instance may have.
    public var maxTableElements: Int

    public init(maxMemoryPages: Int = 65536, maxTableElements: Int = 10_000_000) {
        self.maxMemoryPages = maxMemoryPages
        self.maxTableElements = maxTableElements
    }
}

/// An instantiated module: its functions, memories, tables and globals, and its exports.
public final class ModuleInstance: @unchecked Sendable {
    public let compiled: CompiledModule
    /// The name the instance was registered or created under, if any.
    public let name: String?
    public private(set) var memories: [MemoryInstance] = []
    public private(set) var tables: [TableInstance] = []
    public private(set) var globals: [GlobalInstance] = []
    /// Exports by name.
    public private(set) var exports = Exports()
    /// Per-instance state of host modules, by host module name (set while instantiating).
    public var hostState: [String: AnyObject] = [:]
    /// Call depth and stack size for calls into this instance that do not name their own.
    public var executionLimits = ExecutionLimits()

    let context: UnsafeMutablePointer<InstanceContext>
    private let entries: UnsafeMutablePointer<FunctionEntry>
    private let definedCount: Int
    private let functionPointers: UnsafeMutablePointer<UnsafeMutablePointer<FunctionEntry>>
    private let globalCells: UnsafeMutablePointer<UnsafeMutablePointer<UInt64>>
    private let tableStates: UnsafeMutablePointer<UnsafeMutablePointer<TableState>>
    private let datas: UnsafeMutablePointer<SegmentState>
    private let elements: UnsafeMutablePointer<SegmentState>
    private var elementStorage: [UnsafeMutablePointer<UInt64>] = []
    private let emptyMemory: UnsafeMutablePointer<MemoryState>
    /// Owners of imported functions, kept alive.
    private var importedOwners: [AnyObject] = []
    private var globalAnchors: [Int: AnyObject] = [:]

    /// Creates an instance: links `imports` (one per module import, in order), allocates memories,
    /// tables and globals, and applies element and data segments. Does not run the start function
    /// (see `runStart`). A segment out of bounds throws `.uninstantiable` after earlier segments were applied.
    public init(_ compiled: CompiledModule, imports: [ExternalValue], name: String? = nil,
                limits: InstanceLimits = InstanceLimits()) throws(WasmError) {
        let module = compiled.module
        self.compiled = compiled
        self.name = name
        let functionCount = compiled.functionTypes.count
        definedCount = module.functions.count
        entries = .allocate(capacity: Swift.max(definedCount, 1))
        functionPointers = .allocate(capacity: Swift.max(functionCount, 1))
        let globalCount = module.importedGlobals.count + module.globals.count
        globalCells = .allocate(capacity: Swift.max(globalCount, 1))
        let tableCount = module.importedTables.count + module.tables.count
        tableStates = .allocate(capacity: Swift.max(tableCount, 1))
        datas = .allocate(capacity: Swift.max(module.datas.count, 1))
        elements = .allocate(capacity: Swift.max(module.elements.count, 1))
        emptyMemory = .allocate(capacity: 1)
        emptyMemory.initialize(to: MemoryState(base: MemoryState.emptyBase, byteCount: 0, maxPages: 0))
        context = .allocate(capacity: 1)
        context.initialize(to: InstanceContext(
            functions: functionPointers, globals: globalCells, tables: tableStates, memory: emptyMemory,
            datas: datas, elements: elements, owner: UnsafeMutableRawPointer(Unmanaged.passUnretained(self).toOpaque()),
            code: Unmanaged.passUnretained(compiled.code)))
        for (i, range) in compiled.dataRanges.enumerated() {
            datas[i] = SegmentState(base: UnsafeRawPointer(compiled.dataBytes + range.lowerBound), count: range.count)
        }
        for i in 0..<module.elements.count { elements[i] = SegmentState(base: nil, count: 0) }

        try link(imports)
        try allocate(limits: limits)
        buildExports()
        try initializeSegments()
    }

    deinit {
        let me = Unmanaged.passUnretained(self).toOpaque()
        for table in tables where table.creator == me { table.creator = nil }
        entries.deallocate()
        functionPointers.deallocate()
        globalCells.deallocate()
        tableStates.deallocate()
        datas.deallocate()
        elements.deallocate()
        for storage in elementStorage { storage.deallocate() }
        emptyMemory.deallocate()
        context.deallocate()
    }

    // MARK: Linking

    private func link(_ imports: [ExternalValue]) throws(WasmError) {
        let module = compiled.module
        guard imports.count == module.imports.count else {
            throw .unlinkable("expected \(module.imports.count) imports, got \(imports.count)")
        }
        var f = 0
        for (declaration, value) in zip(module.imports, imports) {
            let what = "import \(declaration.module).\(declaration.name)"
            switch (declaration.descriptor, value) {
            case (.function(let typeIndex), .function(let handle)):
                let wanted = module.types[Int(typeIndex)]
                guard handle.type == wanted else {
                    throw .unlinkable("\(what): incompatible import type: expected function \(wanted), got \(handle.type)")
                }
                functionPointers[f] = handle.entry
                importedOwners.append(handle.owner)
                f += 1
            case (.table(let wanted), .table(let table)):
                guard table.type.elementType == wanted.elementType,
                      Self.limitsMatch(UInt64(table.count), table.type.limits.max, wanted.limits) else {
                    throw .unlinkable("\(what): incompatible import type: expected table \(wanted.elementType) \(wanted.limits), got \(table.type.elementType) size \(table.count) max \(table.type.limits.max.map(String.init) ?? "none")")
                }
                tables.append(table)
            case (.memory(let wanted), .memory(let memory)):
                guard Self.limitsMatch(UInt64(memory.pageCount), memory.type.limits.max, wanted.limits) else {
                    throw .unlinkable("\(what): incompatible import type: expected memory \(wanted.limits), got \(memory.pageCount) pages max \(memory.type.limits.max.map(String.init) ?? "none")")
                }
                memories.append(memory)
            case (.global(let wanted), .global(let global)):
                guard global.type == wanted else {
                    throw .unlinkable("\(what): incompatible import type: expected global \(wanted), got \(global.type)")
                }
                globals.append(global)
            default:
                throw .unlinkable("\(what): incompatible import type: expected a \(declaration.descriptor.kind), got a \(value.kind)")
            }
        }
    }

    /// Import matching of limits: the provided object's current size and maximum must fit the import's.
    static func limitsMatch(_ size: UInt64, _ max: UInt64?, _ wanted: Limits) -> Bool {
        guard size >= wanted.min else { return false }
        if let wantedMax = wanted.max {
            guard let max, max <= wantedMax else { return false }
        }
        return true
    }

    // MARK: Allocation

    private func allocate(limits: InstanceLimits) throws(WasmError) {
        let module = compiled.module
        let importedFunctions = compiled.functionTypes.count - definedCount
        let functions = compiled.code.functions
        for i in 0..<definedCount {
            let code = functions[i]
            (entries + i).initialize(to: FunctionEntry(
                typeID: code.typeID, code: UnsafePointer(compiled.code.words + code.start), frameSize: code.frameSize,
                parameterCount: code.parameterCount, resultCount: code.resultCount, localCount: code.localCount,
                constants: UnsafePointer(compiled.code.constants + code.constantPoolStart),
                constantSlot: code.constantSlot, constantCount: code.constantCount, context: context, owner: UnsafeMutableRawPointer(Unmanaged.passUnretained(self).toOpaque()),
                index: UInt32(importedFunctions + i)))
            functionPointers[importedFunctions + i] = entries + i
        }
        for type in module.memories {
            memories.append(try MemoryInstance(type: type, limitPages: limits.maxMemoryPages))
        }
        if let memory = memories.first { context.pointee.memory = memory.state }
        for type in module.tables {
            let table = try TableInstance(type: type, limit: limits.maxTableElements)
            table.creator = Unmanaged.passUnretained(self).toOpaque()
            tables.append(table)
        }
        for (i, table) in tables.enumerated() { tableStates[i] = table.state }
        for (i, global) in globals.enumerated() { globalCells[i] = global.cell }
        for global in module.globals {
            let instance: GlobalInstance
            if global.type.valueType == .v128 {
                let bits = try evaluateVector(global.initializer)
                instance = GlobalInstance(type: global.type, low: bits.low, high: bits.high)
            } else {
                instance = GlobalInstance(type: global.type, bits: try evaluate(global.initializer))
            }
            globalCells[globals.count] = instance.cell
            globals.append(instance)
        }
    }

    /// Evaluates a constant expression against this instance's globals and functions.
    func evaluate(_ expression: ConstExpression) throws(WasmError) -> UInt64 {
        var stack: [UInt64] = []
        for instruction in expression.instructions {
            switch instruction {
            case .i32Const(let v): stack.append(UInt64(UInt32(bitPattern: v)))
            case .i64Const(let v): stack.append(UInt64(bitPattern: v))
            case .f32Const(let bits): stack.append(UInt64(bits))
            case .f64Const(let bits): stack.append(bits)
            case .refNull: stack.append(Reference.null)
            case .refFunc(let index): stack.append(Reference.function(functionPointers[Int(index)]))
            case .globalGet(let index): stack.append(globalCells[Int(index)].pointee)
            case .numeric(let op) where stack.count >= 2:
                let b = stack.removeLast(), a = stack.removeLast()
                switch op {
                case .i32Add: stack.append(UInt64(UInt32(truncatingIfNeeded: a) &+ UInt32(truncatingIfNeeded: b)))
                case .i32Sub: stack.append(UInt64(UInt32(truncatingIfNeeded: a) &- UInt32(truncatingIfNeeded: b)))
                case .i32Mul: stack.append(UInt64(UInt32(truncatingIfNeeded: a) &* UInt32(truncatingIfNeeded: b)))
                case .i64Add: stack.append(a &+ b)
                case .i64Sub: stack.append(a &- b)
                case .i64Mul: stack.append(a &* b)
                default: throw .invalid("constant expression required", function: nil, offset: 0)
                }
            default:
                throw .invalid("constant expression required", function: nil, offset: 0)
            }
        }
        guard stack.count == 1 else { throw .invalid("type mismatch in constant expression", function: nil, offset: 0) }
        return stack[0]
    }

    private func buildExports() {
        for export in compiled.module.exports {
            let i = Int(export.index)
            switch export.kind {
            case .function: exports[export.name] = .function(FunctionHandle(entry: functionPointers[i]))
            case .table: exports[export.name] = .table(tables[i])
            case .memory: exports[export.name] = .memory(memories[i])
            case .global: exports[export.name] = .global(globals[i])
            }
        }
    }

    // MARK: Segments

    private func initializeSegments() throws(WasmError) {
        let module = compiled.module
        for (i, segment) in module.elements.enumerated() {
            let storage = UnsafeMutablePointer<UInt64>.allocate(capacity: Swift.max(segment.initializers.count, 1))
            elementStorage.append(storage)
            for (k, expression) in segment.initializers.enumerated() { storage[k] = try evaluate(expression) }
            elements[i] = SegmentState(base: UnsafeRawPointer(storage), count: segment.initializers.count)
        }
        for (i, segment) in module.elements.enumerated() {
            switch segment.mode {
            case .passive:
                continue
            case .declarative:
                elements[i].count = 0
            case .active(let tableIndex, let offsetExpression):
                let offset = Int(UInt32(truncatingIfNeeded: try evaluate(offsetExpression)))
                let table = tables[Int(tableIndex)]
                let n = segment.initializers.count
                guard offset + n <= table.count else {
                    throw .uninstantiable("out of bounds table access: element segment \(i) at \(offset) + \(n) exceeds table size \(table.count)")
                }
                let values = elementStorage[i]
                for k in 0..<n { table.setElement(values[k], at: offset + k) }
                elements[i].count = 0
            }
        }
        for (i, segment) in module.datas.enumerated() {
            guard case .active(let memoryIndex, let offsetExpression) = segment.mode else { continue }
            let offset = Int(UInt32(truncatingIfNeeded: try evaluate(offsetExpression)))
            let memory = memories[Int(memoryIndex)]
            guard memory.contains(offset, count: segment.bytes.count) else {
                throw .uninstantiable("out of bounds memory access: data segment \(i) at \(offset) + \(segment.bytes.count) exceeds memory size \(memory.byteCount)")
            }
            try memory.write(segment.bytes, at: offset)
            datas[i].count = 0
        }
    }

    // MARK: Functions

    /// The function at `index` (imports first).
    public func function(at index: Int) -> FunctionHandle? {
        guard index >= 0, index < compiled.functionTypes.count else { return nil }
        return FunctionHandle(entry: functionPointers[index])
    }

    /// The start function, if the module declares one.
    public var startFunction: FunctionHandle? { compiled.module.start.flatMap { function(at: Int($0)) } }

    /// `module.function` for traps: the name section's name, an export name, or `func[i]`.
    public func functionName(index: UInt32) -> String {
        let module = compiled.module
        let prefix = name ?? module.moduleName ?? "wasm"
        if let n = module.functionNames[index] { return "\(prefix).\(n)" }
        if let e = module.exports.first(where: { $0.kind == .function && $0.index == index }) { return "\(prefix).\(e.name)" }
        return "\(prefix).func[\(index)]"
    }

    func functionName(definedIndex: Int) -> String {
        functionName(index: UInt32(compiled.functionTypes.count - definedCount + definedIndex))
    }

    func globalAnchorChanged(_ index: Int) {
        let bits = globalCells[index].pointee
        if let entry = Reference.entry(bits), globals[index].type.valueType == .funcref {
            let owner = Unmanaged<AnyObject>.fromOpaque(entry.pointee.owner).takeUnretainedValue()
            if owner !== self { globalAnchors[index] = owner }
        }
    }
}
