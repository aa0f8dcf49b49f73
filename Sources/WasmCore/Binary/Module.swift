/// What an import asks for.
public enum ImportDescriptor: Hashable, Sendable {
    case function(typeIndex: UInt32)
    case table(TableType)
    case memory(MemoryType)
    case global(GlobalType)

    public var kind: ExternalKind {
        switch self {
        case .function: .function
        case .table: .table
        case .memory: .memory
        case .global: .global
        }
    }
}

public struct Import: Hashable, Sendable {
    public var module: String
    public var name: String
    public var descriptor: ImportDescriptor

    public init(module: String, name: String, descriptor: ImportDescriptor) {
        self.module = module
        self.name = name
        self.descriptor = descriptor
    }
}

public struct Export: Hashable, Sendable {
    public var name: String
    public var kind: ExternalKind
    /// Index in the module's space of that kind (imports first).
    public var index: UInt32

    public init(name: String, kind: ExternalKind, index: UInt32) {
        self.name = name
        self.kind = kind
        self.index = index
    }
}

/// A constant expression: the instructions before its `end` (2.0 allows one; extended-const more).
public struct ConstExpression: Hashable, Sendable {
    public var instructions: [Instruction]

    public init(_ instructions: [Instruction]) { self.instructions = instructions }
}

public struct Global: Hashable, Sendable {
    public var type: GlobalType
    public var initializer: ConstExpression

    public init(type: GlobalType, initializer: ConstExpression) {
        self.type = type
        self.initializer = initializer
    }
}

public struct ElementSegment: Hashable, Sendable {
    public enum Mode: Hashable, Sendable {
        case passive
        case active(table: UInt32, offset: ConstExpression)
        case declarative
    }

    /// `funcref` or `externref`.
    public var type: ValueType
    /// One constant expression per element (function indices are decoded as `ref.func`).
    public var initializers: [ConstExpression]
    public var mode: Mode

    public init(type: ValueType, initializers: [ConstExpression], mode: Mode) {
        self.type = type
        self.initializers = initializers
        self.mode = mode
    }
}

public struct DataSegment: Hashable, Sendable {
    public enum Mode: Hashable, Sendable {
        case passive
        case active(memory: UInt32, offset: ConstExpression)
    }

    public var bytes: [UInt8]
    public var mode: Mode

    public init(bytes: [UInt8], mode: Mode) {
        self.bytes = bytes
        self.mode = mode
    }
}

/// A run of locals of one type, as declared in a function body.
public struct LocalDeclaration: Hashable, Sendable {
    public var count: UInt32
    public var type: ValueType

    public init(count: UInt32, type: ValueType) {
        self.count = count
        self.type = type
    }
}

/// A function body: its declared locals and the byte range of its expression in the module bytes.
public struct FunctionBody: Hashable, Sendable {
    public var locals: [LocalDeclaration]
    /// Sum of the declared local counts (the decoder bounds it).
    public var localCount: Int
    /// Offset in the module bytes of the first instruction.
    public var codeStart: Int
    /// Offset in the module bytes just past the final `end`.
    public var codeEnd: Int

    public init(locals: [LocalDeclaration], localCount: Int, codeStart: Int, codeEnd: Int) {
        self.locals = locals
        self.localCount = localCount
        self.codeStart = codeStart
        self.codeEnd = codeEnd
    }
}

public struct CustomSection: Hashable, Sendable {
    public var name: String
    public var range: Range<Int>

    public init(name: String, range: Range<Int>) {
        self.name = name
        self.range = range
    }
}

/// A decoded (not yet validated) module.
public struct Module: Sendable {
    /// The bytes the module was decoded from (function bodies point into them).
    public var bytes: [UInt8]
    public var types: [FunctionType] = []
    public var imports: [Import] = []
    /// Type index of each function defined by the module (not imported).
    public var functions: [UInt32] = []
    public var tables: [TableType] = []
    public var memories: [MemoryType] = []
    public var globals: [Global] = []
    public var exports: [Export] = []
    public var start: UInt32?
    public var elements: [ElementSegment] = []
    public var dataCount: UInt32?
    public var codes: [FunctionBody] = []
    public var datas: [DataSegment] = []
    public var customSections: [CustomSection] = []
    /// From the `name` custom section, when present and well formed.
    public var moduleName: String?
    public var functionNames: [UInt32: String] = [:]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    // MARK: Index spaces (imports first)

    public var importedFunctionTypes: [UInt32] {
        imports.compactMap { if case .function(let t) = $0.descriptor { return t } else { return nil } }
    }
    public var importedTables: [TableType] {
        imports.compactMap { if case .table(let t) = $0.descriptor { return t } else { return nil } }
    }
    public var importedMemories: [MemoryType] {
        imports.compactMap { if case .memory(let t) = $0.descriptor { return t } else { return nil } }
    }
    public var importedGlobals: [GlobalType] {
        imports.compactMap { if case .global(let t) = $0.descriptor { return t } else { return nil } }
    }
}
