/// A decoded, validated and translated module: immutable, shared by every instance and thread.
public final class CompiledModule: @unchecked Sendable {
    public let module: Module
    public let features: Features
    let code: CodeBuffer
    /// Type index of every function (imports first).
    let functionTypes: [UInt32]
    /// Bytes of every data segment, at stable addresses for `memory.init`.
    let dataBytes: UnsafeMutablePointer<UInt8>
    let dataRanges: [Range<Int>]

    /// Decodes, validates and translates `bytes`.
    public convenience init(bytes: [UInt8], features: Features = .wasm2) throws(WasmError) {
        let module = try decodeModule(bytes, features: features)
        try validate(module, features: features)
        try self.init(validated: module, features: features)
    }

    /// Translates an already validated module.
    public init(validated module: Module, features: Features = .wasm2) throws(WasmError) {
        self.module = module
        self.features = features
        functionTypes = module.importedFunctionTypes + module.functions
        code = try Translator.translate(module, features: features)
        var ranges: [Range<Int>] = []
        var total = 0
        for segment in module.datas {
            ranges.append(total..<total + segment.bytes.count)
            total += segment.bytes.count
        }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: Swift.max(total, 1))
        for (segment, range) in zip(module.datas, ranges) {
            segment.bytes.withUnsafeBufferPointer { src in
                if let base = src.baseAddress { (buffer + range.lowerBound).initialize(from: base, count: src.count) }
            }
        }
        dataBytes = buffer
        dataRanges = ranges
    }

    deinit { dataBytes.deallocate() }

    /// The signature of function `index` (imports first).
    public func functionType(_ index: UInt32) -> FunctionType {
        module.types[Int(functionTypes[Int(index)])]
    }

    /// Exports of this module with their types, for embedders that check before instantiating.
    public var exports: [Export] { module.exports }
    public var imports: [Import] { module.imports }
}
