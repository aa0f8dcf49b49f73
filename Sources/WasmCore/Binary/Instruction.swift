/// The type of a structured instruction's block.
public enum BlockType: Hashable, Sendable {
    case empty
    case value(ValueType)
    case typeIndex(UInt32)
}

/// A memory immediate: alignment exponent, offset and memory index (0 in 2.0).
public struct MemArg: Hashable, Sendable {
    public var align: UInt32
    public var offset: UInt64
    public var memory: UInt32

    public init(align: UInt32, offset: UInt64, memory: UInt32 = 0) {
        self.align = align
        self.offset = offset
        self.memory = memory
    }
}

/// Loads, by opcode.
public enum LoadOp: UInt8, Sendable, Hashable {
    case i32Load = 0x28, i64Load, f32Load, f64Load
    case i32Load8S, i32Load8U, i32Load16S, i32Load16U
    case i64Load8S, i64Load8U, i64Load16S, i64Load16U, i64Load32S, i64Load32U

    /// Bytes read.
    public var width: Int {
        switch self {
        case .i32Load, .f32Load, .i64Load32S, .i64Load32U: 4
        case .i64Load, .f64Load: 8
        case .i32Load8S, .i32Load8U, .i64Load8S, .i64Load8U: 1
        case .i32Load16S, .i32Load16U, .i64Load16S, .i64Load16U: 2
        }
    }
    /// Natural alignment exponent (the largest valid `align`).
    public var naturalAlignment: UInt32 { UInt32(width.trailingZeroBitCount) }
    public var resultType: ValueType {
        switch self {
        case .i32Load, .i32Load8S, .i32Load8U, .i32Load16S, .i32Load16U: .i32
        case .f32Load: .f32
        case .f64Load: .f64
        default: .i64
        }
    }
}

/// Stores, by opcode.
public enum StoreOp: UInt8, Sendable, Hashable {
    case i32Store = 0x36, i64Store, f32Store, f64Store
    case i32Store8, i32Store16, i64Store8, i64Store16, i64Store32

    public var width: Int {
        switch self {
        case .i32Store, .f32Store, .i64Store32: 4
        case .i64Store, .f64Store: 8
        case .i32Store8, .i64Store8: 1
        case .i32Store16, .i64Store16: 2
        }
    }
    public var naturalAlignment: UInt32 { UInt32(width.trailingZeroBitCount) }
    public var valueType: ValueType {
        switch self {
        case .i32Store, .i32Store8, .i32Store16: .i32
        case .f32Store: .f32
        case .f64Store: .f64
        default: .i64
        }
    }
}

/// One decoded instruction with its immediates.
public enum Instruction: Hashable, Sendable {
    // Control
    case unreachable
    case nop
    case block(BlockType)
    case loop(BlockType)
    case `if`(BlockType)
    case `else`
    case end
    case br(UInt32)
    case brIf(UInt32)
    case brTable([UInt32], default: UInt32)
    case `return`
    case call(UInt32)
    case callIndirect(typeIndex: UInt32, table: UInt32)
    // Parametric
    case drop
    case select
    case selectTyped([ValueType])
    // Variables
    case localGet(UInt32)
    case localSet(UInt32)
    case localTee(UInt32)
    case globalGet(UInt32)
    case globalSet(UInt32)
    // Tables
    case tableGet(UInt32)
    case tableSet(UInt32)
    case tableInit(elem: UInt32, table: UInt32)
    case elemDrop(UInt32)
    case tableCopy(dst: UInt32, src: UInt32)
    case tableGrow(UInt32)
    case tableSize(UInt32)
    case tableFill(UInt32)
    // Memory
    case load(LoadOp, MemArg)
    case store(StoreOp, MemArg)
    case memorySize(UInt32)
    case memoryGrow(UInt32)
    case memoryInit(data: UInt32, memory: UInt32)
    case dataDrop(UInt32)
    case memoryCopy(dst: UInt32, src: UInt32)
    case memoryFill(UInt32)
    // Constants
    case i32Const(Int32)
    case i64Const(Int64)
    /// Bit pattern.
    case f32Const(UInt32)
    /// Bit pattern.
    case f64Const(UInt64)
    // References
    case refNull(ValueType)
    case refIsNull
    case refFunc(UInt32)
    // Numeric instructions without immediates.
    case numeric(NumericOp)
    // SIMD (prefix 0xFD); `SIMDOp.shape` says which case carries an operation.
    /// `v128.const`: the 16 bytes as two little-endian words.
    case v128Const(low: UInt64, high: UInt64)
    /// `i8x16.shuffle`: 16 lane indices, byte `i` of the pair is the index of result lane `i`.
    case i8x16Shuffle(low: UInt64, high: UInt64)
    /// SIMD instructions without immediates.
    case simd(SIMDOp)
    /// `extract_lane` and `replace_lane`.
    case simdLane(SIMDOp, lane: UInt8)
    /// SIMD loads and stores.
    case simdMemory(SIMDOp, MemArg)
    /// `v128.loadN_lane` and `v128.storeN_lane`.
    case simdMemoryLane(SIMDOp, MemArg, lane: UInt8)
}
