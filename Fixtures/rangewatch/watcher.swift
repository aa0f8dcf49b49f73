// An Embedded Swift range-watch guest over GuestSDK/rangewatch/RangeWatch.swift, with single-byte keys:
//   watch(n) -> i32:   opens and starts watch id [n] on [[n], [n + 1]); returns 0 or a status code
//   emit(val, key):    emits val for the key [key]
//   stop(n) -> i32:    stops watch [n]
// Notices are reported through rangewatch_test.delivered(val, id_ptr, id_len).

@_extern(wasm, module: "rangewatch_test", name: "delivered") @_extern(c)
func delivered(_ value: Int64, _ id: UnsafeRawPointer?, _ length: Int32)

func code(_ status: RangeWatchStatus?) -> Int32 {
    switch status {
    case nil: 0
    case .notFound?: 1
    case .exists?: 2
    case .alreadyOpen?: 3
    case .closed?: 4
    case .invalidRange?: 5
    case .notOpen?: 6
    case .other?: 7
    case .tooBig?: 8
    }
}

@_cdecl("_initialize")
public func initialize() {
    RangeWatch.receive { id, value in
        delivered(Int64(bitPattern: value), id.baseAddress, Int32(id.count))
        return true
    }
}

@_cdecl("watch")
public func watch(_ n: Int32) -> Int32 {
    var id = UInt8(truncatingIfNeeded: n)
    var to = UInt8(truncatingIfNeeded: n &+ 1)
    return withUnsafeBytes(of: &id) { idBytes in
        withUnsafeBytes(of: &to) { toBytes in
            let opened = RangeWatch.open(id: idBytes, from: idBytes, to: toBytes)
            return code(opened ?? RangeWatch.start(id: idBytes))
        }
    }
}

@_cdecl("emit")
public func emit(_ value: Int64, _ key: Int32) {
    var byte = UInt8(truncatingIfNeeded: key)
    withUnsafeBytes(of: &byte) { _ = RangeWatch.emit(UInt64(bitPattern: value), key: $0) }
}

@_cdecl("stop")
public func stop(_ n: Int32) -> Int32 {
    var id = UInt8(truncatingIfNeeded: n)
    return withUnsafeBytes(of: &id) { code(RangeWatch.stop(id: $0)) }
}
