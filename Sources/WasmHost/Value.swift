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
    /// A 128-bit vector: lane 0 is in the low bits of `low` (little-endian lanes). It takes two raw slots,
    /// `low` then `high`.
    case v128(low: UInt64, high: UInt64)

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
        case .v128: .v128
        }
    }

    /// The raw slot bits (for `v128`, the low 64 bits; see `slots(of:)`).
    public var bits: UInt64 {
        switch self {
        case .i32(let v): UInt64(v)
        case .i64(let v): v
        case .f32(let v): UInt64(v)
        case .f64(let v): v
        case .funcref(let f): f?.bits ?? Reference.null
        case .externref(let e): Reference.extern(e)
        case .v128(let low, _): low
        }
    }

    /// The raw slots of `values`, in order: one per value, two (low, high) for a `v128`.
    public static func slots(of values: [Value]) -> [UInt64] {
        var slots: [UInt64] = []
        slots.reserveCapacity(values.count)
        for value in values {
            slots.append(value.bits)
            if case .v128(_, let high) = value { slots.append(high) }
        }
        return slots
    }

    /// Decodes values of `types` from raw slots laid out as `slots(of:)` does.
    public static func values(from slots: UnsafePointer<UInt64>, types: [ValueType]) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(types.count)
        var i = 0
        for type in types {
            values.append(type == .v128 ? .v128(low: slots[i], high: slots[i + 1]) : Value(bits: slots[i], type: type))
            i += type.slotCount
        }
        return values
    }

    /// Decodes values of `types` from an array of raw slots (see `values(from:types:)`).
    public static func values(from slots: [UInt64], types: [ValueType]) -> [Value] {
        guard slots.count >= types.slotCount else { return [] }
        return slots.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            return values(from: base, types: types)
        }
    }

    /// Writes `values` into raw slots as `slots(of:)` lays them out.
    public static func write(_ values: [Value], to slots: UnsafeMutablePointer<UInt64>) {
        var i = 0
        for value in values {
            slots[i] = value.bits
            if case .v128(_, let high) = value { slots[i + 1] = high; i += 2 } else { i += 1 }
        }
    }

    /// Decodes raw slot bits of `type`. Function references must be live (they come from the runtime).
    /// A `v128` takes two slots: `bits` becomes its low half (see `values(from:types:)` for both).
    public init(bits: UInt64, type: ValueType) {
        switch type {
        case .i32: self = .i32(UInt32(truncatingIfNeeded: bits))
        case .i64: self = .i64(bits)
        case .f32: self = .f32(UInt32(truncatingIfNeeded: bits))
        case .f64: self = .f64(bits)
        case .v128: self = .v128(low: bits, high: 0)
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
        case .v128(let low, let high): "0x" + Value.hex(high) + Value.hex(low) + ":v128"
        }
    }

    private static func hex(_ word: UInt64) -> String {
        let digits = String(word, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
