/// Reads the primitive encodings of the binary format (bytes, LEB128 integers, floats, names) from a
/// byte buffer, throwing `WasmError.malformed` with the offset on any bad or truncated input.
public struct ByteReader {
    public let bytes: UnsafeRawBufferPointer
    /// Current offset within `bytes`.
    public var offset: Int
    /// Reading stops here (a section or body end).
    public var limit: Int
    /// Added to offsets in error messages (position of `bytes` in the module).
    public var base: Int

    public init(bytes: UnsafeRawBufferPointer, offset: Int = 0, limit: Int? = nil, base: Int = 0) {
        self.bytes = bytes
        self.offset = offset
        self.limit = limit ?? bytes.count
        self.base = base
    }

    @inlinable public var isAtEnd: Bool { offset >= limit }
    @inlinable public var remaining: Int { limit - offset }

    public func error(_ message: String, at offset: Int? = nil) -> WasmError {
        .malformed(message, offset: base + (offset ?? self.offset))
    }

    @inlinable
    public mutating func readByte() throws(WasmError) -> UInt8 {
        guard offset < limit else { throw error("unexpected end") }
        let b = bytes[offset]
        offset += 1
        return b
    }

    public mutating func readBytes(_ count: Int) throws(WasmError) -> [UInt8] {
        guard count >= 0, count <= remaining else { throw error("unexpected end") }
        let out = Array(bytes[offset..<offset + count])
        offset += count
        return out
    }

    public mutating func skip(_ count: Int) throws(WasmError) {
        guard count >= 0, count <= remaining else { throw error("unexpected end") }
        offset += count
    }

    /// Unsigned LEB128 of at most `bits` bits (32 or 64).
    @inlinable
    public mutating func readUnsigned(bits: Int) throws(WasmError) -> UInt64 {
        var result: UInt64 = 0
        var shift = 0
        let start = offset
        while true {
            let b = try readByte()
            let payload = UInt64(b & 0x7F)
            if shift + 7 > bits {
                // Last permitted byte: the unused high bits must be zero, no continuation.
                let usable = bits - shift
                if b & 0x80 != 0 { throw error("integer representation too long", at: start) }
                if usable < 7, payload >> UInt64(usable) != 0 { throw error("integer too large", at: start) }
                result |= payload << UInt64(shift)
                return result
            }
            result |= payload << UInt64(shift)
            if b & 0x80 == 0 { return result }
            shift += 7
        }
    }

    /// Signed LEB128 of at most `bits` bits (32, 33 or 64), sign-extended to 64 bits.
    @inlinable
    public mutating func readSigned(bits: Int) throws(WasmError) -> Int64 {
        var result: Int64 = 0
        var shift = 0
        let start = offset
        while true {
            let b = try readByte()
            let payload = Int64(b & 0x7F)
            if shift + 7 >= bits {
                // Last permitted byte: the unused bits must all equal the sign bit.
                if b & 0x80 != 0 { throw error("integer representation too long", at: start) }
                let usable = bits - shift  // 1...7 bits of payload are meaningful
                if usable < 7 {
                    let signAndUnused = Int64(Int8(bitPattern: (b & 0x7F) << 1)) >> Int64(usable)
                    if signAndUnused != 0 && signAndUnused != -1 { throw error("integer too large", at: start) }
                }
                result |= payload << Int64(shift)
                let total = shift + 7
                if total < 64 { result = (result << Int64(64 - total)) >> Int64(64 - total) }
                return result
            }
            result |= payload << Int64(shift)
            shift += 7
            if b & 0x80 == 0 {
                if shift < 64 { result = (result << Int64(64 - shift)) >> Int64(64 - shift) }
                return result
            }
        }
    }

    @inlinable public mutating func readU32() throws(WasmError) -> UInt32 { UInt32(try readUnsigned(bits: 32)) }
    @inlinable public mutating func readU64() throws(WasmError) -> UInt64 { try readUnsigned(bits: 64) }
    @inlinable public mutating func readS32() throws(WasmError) -> Int32 { Int32(truncatingIfNeeded: try readSigned(bits: 32)) }
    @inlinable public mutating func readS33() throws(WasmError) -> Int64 { try readSigned(bits: 33) }
    @inlinable public mutating func readS64() throws(WasmError) -> Int64 { try readSigned(bits: 64) }

    /// A little-endian fixed-width value of `count` bytes.
    public mutating func readFixed(_ count: Int) throws(WasmError) -> UInt64 {
        guard count <= remaining else { throw error("unexpected end") }
        var v: UInt64 = 0
        for i in 0..<count { v |= UInt64(bytes[offset + i]) << UInt64(8 * i) }
        offset += count
        return v
    }

    /// A reference type byte (`funcref` 0x70, `externref` 0x6F).
    public mutating func readReferenceType() throws(WasmError) -> ValueType {
        let start = offset
        switch try readByte() {
        case 0x70: return .funcref
        case 0x6F: return .externref
        default: throw error("malformed reference type", at: start)
        }
    }

    /// A length-prefixed UTF-8 name.
    public mutating func readName() throws(WasmError) -> String {
        let start = offset
        let length = Int(try readU32())
        guard length <= remaining else { throw error("unexpected end", at: start) }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
        guard let s = String(validating: slice, as: UTF8.self) else { throw error("malformed UTF-8 encoding", at: start) }
        offset += length
        return s
    }
}
