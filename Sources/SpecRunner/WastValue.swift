import WasmHost

/// Why a command could not be carried out, or was skipped.
public struct CommandProblem: Error {
    public var message: String
    /// True when the command depends on something skipped (a text-format module), not on a bug.
    var isSkip = false

    init(_ message: String, isSkip: Bool = false) {
        self.message = message
        self.isSkip = isSkip
    }
}

extension ValueSpec {
    /// The value to pass as an argument.
    func argument() throws(CommandProblem) -> Value {
        switch expectation {
        case .exact(let value)?:
            return value
        case .externref(let value)?:
            return .externref(value)
        case .funcref(nonNull: false)?:
            return .funcref(nil)
        case .v128(let pattern)?:
            guard let bits = pattern.exactBits else { throw CommandProblem("bad v128 argument \(pattern)") }
            guard let value = bits.value else { throw CommandProblem("v128 unsupported") }
            return value
        default:
            throw CommandProblem("unsupported argument \(type) \(payloadText)")
        }
    }

    /// The pattern a result must match; nil when the spec is malformed or of an unknown type.
    var expectation: Expectation? {
        guard let payload else {
            switch type {
            case "i32": return .any(.i32)
            case "i64": return .any(.i64)
            case "f32": return .any(.f32)
            case "f64": return .any(.f64)
            case "v128": return .any(.v128)
            case "funcref": return .funcref(nonNull: true)
            case "externref": return .any(.externref)
            default: return nil
            }
        }
        switch (type, payload) {
        case ("i32", .scalar(let s)): return parseBits(s, width: 32).map { .exact(.i32(UInt32($0))) }
        case ("i64", .scalar(let s)): return parseBits(s, width: 64).map { .exact(.i64($0)) }
        case ("f32", .scalar(let s)):
            if let nan = NaNClass(rawValue: s) { return .nan(nan, width: 32) }
            return parseBits(s, width: 32).map { .exact(.f32(UInt32($0))) }
        case ("f64", .scalar(let s)):
            if let nan = NaNClass(rawValue: s) { return .nan(nan, width: 64) }
            return parseBits(s, width: 64).map { .exact(.f64($0)) }
        case ("funcref", .scalar(let s)):
            return .funcref(nonNull: s != "null")
        case ("externref", .scalar(let s)):
            if s == "null" { return .externref(nil) }
            guard let host = UInt64(s), host < .max else { return nil }
            return .externref(host)
        case ("v128", .lanes(let lanes)):
            return V128Pattern(laneType: laneType ?? "", lanes: lanes).map { .v128($0) }
        default:
            return nil
        }
    }

    /// The spec as written, for messages.
    var payloadText: String {
        switch payload {
        case .scalar(let s)?: s
        case .lanes(let lanes)?: "[" + lanes.joined(separator: " ") + "]"
        case nil: "(any)"
        }
    }
}

/// What a result must be.
enum Expectation: CustomStringConvertible {
    /// Bit-exact equality (numbers; floats by bit pattern).
    case exact(Value)
    /// A float NaN of a class; `width` is 32 or 64.
    case nan(NaNClass, width: Int)
    /// Any value of the type.
    case any(ValueType)
    /// Null, or any non-null function reference.
    case funcref(nonNull: Bool)
    /// An externref holding exactly this host value (nil: null).
    case externref(UInt64?)
    case v128(V128Pattern)
    /// Any one of several patterns.
    case either([Expectation])

    /// True when checking this pattern needs v128 results.
    var involvesV128: Bool {
        switch self {
        case .v128, .any(.v128): true
        case .either(let options): options.contains { $0.involvesV128 }
        default: false
        }
    }

    func matches(_ value: Value) -> Bool {
        switch self {
        case .exact(let expected):
            return value == expected
        case .nan(let nan, let width):
            switch value {
            case .f32(let bits) where width == 32: return nan.matches(bits: UInt64(bits), width: 32)
            case .f64(let bits) where width == 64: return nan.matches(bits: bits, width: 64)
            default: return false
            }
        case .any(let type):
            if type == .v128 { return V128(value) != nil }
            return value.type == type
        case .funcref(let nonNull):
            guard case .funcref(let reference) = value else { return false }
            return (reference != nil) == nonNull
        case .externref(let expected):
            guard case .externref(let host) = value else { return false }
            return host == expected
        case .v128(let pattern):
            guard let bits = V128(value) else { return false }
            return pattern.matches(bits)
        case .either(let options):
            return options.contains { $0.matches(value) }
        }
    }

    var description: String {
        switch self {
        case .exact(let value): show(value)
        case .nan(let nan, let width): "f\(width):\(nan.rawValue)"
        case .any(let type): "any \(type)"
        case .funcref(let nonNull): nonNull ? "funcref:non-null" : "funcref:null"
        case .externref(let host): host.map { "externref:\($0)" } ?? "externref:null"
        case .v128(let pattern): pattern.description
        case .either(let options): "either(" + options.map(\.description).joined(separator: " | ") + ")"
        }
    }
}

/// A value for messages: floats also by bit pattern, so NaN payloads and signed zeros are visible.
func show(_ value: Value) -> String {
    switch value {
    case .f32(let bits): "f32:\(Float(bitPattern: bits)) (0x\(String(bits, radix: 16)))"
    case .f64(let bits): "f64:\(Double(bitPattern: bits)) (0x\(String(bits, radix: 16)))"
    default: value.description
    }
}
