/// The end of an interval in a ``ByteIntervalTree``.
public enum ByteIntervalEnd: Hashable, Sendable {
    /// A finite end. `[start, end)` is half-open; an empty end or `end == start` makes a point (`start` only).
    case key([UInt8])
    /// No end: the interval holds every key `>= start`.
    case unbounded

    /// Maps an etcd-style range end: empty means the single key `start`, `[0x00]` means
    /// "every key >= start" (``unbounded``), anything else is a finite half-open end.
    public init(etcdRangeEnd end: [UInt8]) {
        self = end == [0] ? .unbounded : .key(end)
    }

    /// The end of the range holding every key that starts with `prefix`, by etcd's rule:
    /// drop trailing `0xFF` bytes, then increment the last byte. An empty or all-`0xFF`
    /// prefix gives ``unbounded``. The tree itself never applies this rule.
    public static func prefixEnd(_ prefix: [UInt8]) -> ByteIntervalEnd {
        var end = prefix
        while let last = end.last {
            if last < 0xFF {
                end[end.count - 1] = last + 1
                return .key(end)
            }
            end.removeLast()
        }
        return .unbounded
    }
}
