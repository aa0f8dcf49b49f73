/// The SIMD instructions that do not touch memory (`SIMDExecutor.execute`): `op dst a [b [c]] [imm]`.
extension SIMDExecutor {
    @inline(__always)
    static func compute(_ op: SIMDOp, _ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>) -> Int {
        switch op {
        // MARK: Splat, lanes, shuffles
        case .i8x16Splat: put(fp, pc[1], U8(repeating: UInt8(truncatingIfNeeded: fp[Int(pc[2])]))); return 3
        case .i16x8Splat: put(fp, pc[1], U16(repeating: UInt16(truncatingIfNeeded: fp[Int(pc[2])]))); return 3
        case .i32x4Splat, .f32x4Splat: put(fp, pc[1], U32(repeating: UInt32(truncatingIfNeeded: fp[Int(pc[2])]))); return 3
        case .i64x2Splat, .f64x2Splat: put(fp, pc[1], U64(repeating: fp[Int(pc[2])])); return 3
        case .i8x16ExtractLaneS:
            fp[Int(pc[1])] = UInt64(UInt32(bitPattern: Int32(get(fp, pc[2], I8.self)[Int(pc[3] & 15)]))); return 4
        case .i8x16ExtractLaneU:
            fp[Int(pc[1])] = UInt64(get(fp, pc[2], U8.self)[Int(pc[3] & 15)]); return 4
        case .i16x8ExtractLaneS:
            fp[Int(pc[1])] = UInt64(UInt32(bitPattern: Int32(get(fp, pc[2], I16.self)[Int(pc[3] & 7)]))); return 4
        case .i16x8ExtractLaneU:
            fp[Int(pc[1])] = UInt64(get(fp, pc[2], U16.self)[Int(pc[3] & 7)]); return 4
        case .i32x4ExtractLane, .f32x4ExtractLane:
            fp[Int(pc[1])] = UInt64(get(fp, pc[2], U32.self)[Int(pc[3] & 3)]); return 4
        case .i64x2ExtractLane, .f64x2ExtractLane:
            fp[Int(pc[1])] = get(fp, pc[2], U64.self)[Int(pc[3] & 1)]; return 4
        case .i8x16ReplaceLane:
            var v = get(fp, pc[2], U8.self)
            v[Int(pc[4] & 15)] = UInt8(truncatingIfNeeded: fp[Int(pc[3])])
            put(fp, pc[1], v); return 5
        case .i16x8ReplaceLane:
            var v = get(fp, pc[2], U16.self)
            v[Int(pc[4] & 7)] = UInt16(truncatingIfNeeded: fp[Int(pc[3])])
            put(fp, pc[1], v); return 5
        case .i32x4ReplaceLane, .f32x4ReplaceLane:
            var v = get(fp, pc[2], U32.self)
            v[Int(pc[4] & 3)] = UInt32(truncatingIfNeeded: fp[Int(pc[3])])
            put(fp, pc[1], v); return 5
        case .i64x2ReplaceLane, .f64x2ReplaceLane:
            var v = get(fp, pc[2], U64.self)
            v[Int(pc[4] & 1)] = fp[Int(pc[3])]
            put(fp, pc[1], v); return 5
        case .i8x16Shuffle:
            // The two operands side by side, indexed by the 16 lane immediates (each below 32).
            var ab = (get(fp, pc[2], U8.self), get(fp, pc[3], U8.self))
            let lanes = UnsafeRawPointer(pc + 4).loadUnaligned(as: U8.self)
            var r = U8()
            withUnsafeBytes(of: &ab) { bytes in
                for i in 0..<16 { r[i] = bytes[Int(lanes[i] & 31)] }
            }
            put(fp, pc[1], r); return 8
        case .i8x16Swizzle, .i8x16RelaxedSwizzle:
            // The operand then 16 zero bytes: every index from 16 up reads a zero.
            var az = (get(fp, pc[2], U8.self), U8())
            let s = get(fp, pc[3], U8.self)
            var r = U8()
            withUnsafeBytes(of: &az) { bytes in
                for i in 0..<16 { r[i] = bytes[Int(s[i] < 16 ? s[i] : 16)] }
            }
            put(fp, pc[1], r); return 4

        // MARK: Bitwise and tests
        case .v128Not: unary(pc, fp, U64.self) { ~$0 }; return 3
        case .v128And: binary(pc, fp, U64.self) { $0 & $1 }; return 4
        case .v128Andnot: binary(pc, fp, U64.self) { $0 & ~$1 }; return 4
        case .v128Or: binary(pc, fp, U64.self) { $0 | $1 }; return 4
        case .v128Xor: binary(pc, fp, U64.self) { $0 ^ $1 }; return 4
        case .v128Bitselect, .i8x16RelaxedLaneselect, .i16x8RelaxedLaneselect, .i32x4RelaxedLaneselect,
             .i64x2RelaxedLaneselect:
            let a = get(fp, pc[2], U64.self), b = get(fp, pc[3], U64.self), c = get(fp, pc[4], U64.self)
            put(fp, pc[1], (a & c) | (b & ~c)); return 5
        case .v128AnyTrue:
            let v = get(fp, pc[2], U64.self)
            fp[Int(pc[1])] = (v[0] | v[1]) != 0 ? 1 : 0; return 3
        case .i8x16AllTrue: fp[Int(pc[1])] = allTrue(get(fp, pc[2], U8.self)); return 3
        case .i16x8AllTrue: fp[Int(pc[1])] = allTrue(get(fp, pc[2], U16.self)); return 3
        case .i32x4AllTrue: fp[Int(pc[1])] = allTrue(get(fp, pc[2], U32.self)); return 3
        case .i64x2AllTrue: fp[Int(pc[1])] = allTrue(get(fp, pc[2], U64.self)); return 3
        case .i8x16Bitmask: fp[Int(pc[1])] = bitmask(get(fp, pc[2], I8.self)); return 3
        case .i16x8Bitmask: fp[Int(pc[1])] = bitmask(get(fp, pc[2], I16.self)); return 3
        case .i32x4Bitmask: fp[Int(pc[1])] = bitmask(get(fp, pc[2], I32.self)); return 3
        case .i64x2Bitmask: fp[Int(pc[1])] = bitmask(get(fp, pc[2], I64.self)); return 3

        // MARK: Integer comparisons
        case .i8x16Eq: binary(pc, fp, U8.self) { lanes($0 .== $1, U8.self) }; return 4
        case .i8x16Ne: binary(pc, fp, U8.self) { lanes($0 .!= $1, U8.self) }; return 4
        case .i8x16LtS: binary(pc, fp, I8.self) { lanes($0 .< $1, I8.self) }; return 4
        case .i8x16LtU: binary(pc, fp, U8.self) { lanes($0 .< $1, U8.self) }; return 4
        case .i8x16GtS: binary(pc, fp, I8.self) { lanes($0 .> $1, I8.self) }; return 4
        case .i8x16GtU: binary(pc, fp, U8.self) { lanes($0 .> $1, U8.self) }; return 4
        case .i8x16LeS: binary(pc, fp, I8.self) { lanes($0 .<= $1, I8.self) }; return 4
        case .i8x16LeU: binary(pc, fp, U8.self) { lanes($0 .<= $1, U8.self) }; return 4
        case .i8x16GeS: binary(pc, fp, I8.self) { lanes($0 .>= $1, I8.self) }; return 4
        case .i8x16GeU: binary(pc, fp, U8.self) { lanes($0 .>= $1, U8.self) }; return 4
        case .i16x8Eq: binary(pc, fp, U16.self) { lanes($0 .== $1, U16.self) }; return 4
        case .i16x8Ne: binary(pc, fp, U16.self) { lanes($0 .!= $1, U16.self) }; return 4
        case .i16x8LtS: binary(pc, fp, I16.self) { lanes($0 .< $1, I16.self) }; return 4
        case .i16x8LtU: binary(pc, fp, U16.self) { lanes($0 .< $1, U16.self) }; return 4
        case .i16x8GtS: binary(pc, fp, I16.self) { lanes($0 .> $1, I16.self) }; return 4
        case .i16x8GtU: binary(pc, fp, U16.self) { lanes($0 .> $1, U16.self) }; return 4
        case .i16x8LeS: binary(pc, fp, I16.self) { lanes($0 .<= $1, I16.self) }; return 4
        case .i16x8LeU: binary(pc, fp, U16.self) { lanes($0 .<= $1, U16.self) }; return 4
        case .i16x8GeS: binary(pc, fp, I16.self) { lanes($0 .>= $1, I16.self) }; return 4
        case .i16x8GeU: binary(pc, fp, U16.self) { lanes($0 .>= $1, U16.self) }; return 4
        case .i32x4Eq: binary(pc, fp, U32.self) { lanes($0 .== $1, U32.self) }; return 4
        case .i32x4Ne: binary(pc, fp, U32.self) { lanes($0 .!= $1, U32.self) }; return 4
        case .i32x4LtS: binary(pc, fp, I32.self) { lanes($0 .< $1, I32.self) }; return 4
        case .i32x4LtU: binary(pc, fp, U32.self) { lanes($0 .< $1, U32.self) }; return 4
        case .i32x4GtS: binary(pc, fp, I32.self) { lanes($0 .> $1, I32.self) }; return 4
        case .i32x4GtU: binary(pc, fp, U32.self) { lanes($0 .> $1, U32.self) }; return 4
        case .i32x4LeS: binary(pc, fp, I32.self) { lanes($0 .<= $1, I32.self) }; return 4
        case .i32x4LeU: binary(pc, fp, U32.self) { lanes($0 .<= $1, U32.self) }; return 4
        case .i32x4GeS: binary(pc, fp, I32.self) { lanes($0 .>= $1, I32.self) }; return 4
        case .i32x4GeU: binary(pc, fp, U32.self) { lanes($0 .>= $1, U32.self) }; return 4
        case .i64x2Eq: binary(pc, fp, U64.self) { lanes($0 .== $1, U64.self) }; return 4
        case .i64x2Ne: binary(pc, fp, U64.self) { lanes($0 .!= $1, U64.self) }; return 4
        case .i64x2LtS: binary(pc, fp, I64.self) { lanes($0 .< $1, I64.self) }; return 4
        case .i64x2GtS: binary(pc, fp, I64.self) { lanes($0 .> $1, I64.self) }; return 4
        case .i64x2LeS: binary(pc, fp, I64.self) { lanes($0 .<= $1, I64.self) }; return 4
        case .i64x2GeS: binary(pc, fp, I64.self) { lanes($0 .>= $1, I64.self) }; return 4

        // MARK: Float comparisons (IEEE: every comparison with NaN is false, `ne` true)
        case .f32x4Eq: binary(pc, fp, F32.self) { lanes($0 .== $1, I32.self) }; return 4
        case .f32x4Ne: binary(pc, fp, F32.self) { lanes($0 .!= $1, I32.self) }; return 4
        case .f32x4Lt: binary(pc, fp, F32.self) { lanes($0 .< $1, I32.self) }; return 4
        case .f32x4Gt: binary(pc, fp, F32.self) { lanes($0 .> $1, I32.self) }; return 4
        case .f32x4Le: binary(pc, fp, F32.self) { lanes($0 .<= $1, I32.self) }; return 4
        case .f32x4Ge: binary(pc, fp, F32.self) { lanes($0 .>= $1, I32.self) }; return 4
        case .f64x2Eq: binary(pc, fp, F64.self) { lanes($0 .== $1, I64.self) }; return 4
        case .f64x2Ne: binary(pc, fp, F64.self) { lanes($0 .!= $1, I64.self) }; return 4
        case .f64x2Lt: binary(pc, fp, F64.self) { lanes($0 .< $1, I64.self) }; return 4
        case .f64x2Gt: binary(pc, fp, F64.self) { lanes($0 .> $1, I64.self) }; return 4
        case .f64x2Le: binary(pc, fp, F64.self) { lanes($0 .<= $1, I64.self) }; return 4
        case .f64x2Ge: binary(pc, fp, F64.self) { lanes($0 .>= $1, I64.self) }; return 4

        // MARK: Integer arithmetic
        case .i8x16Abs: unary(pc, fp, I8.self) { $0.replacing(with: 0 &- $0, where: $0 .< 0) }; return 3
        case .i16x8Abs: unary(pc, fp, I16.self) { $0.replacing(with: 0 &- $0, where: $0 .< 0) }; return 3
        case .i32x4Abs: unary(pc, fp, I32.self) { $0.replacing(with: 0 &- $0, where: $0 .< 0) }; return 3
        case .i64x2Abs: unary(pc, fp, I64.self) { $0.replacing(with: 0 &- $0, where: $0 .< 0) }; return 3
        case .i8x16Neg: unary(pc, fp, U8.self) { 0 &- $0 }; return 3
        case .i16x8Neg: unary(pc, fp, U16.self) { 0 &- $0 }; return 3
        case .i32x4Neg: unary(pc, fp, U32.self) { 0 &- $0 }; return 3
        case .i64x2Neg: unary(pc, fp, U64.self) { 0 &- $0 }; return 3
        case .i8x16Popcnt:
            unary(pc, fp, U8.self) { a in
                var r = U8()
                for i in 0..<16 { r[i] = UInt8(truncatingIfNeeded: a[i].nonzeroBitCount) }
                return r
            }
            return 3
        case .i8x16Add: binary(pc, fp, U8.self) { $0 &+ $1 }; return 4
        case .i16x8Add: binary(pc, fp, U16.self) { $0 &+ $1 }; return 4
        case .i32x4Add: binary(pc, fp, U32.self) { $0 &+ $1 }; return 4
        case .i64x2Add: binary(pc, fp, U64.self) { $0 &+ $1 }; return 4
        case .i8x16Sub: binary(pc, fp, U8.self) { $0 &- $1 }; return 4
        case .i16x8Sub: binary(pc, fp, U16.self) { $0 &- $1 }; return 4
        case .i32x4Sub: binary(pc, fp, U32.self) { $0 &- $1 }; return 4
        case .i64x2Sub: binary(pc, fp, U64.self) { $0 &- $1 }; return 4
        case .i16x8Mul: binary(pc, fp, U16.self) { $0 &* $1 }; return 4
        case .i32x4Mul: binary(pc, fp, U32.self) { $0 &* $1 }; return 4
        case .i64x2Mul: binary(pc, fp, U64.self) { $0 &* $1 }; return 4
        case .i8x16AddSatS:
            binary(pc, fp, I8.self) { addSaturating($0, $1) }
            return 4
        case .i8x16AddSatU:
            binary(pc, fp, U8.self) { a, b in (a &+ b).replacing(with: .max, where: (a &+ b) .< a) }
            return 4
        case .i8x16SubSatS:
            binary(pc, fp, I8.self) { subSaturating($0, $1) }
            return 4
        case .i8x16SubSatU:
            binary(pc, fp, U8.self) { a, b in (a &- b).replacing(with: 0, where: a .< b) }
            return 4
        case .i16x8AddSatS:
            binary(pc, fp, I16.self) { addSaturating($0, $1) }
            return 4
        case .i16x8AddSatU:
            binary(pc, fp, U16.self) { a, b in (a &+ b).replacing(with: .max, where: (a &+ b) .< a) }
            return 4
        case .i16x8SubSatS:
            binary(pc, fp, I16.self) { subSaturating($0, $1) }
            return 4
        case .i16x8SubSatU:
            binary(pc, fp, U16.self) { a, b in (a &- b).replacing(with: 0, where: a .< b) }
            return 4
        case .i8x16MinS: binary(pc, fp, I8.self) { minimum($0, $1) }; return 4
        case .i8x16MinU: binary(pc, fp, U8.self) { minimum($0, $1) }; return 4
        case .i8x16MaxS: binary(pc, fp, I8.self) { maximum($0, $1) }; return 4
        case .i8x16MaxU: binary(pc, fp, U8.self) { maximum($0, $1) }; return 4
        case .i16x8MinS: binary(pc, fp, I16.self) { minimum($0, $1) }; return 4
        case .i16x8MinU: binary(pc, fp, U16.self) { minimum($0, $1) }; return 4
        case .i16x8MaxS: binary(pc, fp, I16.self) { maximum($0, $1) }; return 4
        case .i16x8MaxU: binary(pc, fp, U16.self) { maximum($0, $1) }; return 4
        case .i32x4MinS: binary(pc, fp, I32.self) { minimum($0, $1) }; return 4
        case .i32x4MinU: binary(pc, fp, U32.self) { minimum($0, $1) }; return 4
        case .i32x4MaxS: binary(pc, fp, I32.self) { maximum($0, $1) }; return 4
        case .i32x4MaxU: binary(pc, fp, U32.self) { maximum($0, $1) }; return 4
        case .i8x16AvgrU:
            binary(pc, fp, U8.self) {
                ($0 | $1) &- (($0 ^ $1) &>> 1)  // rounding average without widening
            }
            return 4
        case .i16x8AvgrU:
            binary(pc, fp, U16.self) {
                ($0 | $1) &- (($0 ^ $1) &>> 1)
            }
            return 4
        case .i16x8Q15mulrSatS, .i16x8RelaxedQ15mulrS:
            binary(pc, fp, I16.self) { a, b in narrow(q15(a, b, 0), q15(a, b, 4), to: I16.self) }
            return 4
        case .i32x4DotI16x8S:
            binary(pc, fp, I16.self) { a, b -> I32 in
                let low = widen(a, from: 0, to: I32.self) &* widen(b, from: 0, to: I32.self)
                let high = widen(a, from: 4, to: I32.self) &* widen(b, from: 4, to: I32.self)
                return I32(low[0] &+ low[1], low[2] &+ low[3], high[0] &+ high[1], high[2] &+ high[3])
            }
            return 4
        case .i16x8RelaxedDotI8x16I7x16S:
            binary(pc, fp, I8.self) { a, b -> I16 in
                let low = widen(a, from: 0, to: I16.self) &* widen(b, from: 0, to: I16.self)
                let high = widen(a, from: 8, to: I16.self) &* widen(b, from: 8, to: I16.self)
                return I16(low[0] &+ low[1], low[2] &+ low[3], low[4] &+ low[5], low[6] &+ low[7],
                           high[0] &+ high[1], high[2] &+ high[3], high[4] &+ high[5], high[6] &+ high[7])
            }
            return 4
        case .i32x4RelaxedDotI8x16I7x16AddS:
            let a = get(fp, pc[2], I8.self), b = get(fp, pc[3], I8.self)
            var sums = get(fp, pc[4], I32.self)
            for i in 0..<4 {
                let p = widen(a, from: 4 &* i, to: I32.self) &* widen(b, from: 4 &* i, to: I32.self)
                sums[i] = sums[i] &+ ((p[0] &+ p[1]) &+ (p[2] &+ p[3]))
            }
            put(fp, pc[1], sums); return 5

        // MARK: Widening and narrowing
        case .i16x8ExtmulLowI8x16S: binary(pc, fp, I8.self) { widen($0, from: 0, to: I16.self) &* widen($1, from: 0, to: I16.self) }; return 4
        case .i16x8ExtmulHighI8x16S: binary(pc, fp, I8.self) { widen($0, from: 8, to: I16.self) &* widen($1, from: 8, to: I16.self) }; return 4
        case .i16x8ExtmulLowI8x16U: binary(pc, fp, U8.self) { widen($0, from: 0, to: U16.self) &* widen($1, from: 0, to: U16.self) }; return 4
        case .i16x8ExtmulHighI8x16U: binary(pc, fp, U8.self) { widen($0, from: 8, to: U16.self) &* widen($1, from: 8, to: U16.self) }; return 4
        case .i32x4ExtmulLowI16x8S: binary(pc, fp, I16.self) { widen($0, from: 0, to: I32.self) &* widen($1, from: 0, to: I32.self) }; return 4
        case .i32x4ExtmulHighI16x8S: binary(pc, fp, I16.self) { widen($0, from: 4, to: I32.self) &* widen($1, from: 4, to: I32.self) }; return 4
        case .i32x4ExtmulLowI16x8U: binary(pc, fp, U16.self) { widen($0, from: 0, to: U32.self) &* widen($1, from: 0, to: U32.self) }; return 4
        case .i32x4ExtmulHighI16x8U: binary(pc, fp, U16.self) { widen($0, from: 4, to: U32.self) &* widen($1, from: 4, to: U32.self) }; return 4
        case .i64x2ExtmulLowI32x4S: binary(pc, fp, I32.self) { widen($0, from: 0, to: I64.self) &* widen($1, from: 0, to: I64.self) }; return 4
        case .i64x2ExtmulHighI32x4S: binary(pc, fp, I32.self) { widen($0, from: 2, to: I64.self) &* widen($1, from: 2, to: I64.self) }; return 4
        case .i64x2ExtmulLowI32x4U: binary(pc, fp, U32.self) { widen($0, from: 0, to: U64.self) &* widen($1, from: 0, to: U64.self) }; return 4
        case .i64x2ExtmulHighI32x4U: binary(pc, fp, U32.self) { widen($0, from: 2, to: U64.self) &* widen($1, from: 2, to: U64.self) }; return 4
        case .i16x8ExtendLowI8x16S: unary(pc, fp, I8.self) { widen($0, from: 0, to: I16.self) }; return 3
        case .i16x8ExtendHighI8x16S: unary(pc, fp, I8.self) { widen($0, from: 8, to: I16.self) }; return 3
        case .i16x8ExtendLowI8x16U: unary(pc, fp, U8.self) { widen($0, from: 0, to: U16.self) }; return 3
        case .i16x8ExtendHighI8x16U: unary(pc, fp, U8.self) { widen($0, from: 8, to: U16.self) }; return 3
        case .i32x4ExtendLowI16x8S: unary(pc, fp, I16.self) { widen($0, from: 0, to: I32.self) }; return 3
        case .i32x4ExtendHighI16x8S: unary(pc, fp, I16.self) { widen($0, from: 4, to: I32.self) }; return 3
        case .i32x4ExtendLowI16x8U: unary(pc, fp, U16.self) { widen($0, from: 0, to: U32.self) }; return 3
        case .i32x4ExtendHighI16x8U: unary(pc, fp, U16.self) { widen($0, from: 4, to: U32.self) }; return 3
        case .i64x2ExtendLowI32x4S: unary(pc, fp, I32.self) { widen($0, from: 0, to: I64.self) }; return 3
        case .i64x2ExtendHighI32x4S: unary(pc, fp, I32.self) { widen($0, from: 2, to: I64.self) }; return 3
        case .i64x2ExtendLowI32x4U: unary(pc, fp, U32.self) { widen($0, from: 0, to: U64.self) }; return 3
        case .i64x2ExtendHighI32x4U: unary(pc, fp, U32.self) { widen($0, from: 2, to: U64.self) }; return 3
        case .i16x8ExtaddPairwiseI8x16S:
            unary(pc, fp, I8.self) { pairwise($0, to: I16.self) }; return 3
        case .i16x8ExtaddPairwiseI8x16U:
            unary(pc, fp, U8.self) { pairwise($0, to: U16.self) }; return 3
        case .i32x4ExtaddPairwiseI16x8S:
            unary(pc, fp, I16.self) { pairwise($0, to: I32.self) }; return 3
        case .i32x4ExtaddPairwiseI16x8U:
            unary(pc, fp, U16.self) { pairwise($0, to: U32.self) }; return 3
        case .i8x16NarrowI16x8S: binary(pc, fp, I16.self) { narrow($0, $1, to: I8.self) }; return 4
        case .i8x16NarrowI16x8U: binary(pc, fp, I16.self) { narrow($0, $1, to: U8.self) }; return 4
        case .i16x8NarrowI32x4S: binary(pc, fp, I32.self) { narrow($0, $1, to: I16.self) }; return 4
        case .i16x8NarrowI32x4U: binary(pc, fp, I32.self) { narrow($0, $1, to: U16.self) }; return 4

        // MARK: Shifts (the count is taken modulo the lane width)
        case .i8x16Shl: put(fp, pc[1], get(fp, pc[2], U8.self) &<< UInt8(truncatingIfNeeded: fp[Int(pc[3])] & 7)); return 4
        case .i8x16ShrS: put(fp, pc[1], get(fp, pc[2], I8.self) &>> Int8(truncatingIfNeeded: fp[Int(pc[3])] & 7)); return 4
        case .i8x16ShrU: put(fp, pc[1], get(fp, pc[2], U8.self) &>> UInt8(truncatingIfNeeded: fp[Int(pc[3])] & 7)); return 4
        case .i16x8Shl: put(fp, pc[1], get(fp, pc[2], U16.self) &<< UInt16(truncatingIfNeeded: fp[Int(pc[3])] & 15)); return 4
        case .i16x8ShrS: put(fp, pc[1], get(fp, pc[2], I16.self) &>> Int16(truncatingIfNeeded: fp[Int(pc[3])] & 15)); return 4
        case .i16x8ShrU: put(fp, pc[1], get(fp, pc[2], U16.self) &>> UInt16(truncatingIfNeeded: fp[Int(pc[3])] & 15)); return 4
        case .i32x4Shl: put(fp, pc[1], get(fp, pc[2], U32.self) &<< UInt32(truncatingIfNeeded: fp[Int(pc[3])] & 31)); return 4
        case .i32x4ShrS: put(fp, pc[1], get(fp, pc[2], I32.self) &>> Int32(truncatingIfNeeded: fp[Int(pc[3])] & 31)); return 4
        case .i32x4ShrU: put(fp, pc[1], get(fp, pc[2], U32.self) &>> UInt32(truncatingIfNeeded: fp[Int(pc[3])] & 31)); return 4
        case .i64x2Shl: put(fp, pc[1], get(fp, pc[2], U64.self) &<< (fp[Int(pc[3])] & 63)); return 4
        case .i64x2ShrS: put(fp, pc[1], get(fp, pc[2], I64.self) &>> Int64(fp[Int(pc[3])] & 63)); return 4
        case .i64x2ShrU: put(fp, pc[1], get(fp, pc[2], U64.self) &>> (fp[Int(pc[3])] & 63)); return 4

        // MARK: Float arithmetic
        case .f32x4Abs: unary(pc, fp, U32.self) { $0 & 0x7FFF_FFFF }; return 3
        case .f32x4Neg: unary(pc, fp, U32.self) { $0 ^ 0x8000_0000 }; return 3
        case .f64x2Abs: unary(pc, fp, U64.self) { $0 & 0x7FFF_FFFF_FFFF_FFFF }; return 3
        case .f64x2Neg: unary(pc, fp, U64.self) { $0 ^ 0x8000_0000_0000_0000 }; return 3
        case .f32x4Sqrt: unary(pc, fp, F32.self) { map($0) { Numerics.squareRoot($0) } }; return 3
        case .f64x2Sqrt: unary(pc, fp, F64.self) { map($0) { Numerics.squareRoot($0) } }; return 3
        case .f32x4Ceil: unary(pc, fp, U32.self) { map($0, Numerics.f32Ceil) }; return 3
        case .f32x4Floor: unary(pc, fp, U32.self) { map($0, Numerics.f32Floor) }; return 3
        case .f32x4Trunc: unary(pc, fp, U32.self) { map($0, Numerics.f32Trunc) }; return 3
        case .f32x4Nearest: unary(pc, fp, U32.self) { map($0, Numerics.f32Nearest) }; return 3
        case .f64x2Ceil: unary(pc, fp, U64.self) { map($0, Numerics.f64Ceil) }; return 3
        case .f64x2Floor: unary(pc, fp, U64.self) { map($0, Numerics.f64Floor) }; return 3
        case .f64x2Trunc: unary(pc, fp, U64.self) { map($0, Numerics.f64Trunc) }; return 3
        case .f64x2Nearest: unary(pc, fp, U64.self) { map($0, Numerics.f64Nearest) }; return 3
        case .f32x4Add: binary(pc, fp, F32.self) { $0 + $1 }; return 4
        case .f32x4Sub: binary(pc, fp, F32.self) { $0 - $1 }; return 4
        case .f32x4Mul: binary(pc, fp, F32.self) { $0 * $1 }; return 4
        case .f32x4Div: binary(pc, fp, F32.self) { $0 / $1 }; return 4
        case .f64x2Add: binary(pc, fp, F64.self) { $0 + $1 }; return 4
        case .f64x2Sub: binary(pc, fp, F64.self) { $0 - $1 }; return 4
        case .f64x2Mul: binary(pc, fp, F64.self) { $0 * $1 }; return 4
        case .f64x2Div: binary(pc, fp, F64.self) { $0 / $1 }; return 4
        case .f32x4Min, .f32x4RelaxedMin: binary(pc, fp, U32.self) { eachF32($0, $1, Numerics.f32Min) }; return 4
        case .f32x4Max, .f32x4RelaxedMax: binary(pc, fp, U32.self) { eachF32($0, $1, Numerics.f32Max) }; return 4
        case .f64x2Min, .f64x2RelaxedMin: binary(pc, fp, U64.self) { eachF64($0, $1, Numerics.f64Min) }; return 4
        case .f64x2Max, .f64x2RelaxedMax: binary(pc, fp, U64.self) { eachF64($0, $1, Numerics.f64Max) }; return 4
        case .f32x4Pmin: binary(pc, fp, F32.self) { a, b in a.replacing(with: b, where: b .< a) }; return 4
        case .f32x4Pmax: binary(pc, fp, F32.self) { a, b in a.replacing(with: b, where: a .< b) }; return 4
        case .f64x2Pmin: binary(pc, fp, F64.self) { a, b in a.replacing(with: b, where: b .< a) }; return 4
        case .f64x2Pmax: binary(pc, fp, F64.self) { a, b in a.replacing(with: b, where: a .< b) }; return 4
        case .f32x4RelaxedMadd:
            put(fp, pc[1], get(fp, pc[2], F32.self) * get(fp, pc[3], F32.self) + get(fp, pc[4], F32.self)); return 5
        case .f32x4RelaxedNmadd:
            put(fp, pc[1], -(get(fp, pc[2], F32.self) * get(fp, pc[3], F32.self)) + get(fp, pc[4], F32.self)); return 5
        case .f64x2RelaxedMadd:
            put(fp, pc[1], get(fp, pc[2], F64.self) * get(fp, pc[3], F64.self) + get(fp, pc[4], F64.self)); return 5
        case .f64x2RelaxedNmadd:
            put(fp, pc[1], -(get(fp, pc[2], F64.self) * get(fp, pc[3], F64.self)) + get(fp, pc[4], F64.self)); return 5

        // MARK: Conversions
        case .i32x4TruncSatF32x4S, .i32x4RelaxedTruncF32x4S:
            unary(pc, fp, U32.self) { a in
                U32(Numerics.i32TruncSatF32S(a[0]), Numerics.i32TruncSatF32S(a[1]),
                    Numerics.i32TruncSatF32S(a[2]), Numerics.i32TruncSatF32S(a[3]))
            }
            return 3
        case .i32x4TruncSatF32x4U, .i32x4RelaxedTruncF32x4U:
            unary(pc, fp, U32.self) { a in
                U32(Numerics.i32TruncSatF32U(a[0]), Numerics.i32TruncSatF32U(a[1]),
                    Numerics.i32TruncSatF32U(a[2]), Numerics.i32TruncSatF32U(a[3]))
            }
            return 3
        case .i32x4TruncSatF64x2SZero, .i32x4RelaxedTruncF64x2SZero:
            unary(pc, fp, U64.self) { a in U32(Numerics.i32TruncSatF64S(a[0]), Numerics.i32TruncSatF64S(a[1]), 0, 0) }
            return 3
        case .i32x4TruncSatF64x2UZero, .i32x4RelaxedTruncF64x2UZero:
            unary(pc, fp, U64.self) { a in U32(Numerics.i32TruncSatF64U(a[0]), Numerics.i32TruncSatF64U(a[1]), 0, 0) }
            return 3
        case .f32x4ConvertI32x4S: unary(pc, fp, I32.self) { a in F32(Float(a[0]), Float(a[1]), Float(a[2]), Float(a[3])) }; return 3
        case .f32x4ConvertI32x4U: unary(pc, fp, U32.self) { a in F32(Float(a[0]), Float(a[1]), Float(a[2]), Float(a[3])) }; return 3
        case .f64x2ConvertLowI32x4S: unary(pc, fp, I32.self) { a in F64(Double(a[0]), Double(a[1])) }; return 3
        case .f64x2ConvertLowI32x4U: unary(pc, fp, U32.self) { a in F64(Double(a[0]), Double(a[1])) }; return 3
        case .f32x4DemoteF64x2Zero:
            unary(pc, fp, U64.self) { a in U32(Numerics.f32DemoteF64(a[0]), Numerics.f32DemoteF64(a[1]), 0, 0) }
            return 3
        case .f64x2PromoteLowF32x4:
            unary(pc, fp, U32.self) { a in U64(Numerics.f64PromoteF32(a[0]), Numerics.f64PromoteF32(a[1])) }
            return 3

        // Constants and memory operations never reach here.
        default:
            return 0
        }
    }

    @inline(__always)
    static func allTrue<T: SIMD>(_ v: T) -> UInt64 where T.Scalar: FixedWidthInteger {
        var r: UInt64 = 1
        for i in 0..<v.scalarCount where v[i] == 0 { r = 0 }
        return r
    }

    @inline(__always)
    static func bitmask<T: SIMD>(_ v: T) -> UInt64 where T.Scalar: FixedWidthInteger & SignedInteger {
        var r: UInt64 = 0
        for i in 0..<v.scalarCount where v[i] < 0 { r |= 1 << UInt64(i) }
        return r
    }
}
