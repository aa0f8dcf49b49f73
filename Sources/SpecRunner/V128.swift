import WasmHost

/// The 128 bits of a v128 value, little-endian lanes: lane 0 is in the low bits of `low`.
struct V128: Equatable, CustomStringConvertible {
    var low: UInt64
    var high: UInt64

    /// The bits of a v128 result; nil for other values.
    init?(_ value: Value) {
        guard case .v128(let low, let high) = value else { return nil }
        self.low = low
        self.high = high
    }

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The value to pass as an argument.
    var value: Value? { .v128(low: low, high: high) }

    /// Lane `index` of a shape with `width`-bit lanes (8, 16, 32 or 64), zero-extended.
    func lane(_ index: Int, width: Int) -> UInt64 {
        let bit = index * width
        let word = bit < 64 ? low : high
        let shifted = word >> UInt64(bit % 64)
        return width == 64 ? shifted : shifted & ((1 << UInt64(width)) - 1)
    }

    /// Sets lane `index` of a shape with `width`-bit lanes to the low `width` bits of `bits`.
    mutating func setLane(_ index: Int, width: Int, to bits: UInt64) {
        let bit = index * width
        let shift = UInt64(bit % 64)
        let mask: UInt64 = width == 64 ? .max : (1 << UInt64(width)) - 1
        if bit < 64 {
            low = low & ~(mask << shift) | (bits & mask) << shift
        } else {
            high = high & ~(mask << shift) | (bits & mask) << shift
        }
    }

    var description: String {
        "v128:0x" + hex(high) + hex(low)
    }

    private func hex(_ word: UInt64) -> String {
        let digits = String(word, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// An expected v128: its lane shape and a pattern per lane.
struct V128Pattern: CustomStringConvertible {
    /// The lane type (`i8` ... `f64`) the lanes are written in.
    var laneType: String
    var width: Int
    var lanes: [ScalarPattern]

    /// Parses `lane_type` plus lane strings; nil when the shape or a lane is malformed.
    init?(laneType: String, lanes strings: [String]) {
        let width: Int
        switch laneType {
        case "i8": width = 8
        case "i16": width = 16
        case "i32", "f32": width = 32
        case "i64", "f64": width = 64
        default: return nil
        }
        guard strings.count == 128 / width else { return nil }
        let isFloat = laneType.hasPrefix("f")
        var lanes: [ScalarPattern] = []
        for string in strings {
            if isFloat, let nan = NaNClass(rawValue: string) {
                lanes.append(.nan(nan))
            } else if let bits = parseBits(string, width: width) {
                lanes.append(.bits(bits))
            } else {
                return nil
            }
        }
        self.laneType = laneType
        self.width = width
        self.lanes = lanes
    }

    /// The exact bits when no lane is a NaN class (usable as an argument).
    var exactBits: V128? {
        var result = V128(low: 0, high: 0)
        for (index, lane) in lanes.enumerated() {
            guard case .bits(let bits) = lane else { return nil }
            result.setLane(index, width: width, to: bits)
        }
        return result
    }

    func matches(_ value: V128) -> Bool {
        for (index, lane) in lanes.enumerated() {
            let bits = value.lane(index, width: width)
            switch lane {
            case .bits(let expected):
                if bits != expected { return false }
            case .nan(let nan):
                if !nan.matches(bits: bits, width: width) { return false }
            }
        }
        return true
    }

    var description: String {
        "v128:\(laneType)[" + lanes.map(\.description).joined(separator: " ") + "]"
    }
}

/// One lane (or scalar) pattern: exact bits or a NaN class.
enum ScalarPattern: CustomStringConvertible {
    case bits(UInt64)
    case nan(NaNClass)

    var description: String {
        switch self {
        case .bits(let bits): String(bits)
        case .nan(let nan): nan.rawValue
        }
    }
}

/// The NaN classes results may be checked against.
enum NaNClass: String {
    /// A quiet NaN with an all-zero payload apart from the quiet bit, either sign.
    case canonical = "nan:canonical"
    /// Any quiet NaN, either sign.
    case arithmetic = "nan:arithmetic"

    /// Checks the bits of a 32- or 64-bit float.
    func matches(bits: UInt64, width: Int) -> Bool {
        let quiet: UInt64 = width == 32 ? 0x7fc0_0000 : 0x7ff8_0000_0000_0000
        switch self {
        case .canonical:
            let magnitude: UInt64 = width == 32 ? 0x7fff_ffff : 0x7fff_ffff_ffff_ffff
            return bits & magnitude == quiet
        case .arithmetic:
            return bits & quiet == quiet
        }
    }
}

/// Parses a decimal bit pattern of `width` bits: unsigned as wast2json writes it, or signed.
func parseBits(_ string: String, width: Int) -> UInt64? {
    let mask: UInt64 = width == 64 ? .max : (1 << UInt64(width)) - 1
    if let unsigned = UInt64(string) {
        return unsigned <= mask ? unsigned : nil
    }
    if let signed = Int64(string) {
        let bits = UInt64(bitPattern: signed)
        let minimum = width == 64 ? Int64.min : -(Int64(1) << Int64(width - 1))
        return signed >= minimum ? bits & mask : nil
    }
    return nil
}
