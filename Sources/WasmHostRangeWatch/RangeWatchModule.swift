import Synchronization
import WasmHost

/// The `pantopic/wazero-range-watch` host module: `__range_watch_flush`, `_reserve`, `_open`, `_start`
/// and `_stop` (all `() -> ()`), over the guest's 7-slot meta page (`__range_watch() -> i32`), read once
/// per instance. Watches match flushed keys through a `ByteIntervalTree`; matching values are delivered
/// asynchronously by calling the guest export `__range_watch_recv` on an instance from the scope's
/// provider. Guest calls run under a `RangeWatchScope`.
public struct RangeWatchModule: HostModule {
    /// The import module name of the original.
    public static let moduleName = "pantopic/wazero-range-watch"
    public let name = RangeWatchModule.moduleName

    public init() {}

    public func externals(for context: InstantiationContext) throws -> [String: External] {
        let state = RangeWatchInstanceState()
        context.state[RangeWatchModule.moduleName] = state
        let type = FunctionType(parameters: [], results: [])
        func function(_ body: @escaping @Sendable (RangeWatchInstanceState, Caller) throws(RangeWatchError) -> Void) -> External {
            .function(HostFunction(type: type, raw: { caller, _ in try body(state, caller) }))
        }
        return [
            "__range_watch_flush": function { state, caller throws(RangeWatchError) in try state.flush(caller) },
            "__range_watch_reserve": function { state, caller throws(RangeWatchError) in
                try state.withID(caller) { scope, key in scope.list.reserve(key, scope: scope.derived()) }
            },
            "__range_watch_open": function { state, caller throws(RangeWatchError) in try state.open(caller) },
            "__range_watch_start": function { state, caller throws(RangeWatchError) in
                try state.withID(caller) { scope, key in scope.list.start(key) }
            },
            "__range_watch_stop": function { state, caller throws(RangeWatchError) in
                try state.withID(caller) { scope, key in scope.list.stop(key) }
            },
        ]
    }

    /// Reads (and caches) an instance's meta page by calling its `__range_watch` export (the original's
    /// `InitContext`). Host calls and deliveries do this on first use.
    @discardableResult
    public static func meta(of instance: Instance) throws(RangeWatchError) -> RangeWatchMeta {
        if let state = instance.hostState[moduleName] as? RangeWatchInstanceState { return try state.meta(instance) }
        return try RangeWatchMeta.read(instance)
    }

    /// One delivery: writes the id, the value and `_errLen = 0`, calls `__range_watch_recv`, and returns
    /// the guest's rejection (`_errLen > 0`) as a message.
    static func deliver(to instance: Instance, id: [UInt8], value: UInt64) throws -> String? {
        let meta = try meta(of: instance)
        guard let memory = instance.memories.first else { throw RangeWatchError(.outOfBounds(address: 0, length: 0)) }
        guard let receive = instance.function("__range_watch_recv"), receive.type == FunctionType() else {
            throw RangeWatchError(.missingExport("__range_watch_recv"))
        }
        let capacity = try memory.watchLoad32(UInt64(meta.bufferCapacity))
        guard id.count <= capacity else {
            throw RangeWatchError(.malformedBuffer("watch id of \(id.count) bytes exceeds the buffer capacity \(capacity)"))
        }
        guard (try? memory.write(id, at: Int(meta.buffer))) != nil else {
            throw RangeWatchError(.outOfBounds(address: UInt64(meta.buffer), length: UInt64(id.count)))
        }
        try memory.watchStore32(UInt32(id.count), meta.bufferLength)
        try memory.watchStore64(value, meta.value)
        try memory.watchStore32(0, meta.errorLength)
        _ = try instance.invoke(receive, arguments: [])
        let errorLength = try memory.watchLoad32(UInt64(meta.errorLength))
        guard errorLength > 0 else { return nil }
        let errorCapacity = try memory.watchLoad32(UInt64(meta.errorCapacity))
        let text = (try? memory.read(at: Int(meta.error), count: Int(min(errorLength, errorCapacity)))) ?? []
        return "the guest rejected the notice: \(String(decoding: text, as: UTF8.self))"
    }
}

/// Per-instance state: the cached meta page.
final class RangeWatchInstanceState: @unchecked Sendable {
    private let cached = Mutex<RangeWatchMeta?>(nil)

    func meta(_ instance: Instance) throws(RangeWatchError) -> RangeWatchMeta {
        if let meta = cached.withLock({ $0 }) { return meta }
        let meta = try RangeWatchMeta.read(instance)
        cached.withLock { $0 = meta }
        return meta
    }

    private func prologue(_ caller: Caller) throws(RangeWatchError) -> (RangeWatchScope, Memory, RangeWatchMeta) {
        guard let scope = RangeWatchScope.current else { throw RangeWatchError(.noScope) }
        guard let instance = caller.instance, let memory = caller.memory else {
            throw RangeWatchError(.outOfBounds(address: 0, length: 0))
        }
        return (scope, memory, try meta(instance))
    }

    func flush(_ caller: Caller) throws(RangeWatchError) {
        let (scope, memory, meta) = try prologue(caller)
        let keys = try parseKeyList(try meta.readBuffer(memory))
        let value = try memory.watchLoad64(meta.value)
        scope.list.emit(value, keys: keys)
    }

    /// reserve, start, stop: the id is the whole buffer; the status goes to `_err`.
    func withID(_ caller: Caller, _ body: (RangeWatchScope, WatchKey) -> RangeWatchStatus?) throws(RangeWatchError) {
        let (scope, memory, meta) = try prologue(caller)
        let id = try meta.readBuffer(memory)
        try meta.writeStatus(body(scope, WatchKey(group: scope.group, id: id)), memory)
    }

    func open(_ caller: Caller) throws(RangeWatchError) {
        let (scope, memory, meta) = try prologue(caller)
        let keys = try parseKeyList(try meta.readBuffer(memory))
        guard keys.count == 3 else { throw RangeWatchError(.wrongKeyCount(keys.count)) }
        let status = scope.list.open(WatchKey(group: scope.group, id: keys[0]), from: keys[1], to: keys[2],
                                     scope: scope.derived())
        try meta.writeStatus(status, memory)
    }
}
