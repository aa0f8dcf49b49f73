/// A range-watch failure that is not a guest-visible status: ABI violations (which trap the guest call),
/// and host-side API errors. Guest-visible statuses (`Watch exists`...) are `RangeWatchStatus`.
public struct RangeWatchError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A guest called a range-watch function outside any `RangeWatchScope.run`.
        case noScope
        /// The instance does not export `__range_watch` (or `__range_watch_recv` for a delivery).
        case missingExport(String)
        /// A meta slot or buffer `[address, address + length)` lies outside guest memory.
        case outOfBounds(address: UInt64, length: UInt64)
        /// `_bufLen` exceeds `_bufCap`, or a key list is truncated.
        case malformedBuffer(String)
        /// `__range_watch_open` got a key list without exactly 3 keys.
        case wrongKeyCount(Int)
        /// `from > to` in a host subscription.
        case invalidRange
        /// A subscription's buffer overflowed; it has ended.
        case overflow
        /// The scope's watch list is closed.
        case closed
    }

    public var kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    public var description: String {
        switch kind {
        case .noScope: "range-watch: no scope: run the call inside RangeWatchScope.run"
        case .missingExport(let name): "range-watch: the instance does not export \(name)"
        case .outOfBounds(let address, let length):
            "range-watch: guest memory [\(address), \(address + length)) is out of bounds"
        case .malformedBuffer(let detail): "range-watch: malformed buffer: \(detail)"
        case .wrongKeyCount(let count): "range-watch: open expects 3 keys (id, from, to), got \(count)"
        case .invalidRange: "range-watch: invalid range (from > to)"
        case .overflow: "range-watch: subscription buffer overflowed"
        case .closed: "range-watch: watch list closed"
        }
    }
}

/// The statuses a guest sees in `_err` (the original's texts, plus this project's `Invalid range` and
/// `Watch not open`).
public enum RangeWatchStatus: String, Sendable, Equatable {
    case notFound = "Watch not found"
    case exists = "Watch exists"
    case alreadyOpen = "Watch already open"
    case closed = "Watch closed"
    case invalidRange = "Invalid range"
    case notOpen = "Watch not open"
}
