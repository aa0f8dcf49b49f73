// RangeWatch.swift: guest SDK (Embedded Swift) for the pantopic/wazero-range-watch host module,
// ABI-compatible with the original Go SDK (v0.0.6). Allocation-free (no heap needed). Compile it with
// your guest (one module, -wmo, `-enable-experimental-feature Embedded -enable-experimental-feature
// Extern`) and export `__range_watch` and `__range_watch_recv` when linking.
//
//     RangeWatch.receive { id, value in ...; return true }    // once per instance (e.g. _initialize)
//     RangeWatch.open(id: idBytes, from: fromBytes, to: toBytes)   // to [] = one key, [0] = every key >= from
//     RangeWatch.start(id: idBytes)
//     RangeWatch.emit(value, key: keyBytes)
//
// Calls return nil on success or the host's status (`.exists`, `.notFound`...).

@_extern(wasm, module: "pantopic/wazero-range-watch", name: "__range_watch_flush") @_extern(c)
func _rangeWatchFlush()
@_extern(wasm, module: "pantopic/wazero-range-watch", name: "__range_watch_reserve") @_extern(c)
func _rangeWatchReserve()
@_extern(wasm, module: "pantopic/wazero-range-watch", name: "__range_watch_open") @_extern(c)
func _rangeWatchOpen()
@_extern(wasm, module: "pantopic/wazero-range-watch", name: "__range_watch_start") @_extern(c)
func _rangeWatchStart()
@_extern(wasm, module: "pantopic/wazero-range-watch", name: "__range_watch_stop") @_extern(c)
func _rangeWatchStop()

nonisolated(unsafe) var _rwBuffer = InlineArray<16384, UInt8>(repeating: 0)
nonisolated(unsafe) var _rwBufferCapacity: UInt32 = 16384
nonisolated(unsafe) var _rwBufferLength: UInt32 = 0
nonisolated(unsafe) var _rwError = InlineArray<1024, UInt8>(repeating: 0)
nonisolated(unsafe) var _rwErrorCapacity: UInt32 = 1024
nonisolated(unsafe) var _rwErrorLength: UInt32 = 0
nonisolated(unsafe) var _rwValue: UInt64 = 0
nonisolated(unsafe) var _rwMeta = InlineArray<7, UInt32>(repeating: 0)
nonisolated(unsafe) var _rwReceiver: ((UnsafeRawBufferPointer, UInt64) -> Bool)? = nil

@inline(__always)
func _rwAddress<T>(_ pointer: UnsafeMutablePointer<T>) -> UInt32 {
    UInt32(truncatingIfNeeded: UInt(bitPattern: pointer))
}

/// The meta page export.
@_cdecl("__range_watch")
public func _rangeWatchMeta() -> UInt32 {
    _rwMeta[0] = withUnsafeMutablePointer(to: &_rwBuffer) { _rwAddress($0) }
    _rwMeta[1] = withUnsafeMutablePointer(to: &_rwBufferCapacity) { _rwAddress($0) }
    _rwMeta[2] = withUnsafeMutablePointer(to: &_rwBufferLength) { _rwAddress($0) }
    _rwMeta[3] = withUnsafeMutablePointer(to: &_rwError) { _rwAddress($0) }
    _rwMeta[4] = withUnsafeMutablePointer(to: &_rwErrorCapacity) { _rwAddress($0) }
    _rwMeta[5] = withUnsafeMutablePointer(to: &_rwErrorLength) { _rwAddress($0) }
    _rwMeta[6] = withUnsafeMutablePointer(to: &_rwValue) { _rwAddress($0) }
    return withUnsafeMutablePointer(to: &_rwMeta) { _rwAddress($0) }
}

/// The delivery export: calls the receiver with the id and value; a false return rejects the notice.
@_cdecl("__range_watch_recv")
public func _rangeWatchReceive() {
    guard let receiver = _rwReceiver else { fatalError("no range-watch receiver registered") }
    let accepted = withUnsafeMutablePointer(to: &_rwBuffer) { pointer in
        receiver(UnsafeRawBufferPointer(start: pointer, count: Int(min(_rwBufferLength, _rwBufferCapacity))), _rwValue)
    }
    if !accepted {
        let text: StaticString = "rejected"
        withUnsafeMutablePointer(to: &_rwError) { pointer in
            let out = UnsafeMutableRawPointer(pointer)
            for i in 0..<text.utf8CodeUnitCount { out.storeBytes(of: text.utf8Start[i], toByteOffset: i, as: UInt8.self) }
        }
        _rwErrorLength = UInt32(text.utf8CodeUnitCount)
    }
}

/// The host's statuses (`_err` texts).
public enum RangeWatchStatus: Equatable {
    case notFound, exists, alreadyOpen, closed, invalidRange, notOpen, other
    /// The arguments do not fit the buffer (no host call made).
    case tooBig
}

public enum RangeWatch {
    /// Registers the receiver of notices; false when one is already registered.
    @discardableResult
    public static func receive(_ receiver: @escaping (UnsafeRawBufferPointer, UInt64) -> Bool) -> Bool {
        guard _rwReceiver == nil else { return false }
        _rwReceiver = receiver
        return true
    }

    public static func reserve(id: UnsafeRawBufferPointer) -> RangeWatchStatus? { idCall(id, _rangeWatchReserve) }
    public static func start(id: UnsafeRawBufferPointer) -> RangeWatchStatus? { idCall(id, _rangeWatchStart) }
    public static func stop(id: UnsafeRawBufferPointer) -> RangeWatchStatus? { idCall(id, _rangeWatchStop) }

    /// Opens `[from, to)` for watch `id` (reserving it if needed).
    public static func open(id: UnsafeRawBufferPointer, from: UnsafeRawBufferPointer,
                            to: UnsafeRawBufferPointer) -> RangeWatchStatus? {
        _rwBufferLength = 0
        guard append(id), append(from), append(to) else { return .tooBig }
        _rwErrorLength = 0
        _rangeWatchOpen()
        return status()
    }

    /// Emits `value` for one key.
    @discardableResult
    public static func emit(_ value: UInt64, key: UnsafeRawBufferPointer) -> Bool {
        _rwValue = value
        _rwBufferLength = 0
        guard append(key) else { return false }
        _rangeWatchFlush()
        return true
    }

    static func idCall(_ id: UnsafeRawBufferPointer, _ call: () -> Void) -> RangeWatchStatus? {
        guard id.count <= Int(_rwBufferCapacity) else { return .tooBig }
        withUnsafeMutablePointer(to: &_rwBuffer) { pointer in
            let out = UnsafeMutableRawPointer(pointer)
            for i in 0..<id.count { out.storeBytes(of: id[i], toByteOffset: i, as: UInt8.self) }
        }
        _rwBufferLength = UInt32(id.count)
        _rwErrorLength = 0
        call()
        return status()
    }

    /// Appends `{u16be length, bytes}` to the buffer; false when it does not fit.
    static func append(_ key: UnsafeRawBufferPointer) -> Bool {
        let start = Int(_rwBufferLength)
        guard key.count <= 0xFFFF, key.count + 2 <= Int(_rwBufferCapacity) - start else { return false }
        withUnsafeMutablePointer(to: &_rwBuffer) { pointer in
            let out = UnsafeMutableRawPointer(pointer)
            out.storeBytes(of: UInt8(key.count >> 8), toByteOffset: start, as: UInt8.self)
            out.storeBytes(of: UInt8(key.count & 0xFF), toByteOffset: start + 1, as: UInt8.self)
            for i in 0..<key.count { out.storeBytes(of: key[i], toByteOffset: start + 2 + i, as: UInt8.self) }
        }
        _rwBufferLength += UInt32(key.count + 2)
        return true
    }

    static func status() -> RangeWatchStatus? {
        guard _rwErrorLength > 0 else { return nil }
        return withUnsafeMutablePointer(to: &_rwError) { pointer -> RangeWatchStatus in
            let text = UnsafeRawBufferPointer(start: pointer, count: Int(min(_rwErrorLength, _rwErrorCapacity)))
            if equals(text, "Watch not found") { return .notFound }
            if equals(text, "Watch exists") { return .exists }
            if equals(text, "Watch already open") { return .alreadyOpen }
            if equals(text, "Watch closed") { return .closed }
            if equals(text, "Invalid range") { return .invalidRange }
            if equals(text, "Watch not open") { return .notOpen }
            return .other
        }
    }

    static func equals(_ bytes: UnsafeRawBufferPointer, _ text: StaticString) -> Bool {
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        for i in 0..<bytes.count where bytes[i] != text.utf8Start[i] { return false }
        return true
    }
}
