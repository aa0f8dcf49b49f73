/// Which language features a runtime accepts. `json/core` of the spec suite runs with `.wasm2`.
public struct Features: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Fixed-width SIMD (`v128`, prefix 0xFD), with the relaxed-SIMD operations (0xFD 0x100...0x113).
    public static let simd = Features(rawValue: 1 << 0)
    public static let multiMemory = Features(rawValue: 1 << 1)
    public static let extendedConst = Features(rawValue: 1 << 2)
    public static let tailCall = Features(rawValue: 1 << 3)

    /// WebAssembly 2.0 (SIMD included).
    public static let wasm2: Features = [.simd]
}
