// Conversion instructions on raw bits.
//
// Trapping float-to-int truncations accept exactly the inputs whose truncation fits the target:
// the bounds below are exclusive powers of two (or the exact float just outside the range), so a
// single pair of comparisons decides, and NaN fails both and is told apart afterwards.

// MARK: - Integer width changes

extension Numerics {
    @inline(__always) static func i32WrapI64(_ a: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: a) }
    @inline(__always) static func i64ExtendI32S(_ a: UInt32) -> UInt64 { UInt64(bitPattern: Int64(Int32(bitPattern: a))) }
    @inline(__always) static func i64ExtendI32U(_ a: UInt32) -> UInt64 { UInt64(a) }
}

// MARK: - Trapping float to int

extension Numerics {
    /// Valid for -2^31 <= x < 2^31 (the next f32 below -2^31 is -2^31-256).
    @inline(__always) static func i32TruncF32S(_ a: UInt32) throws(TrapKind) -> UInt32 {
        let x = Float(bitPattern: a)
        guard x >= -0x1p31 && x < 0x1p31 else { throw x.isNaN ? .invalidConversion : .integerOverflow }
        return UInt32(bitPattern: Int32(x))
    }
    /// Valid for -1 < x < 2^32.
    @inline(__always) static func i32TruncF32U(_ a: UInt32) throws(TrapKind) -> UInt32 {
        let x = Float(bitPattern: a)
        guard x > -1 && x < 0x1p32 else { throw x.isNaN ? .invalidConversion : .integerOverflow }
        return UInt32(x)
    }
    /// Valid for -2^31-1 < x < 2^31.
    @inline(__always) static func i32TruncF64S(_ a: UInt64) throws(TrapKind) -> UInt32 {
        let x = Double(bitPattern: a)
        guard x > -2_147_483_649 && x < 0x1p31 else { throw x.isNaN ? .invalidConversion : .integerOverflow }
        return UInt32(bitPattern: Int32(x))
    }
    /// Valid for -1 < x < 2^32.
    @inline(__always) static func i32TruncF64U(_ a: UInt64) throws(TrapKind) -> UInt32 {
        let x = Double(bitPattern: a)
        guard x > -1 && x < 0x1p32 else { throw x.isNaN ? .invalidConversion : .integerOverflow }
        return UInt32(x)
    }
    /// Valid for -2^63 <= x < 2^63.
    @inline(__always) static func i64TruncF32S(_ a: UInt32) throws(TrapKind) -> UInt64 {
        let x = Float(bitPattern: a)
        guard x >= -0x1p63 && x < 0x1p63 else { throw x.isNaN ? .invalidConversion : .integerOverflow }
        return UInt64(bitPattern: Int64(x))
    }
    /// Valid for -1 < x < 2^64.
    @inline(__always) static func i64TruncF32U(_ a: UInt32) throws(TrapKind) -> UInt64 {
        let x = Float(bitPattern: a)
        guard x > -1 && x < 0x1p64 else { throw x.isNaN ? .invalidConversion : .integerOverflow }
        return UInt64(x)
    }
    /// Valid for -2^63 <= x < 2^63.
    @inline(__always) static func i64TruncF64S(_ a: UInt64) throws(TrapKind) -> UInt64 {
        let x = Double(bitPattern: a)
        guard x >= -0x1p63 && x < 0x1p63 else { throw x.isNaN ? .invalidConversion : .integerOverflow }
        return UInt64(bitPattern: Int64(x))
    }
    /// Valid for -1 < x < 2^64.
    @inline(__always) static func i64TruncF64U(_ a: UInt64) throws(TrapKind) -> UInt64 {
        let x = Double(bitPattern: a)
        guard x > -1 && x < 0x1p64 else { throw x.isNaN ? .invalidConversion : .integerOverflow }
        return UInt64(x)
    }
}

// MARK: - Saturating float to int (NaN gives 0, out of range clamps)

extension Numerics {
    @inline(__always) static func i32TruncSatF32S(_ a: UInt32) -> UInt32 {
        let x = Float(bitPattern: a)
        if x >= -0x1p31 && x < 0x1p31 { return UInt32(bitPattern: Int32(x)) }
        if x.isNaN { return 0 }
        return x < 0 ? 0x8000_0000 : 0x7FFF_FFFF
    }
    @inline(__always) static func i32TruncSatF32U(_ a: UInt32) -> UInt32 {
        let x = Float(bitPattern: a)
        if x > -1 && x < 0x1p32 { return UInt32(x) }
        if x.isNaN || x < 0 { return 0 }
        return .max
    }
    @inline(__always) static func i32TruncSatF64S(_ a: UInt64) -> UInt32 {
        let x = Double(bitPattern: a)
        if x > -2_147_483_649 && x < 0x1p31 { return UInt32(bitPattern: Int32(x)) }
        if x.isNaN { return 0 }
        return x < 0 ? 0x8000_0000 : 0x7FFF_FFFF
    }
    @inline(__always) static func i32TruncSatF64U(_ a: UInt64) -> UInt32 {
        let x = Double(bitPattern: a)
        if x > -1 && x < 0x1p32 { return UInt32(x) }
        if x.isNaN || x < 0 { return 0 }
        return .max
    }
    @inline(__always) static func i64TruncSatF32S(_ a: UInt32) -> UInt64 {
        let x = Float(bitPattern: a)
        if x >= -0x1p63 && x < 0x1p63 { return UInt64(bitPattern: Int64(x)) }
        if x.isNaN { return 0 }
        return x < 0 ? 0x8000_0000_0000_0000 : 0x7FFF_FFFF_FFFF_FFFF
    }
    @inline(__always) static func i64TruncSatF32U(_ a: UInt32) -> UInt64 {
        let x = Float(bitPattern: a)
        if x > -1 && x < 0x1p64 { return UInt64(x) }
        if x.isNaN || x < 0 { return 0 }
        return .max
    }
    @inline(__always) static func i64TruncSatF64S(_ a: UInt64) -> UInt64 {
        let x = Double(bitPattern: a)
        if x >= -0x1p63 && x < 0x1p63 { return UInt64(bitPattern: Int64(x)) }
        if x.isNaN { return 0 }
        return x < 0 ? 0x8000_0000_0000_0000 : 0x7FFF_FFFF_FFFF_FFFF
    }
    @inline(__always) static func i64TruncSatF64U(_ a: UInt64) -> UInt64 {
        let x = Double(bitPattern: a)
        if x > -1 && x < 0x1p64 { return UInt64(x) }
        if x.isNaN || x < 0 { return 0 }
        return .max
    }
}

// MARK: - Int to float (correctly rounded, ties to even), demote/promote, reinterpret

extension Numerics {
    @inline(__always) static func f32ConvertI32S(_ a: UInt32) -> UInt32 { Float(Int32(bitPattern: a)).bitPattern }
    @inline(__always) static func f32ConvertI32U(_ a: UInt32) -> UInt32 { Float(a).bitPattern }
    @inline(__always) static func f32ConvertI64S(_ a: UInt64) -> UInt32 { Float(Int64(bitPattern: a)).bitPattern }
    @inline(__always) static func f32ConvertI64U(_ a: UInt64) -> UInt32 { Float(a).bitPattern }
    @inline(__always) static func f64ConvertI32S(_ a: UInt32) -> UInt64 { Double(Int32(bitPattern: a)).bitPattern }
    @inline(__always) static func f64ConvertI32U(_ a: UInt32) -> UInt64 { Double(a).bitPattern }
    @inline(__always) static func f64ConvertI64S(_ a: UInt64) -> UInt64 { Double(Int64(bitPattern: a)).bitPattern }
    @inline(__always) static func f64ConvertI64U(_ a: UInt64) -> UInt64 { Double(a).bitPattern }

    /// Rounds to nearest even; a NaN stays a quiet NaN (hardware keeps the payload's top bits).
    @inline(__always) static func f32DemoteF64(_ a: UInt64) -> UInt32 { Float(Double(bitPattern: a)).bitPattern }
    /// Exact; a NaN stays a quiet NaN with its payload.
    @inline(__always) static func f64PromoteF32(_ a: UInt32) -> UInt64 { Double(Float(bitPattern: a)).bitPattern }

    @inline(__always) static func i32ReinterpretF32(_ a: UInt32) -> UInt32 { a }
    @inline(__always) static func i64ReinterpretF64(_ a: UInt64) -> UInt64 { a }
    @inline(__always) static func f32ReinterpretI32(_ a: UInt32) -> UInt32 { a }
    @inline(__always) static func f64ReinterpretI64(_ a: UInt64) -> UInt64 { a }
}
