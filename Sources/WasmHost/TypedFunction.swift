/// An exported function with Swift parameter and result types checked once, called without boxing
/// values or allocating: `let add = try instance.typedFunction("add", of: (Int32, Int32).self, returning: Int32.self)`,
/// then `try add(1, 2)`.
public struct TypedFunction<each P: WasmValueConvertible, R: WasmResultConvertible>: Sendable {
    public let function: FunctionReference
    let instance: Instance
    public var controls: ExecutionControls

    /// Calls the function.
    public func callAsFunction(_ arguments: repeat each P) throws(WasmError) -> R {
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        var results: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        return try withUnsafeMutableBytes(of: &words) { (raw) throws(WasmError) -> R in
            let slots = raw.bindMemory(to: UInt64.self)
            var i = 0
            for argument in repeat each arguments {
                slots[i] = argument.bits
                i += 1
            }
            return try withUnsafeMutableBytes(of: &results) { (rawResults) throws(WasmError) -> R in
                let out = rawResults.bindMemory(to: UInt64.self)
                try instance.invoke(function, arguments: UnsafeBufferPointer(rebasing: slots[0..<i]), results: out,
                                    controls: controls)
                return R.load(UnsafePointer(out.baseAddress!))
            }
        }
    }
}

extension ModuleInstance {
    /// The export `name` as a typed function; throws when it is missing or its signature differs.
    /// Up to 8 parameters and 1 result.
    public func typedFunction<each P: WasmValueConvertible, R: WasmResultConvertible>(
        _ name: String, of parameters: (repeat each P).Type = (repeat each P).self, returning: R.Type = R.self,
        controls: ExecutionControls = ExecutionControls()
    ) throws(WasmError) -> TypedFunction<repeat each P, R> {
        guard let function = function(name) else { throw .unlinkable("no exported function \"\(name)\"") }
        var types: [ValueType] = []
        for p in repeat (each P).self { types.append(p.wasmType) }
        let wanted = FunctionType(parameters: types, results: R.wasmTypes)
        guard function.type == wanted, types.count <= 8 else {
            throw .unlinkable("function \"\(name)\" has type \(function.type), not \(wanted)")
        }
        return TypedFunction(function: function, instance: self, controls: controls)
    }
}
