/// A data or element segment as an instance sees it: `count` is 0 once dropped.
struct SegmentState {
    var base: UnsafeRawPointer?
    var count: Int
}

/// Everything the interpreter reads of one instance, at a stable address and free of ARC.
struct InstanceContext {
    /// Entry of every function index (imports point at the exporter's entries).
    var functions: UnsafeMutablePointer<UnsafeMutablePointer<FunctionEntry>>
    /// Value cell of every global index.
    var globals: UnsafeMutablePointer<UnsafeMutablePointer<UInt64>>
    var tables: UnsafeMutablePointer<UnsafeMutablePointer<TableState>>
    /// Memory 0 (an empty placeholder when the module has none).
    var memory: UnsafeMutablePointer<MemoryState>
    /// Data segments (bytes) and element segments (reference bits, as `UInt64`).
    var datas: UnsafeMutablePointer<SegmentState>
    var elements: UnsafeMutablePointer<SegmentState>
    /// The `ModuleInstance`, unretained.
    var owner: UnsafeMutableRawPointer
    /// The module's code, for trap offsets.
    var code: Unmanaged<CodeBuffer>
}
