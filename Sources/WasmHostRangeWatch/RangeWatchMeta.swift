import WasmHost

/// The seven addresses of a guest's range-watch meta page (`__range_watch() -> i32`, `u32le` each):
/// buffer, its capacity and length, error buffer, its capacity and length, and the `u64le` value.
public struct RangeWatchMeta: Sendable, Equatable {
    public var buffer: UInt32
    public var bufferCapacity: UInt32
    public var bufferLength: UInt32
    public var error: UInt32
    public var errorCapacity: UInt32
    public var errorLength: UInt32
    public var value: UInt32

    init(memory: Memory, at address: UInt32) throws(RangeWatchError) {
        let base = UInt64(address)
        buffer = try memory.watchLoad32(base)
        bufferCapacity = try memory.watchLoad32(base + 4)
        bufferLength = try memory.watchLoad32(base + 8)
        error = try memory.watchLoad32(base + 12)
        errorCapacity = try memory.watchLoad32(base + 16)
        errorLength = try memory.watchLoad32(base + 20)
        value = try memory.watchLoad32(base + 24)
    }

    /// Reads the meta page of `instance` by calling its `__range_watch` export.
    static func read(_ instance: Instance) throws(RangeWatchError) -> RangeWatchMeta {
        guard let function = instance.function("__range_watch"),
              function.type == FunctionType(parameters: [], results: [.i32]) else {
            throw RangeWatchError(.missingExport("__range_watch"))
        }
        guard let memory = instance.memories.first else { throw RangeWatchError(.outOfBounds(address: 0, length: 28)) }
        let address: UInt32
        do {
            address = UInt32(truncatingIfNeeded: try instance.invoke(function, arguments: []).first ?? 0)
        } catch {
            throw RangeWatchError(.missingExport("__range_watch (it trapped: \(error))"))
        }
        return try RangeWatchMeta(memory: memory, at: address)
    }

    /// The bytes `_buf[0 ..< _bufLen]`, copied.
    func readBuffer(_ memory: Memory) throws(RangeWatchError) -> [UInt8] {
        let capacity = try memory.watchLoad32(UInt64(bufferCapacity))
        let length = try memory.watchLoad32(UInt64(bufferLength))
        guard length <= capacity else {
            throw RangeWatchError(.malformedBuffer("length \(length) exceeds capacity \(capacity)"))
        }
        guard let bytes = try? memory.read(at: Int(buffer), count: Int(length)) else {
            throw RangeWatchError(.outOfBounds(address: UInt64(buffer), length: UInt64(length)))
        }
        return bytes
    }

    /// Writes a status into `_err`/`_errLen` (empty: success), truncated to `_errCap`.
    func writeStatus(_ status: RangeWatchStatus?, _ memory: Memory) throws(RangeWatchError) {
        var length: UInt32 = 0
        if let status {
            let capacity = try memory.watchLoad32(UInt64(errorCapacity))
            let text = Array(status.rawValue.utf8.prefix(Int(capacity)))
            guard (try? memory.write(text, at: Int(error))) != nil else {
                throw RangeWatchError(.outOfBounds(address: UInt64(error), length: UInt64(text.count)))
            }
            length = UInt32(text.count)
        }
        try memory.watchStore32(length, errorLength)
    }
}

extension Memory {
    func watchLoad32(_ address: UInt64) throws(RangeWatchError) -> UInt32 {
        guard address <= UInt64(Int32.max) * 2 + 1, let value = try? load(UInt32.self, at: Int(address)) else {
            throw RangeWatchError(.outOfBounds(address: address, length: 4))
        }
        return value
    }

    func watchLoad64(_ address: UInt32) throws(RangeWatchError) -> UInt64 {
        guard let value = try? load(UInt64.self, at: Int(address)) else {
            throw RangeWatchError(.outOfBounds(address: UInt64(address), length: 8))
        }
        return value
    }

    func watchStore32(_ value: UInt32, _ address: UInt32) throws(RangeWatchError) {
        guard (try? store(value, at: Int(address))) != nil else {
            throw RangeWatchError(.outOfBounds(address: UInt64(address), length: 4))
        }
    }

    func watchStore64(_ value: UInt64, _ address: UInt32) throws(RangeWatchError) {
        guard (try? store(value, at: Int(address))) != nil else {
            throw RangeWatchError(.outOfBounds(address: UInt64(address), length: 8))
        }
    }
}

/// Parses a key list: repeated `{u16 big-endian length, bytes}` filling the buffer.
func parseKeyList(_ bytes: [UInt8]) throws(RangeWatchError) -> [[UInt8]] {
    var keys: [[UInt8]] = []
    var i = 0
    while i < bytes.count {
        guard i + 2 <= bytes.count else {
            throw RangeWatchError(.malformedBuffer("key list truncated in a length prefix at byte \(i)"))
        }
        let length = Int(bytes[i]) << 8 | Int(bytes[i + 1])
        i += 2
        guard length <= bytes.count - i else {
            throw RangeWatchError(.malformedBuffer("key of \(length) bytes at byte \(i - 2) runs past the list end (\(bytes.count))"))
        }
        keys.append(Array(bytes[i ..< i + length]))
        i += length
    }
    return keys
}
