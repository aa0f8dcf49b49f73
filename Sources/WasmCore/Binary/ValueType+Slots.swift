extension ValueType {
    /// Frame slots (64-bit) a value of this type takes: two for `v128`, one otherwise.
    @inlinable public var slotCount: Int { self == .v128 ? 2 : 1 }
}

extension Array where Element == ValueType {
    /// Frame slots the values take together (the raw calling convention: values in order, a `v128` as
    /// its low then its high 64 bits).
    @inlinable public var slotCount: Int {
        var n = 0
        for type in self { n += type.slotCount }
        return n
    }
}
