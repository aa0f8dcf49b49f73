import ByteInterval

/// SplitMix64: a small deterministic generator so runs are repeatable.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The original's key format: 16 lowercase hex digits of a non-negative 63-bit integer.
func hexKey(_ value: UInt64) -> [UInt8] {
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    var key = [UInt8](repeating: 0, count: 16)
    var v = value
    for i in stride(from: 15, through: 0, by: -1) {
        key[i] = digits[Int(v & 0xF)]
        v >>= 4
    }
    return key
}

let maxInt63: UInt64 = UInt64(Int64.max)

/// A "Small" interval `[hex(s), hex(s+10000))`.
func smallInterval(_ rng: inout SplitMix64) -> ([UInt8], [UInt8]) {
    let s = UInt64.random(in: 0...(maxInt63 - 10_000), using: &rng)
    return (hexKey(s), hexKey(s + 10_000))
}

/// A "Big" interval `[hex(s), hex(s+r))`, `r` uniform in `[0, 2^63-1-s)`.
func bigInterval(_ rng: inout SplitMix64) -> ([UInt8], [UInt8]) {
    let s = UInt64.random(in: 0..<(maxInt63 - 1), using: &rng)
    let r = UInt64.random(in: 0..<(maxInt63 - s), using: &rng)
    return (hexKey(s), hexKey(s + r))
}

/// A random query key.
func randomKey(_ rng: inout SplitMix64) -> [UInt8] {
    hexKey(UInt64.random(in: 0...maxInt63, using: &rng))
}
