/// A guest file descriptor number.
public typealias FD = Int32
/// A timestamp or duration in nanoseconds.
public typealias Timestamp = UInt64

/// The type of a file descriptor or file (`filetype`).
public enum FileType: UInt8, Sendable {
    case unknown = 0, blockDevice, characterDevice, directory, regularFile, socketDgram, socketStream, symbolicLink

    var isSocket: Bool { self == .socketDgram || self == .socketStream }
}

/// `whence` of `fd_seek`.
public enum Whence: UInt8, Sendable { case set = 0, current, end }

/// `advice` of `fd_advise`.
public enum Advice: UInt8, Sendable { case normal = 0, sequential, random, willNeed, dontNeed, noReuse }

/// `clockid`.
public enum ClockID: UInt32, Sendable { case realtime = 0, monotonic, processCPUTime, threadCPUTime }

/// Flags of an open file (`fdflags`).
public struct FDFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public static let append = FDFlags(rawValue: 1)
    public static let dsync = FDFlags(rawValue: 2)
    public static let nonBlock = FDFlags(rawValue: 4)
    public static let rsync = FDFlags(rawValue: 8)
    public static let sync = FDFlags(rawValue: 16)
}

/// `oflags` of `path_open`.
public struct OpenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public static let create = OpenFlags(rawValue: 1)
    public static let directory = OpenFlags(rawValue: 2)
    public static let exclusive = OpenFlags(rawValue: 4)
    public static let truncate = OpenFlags(rawValue: 8)
}

/// `lookupflags` of the `path_*` calls.
public struct LookupFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let symlinkFollow = LookupFlags(rawValue: 1)
}

/// `fstflags` of the set-times calls.
public struct FSTFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public static let accessTime = FSTFlags(rawValue: 1)
    public static let accessTimeNow = FSTFlags(rawValue: 2)
    public static let modifyTime = FSTFlags(rawValue: 4)
    public static let modifyTimeNow = FSTFlags(rawValue: 8)
}

/// `riflags` of `sock_recv`, `roflags` it returns, `sdflags` of `sock_shutdown`.
public struct RIFlags: OptionSet, Sendable { public let rawValue: UInt16; public init(rawValue: UInt16) { self.rawValue = rawValue }
    public static let peek = RIFlags(rawValue: 1); public static let waitAll = RIFlags(rawValue: 2) }
public struct ROFlags: OptionSet, Sendable { public let rawValue: UInt16; public init(rawValue: UInt16) { self.rawValue = rawValue }
    public static let dataTruncated = ROFlags(rawValue: 1) }
public struct SDFlags: OptionSet, Sendable { public let rawValue: UInt8; public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let read = SDFlags(rawValue: 1); public static let write = SDFlags(rawValue: 2) }

/// The rights of a file descriptor (`rights`).
public struct Rights: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public static let fdDatasync = Rights(rawValue: 1 << 0)
    public static let fdRead = Rights(rawValue: 1 << 1)
    public static let fdSeek = Rights(rawValue: 1 << 2)
    public static let fdFdstatSetFlags = Rights(rawValue: 1 << 3)
    public static let fdSync = Rights(rawValue: 1 << 4)
    public static let fdTell = Rights(rawValue: 1 << 5)
    public static let fdWrite = Rights(rawValue: 1 << 6)
    public static let fdAdvise = Rights(rawValue: 1 << 7)
    public static let fdAllocate = Rights(rawValue: 1 << 8)
    public static let pathCreateDirectory = Rights(rawValue: 1 << 9)
    public static let pathCreateFile = Rights(rawValue: 1 << 10)
    public static let pathLinkSource = Rights(rawValue: 1 << 11)
    public static let pathLinkTarget = Rights(rawValue: 1 << 12)
    public static let pathOpen = Rights(rawValue: 1 << 13)
    public static let fdReaddir = Rights(rawValue: 1 << 14)
    public static let pathReadlink = Rights(rawValue: 1 << 15)
    public static let pathRenameSource = Rights(rawValue: 1 << 16)
    public static let pathRenameTarget = Rights(rawValue: 1 << 17)
    public static let pathFilestatGet = Rights(rawValue: 1 << 18)
    public static let pathFilestatSetSize = Rights(rawValue: 1 << 19)
    public static let pathFilestatSetTimes = Rights(rawValue: 1 << 20)
    public static let fdFilestatGet = Rights(rawValue: 1 << 21)
    public static let fdFilestatSetSize = Rights(rawValue: 1 << 22)
    public static let fdFilestatSetTimes = Rights(rawValue: 1 << 23)
    public static let pathSymlink = Rights(rawValue: 1 << 24)
    public static let pathRemoveDirectory = Rights(rawValue: 1 << 25)
    public static let pathUnlinkFile = Rights(rawValue: 1 << 26)
    public static let pollFdReadwrite = Rights(rawValue: 1 << 27)
    public static let sockShutdown = Rights(rawValue: 1 << 28)
    public static let sockAccept = Rights(rawValue: 1 << 29)

    /// Every defined right.
    public static let all = Rights(rawValue: (1 << 30) - 1)
    /// Rights of a regular file.
    public static let file: Rights = [.fdDatasync, .fdSync, .fdSeek, .fdTell, .fdFilestatGet, .fdFilestatSetSize,
                                      .fdFilestatSetTimes, .fdRead, .fdFdstatSetFlags, .fdWrite, .fdAdvise,
                                      .fdAllocate, .pollFdReadwrite]
    /// Rights of a directory: no seek, and no `fd_filestat_set_size` (the suite's `truncation_rights`).
    public static let directory: Rights = [.pathCreateDirectory, .pathCreateFile, .pathLinkSource, .pathLinkTarget,
                                           .pathOpen, .pathReadlink, .pathRenameSource, .pathRenameTarget,
                                           .pathFilestatGet, .pathFilestatSetSize, .pathFilestatSetTimes,
                                           .pathSymlink, .pathRemoveDirectory, .pathUnlinkFile, .fdDatasync,
                                           .fdSync, .fdFilestatGet, .fdFilestatSetTimes,
                                           .fdFdstatSetFlags, .fdReaddir]
    /// Rights of a terminal: file rights without seek and tell.
    public static let tty: Rights = Rights.file.subtracting([.fdSeek, .fdTell])
    /// Rights of a listening socket.
    public static let sockListen: Rights = [.sockAccept, .pollFdReadwrite, .fdFilestatGet, .fdFdstatSetFlags]
    /// Rights of a connected socket.
    public static let sockConnection: Rights = [.fdRead, .fdWrite, .pollFdReadwrite, .sockShutdown,
                                                .fdFilestatGet, .fdFdstatSetFlags]
    /// Every right that changes the file system; removed from read-only preopens.
    public static let mutating: Rights = [.fdWrite, .fdAllocate, .fdDatasync, .fdFilestatSetSize, .fdFilestatSetTimes,
                                          .pathCreateDirectory, .pathCreateFile, .pathLinkSource, .pathLinkTarget,
                                          .pathRenameSource, .pathRenameTarget, .pathFilestatSetSize,
                                          .pathFilestatSetTimes, .pathSymlink, .pathRemoveDirectory, .pathUnlinkFile]
}

/// `fdstat`: 24 bytes in guest memory.
public struct FDStat: Sendable, Equatable {
    public var fileType: FileType
    public var flags: FDFlags
    public var rightsBase: Rights
    public var rightsInheriting: Rights

    public init(fileType: FileType, flags: FDFlags = [], rightsBase: Rights, rightsInheriting: Rights) {
        self.fileType = fileType
        self.flags = flags
        self.rightsBase = rightsBase
        self.rightsInheriting = rightsInheriting
    }
}

/// `filestat`: 64 bytes in guest memory.
public struct FileStat: Sendable, Equatable {
    public var device: UInt64 = 0
    public var inode: UInt64 = 0
    public var fileType: FileType = .unknown
    public var linkCount: UInt64 = 0
    public var size: UInt64 = 0
    public var accessTime: Timestamp = 0
    public var modifyTime: Timestamp = 0
    public var changeTime: Timestamp = 0

    public init() {}
}

/// One directory entry returned by `fdReadDir`. `next` is the cookie of the following entry.
public struct DirEntry: Sendable, Equatable {
    public var next: UInt64
    public var inode: UInt64
    public var type: FileType
    public var name: [UInt8]

    public init(next: UInt64, inode: UInt64, type: FileType, name: [UInt8]) {
        self.next = next
        self.inode = inode
        self.type = type
        self.name = name
    }

    /// Size in guest memory: a 24-byte header and the name.
    public var size: Int { 24 + name.count }
}

/// `eventtype`.
public enum EventType: UInt8, Sendable { case clock = 0, fdRead, fdWrite }

/// A decoded `subscription` of `poll_oneoff`.
public struct Subscription: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A clock: its id (raw, unchecked), timeout, precision and whether the timeout is absolute.
        case clock(id: UInt32, timeout: Timestamp, precision: Timestamp, absolute: Bool)
        case fdRead(FD)
        case fdWrite(FD)
    }
    public var userData: UInt64
    public var kind: Kind

    public init(userData: UInt64, kind: Kind) {
        self.userData = userData
        self.kind = kind
    }

    var eventType: EventType {
        switch kind {
        case .clock: .clock
        case .fdRead: .fdRead
        case .fdWrite: .fdWrite
        }
    }
}

/// An `event` produced by `poll_oneoff`.
public struct Event: Sendable, Equatable {
    public var userData: UInt64
    public var errno: Errno
    public var type: EventType
    public var nbytes: UInt64 = 0
    /// `FD_READWRITE_HANGUP` = 1.
    public var hangup: Bool = false

    public init(userData: UInt64, errno: Errno, type: EventType, nbytes: UInt64 = 0, hangup: Bool = false) {
        self.userData = userData
        self.errno = errno
        self.type = type
        self.nbytes = nbytes
        self.hangup = hangup
    }
}
