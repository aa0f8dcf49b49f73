/// Shared encodings: lengths, names, types, limits and constant expressions.
extension ModuleDecoder {
    /// A u32 count or byte length, which cannot exceed the bytes left in the module (counted from the
    /// length's own first byte, as the reference interpreter does). Bounds vector allocations.
    mutating func readLength() throws(WasmError) -> Int {
        let start = reader.offset
        let n = Int(try reader.readU32())
        guard n <= reader.bytes.count - start else { throw reader.error("length out of bounds", at: start) }
        return n
    }

    /// A length-prefixed UTF-8 name.
    mutating func readName() throws(WasmError) -> String {
        let length = try readLength()
        let start = reader.offset
        guard length <= reader.remaining else { throw reader.error("unexpected end", at: reader.limit) }
        let slice = UnsafeRawBufferPointer(rebasing: reader.bytes[start..<start + length])
        guard let name = String(validating: slice, as: UTF8.self) else {
            throw reader.error("malformed UTF-8 encoding", at: start)
        }
        reader.offset += length
        return name
    }

    /// `length` raw bytes.
    mutating func readBytes(_ length: Int) throws(WasmError) -> [UInt8] {
        guard length <= reader.remaining else { throw reader.error("unexpected end", at: reader.limit) }
        return try reader.readBytes(length)
    }

    mutating func readValueType() throws(WasmError) -> ValueType {
        let start = reader.offset
        switch try reader.readByte() {
        case 0x7F: return .i32
        case 0x7E: return .i64
        case 0x7D: return .f32
        case 0x7C: return .f64
        case 0x7B where features.contains(.simd): return .v128
        case 0x70: return .funcref
        case 0x6F: return .externref
        default: throw reader.error("malformed value type", at: start)
        }
    }

    mutating func readReferenceType() throws(WasmError) -> ValueType { try reader.readReferenceType() }

    /// A vector of value types (function parameters or results).
    mutating func readResultType() throws(WasmError) -> [ValueType] {
        let count = try readLength()
        var types: [ValueType] = []
        types.reserveCapacity(count)
        for _ in 0..<count { types.append(try readValueType()) }
        return types
    }

    /// Limits: a one-bit flag (max present) then u32 min and max. The flag is a 1-bit LEB128 as in the
    /// reference interpreter, so the threads proposal's shared flags (2, 3) and memory64's (4–7) are malformed.
    mutating func readLimits() throws(WasmError) -> Limits {
        let hasMax = try reader.readUnsigned(bits: 1) == 1
        let min = UInt64(try reader.readU32())
        let max = hasMax ? UInt64(try reader.readU32()) : nil
        return Limits(min: min, max: max)
    }

    mutating func readTableType() throws(WasmError) -> TableType {
        let element = try readReferenceType()
        return TableType(elementType: element, limits: try readLimits())
    }

    mutating func readMemoryType() throws(WasmError) -> MemoryType {
        MemoryType(limits: try readLimits())
    }

    mutating func readGlobalType() throws(WasmError) -> GlobalType {
        let type = try readValueType()
        let start = reader.offset
        switch try reader.readByte() {
        case 0: return GlobalType(valueType: type, isMutable: false)
        case 1: return GlobalType(valueType: type, isMutable: true)
        default: throw reader.error("malformed mutability", at: start)
        }
    }

    /// Instructions up to the first `end` (which is consumed and not stored).
    mutating func readConstExpression() throws(WasmError) -> ConstExpression {
        var instructions = InstructionReader(bytes: reader.bytes, range: reader.offset..<reader.limit, features: features)
        var result: [Instruction] = []
        while true {
            let instruction = try instructions.read()
            if instruction == .end { break }
            result.append(instruction)
        }
        reader.offset = instructions.offset
        return ConstExpression(result)
    }
}
