#if canImport(Glibc)
import Glibc

/// What a guest fd refers to in `GlibcSystem`: a host file descriptor or an in-memory stream, plus the
/// lazily created directory iterator of `fd_readdir`.
final class HostFile {
    enum Handle {
        case fd(Int32)
        case buffer(WASIBuffer)
    }

    let handle: Handle
    var directory: DirectoryIterator?

    init(_ handle: Handle) { self.handle = handle }

    /// The host fd; ESPIPE-like operations on buffers get `otherwise`.
    func hostFD(or otherwise: Errno = .spipe) throws(Errno) -> Int32 {
        if case .fd(let fd) = handle { return fd }
        throw otherwise
    }

    func close() {
        directory = nil
        if case .fd(let fd) = handle { _ = Glibc.close(fd) }
    }
}

/// Reads a directory with ordinal cookies: entry i (`.` and `..` included) has cookie i, and `next` = i + 1.
final class DirectoryIterator {
    private let dir: OpaquePointer
    /// The cookie of the entry `readdir` returns next.
    private(set) var position: UInt64 = 0

    init(fd: Int32) throws(Errno) {
        let copy = dup(fd)
        guard copy >= 0 else { throw Errno.current }
        guard let dir = fdopendir(copy) else {
            let e = Errno.current
            _ = Glibc.close(copy)
            throw e
        }
        rewinddir(dir)
        self.dir = dir
    }

    deinit { closedir(dir) }

    /// Moves to `cookie`, rewinding if needed.
    func seek(to cookie: UInt64) {
        if cookie < position {
            rewinddir(dir)
            position = 0
        }
        while position < cookie {
            guard next() != nil else { return }
        }
    }

    /// The next entry, or nil at the end.
    func next() -> DirEntry? {
        while true {
            errno = 0
            guard let entry = readdir(dir) else { return nil }
            if entry.pointee.d_ino == 0 { continue }
            position += 1
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> [UInt8] in
                let bytes = raw.bindMemory(to: UInt8.self)
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                return Array(bytes[0..<length])
            }
            let type: FileType
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_BLK): type = .blockDevice
            case Int32(DT_CHR): type = .characterDevice
            case Int32(DT_DIR): type = .directory
            case Int32(DT_LNK): type = .symbolicLink
            case Int32(DT_REG): type = .regularFile
            case Int32(DT_SOCK): type = .socketStream
            default: type = .unknown
            }
            return DirEntry(next: position, inode: UInt64(entry.pointee.d_ino), type: type, name: name)
        }
    }
}

extension FileType {
    /// The type of a host `st_mode`.
    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFBLK: self = .blockDevice
        case S_IFCHR: self = .characterDevice
        case S_IFDIR: self = .directory
        case S_IFREG: self = .regularFile
        case S_IFLNK: self = .symbolicLink
        case S_IFSOCK: self = .socketStream
        default: self = .unknown
        }
    }
}

extension FileStat {
    /// Converts a host `stat`; character devices and unknown types get size and times zeroed.
    init(_ st: stat) {
        self.init()
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        fileType = FileType(mode: st.st_mode)
        linkCount = UInt64(st.st_nlink)
        if fileType != .characterDevice && fileType != .unknown {
            size = UInt64(max(0, st.st_size))
            accessTime = Timestamp(st.st_atim)
            modifyTime = Timestamp(st.st_mtim)
            changeTime = Timestamp(st.st_ctim)
        }
    }
}

extension Timestamp {
    init(_ ts: timespec) {
        self = UInt64(Swift.max(0, ts.tv_sec)) &* 1_000_000_000 &+ UInt64(Swift.max(0, ts.tv_nsec))
    }
}

/// The two `timespec`s of `futimens`/`utimensat` for WASI set-times arguments.
func setTimes(_ atim: Timestamp, _ mtim: Timestamp, _ flags: FSTFlags) throws(Errno) -> (timespec, timespec) {
    guard flags.rawValue & ~0xF == 0,
          !flags.isSuperset(of: [.accessTime, .accessTimeNow]),
          !flags.isSuperset(of: [.modifyTime, .modifyTimeNow]) else { throw .inval }
    func one(_ t: Timestamp, _ set: Bool, _ now: Bool) -> timespec {
        if now { return timespec(tv_sec: 0, tv_nsec: Host.UTIME_NOW) }
        if set { return timespec(tv_sec: Int(t / 1_000_000_000), tv_nsec: Int(t % 1_000_000_000)) }
        return timespec(tv_sec: 0, tv_nsec: Host.UTIME_OMIT)
    }
    return (one(atim, flags.contains(.accessTime), flags.contains(.accessTimeNow)),
            one(mtim, flags.contains(.modifyTime), flags.contains(.modifyTimeNow)))
}
#endif
