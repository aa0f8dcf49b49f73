/// Lane conversions written as straight lane loops (unrolled and inlined after specialization). The
/// standard library's `SIMD` conversions (`init(truncatingIfNeeded:)`, `init(clamping:)`) and
/// `pointwiseMin`/`pointwiseMax` are not inlined: a handler calling them would differ from its neighbours
/// only in the callee, LLVM would merge them through an indirect call, and the threaded handlers would
/// lose their tail calls (`Scripts/check-tail-calls.sh`).
extension SIMDExecutor {
    /// Lanes `start ..< start + D.scalarCount` of `v`, each sign- or zero-extended (by `v`'s lane type).
    @inline(__always)
    static func widen<S: SIMD, D: SIMD>(_ v: S, from start: Int = 0, to _: D.Type = D.self) -> D
    where S.Scalar: FixedWidthInteger, D.Scalar: FixedWidthInteger {
        var r = D()
        for i in 0..<D.scalarCount { r[i] = D.Scalar(truncatingIfNeeded: v[start &+ i]) }
        return r
    }

    /// The lanes of `a` then `b`, each saturated to the narrower lane type.
    @inline(__always)
    static func narrow<S: SIMD, D: SIMD>(_ a: S, _ b: S, to _: D.Type = D.self) -> D
    where S.Scalar: FixedWidthInteger, D.Scalar: FixedWidthInteger {
        var r = D()
        let n = S.scalarCount
        for i in 0..<n {
            r[i] = D.Scalar(clamping: a[i])
            r[n &+ i] = D.Scalar(clamping: b[i])
        }
        return r
    }

    /// Sums of adjacent lane pairs, widened: `r[i] = v[2i] + v[2i + 1]`.
    @inline(__always)
    static func pairwise<S: SIMD, D: SIMD>(_ v: S, to _: D.Type = D.self) -> D
    where S.Scalar: FixedWidthInteger, D.Scalar: FixedWidthInteger {
        var r = D()
        for i in 0..<D.scalarCount {
            r[i] = D.Scalar(truncatingIfNeeded: v[2 &* i]) &+ D.Scalar(truncatingIfNeeded: v[2 &* i &+ 1])
        }
        return r
    }

    @inline(__always)
    static func minimum<T: SIMD>(_ a: T, _ b: T) -> T where T.Scalar: Comparable { a.replacing(with: b, where: b .< a) }

    @inline(__always)
    static func maximum<T: SIMD>(_ a: T, _ b: T) -> T where T.Scalar: Comparable { a.replacing(with: b, where: a .< b) }

    /// Signed saturating add and subtract: where the wrapped result's sign is wrong, the bound of `a`'s sign.
    @inline(__always)
    static func addSaturating<T: SIMD>(_ a: T, _ b: T) -> T where T.Scalar: FixedWidthInteger & SignedInteger {
        let s = a &+ b
        return s.replacing(with: (a &>> T.Scalar(T.Scalar.bitWidth - 1)) ^ T.Scalar.max, where: ((a ^ s) & (b ^ s)) .< 0)
    }

    @inline(__always)
    static func subSaturating<T: SIMD>(_ a: T, _ b: T) -> T where T.Scalar: FixedWidthInteger & SignedInteger {
        let s = a &- b
        return s.replacing(with: (a &>> T.Scalar(T.Scalar.bitWidth - 1)) ^ T.Scalar.max, where: ((a ^ b) & (a ^ s)) .< 0)
    }

    /// Lane-wise scalar function.
    @inline(__always)
    static func map<T: SIMD>(_ v: T, _ f: (T.Scalar) -> T.Scalar) -> T {
        var r = T()
        for i in 0..<T.scalarCount { r[i] = f(v[i]) }
        return r
    }

    /// `i16x8.q15mulr_sat_s` on the lanes `start ..< start + 4`: `(a * b + 0x4000) >> 15`, saturated.
    @inline(__always)
    static func q15(_ a: I16, _ b: I16, _ start: Int) -> SIMD4<Int32> {
        let p = (widen(a, from: start, to: SIMD4<Int32>.self) &* widen(b, from: start, to: SIMD4<Int32>.self) &+ 0x4000) &>> 15
        return p.replacing(with: Int32(Int16.max), where: p .> Int32(Int16.max))
    }
}
