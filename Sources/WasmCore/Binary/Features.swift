/// Which language features a runtime accepts. `json/core` of the spec suite runs with `.wasm2`.
public struct Features: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let simd = Features(rawValue: 1 << 0)
    public static let multiMemory = Features(rawValue: 1 << 1)
    public static let extendedConst = Features(rawValue: 1 << 2)
    public static let tailCall = Features(rawValue: 1 << 3)

    /// WebAssembly 2.0 (SIMD included once implemented).
    public static let wasm2: Features = [.simd]
}
