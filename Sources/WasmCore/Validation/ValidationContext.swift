/// A run of value types in `ValidationContext.typeStore`: a block's or a function type's parameters or results.
/// Lets the validator describe block signatures without allocating.
struct TypeSlice: Hashable {
    var start: Int32
    var count: Int32

    static let empty = TypeSlice(start: 0, count: 0)

    /// The one-type slice for a single-value block: `typeStore` begins with one entry per value type.
    static func single(_ type: ValueType) -> TypeSlice {
        let index: Int32 = switch type {
        case .i32: 0
        case .i64: 1
        case .f32: 2
        case .f64: 3
        case .v128: 4
        case .funcref: 5
        case .externref: 6
        }
        return TypeSlice(start: index, count: 1)
    }

    var indices: Range<Int> { Int(start)..<Int(start) + Int(count) }
}

/// The validation context `C` of the spec: the module's index spaces (imports first), flattened for fast lookup.
/// A class so that validators share it without copying it around.
final class ValidationContext {
    let features: Features
    let types: [FunctionType]
    /// The value types of every function type, flattened, after one entry per value type (see `TypeSlice.single`).
    let typeStore: [ValueType]
    /// Per type index: its parameters and results in `typeStore`.
    let parameterSlices: [TypeSlice]
    let resultSlices: [TypeSlice]
    /// Type index of every function, imported ones first (not yet checked against `types`).
    let functions: [UInt32]
    let importedFunctionCount: Int
    let tables: [TableType]
    let memories: [MemoryType]
    let globals: [GlobalType]
    /// Constant expressions may only read these first globals (the imported ones).
    let importedGlobalCount: Int
    /// Element type of each element segment.
    let elementTypes: [ValueType]
    /// The data count section's value; `memory.init` and `data.drop` require it.
    let dataCount: UInt32?
    /// Number of data segments (used when the data count section is absent).
    let dataSegmentCount: Int
    /// `C.refs`: functions that `ref.func` may name inside function bodies (those referenced outside them).
    let declaredFunctions: [Bool]

    init(module: Module, features: Features) {
        self.features = features
        self.types = module.types
        self.dataCount = module.dataCount
        self.dataSegmentCount = module.datas.count

        var store: [ValueType] = [.i32, .i64, .f32, .f64, .v128, .funcref, .externref]
        func append(_ list: [ValueType]) -> TypeSlice {
            let slice = TypeSlice(start: Int32(truncatingIfNeeded: store.count), count: Int32(truncatingIfNeeded: list.count))
            store += list
            return slice
        }
        var parameterSlices: [TypeSlice] = []
        var resultSlices: [TypeSlice] = []
        for type in module.types {
            parameterSlices.append(append(type.parameters))
            resultSlices.append(append(type.results))
        }
        self.typeStore = store
        self.parameterSlices = parameterSlices
        self.resultSlices = resultSlices

        var functions: [UInt32] = [], tables: [TableType] = [], memories: [MemoryType] = [], globals: [GlobalType] = []
        for item in module.imports {
            switch item.descriptor {
            case .function(let type): functions.append(type)
            case .table(let type): tables.append(type)
            case .memory(let type): memories.append(type)
            case .global(let type): globals.append(type)
            }
        }
        self.importedFunctionCount = functions.count
        self.importedGlobalCount = globals.count
        self.functions = functions + module.functions
        self.tables = tables + module.tables
        self.memories = memories + module.memories
        self.globals = globals + module.globals.map(\.type)
        self.elementTypes = module.elements.map(\.type)

        var declared = Array(repeating: false, count: self.functions.count)
        func declare(_ function: UInt32) {
            if Int(function) < declared.count { declared[Int(function)] = true }
        }
        func declare(in expression: ConstExpression) {
            for case .refFunc(let function) in expression.instructions { declare(function) }
        }
        for export in module.exports where export.kind == .function { declare(export.index) }
        for global in module.globals { declare(in: global.initializer) }
        for segment in module.elements {
            for initializer in segment.initializers { declare(in: initializer) }
        }
        self.declaredFunctions = declared
    }
}
