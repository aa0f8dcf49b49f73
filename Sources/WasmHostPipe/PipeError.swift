/// Why a pipe operation failed. Thrown by the host API, and by the host functions, where it becomes
/// the `underlying` error of the guest's `.hostError` trap.
public struct PipeError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A guest called a pipe function outside any `PipeScope.run`.
        case noScope
        /// The calling instance does not export `__pipe`.
        case missingMetaExport
        /// A meta slot or the buffer `[address, address + length)` lies outside guest memory (or `__pipe`
        /// returned something unusable).
        case outOfBounds(address: UInt64, length: UInt64)
        /// The message is longer than the buffer capacity.
        case messageTooBig(length: Int, capacity: Int)
        /// The scope was closed while waiting, or before the call.
        case scopeClosed
        /// The call's deadline passed before it could complete.
        case deadlineExceeded
        /// The calling instance was shut down (`PipeModule.shutdown`) or its call interrupted.
        case instanceClosed
    }

    public var kind: Kind
    /// The pipe id, when known.
    public var pipe: UInt32?

    public init(_ kind: Kind, pipe: UInt32? = nil) {
        self.kind = kind
        self.pipe = pipe
    }

    public var description: String {
        let prefix = pipe.map { "pipe \($0): " } ?? "pipe: "
        switch kind {
        case .noScope: return prefix + "no pipe scope: run the call inside PipeScope.run"
        case .missingMetaExport: return prefix + "the instance does not export __pipe"
        case .outOfBounds(let address, let length):
            return prefix + "guest memory [\(address), \(address + length)) is out of bounds"
        case .messageTooBig(let length, let capacity):
            return prefix + "message of \(length) bytes exceeds buffer capacity \(capacity)"
        case .scopeClosed: return prefix + "scope closed"
        case .deadlineExceeded: return prefix + "deadline exceeded"
        case .instanceClosed: return prefix + "instance closed"
        }
    }
}
