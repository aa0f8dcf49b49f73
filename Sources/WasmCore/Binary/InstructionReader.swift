/// Decodes instructions one at a time from a range of the module bytes (a function body or a constant
/// expression). Only `br_table` targets and `select t*` types allocate.
public struct InstructionReader {
    @usableFromInline var reader: ByteReader
    @usableFromInline let features: Features

    /// `bytes` is the whole module; reading starts at `range.lowerBound` and never passes `range.upperBound`.
    public init(bytes: UnsafeRawBufferPointer, range: Range<Int>, features: Features) {
        self.reader = ByteReader(bytes: bytes, offset: range.lowerBound, limit: range.upperBound)
        self.features = features
    }

    /// Offset (in the module) of the next instruction.
    @inlinable public var offset: Int { reader.offset }
    @inlinable public var isAtEnd: Bool { reader.isAtEnd }

    /// Decodes one instruction with its immediates; throws `WasmError.malformed` on bad or truncated input.
    public mutating func read() throws(WasmError) -> Instruction {
        let start = reader.offset
        let opcode = try reader.readByte()
        switch opcode {
        case 0x00: return .unreachable
        case 0x01: return .nop
        case 0x02: return .block(try readBlockType())
        case 0x03: return .loop(try readBlockType())
        case 0x04: return .if(try readBlockType())
        case 0x05: return .else
        case 0x0B: return .end
        case 0x0C: return .br(try reader.readU32())
        case 0x0D: return .brIf(try reader.readU32())
        case 0x0E: return try readBrTable()
        case 0x0F: return .return
        case 0x10: return .call(try reader.readU32())
        case 0x11:
            let type = try reader.readU32()
            return .callIndirect(typeIndex: type, table: try reader.readU32())
        case 0x1A: return .drop
        case 0x1B: return .select
        case 0x1C: return try readSelectTyped()
        case 0x20: return .localGet(try reader.readU32())
        case 0x21: return .localSet(try reader.readU32())
        case 0x22: return .localTee(try reader.readU32())
        case 0x23: return .globalGet(try reader.readU32())
        case 0x24: return .globalSet(try reader.readU32())
        case 0x25: return .tableGet(try reader.readU32())
        case 0x26: return .tableSet(try reader.readU32())
        case 0x28...0x35:
            // Opcodes 0x28...0x35 are exactly LoadOp's raw values.
            guard let op = LoadOp(rawValue: opcode) else { throw reader.error("illegal opcode", at: start) }
            return .load(op, try readMemArg())
        case 0x36...0x3E:
            guard let op = StoreOp(rawValue: opcode) else { throw reader.error("illegal opcode", at: start) }
            return .store(op, try readMemArg())
        case 0x3F: return .memorySize(try readMemoryIndex())
        case 0x40: return .memoryGrow(try readMemoryIndex())
        case 0x41: return .i32Const(try reader.readS32())
        case 0x42: return .i64Const(try reader.readS64())
        case 0x43: return .f32Const(UInt32(truncatingIfNeeded: try reader.readFixed(4)))
        case 0x44: return .f64Const(try reader.readFixed(8))
        case 0x45...0xC4:
            guard let op = NumericOp(rawValue: UInt16(opcode)) else { throw reader.error("illegal opcode", at: start) }
            return .numeric(op)
        case 0xD0: return .refNull(try readReferenceType())
        case 0xD1: return .refIsNull
        case 0xD2: return .refFunc(try reader.readU32())
        case 0xFC: return try readPrefixed(start: start)
        case 0xFD: return try readSIMD(start: start)
        default: throw reader.error("illegal opcode", at: start)
        }
    }

    // MARK: Immediates

    /// 0x40 (empty), a value type, or a non-negative s33 type index.
    @usableFromInline mutating func readBlockType() throws(WasmError) -> BlockType {
        let start = reader.offset
        let byte = try reader.readByte()
        if byte == 0x40 { return .empty }
        if let type = valueType(byte) { return .value(type) }
        reader.offset = start
        let index = try reader.readS33()
        guard index >= 0, index <= Int64(UInt32.max) else { throw reader.error("malformed block type", at: start) }
        return .typeIndex(UInt32(index))
    }

    @usableFromInline func valueType(_ byte: UInt8) -> ValueType? {
        switch byte {
        case 0x7F: .i32
        case 0x7E: .i64
        case 0x7D: .f32
        case 0x7C: .f64
        case 0x7B: features.contains(.simd) ? .v128 : nil
        case 0x70: .funcref
        case 0x6F: .externref
        default: nil
        }
    }

    mutating func readValueType() throws(WasmError) -> ValueType {
        let start = reader.offset
        guard let type = valueType(try reader.readByte()) else { throw reader.error("malformed value type", at: start) }
        return type
    }

    mutating func readReferenceType() throws(WasmError) -> ValueType { try reader.readReferenceType() }

    /// A vector count, bounded by the bytes left (each element takes at least one byte).
    mutating func readCount() throws(WasmError) -> Int {
        let start = reader.offset
        let count = Int(try reader.readU32())
        guard count <= reader.remaining else { throw reader.error("length out of bounds", at: start) }
        return count
    }

    mutating func readBrTable() throws(WasmError) -> Instruction {
        let count = try readCount()
        var targets: [UInt32] = []
        targets.reserveCapacity(count)
        for _ in 0..<count { targets.append(try reader.readU32()) }
        return .brTable(targets, default: try reader.readU32())
    }

    mutating func readSelectTyped() throws(WasmError) -> Instruction {
        let count = try readCount()
        var types: [ValueType] = []
        types.reserveCapacity(count)
        for _ in 0..<count { types.append(try readValueType()) }
        return .selectTyped(types)
    }

    /// Alignment exponent then offset; with multi-memory, bit 6 of the alignment announces a memory index
    /// between the two.
    @usableFromInline mutating func readMemArg() throws(WasmError) -> MemArg {
        let start = reader.offset
        var align = try reader.readU32()
        var memory: UInt32 = 0
        if align & 0x40 != 0 {
            guard features.contains(.multiMemory) else { throw reader.error("malformed memop flags", at: start) }
            align &= ~0x40
            memory = try reader.readU32()
        }
        let offset = UInt64(try reader.readU32())
        return MemArg(align: align, offset: offset, memory: memory)
    }

    /// A memory index that 2.0 encodes as a single 0x00 byte (an index with multi-memory).
    @usableFromInline mutating func readMemoryIndex() throws(WasmError) -> UInt32 {
        if features.contains(.multiMemory) { return try reader.readU32() }
        let start = reader.offset
        guard try reader.readByte() == 0 else { throw reader.error("zero byte expected", at: start) }
        return 0
    }

    /// The 0xFC prefix: a u32 sub-opcode.
    mutating func readPrefixed(start: Int) throws(WasmError) -> Instruction {
        let sub = try reader.readU32()
        switch sub {
        case 0...7:
            guard let op = NumericOp(rawValue: 0xFC00 | UInt16(sub)) else { throw reader.error("illegal opcode", at: start) }
            return .numeric(op)
        case 8:
            let data = try reader.readU32()
            return .memoryInit(data: data, memory: try readMemoryIndex())
        case 9: return .dataDrop(try reader.readU32())
        case 10:
            let dst = try readMemoryIndex()
            return .memoryCopy(dst: dst, src: try readMemoryIndex())
        case 11: return .memoryFill(try readMemoryIndex())
        case 12:
            let elem = try reader.readU32()
            return .tableInit(elem: elem, table: try reader.readU32())
        case 13: return .elemDrop(try reader.readU32())
        case 14:
            let dst = try reader.readU32()
            return .tableCopy(dst: dst, src: try reader.readU32())
        case 15: return .tableGrow(try reader.readU32())
        case 16: return .tableSize(try reader.readU32())
        case 17: return .tableFill(try reader.readU32())
        default: throw reader.error("illegal opcode", at: start)
        }
    }
}
