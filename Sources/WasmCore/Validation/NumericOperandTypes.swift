extension NumericOp {
    /// The operand types and result type of the instruction, without allocating (unlike `signature`).
    /// `second` is nil for unary operators, tests and conversions.
    var operandTypes: (first: ValueType, second: ValueType?, result: ValueType) {
        switch rawValue {
        case 0x45: (.i32, nil, .i32)                          // i32.eqz
        case 0x46...0x4F: (.i32, .i32, .i32)                  // i32 comparisons
        case 0x50: (.i64, nil, .i32)                          // i64.eqz
        case 0x51...0x5A: (.i64, .i64, .i32)                  // i64 comparisons
        case 0x5B...0x60: (.f32, .f32, .i32)                  // f32 comparisons
        case 0x61...0x66: (.f64, .f64, .i32)                  // f64 comparisons
        case 0x67...0x69: (.i32, nil, .i32)                   // i32 clz ctz popcnt
        case 0x6A...0x78: (.i32, .i32, .i32)                  // i32 binary
        case 0x79...0x7B: (.i64, nil, .i64)                   // i64 clz ctz popcnt
        case 0x7C...0x8A: (.i64, .i64, .i64)                  // i64 binary
        case 0x8B...0x91: (.f32, nil, .f32)                   // f32 unary
        case 0x92...0x98: (.f32, .f32, .f32)                  // f32 binary
        case 0x99...0x9F: (.f64, nil, .f64)                   // f64 unary
        case 0xA0...0xA6: (.f64, .f64, .f64)                  // f64 binary
        case 0xA7: (.i64, nil, .i32)                          // i32.wrap_i64
        case 0xA8, 0xA9, 0xBC: (.f32, nil, .i32)              // i32.trunc_f32, i32.reinterpret_f32
        case 0xAA, 0xAB: (.f64, nil, .i32)                    // i32.trunc_f64
        case 0xAC, 0xAD: (.i32, nil, .i64)                    // i64.extend_i32
        case 0xAE, 0xAF: (.f32, nil, .i64)                    // i64.trunc_f32
        case 0xB0, 0xB1, 0xBD: (.f64, nil, .i64)              // i64.trunc_f64, i64.reinterpret_f64
        case 0xB2, 0xB3, 0xBE: (.i32, nil, .f32)              // f32.convert_i32, f32.reinterpret_i32
        case 0xB4, 0xB5: (.i64, nil, .f32)                    // f32.convert_i64
        case 0xB6: (.f64, nil, .f32)                          // f32.demote_f64
        case 0xB7, 0xB8: (.i32, nil, .f64)                    // f64.convert_i32
        case 0xB9, 0xBA, 0xBF: (.i64, nil, .f64)              // f64.convert_i64, f64.reinterpret_i64
        case 0xBB: (.f32, nil, .f64)                          // f64.promote_f32
        case 0xC0, 0xC1: (.i32, nil, .i32)                    // i32.extend8_s, i32.extend16_s
        case 0xC2...0xC4: (.i64, nil, .i64)                   // i64.extend{8,16,32}_s
        case 0xFC00, 0xFC01: (.f32, nil, .i32)                // i32.trunc_sat_f32
        case 0xFC02, 0xFC03: (.f64, nil, .i32)                // i32.trunc_sat_f64
        case 0xFC04, 0xFC05: (.f32, nil, .i64)                // i64.trunc_sat_f32
        default: (.f64, nil, .i64)                            // i64.trunc_sat_f64 (0xFC06, 0xFC07)
        }
    }
}
