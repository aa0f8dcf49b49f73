import Foundation
import XCTest
@testable import WasmCore

/// Checks `Numerics` against the spec testsuite's assert_return / assert_trap cases for the
/// modules whose exports are single numeric instructions (plus a few composed ones from
/// float_exprs), and a handful of hand-picked edge cases.
final class NumericsTests: XCTestCase {
    /// Arguments and result are raw bits, zero-extended to 64 bits.
    typealias Impl = ([UInt64]) throws -> UInt64

    static let specDir = ProcessInfo.processInfo.environment["WASM_SPEC_JSON"] ?? "/work/shared/spec/json/core"

    // MARK: Spec files

    func testI32() throws { try run("i32", Self.i32Ops) }
    func testI64() throws { try run("i64", Self.i64Ops) }
    func testF32() throws { try run("f32", Self.f32Ops) }
    func testF64() throws { try run("f64", Self.f64Ops) }
    func testF32Cmp() throws { try run("f32_cmp", Self.f32Ops) }
    func testF64Cmp() throws { try run("f64_cmp", Self.f64Ops) }
    func testF32Bitwise() throws { try run("f32_bitwise", Self.f32Ops) }
    func testF64Bitwise() throws { try run("f64_bitwise", Self.f64Ops) }
    func testConversions() throws { try run("conversions", Self.conversionOps) }
    func testFloatMisc() throws { try run("float_misc", Self.floatMiscOps) }
    func testFloatExprs() throws { try run("float_exprs", Self.floatExprOps) }

    /// Runs every assert_return / assert_trap of `name`.json whose export `ops` knows; fails if none.
    private func run(_ name: String, _ ops: [String: Impl]) throws {
        let url = URL(fileURLWithPath: "\(Self.specDir)/\(name)/\(name).json")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("spec testsuite not found at \(url.path)")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let commands = json?["commands"] as? [[String: Any]] ?? []
        var checked = 0, skipped = 0
        for command in commands {
            guard let type = command["type"] as? String, type == "assert_return" || type == "assert_trap",
                  let action = command["action"] as? [String: Any], let field = action["field"] as? String,
                  let args = action["args"] as? [[String: String]] else { continue }
            let line = command["line"] as? Int ?? 0
            let bitsArgs = args.first.map { $0["type"] == "i32" || $0["type"] == "i64" } ?? false
            guard let op = (bitsArgs ? ops[field + "@bits"] : nil) ?? ops[field] else { skipped += 1; continue }
            var values: [UInt64] = []
            for arg in args {
                guard let text = arg["value"], let v = UInt64(text) else {
                    XCTFail("\(name):\(line): bad argument \(arg)"); return
                }
                values.append(v)
            }
            checked += 1
            if type == "assert_trap" {
                let expected = command["text"] as? String ?? ""
                do {
                    let r = try op(values)
                    XCTFail("\(name):\(line): \(field)\(values) returned \(r), expected trap \(expected)")
                } catch let kind as TrapKind {
                    XCTAssertEqual(kind.rawValue, expected, "\(name):\(line): \(field)\(values)")
                }
                continue
            }
            guard let expected = (command["expected"] as? [[String: String]])?.first,
                  let resultType = expected["type"], let want = expected["value"] else {
                XCTFail("\(name):\(line): no expected value"); continue
            }
            let got: UInt64
            do { got = try op(values) } catch {
                XCTFail("\(name):\(line): \(field)\(values) trapped \(error)"); continue
            }
            XCTAssertTrue(Self.matches(got, want, resultType),
                          "\(name):\(line): \(field)\(values) = 0x\(String(got, radix: 16)), expected \(want)")
        }
        print("NumericsTests: \(name).json: \(checked) cases checked (\(skipped) for exports not mapped)")
        XCTAssertGreaterThan(checked, 0, "\(name).json: no case checked")
    }

    /// Exact bits, or a NaN class (`nan:canonical`: quiet bit only in the payload, any sign;
    /// `nan:arithmetic`: quiet bit set).
    static func matches(_ got: UInt64, _ want: String, _ type: String) -> Bool {
        let is32 = type == "f32"
        let quiet: UInt64 = is32 ? 0x7FC0_0000 : 0x7FF8_0000_0000_0000
        let magnitude = got & (is32 ? 0x7FFF_FFFF : 0x7FFF_FFFF_FFFF_FFFF)
        switch want {
        case "nan:canonical": return magnitude == quiet
        case "nan:arithmetic": return magnitude & quiet == quiet
        default: return UInt64(want) == got
        }
    }

    // MARK: Adapters from natural-width functions to `Impl`

    static func un<A: FixedWidthInteger, R: FixedWidthInteger>(_ f: @escaping (A) throws -> R) -> Impl {
        { a in UInt64(truncatingIfNeeded: try f(A(truncatingIfNeeded: a[0]))) }
    }
    static func bin<A: FixedWidthInteger, R: FixedWidthInteger>(_ f: @escaping (A, A) throws -> R) -> Impl {
        { a in UInt64(truncatingIfNeeded: try f(A(truncatingIfNeeded: a[0]), A(truncatingIfNeeded: a[1]))) }
    }

    // MARK: Tables (export name -> implementation)

    typealias N = Numerics

    static var i32Ops: [String: Impl] { [
        "add": bin(N.i32Add), "sub": bin(N.i32Sub), "mul": bin(N.i32Mul),
        "div_s": bin(N.i32DivS), "div_u": bin(N.i32DivU), "rem_s": bin(N.i32RemS), "rem_u": bin(N.i32RemU),
        "and": bin(N.i32And), "or": bin(N.i32Or), "xor": bin(N.i32Xor),
        "shl": bin(N.i32Shl), "shr_s": bin(N.i32ShrS), "shr_u": bin(N.i32ShrU),
        "rotl": bin(N.i32Rotl), "rotr": bin(N.i32Rotr),
        "clz": un(N.i32Clz), "ctz": un(N.i32Ctz), "popcnt": un(N.i32Popcnt),
        "extend8_s": un(N.i32Extend8S), "extend16_s": un(N.i32Extend16S), "eqz": un(N.i32Eqz),
        "eq": bin(N.i32Eq), "ne": bin(N.i32Ne), "lt_s": bin(N.i32LtS), "lt_u": bin(N.i32LtU),
        "le_s": bin(N.i32LeS), "le_u": bin(N.i32LeU), "gt_s": bin(N.i32GtS), "gt_u": bin(N.i32GtU),
        "ge_s": bin(N.i32GeS), "ge_u": bin(N.i32GeU),
    ] }

    static var i64Ops: [String: Impl] { [
        "add": bin(N.i64Add), "sub": bin(N.i64Sub), "mul": bin(N.i64Mul),
        "div_s": bin(N.i64DivS), "div_u": bin(N.i64DivU), "rem_s": bin(N.i64RemS), "rem_u": bin(N.i64RemU),
        "and": bin(N.i64And), "or": bin(N.i64Or), "xor": bin(N.i64Xor),
        "shl": bin(N.i64Shl), "shr_s": bin(N.i64ShrS), "shr_u": bin(N.i64ShrU),
        "rotl": bin(N.i64Rotl), "rotr": bin(N.i64Rotr),
        "clz": un(N.i64Clz), "ctz": un(N.i64Ctz), "popcnt": un(N.i64Popcnt),
        "extend8_s": un(N.i64Extend8S), "extend16_s": un(N.i64Extend16S), "extend32_s": un(N.i64Extend32S),
        "eqz": un(N.i64Eqz),
        "eq": bin(N.i64Eq), "ne": bin(N.i64Ne), "lt_s": bin(N.i64LtS), "lt_u": bin(N.i64LtU),
        "le_s": bin(N.i64LeS), "le_u": bin(N.i64LeU), "gt_s": bin(N.i64GtS), "gt_u": bin(N.i64GtU),
        "ge_s": bin(N.i64GeS), "ge_u": bin(N.i64GeU),
    ] }

    static var f32Ops: [String: Impl] { [
        "add": bin(N.f32Add), "sub": bin(N.f32Sub), "mul": bin(N.f32Mul), "div": bin(N.f32Div),
        "min": bin(N.f32Min), "max": bin(N.f32Max), "sqrt": un(N.f32Sqrt),
        "floor": un(N.f32Floor), "ceil": un(N.f32Ceil), "trunc": un(N.f32Trunc), "nearest": un(N.f32Nearest),
        "abs": un(N.f32Abs), "neg": un(N.f32Neg), "copysign": bin(N.f32Copysign),
        "eq": bin(N.f32Eq), "ne": bin(N.f32Ne), "lt": bin(N.f32Lt), "le": bin(N.f32Le),
        "gt": bin(N.f32Gt), "ge": bin(N.f32Ge),
    ] }

    static var f64Ops: [String: Impl] { [
        "add": bin(N.f64Add), "sub": bin(N.f64Sub), "mul": bin(N.f64Mul), "div": bin(N.f64Div),
        "min": bin(N.f64Min), "max": bin(N.f64Max), "sqrt": un(N.f64Sqrt),
        "floor": un(N.f64Floor), "ceil": un(N.f64Ceil), "trunc": un(N.f64Trunc), "nearest": un(N.f64Nearest),
        "abs": un(N.f64Abs), "neg": un(N.f64Neg), "copysign": bin(N.f64Copysign),
        "eq": bin(N.f64Eq), "ne": bin(N.f64Ne), "lt": bin(N.f64Lt), "le": bin(N.f64Le),
        "gt": bin(N.f64Gt), "ge": bin(N.f64Ge),
    ] }

    static var floatMiscOps: [String: Impl] {
        var ops: [String: Impl] = [:]
        for (k, v) in f32Ops { ops["f32." + k] = v }
        for (k, v) in f64Ops { ops["f64." + k] = v }
        return ops
    }

    static var conversionOps: [String: Impl] { [
        "i64.extend_i32_s": un(N.i64ExtendI32S), "i64.extend_i32_u": un(N.i64ExtendI32U),
        "i32.wrap_i64": un(N.i32WrapI64),
        "i32.trunc_f32_s": un(N.i32TruncF32S), "i32.trunc_f32_u": un(N.i32TruncF32U),
        "i32.trunc_f64_s": un(N.i32TruncF64S), "i32.trunc_f64_u": un(N.i32TruncF64U),
        "i64.trunc_f32_s": un(N.i64TruncF32S), "i64.trunc_f32_u": un(N.i64TruncF32U),
        "i64.trunc_f64_s": un(N.i64TruncF64S), "i64.trunc_f64_u": un(N.i64TruncF64U),
        "i32.trunc_sat_f32_s": un(N.i32TruncSatF32S), "i32.trunc_sat_f32_u": un(N.i32TruncSatF32U),
        "i32.trunc_sat_f64_s": un(N.i32TruncSatF64S), "i32.trunc_sat_f64_u": un(N.i32TruncSatF64U),
        "i64.trunc_sat_f32_s": un(N.i64TruncSatF32S), "i64.trunc_sat_f32_u": un(N.i64TruncSatF32U),
        "i64.trunc_sat_f64_s": un(N.i64TruncSatF64S), "i64.trunc_sat_f64_u": un(N.i64TruncSatF64U),
        "f32.convert_i32_s": un(N.f32ConvertI32S), "f32.convert_i32_u": un(N.f32ConvertI32U),
        "f32.convert_i64_s": un(N.f32ConvertI64S), "f32.convert_i64_u": un(N.f32ConvertI64U),
        "f64.convert_i32_s": un(N.f64ConvertI32S), "f64.convert_i32_u": un(N.f64ConvertI32U),
        "f64.convert_i64_s": un(N.f64ConvertI64S), "f64.convert_i64_u": un(N.f64ConvertI64U),
        "f64.promote_f32": un(N.f64PromoteF32), "f32.demote_f64": un(N.f32DemoteF64),
        "f32.reinterpret_i32": un(N.f32ReinterpretI32), "f64.reinterpret_i64": un(N.f64ReinterpretI64),
        "i32.reinterpret_f32": un(N.i32ReinterpretF32), "i64.reinterpret_f64": un(N.i64ReinterpretF64),
    ] }
}

// MARK: - float_exprs (compositions of single instructions)

extension NumericsTests {
    /// The float operations of one width, so the float_exprs compositions are written once.
    struct FloatOps<T: FixedWidthInteger> {
        var add, sub, mul, div: (T, T) -> T
        var sqrt, neg: (T) -> T
        var eq, ne, lt, le, gt, ge: (T, T) -> UInt32
        var zero: T = 0, negZero, one, negOne, two, three: T
    }

    static var f32Float: FloatOps<UInt32> { FloatOps<UInt32>(
        add: N.f32Add, sub: N.f32Sub, mul: N.f32Mul, div: N.f32Div, sqrt: N.f32Sqrt, neg: N.f32Neg,
        eq: N.f32Eq, ne: N.f32Ne, lt: N.f32Lt, le: N.f32Le, gt: N.f32Gt, ge: N.f32Ge,
        negZero: (-0.0 as Float).bitPattern, one: Float(1).bitPattern, negOne: Float(-1).bitPattern,
        two: Float(2).bitPattern, three: Float(3).bitPattern) }
    static var f64Float: FloatOps<UInt64> { FloatOps<UInt64>(
        add: N.f64Add, sub: N.f64Sub, mul: N.f64Mul, div: N.f64Div, sqrt: N.f64Sqrt, neg: N.f64Neg,
        eq: N.f64Eq, ne: N.f64Ne, lt: N.f64Lt, le: N.f64Le, gt: N.f64Gt, ge: N.f64Ge,
        negZero: (-0.0 as Double).bitPattern, one: Double(1).bitPattern, negOne: Double(-1).bitPattern,
        two: Double(2).bitPattern, three: Double(3).bitPattern) }

    /// The float_exprs functions that exist for both widths, named `<p>.<name>`.
    static func floatExprs<T: FixedWidthInteger>(_ p: String, _ o: FloatOps<T>, nanMask: T) -> [String: Impl] {
        func v(_ a: [UInt64], _ i: Int) -> T { T(truncatingIfNeeded: a[i]) }
        func f1(_ f: @escaping (T) -> T) -> Impl { { a in UInt64(truncatingIfNeeded: f(v(a, 0))) } }
        func f2(_ f: @escaping (T, T) -> T) -> Impl { { a in UInt64(truncatingIfNeeded: f(v(a, 0), v(a, 1))) } }
        func f3(_ f: @escaping (T, T, T) -> T) -> Impl { { a in UInt64(truncatingIfNeeded: f(v(a, 0), v(a, 1), v(a, 2))) } }
        func f4(_ f: @escaping (T, T, T, T) -> T) -> Impl {
            { a in UInt64(truncatingIfNeeded: f(v(a, 0), v(a, 1), v(a, 2), v(a, 3))) }
        }
        func c2(_ f: @escaping (T, T) -> UInt32) -> Impl { { a in UInt64(f(v(a, 0), v(a, 1))) } }
        /// The "@bits" variants: the same computation on integer-typed bits, masked to the NaN bits.
        func masked(_ f: @escaping (T) -> T) -> Impl { { a in UInt64(truncatingIfNeeded: f(v(a, 0)) & nanMask) } }
        let (add, sub, mul, div, neg) = (o.add, o.sub, o.mul, o.div, o.neg)
        var ops: [String: Impl] = [
            "no_fma": f3 { x, y, z in add(mul(x, y), z) },
            "no_contraction": f3 { x, y, z in add(mul(x, y), z) },
            "no_fold_add_zero": f1 { add($0, o.zero) },
            "no_fold_zero_sub": f1 { sub(o.zero, $0) },
            "no_fold_sub_zero": f1 { sub($0, o.zero) },
            "no_fold_mul_zero": f1 { mul($0, o.zero) },
            "no_fold_mul_one": f1 { mul($0, o.one) },
            "no_fold_zero_div": f1 { div(o.zero, $0) },
            "no_fold_div_one": f1 { div($0, o.one) },
            "no_fold_div_neg1": f1 { div($0, o.negOne) },
            "no_fold_neg0_sub": f1 { sub(o.negZero, $0) },
            "no_fold_neg1_mul": f1 { mul(o.negOne, $0) },
            "no_fold_eq_self": { a in UInt64(o.eq(v(a, 0), v(a, 0))) },
            "no_fold_ne_self": { a in UInt64(o.ne(v(a, 0), v(a, 0))) },
            "no_fold_sub_self": f1 { sub($0, $0) },
            "no_fold_div_self": f1 { div($0, $0) },
            "no_fold_div_3": f1 { div($0, o.three) },
            "no_factor": f3 { x, y, z in add(mul(x, z), mul(y, z)) },
            "no_distribute": f3 { x, y, z in mul(add(x, y), z) },
            "no_regroup_div_mul": f3 { x, y, z in mul(x, div(y, z)) },
            "no_regroup_mul_div": f3 { x, y, z in div(mul(x, y), z) },
            "no_reassociate_add": f4 { x, y, z, w in add(add(add(x, y), z), w) },
            "no_reassociate_mul": f4 { x, y, z, w in mul(mul(mul(x, y), z), w) },
            "no_fold_div_0": f1 { div($0, o.zero) },
            "no_fold_div_neg0": f1 { div($0, o.negZero) },
            "no_fold_to_hypot": f2 { x, y in o.sqrt(add(mul(x, x), mul(y, y))) },
            "no_approximate_reciprocal": f1 { div(o.one, $0) },
            "no_approximate_reciprocal_sqrt": f1 { div(o.one, o.sqrt($0)) },
            "no_fuse_reciprocal_sqrt": f1 { div(o.one, o.sqrt($0)) },
            "no_approximate_sqrt_reciprocal": f1 { o.sqrt(div(o.one, $0)) },
            "no_fold_add_sub": f2 { x, y in sub(add(x, y), y) },
            "no_fold_sub_add": f2 { x, y in add(sub(x, y), y) },
            "no_fold_mul_div": f2 { x, y in div(mul(x, y), y) },
            "no_fold_div_mul": f2 { x, y in mul(div(x, y), y) },
            "no_fold_div2_mul2": f1 { mul(div($0, o.two), o.two) },
            "ult": { a in UInt64(N.i32Eqz(o.ge(v(a, 0), v(a, 1)))) },
            "ule": { a in UInt64(N.i32Eqz(o.gt(v(a, 0), v(a, 1)))) },
            "ugt": { a in UInt64(N.i32Eqz(o.le(v(a, 0), v(a, 1)))) },
            "uge": { a in UInt64(N.i32Eqz(o.lt(v(a, 0), v(a, 1)))) },
            "no_fold_lt_select": f2 { x, y in o.lt(x, y) != 0 ? x : y },
            "no_fold_le_select": f2 { x, y in o.le(x, y) != 0 ? x : y },
            "no_fold_gt_select": f2 { x, y in o.gt(x, y) != 0 ? x : y },
            "no_fold_ge_select": f2 { x, y in o.ge(x, y) != 0 ? x : y },
            "no_fold_lt_select_to_abs": f1 { o.lt($0, o.zero) != 0 ? neg($0) : $0 },
            "no_fold_le_select_to_abs": f1 { o.le($0, o.negZero) != 0 ? neg($0) : $0 },
            "no_fold_gt_select_to_abs": f1 { o.gt($0, o.negZero) != 0 ? $0 : neg($0) },
            "no_fold_ge_select_to_abs": f1 { o.ge($0, o.zero) != 0 ? $0 : neg($0) },
            "no_fold_recip_recip": f1 { div(o.one, div(o.one, $0)) },
            "no_fold_neg_sub": f2 { x, y in neg(sub(x, y)) },
            "no_fold_neg_add": f2 { x, y in neg(add(x, y)) },
            "no_fold_add_neg_neg": f2 { x, y in add(neg(x), neg(y)) },
            "no_fold_add_neg": f1 { add(neg($0), $0) },
            "no_fold_6x_via_add": f1 { x in add(add(add(add(add(x, x), x), x), x), x) },
            "no_fold_div_div": f3 { x, y, z in div(div(x, y), z) },
            "no_fold_mul_divs": f4 { x, y, z, w in mul(div(x, y), div(z, w)) },
            "no_trichotomy_lt": c2 { x, y in o.lt(x, y) | o.ge(x, y) },
            "no_trichotomy_le": c2 { x, y in o.le(x, y) | o.gt(x, y) },
            "no_trichotomy_gt": c2 { x, y in o.gt(x, y) | o.le(x, y) },
            "no_trichotomy_ge": c2 { x, y in o.ge(x, y) | o.lt(x, y) },
            "arithmetic_nan_bitpattern": { a in UInt64(truncatingIfNeeded: div(v(a, 0), v(a, 1)) & nanMask) },
            "canonical_nan_bitpattern": { a in UInt64(truncatingIfNeeded: div(v(a, 0), v(a, 1)) & (T.max >> 1)) },
            "nonarithmetic_nan_bitpattern": f1 { neg($0) },
            "no_fold_sub_zero@bits": masked { sub($0, o.zero) },
            "no_fold_neg0_sub@bits": masked { sub(o.negZero, $0) },
            "no_fold_mul_one@bits": masked { mul($0, o.one) },
            "no_fold_neg1_mul@bits": masked { mul(o.negOne, $0) },
            "no_fold_div_one@bits": masked { div($0, o.one) },
            "no_fold_div_neg1@bits": masked { div($0, o.negOne) },
        ]
        for (name, cmp) in [("lt", o.lt), ("le", o.le), ("gt", o.gt), ("ge", o.ge)] {
            ops["no_fold_\(name)_if"] = f2 { x, y in cmp(x, y) != 0 ? x : y }
        }
        ops["no_fold_lt_if_to_abs"] = ops["no_fold_lt_select_to_abs"]
        ops["no_fold_le_if_to_abs"] = ops["no_fold_le_select_to_abs"]
        ops["no_fold_gt_if_to_abs"] = ops["no_fold_gt_select_to_abs"]
        ops["no_fold_ge_if_to_abs"] = ops["no_fold_ge_select_to_abs"]
        return Dictionary(uniqueKeysWithValues: ops.map { ("\(p).\($0.key)", $0.value) })
    }

    static var floatExprOps: [String: Impl] {
        var ops = floatExprs("f32", f32Float, nanMask: 0x7FC0_0000)
            .merging(floatExprs("f64", f64Float, nanMask: 0x7FF8_0000_0000_0000)) { a, _ in a }
        func f(_ a: [UInt64], _ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: a[i]) }
        func d(_ a: [UInt64], _ i: Int) -> UInt64 { a[i] }
        // Float/int round trips.
        ops["i32.no_fold_f32_s"] = { a in UInt64(try N.i32TruncF32S(N.f32ConvertI32S(f(a, 0)))) }
        ops["i32.no_fold_f32_u"] = { a in UInt64(try N.i32TruncF32U(N.f32ConvertI32U(f(a, 0)))) }
        ops["i64.no_fold_f64_s"] = { a in try N.i64TruncF64S(N.f64ConvertI64S(a[0])) }
        ops["i64.no_fold_f64_u"] = { a in try N.i64TruncF64U(N.f64ConvertI64U(a[0])) }
        let f32Trunc: [String: (UInt32) throws -> UInt64] = [
            "i32.no_fold_trunc_s": { UInt64(try N.i32TruncF32S($0)) }, "i32.no_fold_trunc_u": { UInt64(try N.i32TruncF32U($0)) },
            "i64.no_fold_trunc_s": { try N.i64TruncF32S($0) }, "i64.no_fold_trunc_u": { try N.i64TruncF32U($0) },
        ]
        let f64Trunc: [String: (UInt64) throws -> UInt64] = [
            "i32.no_fold_trunc_s": { UInt64(try N.i32TruncF64S($0)) }, "i32.no_fold_trunc_u": { UInt64(try N.i32TruncF64U($0)) },
            "i64.no_fold_trunc_s": { try N.i64TruncF64S($0) }, "i64.no_fold_trunc_u": { try N.i64TruncF64U($0) },
        ]
        for (name, trunc) in f32Trunc {
            let is32 = name.hasPrefix("i32")
            ops["f32.\(name)_convert_s"] = { a in
                let i = try trunc(f(a, 0))
                return UInt64(is32 ? N.f32ConvertI32S(UInt32(truncatingIfNeeded: i)) : N.f32ConvertI64S(i))
            }
            ops["f32.\(name)_convert_u"] = { a in
                let i = try trunc(f(a, 0))
                return UInt64(is32 ? N.f32ConvertI32U(UInt32(truncatingIfNeeded: i)) : N.f32ConvertI64U(i))
            }
        }
        for (name, trunc) in f64Trunc {
            let is32 = name.hasPrefix("i32")
            ops["f64.\(name)_convert_s"] = { a in
                let i = try trunc(a[0])
                return is32 ? N.f64ConvertI32S(UInt32(truncatingIfNeeded: i)) : N.f64ConvertI64S(i)
            }
            ops["f64.\(name)_convert_u"] = { a in
                let i = try trunc(a[0])
                return is32 ? N.f64ConvertI32U(UInt32(truncatingIfNeeded: i)) : N.f64ConvertI64U(i)
            }
        }
        // Mixed widths.
        ops["no_fold_demote_promote"] = { a in N.f64PromoteF32(N.f32DemoteF64(d(a, 0))) }
        ops["no_fold_promote_demote"] = { a in UInt64(N.f32DemoteF64(N.f64PromoteF32(f(a, 0)))) }
        ops["no_fold_promote_demote@bits"] = { a in UInt64(N.f32DemoteF64(N.f64PromoteF32(f(a, 0))) & 0x7FC0_0000) }
        ops["no_demote_mixed_add"] = { a in UInt64(N.f32DemoteF64(N.f64Add(d(a, 0), N.f64PromoteF32(f(a, 1))))) }
        ops["no_demote_mixed_add_commuted"] = { a in UInt64(N.f32DemoteF64(N.f64Add(N.f64PromoteF32(f(a, 0)), d(a, 1)))) }
        ops["no_demote_mixed_sub"] = { a in UInt64(N.f32DemoteF64(N.f64Sub(d(a, 0), N.f64PromoteF32(f(a, 1))))) }
        // Assorted regressions.
        ops["llvm_pr26746"] = { a in UInt64(N.f32Sub(0, N.f32Sub(0x8000_0000, f(a, 0)))) }
        ops["llvm_pr27153"] = { a in
            UInt64(N.f32Add(N.f32ConvertI32S(f(a, 0) & 268_435_455), Float(-8_388_608).bitPattern))
        }
        ops["llvm_pr27036"] = { a in
            UInt64(N.f32Add(N.f32ConvertI32S(f(a, 0) | UInt32(bitPattern: -25_034_805)),
                            N.f32ConvertI32S(f(a, 1) & 14_942_208)))
        }
        ops["thepast0"] = { a in N.f64Div(N.f64Mul(a[0], a[1]), N.f64Mul(a[2], a[3])) }
        ops["thepast1"] = { a in N.f64Sub(N.f64Mul(a[0], a[1]), a[2]) }
        ops["thepast2"] = { a in UInt64(N.f32Mul(N.f32Mul(f(a, 0), f(a, 1)), f(a, 2))) }
        ops["inverse"] = { a in UInt64(N.f32Div(Float(1).bitPattern, f(a, 0))) }
        ops["f32_sqrt_minus_2"] = { a in UInt64(N.f32Sub(N.f32Sqrt(f(a, 0)), Float(2).bitPattern)) }
        ops["f64_sqrt_minus_2"] = { a in N.f64Sub(N.f64Sqrt(a[0]), Double(2).bitPattern) }
        return ops
    }
}

// MARK: - Hand-written edge cases and randomized cross-checks

extension NumericsTests {
    /// Deterministic xorshift so failures reproduce.
    struct Rng {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
    }

    func testRoundingAgainstLibm() {
        var rng = Rng()
        var f32: [UInt32] = [0, 0x8000_0000, 0x3F00_0000, 0xBF00_0000, 0x3FC0_0000, 0xBFC0_0000, 0x4B00_0000,
                             0x4AFF_FFFF, 0xCAFF_FFFF, 0x4B7F_FFFF, 0x7F80_0000, 0xFF80_0000, 0x0000_0001, 0x8000_0001]
        var f64: [UInt64] = [0, 0x8000_0000_0000_0000, 0x3FE0_0000_0000_0000, 0xBFE0_0000_0000_0000,
                             0x4330_0000_0000_0000, 0x432F_FFFF_FFFF_FFFF, 0xC32F_FFFF_FFFF_FFFF,
                             0x7FF0_0000_0000_0000, 0xFFF0_0000_0000_0000, 1, 0x8000_0000_0000_0001]
        for _ in 0..<20_000 {
            let r = rng.next()
            f32.append(UInt32(truncatingIfNeeded: r))
            f64.append(r)
            // Values with small exponents, where the fraction matters.
            f32.append(UInt32(truncatingIfNeeded: r) & 0x80FF_FFFF | 0x3F00_0000 &+ (UInt32(truncatingIfNeeded: r >> 40) & 0x0F80_0000))
            f64.append(r & 0x800F_FFFF_FFFF_FFFF | (UInt64(0x3FE + (r >> 58)) << 52))
        }
        for a in f32 where !Float(bitPattern: a).isNaN {
            let x = Float(bitPattern: a)
            XCTAssertEqual(N.f32Ceil(a), x.rounded(.up).bitPattern, "ceil \(x)")
            XCTAssertEqual(N.f32Floor(a), x.rounded(.down).bitPattern, "floor \(x)")
            XCTAssertEqual(N.f32Trunc(a), x.rounded(.towardZero).bitPattern, "trunc \(x)")
            XCTAssertEqual(N.f32Nearest(a), x.rounded(.toNearestOrEven).bitPattern, "nearest \(x)")
        }
        for a in f64 where !Double(bitPattern: a).isNaN {
            let x = Double(bitPattern: a)
            XCTAssertEqual(N.f64Ceil(a), x.rounded(.up).bitPattern, "ceil \(x)")
            XCTAssertEqual(N.f64Floor(a), x.rounded(.down).bitPattern, "floor \(x)")
            XCTAssertEqual(N.f64Trunc(a), x.rounded(.towardZero).bitPattern, "trunc \(x)")
            XCTAssertEqual(N.f64Nearest(a), x.rounded(.toNearestOrEven).bitPattern, "nearest \(x)")
        }
    }

    /// Reference int-to-float rounding: keep `precision` significant bits, round half to even.
    static func referenceRound(_ v: UInt64, precision: Int) -> (significand: UInt64, shift: Int) {
        let width = 64 - v.leadingZeroBitCount
        guard width > precision else { return (v, 0) }
        let shift = width - precision
        var q = v >> shift
        let rest = v & ((1 << shift) - 1), half = UInt64(1) << (shift - 1)
        if rest > half || (rest == half && q & 1 == 1) { q += 1 }
        return (q, shift)
    }

    func testIntToFloatRounding() {
        var rng = Rng()
        var values: [UInt64] = [0, 1, .max, 1 << 63, (1 << 63) - 1, 0x0020_0000_0000_0001, 0x0020_0000_0000_0003,
                                0x8000_0080_0000_0000, 0x8000_0080_0000_0001, 0x8000_0180_0000_0000,
                                0xFFFF_FF7F_FFFF_FFFF, 0xFFFF_FF80_0000_0000, 9_007_199_791_611_905]
        for _ in 0..<20_000 {
            let r = rng.next()
            values.append(r)
            values.append(r >> (r & 63))
            // Just around a rounding tie of the f32 and f64 conversions.
            values.append((r | 1 << 63) & ~UInt64(0xFF_FFFF_FFFF) | 0x80_0000_0000)
            values.append((r | 1 << 63) & ~UInt64(0x7FF) | 0x400 | (r >> 63))
        }
        for v in values {
            for (precision, exact) in [(24, UInt64(N.f32ConvertI64U(v))), (53, N.f64ConvertI64U(v))] {
                let (q, shift) = Self.referenceRound(v, precision: precision)
                let got = precision == 24 ? Double(Float(bitPattern: UInt32(exact))) : Double(bitPattern: exact)
                XCTAssertEqual(got, Double(q) * Double(sign: .plus, exponent: shift, significand: 1),
                               "convert_i64_u \(v) precision \(precision)")
            }
            // Signed: the magnitude rounds the same way, then the sign is applied.
            let s = Int64(bitPattern: v)
            let (q, shift) = Self.referenceRound(s.magnitude, precision: 24)
            let want = Float(q) * Float(sign: .plus, exponent: shift, significand: 1)
            XCTAssertEqual(Float(bitPattern: N.f32ConvertI64S(v)), s < 0 ? -want : want, "f32.convert_i64_s \(s)")
        }
    }

    func testTruncBoundaries() {
        /// Expected result of a trapping truncation computed by truncating first and range-checking the
        /// integral double (exact for every f32/f64 input).
        func expect(_ x: Double, min: Double, maxExclusive: Double) -> Result<Double, TrapKind> {
            if x.isNaN { return .failure(.invalidConversion) }
            let t = x.rounded(.towardZero) + 0  // -0 becomes +0, as the integer result does
            return t >= min && t < maxExclusive ? .success(t) : .failure(.integerOverflow)
        }
        func check<R: FixedWidthInteger>(_ name: String, _ x: Double, _ got: () throws -> R, min: Double, max: Double,
                                         sat: R) {
            let signed = name.hasSuffix("_s")
            let e = expect(x, min: min, maxExclusive: max)
            do {
                let r = try got()
                let shift = UInt64(64 - R.bitWidth)
                let value = signed ? Double((Int64(truncatingIfNeeded: r) << shift) >> shift) : Double(UInt64(r))
                XCTAssertEqual(e, .success(value), "\(name)(\(x))")
                XCTAssertEqual(sat, r, "\(name)_sat(\(x))")
            } catch let kind as TrapKind {
                XCTAssertEqual(e, .failure(kind), "\(name)(\(x))")
                let top = R(1) << (R.bitWidth - 1)
                let clamped: R = x.isNaN ? 0 : x < 0 ? (signed ? top : 0) : (signed ? top - 1 : R.max)
                XCTAssertEqual(sat, clamped, "\(name)_sat(\(x))")
            } catch { XCTFail("\(error)") }
        }
        let bounds: [Double] = [0, 1, -1, 0x1p31, -0x1p31, 0x1p32, -0x1p32, 0x1p63, -0x1p63, 0x1p64, -0x1p64,
                                2_147_483_649, -2_147_483_649, .infinity, -.infinity, .nan, 0.5, -0.5, -0.99]
        for b in bounds {
            var xs: [Double] = [b]
            var up = b, down = b
            for _ in 0..<3 { up = up.nextUp; down = down.nextDown; xs += [up, down] }
            var upF = Float(b), downF = Float(b)
            for _ in 0..<3 { upF = upF.nextUp; downF = downF.nextDown; xs += [Double(upF), Double(downF)] }
            for x in xs {
                let d = x.bitPattern
                check("i32.trunc_f64_s", x, { try N.i32TruncF64S(d) }, min: -0x1p31, max: 0x1p31, sat: N.i32TruncSatF64S(d))
                check("i32.trunc_f64_u", x, { try N.i32TruncF64U(d) }, min: 0, max: 0x1p32, sat: N.i32TruncSatF64U(d))
                check("i64.trunc_f64_s", x, { try N.i64TruncF64S(d) }, min: -0x1p63, max: 0x1p63, sat: N.i64TruncSatF64S(d))
                check("i64.trunc_f64_u", x, { try N.i64TruncF64U(d) }, min: 0, max: 0x1p64, sat: N.i64TruncSatF64U(d))
                let f = Float(x)
                guard Double(f) == x || x.isNaN else { continue }
                let fx = Double(f), fb = f.bitPattern
                check("i32.trunc_f32_s", fx, { try N.i32TruncF32S(fb) }, min: -0x1p31, max: 0x1p31, sat: N.i32TruncSatF32S(fb))
                check("i32.trunc_f32_u", fx, { try N.i32TruncF32U(fb) }, min: 0, max: 0x1p32, sat: N.i32TruncSatF32U(fb))
                check("i64.trunc_f32_s", fx, { try N.i64TruncF32S(fb) }, min: -0x1p63, max: 0x1p63, sat: N.i64TruncSatF32S(fb))
                check("i64.trunc_f32_u", fx, { try N.i64TruncF32U(fb) }, min: 0, max: 0x1p64, sat: N.i64TruncSatF32U(fb))
            }
        }
    }

    func testNaNPayloads() {
        let sNaN32: UInt32 = 0x7FA0_1234, qNaN32: UInt32 = 0x7FE0_1234, sNaN64: UInt64 = 0xFFF4_0000_0000_1234
        // Arithmetic propagates the payload, quieted.
        XCTAssertEqual(N.f32Add(sNaN32, 0x3F80_0000), qNaN32)
        XCTAssertEqual(N.f32Min(0x3F80_0000, sNaN32) & 0x7FC0_0000, 0x7FC0_0000)
        XCTAssertEqual(N.f32Max(sNaN32, sNaN32) & 0x7FC0_0000, 0x7FC0_0000)
        XCTAssertEqual(N.f32Ceil(sNaN32), qNaN32)
        XCTAssertEqual(N.f64Nearest(sNaN64), sNaN64 | 0x0008_0000_0000_0000)
        XCTAssertEqual(N.f64PromoteF32(sNaN32) & 0x7FF8_0000_0000_0000, 0x7FF8_0000_0000_0000)
        XCTAssertEqual(N.f32DemoteF64(sNaN64) & 0x7FC0_0000, 0x7FC0_0000)
        XCTAssertEqual(N.f32DemoteF64(0x7FF8_0000_0000_0000), 0x7FC0_0000)
        // Invalid operations give a NaN with the canonical payload.
        XCTAssertEqual(N.f32Sub(0x7F80_0000, 0x7F80_0000) & 0x7FFF_FFFF, 0x7FC0_0000)
        XCTAssertEqual(N.f64Sqrt(Double(-1).bitPattern) & 0x7FFF_FFFF_FFFF_FFFF, 0x7FF8_0000_0000_0000)
        // Sign operations never touch the payload, even of a signalling NaN.
        XCTAssertEqual(N.f32Neg(sNaN32), 0xFFA0_1234)
        XCTAssertEqual(N.f32Abs(0xFFA0_1234), sNaN32)
        XCTAssertEqual(N.f64Copysign(sNaN64, 0), 0x7FF4_0000_0000_1234)
        // Zeros: min/max order -0 below +0.
        XCTAssertEqual(N.f32Min(0, 0x8000_0000), 0x8000_0000)
        XCTAssertEqual(N.f64Max(0x8000_0000_0000_0000, 0), 0)
    }

    func testIntegerTraps() {
        XCTAssertThrowsError(try N.i32DivS(1, 0)) { XCTAssertEqual($0 as? TrapKind, .integerDivideByZero) }
        XCTAssertThrowsError(try N.i32DivS(0x8000_0000, 0xFFFF_FFFF)) { XCTAssertEqual($0 as? TrapKind, .integerOverflow) }
        XCTAssertThrowsError(try N.i64DivS(1 << 63, .max)) { XCTAssertEqual($0 as? TrapKind, .integerOverflow) }
        XCTAssertThrowsError(try N.i64RemU(5, 0)) { XCTAssertEqual($0 as? TrapKind, .integerDivideByZero) }
        XCTAssertEqual(try N.i32RemS(0x8000_0000, 0xFFFF_FFFF), 0)
        XCTAssertEqual(try N.i64RemS(1 << 63, .max), 0)
        XCTAssertEqual(try N.i32RemS(UInt32(bitPattern: -7), 2), UInt32(bitPattern: -1))
        XCTAssertEqual(N.i32Rotl(0x8000_0001, 33), 0x0000_0003)
        XCTAssertEqual(N.i64Rotr(1, 64), 1)
        XCTAssertEqual(N.i32ShrS(0x8000_0000, 63), 0xFFFF_FFFF)
    }
}
