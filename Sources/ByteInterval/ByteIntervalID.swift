/// Identifies one value inserted into a ``ByteIntervalTree``: its interval and a serial number
/// unique within the tree. Removing by ID removes exactly that value.
public struct ByteIntervalID: Hashable, Sendable {
    /// The interval's start key (a copy taken at insert).
    public let start: [UInt8]
    /// The interval's normalized end: a point is stored as `.key(start)`.
    public let end: ByteIntervalEnd
    /// Serial number of the insert, unique within its tree.
    public let serial: UInt64

    @usableFromInline
    init(start: [UInt8], end: ByteIntervalEnd, serial: UInt64) {
        self.start = start
        self.end = end
        self.serial = serial
    }
}
