/// One open guest file descriptor: the host-side file, its cached `fdstat`, and its preopen name.
public struct FileEntry<F> {
    public var file: F
    public var stat: FDStat
    /// The guest path of a preopened directory (reported by `fd_prestat_*`), nil otherwise.
    public var preopen: String?
    /// Whether this fd holds a directory iterator (counted against `maxOpenDirs`).
    public var hasDirIterator = false
    /// Whether this entry counts against `maxOpenFiles` (files the guest opened; not stdio or preopens).
    var limited = false

    public init(file: F, stat: FDStat, preopen: String? = nil) {
        self.file = file
        self.stat = stat
        self.preopen = preopen
    }
}

/// The guest's fd numbers: lowest-free allocation, rights checks and the open file/directory limits.
public struct FileTable<F> {
    private var entries: [FileEntry<F>?] = []
    /// Open entries that count against `maxOpenFiles`.
    private(set) var openCount = 0
    private(set) var openDirs = 0
    /// Limit on open files (path_open, sock_accept): beyond it, ENFILE.
    public var maxOpenFiles: Int
    /// Limit on live directory iterators: beyond it, ENFILE.
    public var maxOpenDirs: Int

    public init(maxOpenFiles: Int = 1024, maxOpenDirs: Int = 1024) {
        self.maxOpenFiles = maxOpenFiles
        self.maxOpenDirs = maxOpenDirs
    }

    /// Inserts at the lowest free number; ENFILE when `limited` and the table is full.
    public mutating func insert(_ entry: FileEntry<F>, limited: Bool = true) throws(Errno) -> FD {
        if limited && openCount >= maxOpenFiles { throw .fileTableOverflow }
        var entry = entry
        entry.limited = limited
        if limited { openCount += 1 }
        if let free = entries.firstIndex(where: { $0 == nil }) {
            entries[free] = entry
            return FD(free)
        }
        guard entries.count < Int(Int32.max) else { throw .fileTableOverflow }
        entries.append(entry)
        return FD(entries.count - 1)
    }

    /// The entry for `fd`, after checking it is open (EBADF) and holds `rights` (ENOTCAPABLE).
    public func lookup(_ fd: FD, rights: Rights = []) throws(Errno) -> FileEntry<F> {
        guard fd >= 0, Int(fd) < entries.count, let entry = entries[Int(fd)] else { throw .badf }
        guard entry.stat.rightsBase.isSuperset(of: rights) else { throw .notCapable }
        return entry
    }

    /// Like `lookup`, for a directory fd used by a `path_*` call: ENOTDIR before ENOTCAPABLE.
    public func lookupDirectory(_ fd: FD, rights: Rights) throws(Errno) -> FileEntry<F> {
        let entry = try lookup(fd)
        guard entry.stat.fileType == .directory else { throw .notDirectory }
        guard entry.stat.rightsBase.isSuperset(of: rights) else { throw .notCapable }
        return entry
    }

    /// Like `lookup`, for a socket call: ENOTSOCK before ENOTCAPABLE.
    public func lookupSocket(_ fd: FD, rights: Rights) throws(Errno) -> FileEntry<F> {
        let entry = try lookup(fd)
        guard entry.stat.fileType.isSocket else { throw .notSocket }
        guard entry.stat.rightsBase.isSuperset(of: rights) else { throw .notCapable }
        return entry
    }

    /// Modifies an open entry in place.
    public mutating func update(_ fd: FD, _ body: (inout FileEntry<F>) throws(Errno) -> Void) throws(Errno) {
        guard fd >= 0, Int(fd) < entries.count, var entry = entries[Int(fd)] else { throw .badf }
        let hadIterator = entry.hasDirIterator
        try body(&entry)
        if entry.hasDirIterator != hadIterator {
            if entry.hasDirIterator {
                guard openDirs < maxOpenDirs else { throw .fileTableOverflow }
                openDirs += 1
            } else {
                openDirs -= 1
            }
        }
        entries[Int(fd)] = entry
    }

    /// Removes and returns an entry.
    @discardableResult
    public mutating func remove(_ fd: FD) throws(Errno) -> FileEntry<F> {
        guard fd >= 0, Int(fd) < entries.count, let entry = entries[Int(fd)] else { throw .badf }
        entries[Int(fd)] = nil
        if entry.limited { openCount -= 1 }
        if entry.hasDirIterator { openDirs -= 1 }
        while let last = entries.last, last == nil { entries.removeLast() }
        return entry
    }

    /// Moves `from` onto `to` (both must be open); returns the entry `to` held, for the caller to close.
    public mutating func renumber(from: FD, to: FD) throws(Errno) -> FileEntry<F>? {
        _ = try lookup(from)
        _ = try lookup(to)
        if from == to { return nil }
        let old = try remove(to)
        let moving = try remove(from)
        while entries.count <= Int(to) { entries.append(nil) }
        entries[Int(to)] = moving
        if moving.limited { openCount += 1 }
        if moving.hasDirIterator { openDirs += 1 }
        return old
    }

    /// Every open fd, in order.
    public var openFDs: [FD] { entries.indices.compactMap { entries[$0] == nil ? nil : FD($0) } }
}
