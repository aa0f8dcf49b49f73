/// Exact WebAssembly 2.0 semantics of the scalar numeric instructions, on raw bits.
///
/// i32 values are `UInt32`, i64 values `UInt64`, f32 values the `UInt32` bit pattern and f64 values
/// the `UInt64` bit pattern. Booleans (comparison results) are i32 `0` or `1`. Instructions that
/// can trap throw a `TrapKind` (`.integerDivideByZero`, `.integerOverflow`, `.invalidConversion`).
///
/// Integer instructions are here; float instructions in NumericsFloat.swift and conversions in
/// NumericsConversion.swift.
enum Numerics {}

// MARK: - i32

extension Numerics {
    @inline(__always) static func i32Eqz(_ a: UInt32) -> UInt32 { a == 0 ? 1 : 0 }
    @inline(__always) static func i32Eq(_ a: UInt32, _ b: UInt32) -> UInt32 { a == b ? 1 : 0 }
    @inline(__always) static func i32Ne(_ a: UInt32, _ b: UInt32) -> UInt32 { a != b ? 1 : 0 }
    @inline(__always) static func i32LtS(_ a: UInt32, _ b: UInt32) -> UInt32 { Int32(bitPattern: a) < Int32(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func i32LtU(_ a: UInt32, _ b: UInt32) -> UInt32 { a < b ? 1 : 0 }
    @inline(__always) static func i32GtS(_ a: UInt32, _ b: UInt32) -> UInt32 { Int32(bitPattern: a) > Int32(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func i32GtU(_ a: UInt32, _ b: UInt32) -> UInt32 { a > b ? 1 : 0 }
    @inline(__always) static func i32LeS(_ a: UInt32, _ b: UInt32) -> UInt32 { Int32(bitPattern: a) <= Int32(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func i32LeU(_ a: UInt32, _ b: UInt32) -> UInt32 { a <= b ? 1 : 0 }
    @inline(__always) static func i32GeS(_ a: UInt32, _ b: UInt32) -> UInt32 { Int32(bitPattern: a) >= Int32(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func i32GeU(_ a: UInt32, _ b: UInt32) -> UInt32 { a >= b ? 1 : 0 }

    @inline(__always) static func i32Clz(_ a: UInt32) -> UInt32 { UInt32(truncatingIfNeeded: a.leadingZeroBitCount) }
    @inline(__always) static func i32Ctz(_ a: UInt32) -> UInt32 { UInt32(truncatingIfNeeded: a.trailingZeroBitCount) }
    @inline(__always) static func i32Popcnt(_ a: UInt32) -> UInt32 { UInt32(truncatingIfNeeded: a.nonzeroBitCount) }

    @inline(__always) static func i32Add(_ a: UInt32, _ b: UInt32) -> UInt32 { a &+ b }
    @inline(__always) static func i32Sub(_ a: UInt32, _ b: UInt32) -> UInt32 { a &- b }
    @inline(__always) static func i32Mul(_ a: UInt32, _ b: UInt32) -> UInt32 { a &* b }

    /// Traps on division by zero and on `INT32_MIN / -1`.
    @inline(__always) static func i32DivS(_ a: UInt32, _ b: UInt32) throws(TrapKind) -> UInt32 {
        if b == 0 { throw .integerDivideByZero }
        if a == 0x8000_0000 && b == 0xFFFF_FFFF { throw .integerOverflow }
        return UInt32(bitPattern: Int32(bitPattern: a) / Int32(bitPattern: b))
    }

    /// Traps on division by zero.
    @inline(__always) static func i32DivU(_ a: UInt32, _ b: UInt32) throws(TrapKind) -> UInt32 {
        if b == 0 { throw .integerDivideByZero }
        return a / b
    }

    /// Traps on division by zero; `INT32_MIN rem -1` is 0. The sign follows the dividend.
    @inline(__always) static func i32RemS(_ a: UInt32, _ b: UInt32) throws(TrapKind) -> UInt32 {
        if b == 0 { throw .integerDivideByZero }
        if b == 0xFFFF_FFFF { return 0 }
        return UInt32(bitPattern: Int32(bitPattern: a) % Int32(bitPattern: b))
    }

    /// Traps on division by zero.
    @inline(__always) static func i32RemU(_ a: UInt32, _ b: UInt32) throws(TrapKind) -> UInt32 {
        if b == 0 { throw .integerDivideByZero }
        return a % b
    }

    @inline(__always) static func i32And(_ a: UInt32, _ b: UInt32) -> UInt32 { a & b }
    @inline(__always) static func i32Or(_ a: UInt32, _ b: UInt32) -> UInt32 { a | b }
    @inline(__always) static func i32Xor(_ a: UInt32, _ b: UInt32) -> UInt32 { a ^ b }
    /// Shift counts are taken modulo 32 (the masking shifts do exactly that).
    @inline(__always) static func i32Shl(_ a: UInt32, _ b: UInt32) -> UInt32 { a &<< b }
    @inline(__always) static func i32ShrS(_ a: UInt32, _ b: UInt32) -> UInt32 {
        UInt32(bitPattern: Int32(bitPattern: a) &>> Int32(bitPattern: b))
    }
    @inline(__always) static func i32ShrU(_ a: UInt32, _ b: UInt32) -> UInt32 { a &>> b }
    @inline(__always) static func i32Rotl(_ a: UInt32, _ b: UInt32) -> UInt32 {
        let k = b & 31
        return (a &<< k) | (a &>> (32 &- k))
    }
    @inline(__always) static func i32Rotr(_ a: UInt32, _ b: UInt32) -> UInt32 {
        let k = b & 31
        return (a &>> k) | (a &<< (32 &- k))
    }

    @inline(__always) static func i32Extend8S(_ a: UInt32) -> UInt32 {
        UInt32(bitPattern: Int32(Int8(truncatingIfNeeded: a)))
    }
    @inline(__always) static func i32Extend16S(_ a: UInt32) -> UInt32 {
        UInt32(bitPattern: Int32(Int16(truncatingIfNeeded: a)))
    }
}

// MARK: - i64

extension Numerics {
    @inline(__always) static func i64Eqz(_ a: UInt64) -> UInt32 { a == 0 ? 1 : 0 }
    @inline(__always) static func i64Eq(_ a: UInt64, _ b: UInt64) -> UInt32 { a == b ? 1 : 0 }
    @inline(__always) static func i64Ne(_ a: UInt64, _ b: UInt64) -> UInt32 { a != b ? 1 : 0 }
    @inline(__always) static func i64LtS(_ a: UInt64, _ b: UInt64) -> UInt32 { Int64(bitPattern: a) < Int64(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func i64LtU(_ a: UInt64, _ b: UInt64) -> UInt32 { a < b ? 1 : 0 }
    @inline(__always) static func i64GtS(_ a: UInt64, _ b: UInt64) -> UInt32 { Int64(bitPattern: a) > Int64(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func i64GtU(_ a: UInt64, _ b: UInt64) -> UInt32 { a > b ? 1 : 0 }
    @inline(__always) static func i64LeS(_ a: UInt64, _ b: UInt64) -> UInt32 { Int64(bitPattern: a) <= Int64(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func i64LeU(_ a: UInt64, _ b: UInt64) -> UInt32 { a <= b ? 1 : 0 }
    @inline(__always) static func i64GeS(_ a: UInt64, _ b: UInt64) -> UInt32 { Int64(bitPattern: a) >= Int64(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func i64GeU(_ a: UInt64, _ b: UInt64) -> UInt32 { a >= b ? 1 : 0 }

    @inline(__always) static func i64Clz(_ a: UInt64) -> UInt64 { UInt64(truncatingIfNeeded: a.leadingZeroBitCount) }
    @inline(__always) static func i64Ctz(_ a: UInt64) -> UInt64 { UInt64(truncatingIfNeeded: a.trailingZeroBitCount) }
    @inline(__always) static func i64Popcnt(_ a: UInt64) -> UInt64 { UInt64(truncatingIfNeeded: a.nonzeroBitCount) }

    @inline(__always) static func i64Add(_ a: UInt64, _ b: UInt64) -> UInt64 { a &+ b }
    @inline(__always) static func i64Sub(_ a: UInt64, _ b: UInt64) -> UInt64 { a &- b }
    @inline(__always) static func i64Mul(_ a: UInt64, _ b: UInt64) -> UInt64 { a &* b }

    /// Traps on division by zero and on `INT64_MIN / -1`.
    @inline(__always) static func i64DivS(_ a: UInt64, _ b: UInt64) throws(TrapKind) -> UInt64 {
        if b == 0 { throw .integerDivideByZero }
        if a == 0x8000_0000_0000_0000 && b == .max { throw .integerOverflow }
        return UInt64(bitPattern: Int64(bitPattern: a) / Int64(bitPattern: b))
    }

    /// Traps on division by zero.
    @inline(__always) static func i64DivU(_ a: UInt64, _ b: UInt64) throws(TrapKind) -> UInt64 {
        if b == 0 { throw .integerDivideByZero }
        return a / b
    }

    /// Traps on division by zero; `INT64_MIN rem -1` is 0. The sign follows the dividend.
    @inline(__always) static func i64RemS(_ a: UInt64, _ b: UInt64) throws(TrapKind) -> UInt64 {
        if b == 0 { throw .integerDivideByZero }
        if b == .max { return 0 }
        return UInt64(bitPattern: Int64(bitPattern: a) % Int64(bitPattern: b))
    }

    /// Traps on division by zero.
    @inline(__always) static func i64RemU(_ a: UInt64, _ b: UInt64) throws(TrapKind) -> UInt64 {
        if b == 0 { throw .integerDivideByZero }
        return a % b
    }

    @inline(__always) static func i64And(_ a: UInt64, _ b: UInt64) -> UInt64 { a & b }
    @inline(__always) static func i64Or(_ a: UInt64, _ b: UInt64) -> UInt64 { a | b }
    @inline(__always) static func i64Xor(_ a: UInt64, _ b: UInt64) -> UInt64 { a ^ b }
    /// Shift counts are taken modulo 64 (the masking shifts do exactly that).
    @inline(__always) static func i64Shl(_ a: UInt64, _ b: UInt64) -> UInt64 { a &<< b }
    @inline(__always) static func i64ShrS(_ a: UInt64, _ b: UInt64) -> UInt64 {
        UInt64(bitPattern: Int64(bitPattern: a) &>> Int64(bitPattern: b))
    }
    @inline(__always) static func i64ShrU(_ a: UInt64, _ b: UInt64) -> UInt64 { a &>> b }
    @inline(__always) static func i64Rotl(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let k = b & 63
        return (a &<< k) | (a &>> (64 &- k))
    }
    @inline(__always) static func i64Rotr(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let k = b & 63
        return (a &>> k) | (a &<< (64 &- k))
    }

    @inline(__always) static func i64Extend8S(_ a: UInt64) -> UInt64 {
        UInt64(bitPattern: Int64(Int8(truncatingIfNeeded: a)))
    }
    @inline(__always) static func i64Extend16S(_ a: UInt64) -> UInt64 {
        UInt64(bitPattern: Int64(Int16(truncatingIfNeeded: a)))
    }
    @inline(__always) static func i64Extend32S(_ a: UInt64) -> UInt64 {
        UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: a)))
    }
}
