/// An instance's exports by name. Names compare byte for byte (UTF-8), not by Unicode canonical
/// equivalence as `String` does, so two distinct names never collide.
public struct Exports: @unchecked Sendable, Sequence {
    private var values: [[UInt8]: ExternalValue] = [:]
    private var order: [String] = []

    public subscript(name: String) -> ExternalValue? {
        get { values[Array(name.utf8)] }
        set {
            let key = Array(name.utf8)
            if values[key] == nil { order.append(name) }
            values[key] = newValue
        }
    }

    /// Export names in declaration order.
    public var names: [String] { order }

    public func makeIterator() -> some IteratorProtocol<(name: String, value: ExternalValue)> {
        order.lazy.compactMap { name in values[Array(name.utf8)].map { (name: name, value: $0) } }.makeIterator()
    }
}
