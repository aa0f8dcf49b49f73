/// A WebAssembly value as the embedder sees it. Floats are carried as bit patterns so NaN payloads survive.
public enum Value: Hashable, Sendable, CustomStringConvertible {
    case i32(UInt32)
    case i64(UInt64)
    /// Bit pattern of a Float.
    case f32(UInt32)
    /// Bit pattern of a Double.
    case f64(UInt64)
    /// nil is the null reference.
    case funcref(FunctionReference?)
    /// An opaque host value; nil is the null reference. Values must be below `UInt64.max`.
    case externref(UInt64?)

    public static func float(_ v: Float) -> Value { .f32(v.bitPattern) }
    public static func double(_ v: Double) -> Value { .f64(v.bitPattern) }
    public static func int32(_ v: Int32) -> Value { .i32(UInt32(bitPattern: v)) }
    public static func int64(_ v: Int64) -> Value { .i64(UInt64(bitPattern: v)) }

    public var type: ValueType {
        switch self {
        case .i32: .i32
        case .i64: .i64
        case .f32: .f32
        case .f64: .f64
        case .funcref: .funcref
        case .externref: .externref
        }
    }

    /// The raw slot bits.
    public var bits: UInt64 {
        switch self {
        case .i32(let v): UInt64(v)
        case .i64(let v): v
        case .f32(let v): UInt64(v)
        case .f64(let v): v
        case .funcref(let f): f?.bits ?? Reference.null
        case .externref(let e): Reference.extern(e)
        }
    }

    /// Decodes raw slot bits of `type`. Function references must be live (they come from the runtime).
    public init(bits: UInt64, type: ValueType) {
        switch type {
        case .i32: self = .i32(UInt32(truncatingIfNeeded: bits))
        case .i64: self = .i64(bits)
        case .f32: self = .f32(UInt32(truncatingIfNeeded: bits))
        case .f64, .v128: self = .f64(bits)
        case .funcref: self = .funcref(FunctionHandle(bits: bits))
        case .externref: self = .externref(Reference.externValue(bits))
        }
    }

    public var i32: Int32? { if case .i32(let v) = self { Int32(bitPattern: v) } else { nil } }
    public var i64: Int64? { if case .i64(let v) = self { Int64(bitPattern: v) } else { nil } }
    public var f32: Float? { if case .f32(let v) = self { Float(bitPattern: v) } else { nil } }
    public var f64: Double? { if case .f64(let v) = self { Double(bitPattern: v) } else { nil } }

    public var description: String {
        switch self {
        case .i32(let v): "\(Int32(bitPattern: v)):i32"
        case .i64(let v): "\(Int64(bitPattern: v)):i64"
        case .f32(let v): "\(Float(bitPattern: v)):f32"
        case .f64(let v): "\(Double(bitPattern: v)):f64"
        case .funcref(let f): f.map { "\($0)" } ?? "null:funcref"
        case .externref(let e): e.map { "\($0):externref" } ?? "null:externref"
        }
    }
}
