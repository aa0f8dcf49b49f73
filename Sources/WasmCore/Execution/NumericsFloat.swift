// Float instructions on bit patterns (f32 as UInt32, f64 as UInt64).
//
// Arithmetic uses the hardware IEEE 754 operations (round to nearest even). A NaN result is
// always a quiet NaN: the hardware returns either the default (canonical) NaN or an input NaN
// made quiet, which is what `nan:canonical` / `nan:arithmetic` accept. abs, neg and copysign are
// pure bit operations that never touch a NaN's payload.

extension Numerics {
    /// The quiet bit of an f32 NaN.
    @inline(__always) static var f32QuietBit: UInt32 { 0x0040_0000 }
    /// The quiet bit of an f64 NaN.
    @inline(__always) static var f64QuietBit: UInt64 { 0x0008_0000_0000_0000 }
}

// MARK: - f32

extension Numerics {
    @inline(__always) static func f32Eq(_ a: UInt32, _ b: UInt32) -> UInt32 { Float(bitPattern: a) == Float(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func f32Ne(_ a: UInt32, _ b: UInt32) -> UInt32 { Float(bitPattern: a) != Float(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func f32Lt(_ a: UInt32, _ b: UInt32) -> UInt32 { Float(bitPattern: a) < Float(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func f32Gt(_ a: UInt32, _ b: UInt32) -> UInt32 { Float(bitPattern: a) > Float(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func f32Le(_ a: UInt32, _ b: UInt32) -> UInt32 { Float(bitPattern: a) <= Float(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func f32Ge(_ a: UInt32, _ b: UInt32) -> UInt32 { Float(bitPattern: a) >= Float(bitPattern: b) ? 1 : 0 }

    @inline(__always) static func f32Abs(_ a: UInt32) -> UInt32 { a & 0x7FFF_FFFF }
    @inline(__always) static func f32Neg(_ a: UInt32) -> UInt32 { a ^ 0x8000_0000 }
    @inline(__always) static func f32Copysign(_ a: UInt32, _ b: UInt32) -> UInt32 {
        (a & 0x7FFF_FFFF) | (b & 0x8000_0000)
    }

    // Rounding works on the magnitude m: below 2^23, (m + 2^23) - 2^23 is m rounded to the nearest
    // integer, ties to even (the default rounding mode does it), and one step corrects it down or up.
    // The sign bit is then put back, so e.g. ceil(-0.5) is -0. Larger values (and infinities) are
    // integers already; a NaN is returned quieted.

    @inline(__always) static func f32Ceil(_ a: UInt32) -> UInt32 {
        let m = Float(bitPattern: a).magnitude
        guard m < 0x1p23 else { return m.isNaN ? a | f32QuietBit : a }
        let r = (m + 0x1p23) - 0x1p23
        let sign = a & 0x8000_0000
        return sign == 0 ? (r < m ? r + 1 : r).bitPattern : (r > m ? r - 1 : r).bitPattern | sign
    }
    @inline(__always) static func f32Floor(_ a: UInt32) -> UInt32 {
        let m = Float(bitPattern: a).magnitude
        guard m < 0x1p23 else { return m.isNaN ? a | f32QuietBit : a }
        let r = (m + 0x1p23) - 0x1p23
        let sign = a & 0x8000_0000
        return sign == 0 ? (r > m ? r - 1 : r).bitPattern : (r < m ? r + 1 : r).bitPattern | sign
    }
    @inline(__always) static func f32Trunc(_ a: UInt32) -> UInt32 {
        let m = Float(bitPattern: a).magnitude
        guard m < 0x1p23 else { return m.isNaN ? a | f32QuietBit : a }
        let r = (m + 0x1p23) - 0x1p23
        return (r > m ? r - 1 : r).bitPattern | (a & 0x8000_0000)
    }
    /// Round to the nearest integer, ties to even.
    @inline(__always) static func f32Nearest(_ a: UInt32) -> UInt32 {
        let m = Float(bitPattern: a).magnitude
        guard m < 0x1p23 else { return m.isNaN ? a | f32QuietBit : a }
        return ((m + 0x1p23) - 0x1p23).bitPattern | (a & 0x8000_0000)
    }
    @inline(__always) static func f32Sqrt(_ a: UInt32) -> UInt32 { squareRoot(Float(bitPattern: a)).bitPattern }

    @inline(__always) static func f32Add(_ a: UInt32, _ b: UInt32) -> UInt32 { (Float(bitPattern: a) + Float(bitPattern: b)).bitPattern }
    @inline(__always) static func f32Sub(_ a: UInt32, _ b: UInt32) -> UInt32 { (Float(bitPattern: a) - Float(bitPattern: b)).bitPattern }
    @inline(__always) static func f32Mul(_ a: UInt32, _ b: UInt32) -> UInt32 { (Float(bitPattern: a) * Float(bitPattern: b)).bitPattern }
    @inline(__always) static func f32Div(_ a: UInt32, _ b: UInt32) -> UInt32 { (Float(bitPattern: a) / Float(bitPattern: b)).bitPattern }

    /// NaN if either operand is NaN; -0 is less than +0.
    @inline(__always) static func f32Min(_ a: UInt32, _ b: UInt32) -> UInt32 {
        let x = Float(bitPattern: a), y = Float(bitPattern: b)
        if x < y { return a }
        if y < x { return b }
        if x == y { return a | b }  // equal: identical, or zeros of either sign (-0 wins)
        return (x + y).bitPattern  // a NaN operand: propagate it, quieted
    }
    /// NaN if either operand is NaN; +0 is greater than -0.
    @inline(__always) static func f32Max(_ a: UInt32, _ b: UInt32) -> UInt32 {
        let x = Float(bitPattern: a), y = Float(bitPattern: b)
        if x > y { return a }
        if y > x { return b }
        if x == y { return a & b }  // equal: identical, or zeros of either sign (+0 wins)
        return (x + y).bitPattern
    }
}

// MARK: - f64

extension Numerics {
    @inline(__always) static func f64Eq(_ a: UInt64, _ b: UInt64) -> UInt32 { Double(bitPattern: a) == Double(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func f64Ne(_ a: UInt64, _ b: UInt64) -> UInt32 { Double(bitPattern: a) != Double(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func f64Lt(_ a: UInt64, _ b: UInt64) -> UInt32 { Double(bitPattern: a) < Double(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func f64Gt(_ a: UInt64, _ b: UInt64) -> UInt32 { Double(bitPattern: a) > Double(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func f64Le(_ a: UInt64, _ b: UInt64) -> UInt32 { Double(bitPattern: a) <= Double(bitPattern: b) ? 1 : 0 }
    @inline(__always) static func f64Ge(_ a: UInt64, _ b: UInt64) -> UInt32 { Double(bitPattern: a) >= Double(bitPattern: b) ? 1 : 0 }

    @inline(__always) static func f64Abs(_ a: UInt64) -> UInt64 { a & 0x7FFF_FFFF_FFFF_FFFF }
    @inline(__always) static func f64Neg(_ a: UInt64) -> UInt64 { a ^ 0x8000_0000_0000_0000 }
    @inline(__always) static func f64Copysign(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a & 0x7FFF_FFFF_FFFF_FFFF) | (b & 0x8000_0000_0000_0000)
    }

    // Rounding works on the magnitude m: below 2^52, (m + 2^52) - 2^52 is m rounded to the nearest
    // integer, ties to even (the default rounding mode does it), and one step corrects it down or up.
    // The sign bit is then put back, so e.g. ceil(-0.5) is -0. Larger values (and infinities) are
    // integers already; a NaN is returned quieted.

    @inline(__always) static func f64Ceil(_ a: UInt64) -> UInt64 {
        let m = Double(bitPattern: a).magnitude
        guard m < 0x1p52 else { return m.isNaN ? a | f64QuietBit : a }
        let r = (m + 0x1p52) - 0x1p52
        let sign = a & 0x8000_0000_0000_0000
        return sign == 0 ? (r < m ? r + 1 : r).bitPattern : (r > m ? r - 1 : r).bitPattern | sign
    }
    @inline(__always) static func f64Floor(_ a: UInt64) -> UInt64 {
        let m = Double(bitPattern: a).magnitude
        guard m < 0x1p52 else { return m.isNaN ? a | f64QuietBit : a }
        let r = (m + 0x1p52) - 0x1p52
        let sign = a & 0x8000_0000_0000_0000
        return sign == 0 ? (r > m ? r - 1 : r).bitPattern : (r < m ? r + 1 : r).bitPattern | sign
    }
    @inline(__always) static func f64Trunc(_ a: UInt64) -> UInt64 {
        let m = Double(bitPattern: a).magnitude
        guard m < 0x1p52 else { return m.isNaN ? a | f64QuietBit : a }
        let r = (m + 0x1p52) - 0x1p52
        return (r > m ? r - 1 : r).bitPattern | (a & 0x8000_0000_0000_0000)
    }
    /// Round to the nearest integer, ties to even.
    @inline(__always) static func f64Nearest(_ a: UInt64) -> UInt64 {
        let m = Double(bitPattern: a).magnitude
        guard m < 0x1p52 else { return m.isNaN ? a | f64QuietBit : a }
        return ((m + 0x1p52) - 0x1p52).bitPattern | (a & 0x8000_0000_0000_0000)
    }
    @inline(__always) static func f64Sqrt(_ a: UInt64) -> UInt64 { squareRoot(Double(bitPattern: a)).bitPattern }

    /// IEEE square root without a library call: `x.squareRoot()` compiles to `sqrtsd` plus a call to
    /// libm's `sqrt` (for `errno`) when `x < 0`, and that call makes every handler using it save
    /// registers on entry. The root of the magnitude has no such path; negatives give the canonical NaN,
    /// NaNs stay (quiet) NaNs, -0 stays -0.
    @inline(__always) static func squareRoot<F: BinaryFloatingPoint>(_ x: F) -> F {
        x < 0 ? F.nan : F(signOf: x, magnitudeOf: x.magnitude.squareRoot())
    }

    @inline(__always) static func f64Add(_ a: UInt64, _ b: UInt64) -> UInt64 { (Double(bitPattern: a) + Double(bitPattern: b)).bitPattern }
    @inline(__always) static func f64Sub(_ a: UInt64, _ b: UInt64) -> UInt64 { (Double(bitPattern: a) - Double(bitPattern: b)).bitPattern }
    @inline(__always) static func f64Mul(_ a: UInt64, _ b: UInt64) -> UInt64 { (Double(bitPattern: a) * Double(bitPattern: b)).bitPattern }
    @inline(__always) static func f64Div(_ a: UInt64, _ b: UInt64) -> UInt64 { (Double(bitPattern: a) / Double(bitPattern: b)).bitPattern }

    /// NaN if either operand is NaN; -0 is less than +0.
    @inline(__always) static func f64Min(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let x = Double(bitPattern: a), y = Double(bitPattern: b)
        if x < y { return a }
        if y < x { return b }
        if x == y { return a | b }
        return (x + y).bitPattern
    }
    /// NaN if either operand is NaN; +0 is greater than -0.
    @inline(__always) static func f64Max(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let x = Double(bitPattern: a), y = Double(bitPattern: b)
        if x > y { return a }
        if y > x { return b }
        if x == y { return a & b }
        return (x + y).bitPattern
    }
}
