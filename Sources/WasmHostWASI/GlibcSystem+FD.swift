#if canImport(Glibc)
import Glibc

extension GlibcSystem {
    public func fdAdvise(_ fd: FD, offset: UInt64, length: UInt64, advice: Advice) throws(Errno) {
        let host = try table.lookup(fd, rights: .fdAdvise).file.hostFD()
        let hostAdvice: Int32 = switch advice {
        case .normal: POSIX_FADV_NORMAL
        case .sequential: POSIX_FADV_SEQUENTIAL
        case .random: POSIX_FADV_RANDOM
        case .willNeed: POSIX_FADV_WILLNEED
        case .dontNeed: POSIX_FADV_DONTNEED
        case .noReuse: POSIX_FADV_NOREUSE
        }
        let r = posix_fadvise(host, off_t(Int64(bitPattern: offset)), off_t(Int64(bitPattern: length)), hostAdvice)
        if r != 0 { throw Errno(host: r) }
    }

    public func fdAllocate(_ fd: FD, offset: UInt64, length: UInt64) throws(Errno) {
        let host = try table.lookup(fd, rights: .fdAllocate).file.hostFD()
        guard Int64(bitPattern: offset) >= 0, Int64(bitPattern: length) > 0 else { throw .inval }
        var code: Int32
        repeat { code = posix_fallocate(host, off_t(Int64(bitPattern: offset)), off_t(Int64(bitPattern: length))) } while code == EINTR
        if code != 0 { throw Errno(host: code) }
    }

    public func fdClose(_ fd: FD) throws(Errno) {
        try table.remove(fd).file.close()
    }

    public func fdDataSync(_ fd: FD) throws(Errno) {
        let host = try table.lookup(fd, rights: .fdDatasync).file.hostFD(or: .inval)
        guard Host.retry({ fdatasync(host) }) == 0 else { throw Errno.current }
    }

    public func fdSync(_ fd: FD) throws(Errno) {
        let host = try table.lookup(fd, rights: .fdSync).file.hostFD(or: .inval)
        guard Host.retry({ fsync(host) }) == 0 else { throw Errno.current }
    }

    public func fdStatGet(_ fd: FD) throws(Errno) -> FDStat {
        try table.lookup(fd).stat
    }

    public func fdStatSetFlags(_ fd: FD, flags: FDFlags) throws(Errno) {
        let entry = try table.lookup(fd, rights: .fdFdstatSetFlags)
        guard flags.rawValue & ~0x1F == 0 else { throw .inval }
        let syncFlags: FDFlags = [.dsync, .rsync, .sync]
        guard entry.stat.flags.intersection(syncFlags) == flags.intersection(syncFlags) else { throw .notSupported }
        if case .fd(let host) = entry.file.handle {
            var hostFlags = fcntl(host, F_GETFL)
            guard hostFlags >= 0 else { throw Errno.current }
            hostFlags &= ~(O_APPEND | O_NONBLOCK)
            if flags.contains(.append) { hostFlags |= O_APPEND }
            if flags.contains(.nonBlock) { hostFlags |= O_NONBLOCK }
            guard fcntl(host, F_SETFL, hostFlags) == 0 else { throw Errno.current }
        }
        try table.update(fd) { $0.stat.flags = flags }
    }

    public func fdStatSetRights(_ fd: FD, base: Rights, inheriting: Rights) throws(Errno) {
        let entry = try table.lookup(fd)
        guard entry.stat.rightsBase.isSuperset(of: base),
              entry.stat.rightsInheriting.isSuperset(of: inheriting) else { throw .notCapable }
        try table.update(fd) {
            $0.stat.rightsBase = base
            $0.stat.rightsInheriting = inheriting
        }
    }

    public func fdFileStatGet(_ fd: FD) throws(Errno) -> FileStat {
        let entry = try table.lookup(fd, rights: .fdFilestatGet)
        guard case .fd(let host) = entry.file.handle else {
            var stat = FileStat()
            stat.fileType = entry.stat.fileType
            return stat
        }
        var st = stat()
        guard Host.retry({ fstat(host, &st) }) == 0 else { throw Errno.current }
        return FileStat(st)
    }

    public func fdFileStatSetSize(_ fd: FD, size: UInt64) throws(Errno) {
        let host = try table.lookup(fd, rights: .fdFilestatSetSize).file.hostFD(or: .inval)
        guard Int64(bitPattern: size) >= 0 else { throw .inval }
        guard Host.retry({ ftruncate(host, off_t(Int64(bitPattern: size))) }) == 0 else { throw Errno.current }
    }

    public func fdFileStatSetTimes(_ fd: FD, accessTime: Timestamp, modifyTime: Timestamp, flags: FSTFlags) throws(Errno) {
        let host = try table.lookup(fd, rights: .fdFilestatSetTimes).file.hostFD(or: .inval)
        let times = try setTimes(accessTime, modifyTime, flags)
        let r = withUnsafeBytes(of: times) { raw in
            Host.retry { futimens(host, raw.baseAddress!.assumingMemoryBound(to: timespec.self)) }
        }
        guard r == 0 else { throw Errno.current }
    }

    public func fdPread(_ fd: FD, _ iovecs: IOVecs, offset: UInt64) throws(Errno) -> Int {
        let entry = try table.lookup(fd, rights: [.fdRead, .fdSeek])
        let host = try entry.file.hostFD()
        guard Int64(bitPattern: offset) >= 0 else { throw .inval }
        let vec = hostIOVecs(iovecs)
        let n = Host.retry { preadv(host, vec, Int32(iovecs.count), off_t(Int64(bitPattern: offset))) }
        guard n >= 0 else { throw Errno.current }
        return n
    }

    public func fdPwrite(_ fd: FD, _ iovecs: IOVecs, offset: UInt64) throws(Errno) -> Int {
        let entry = try table.lookup(fd, rights: [.fdWrite, .fdSeek])
        let host = try entry.file.hostFD()
        guard Int64(bitPattern: offset) >= 0 else { throw .inval }
        let vec = hostIOVecs(iovecs)
        // With O_APPEND, Linux pwrite appends: write at the offset by clearing it for the call.
        let hostFlags = fcntl(host, F_GETFL)
        let append = hostFlags >= 0 && hostFlags & O_APPEND != 0
        if append { _ = fcntl(host, F_SETFL, hostFlags & ~O_APPEND) }
        defer { if append { _ = fcntl(host, F_SETFL, hostFlags) } }
        let n = Host.retry { pwritev(host, vec, Int32(iovecs.count), off_t(Int64(bitPattern: offset))) }
        guard n >= 0 else { throw Errno.current }
        return n
    }

    public func fdPreStatGet(_ fd: FD) throws(Errno) -> String {
        let entry = try table.lookup(fd)
        guard let name = entry.preopen else { throw .badf }
        guard entry.stat.fileType == .directory else { throw .notDirectory }
        return name
    }

    public func fdRead(_ fd: FD, _ iovecs: IOVecs) throws(Errno) -> Int {
        let entry = try table.lookup(fd, rights: .fdRead)
        switch entry.file.handle {
        case .buffer(let buffer):
            var total = 0
            for iov in iovecs {
                let n = buffer.read(into: iov)
                total += n
                if n < iov.count { break }
            }
            return total
        case .fd(let host):
            let n: Int
            if iovecs.count == 1 {
                n = Host.retry { read(host, iovecs[0].baseAddress, iovecs[0].count) }
            } else {
                let vec = hostIOVecs(iovecs)
                n = Host.retry { readv(host, vec, Int32(iovecs.count)) }
            }
            guard n >= 0 else { throw Errno.current }
            return n
        }
    }

    public func fdWrite(_ fd: FD, _ iovecs: IOVecs) throws(Errno) -> Int {
        let entry = try table.lookup(fd, rights: .fdWrite)
        switch entry.file.handle {
        case .buffer(let buffer):
            var total = 0
            for iov in iovecs {
                buffer.append(UnsafeRawBufferPointer(iov))
                total += iov.count
            }
            return total
        case .fd(let host):
            let n: Int
            if iovecs.count == 1 {
                n = Host.retry { write(host, iovecs[0].baseAddress, iovecs[0].count) }
            } else {
                let vec = hostIOVecs(iovecs)
                n = Host.retry { writev(host, vec, Int32(iovecs.count)) }
            }
            guard n >= 0 else { throw Errno.current }
            return n
        }
    }

    public func fdReadDir(_ fd: FD, cookie: UInt64, bufferSize: Int, into entries: inout [DirEntry]) throws(Errno) {
        let entry = try table.lookup(fd, rights: .fdReaddir)
        let host = try entry.file.hostFD(or: .notDirectory)
        guard entry.stat.fileType == .directory else { throw .notDirectory }
        let iterator: DirectoryIterator
        if let existing = entry.file.directory {
            iterator = existing
        } else {
            try table.update(fd) { $0.hasDirIterator = true }
            do {
                iterator = try DirectoryIterator(fd: host)
            } catch {
                try? table.update(fd) { $0.hasDirIterator = false }
                throw error
            }
            entry.file.directory = iterator
        }
        iterator.seek(to: cookie)
        var size = 0
        while size < bufferSize {
            guard let next = iterator.next() else {
                if entries.isEmpty {
                    entry.file.directory = nil
                    try table.update(fd) { $0.hasDirIterator = false }
                }
                return
            }
            entries.append(next)
            size += next.size
        }
    }

    public func fdRenumber(from: FD, to: FD) throws(Errno) {
        if let displaced = try table.renumber(from: from, to: to) { displaced.file.close() }
    }

    public func fdSeek(_ fd: FD, offset: Int64, whence: Whence) throws(Errno) -> UInt64 {
        let rights: Rights = offset == 0 && whence == .current ? .fdTell : .fdSeek
        let entry = try table.lookup(fd, rights: rights)
        if entry.stat.fileType == .directory { throw .badf }
        let host = try entry.file.hostFD()
        let hostWhence: Int32 = switch whence {
        case .set: SEEK_SET
        case .current: SEEK_CUR
        case .end: SEEK_END
        }
        let r = lseek(host, off_t(offset), hostWhence)
        guard r >= 0 else { throw Errno.current }
        return UInt64(r)
    }

    public func fdTell(_ fd: FD) throws(Errno) -> UInt64 {
        let host = try table.lookup(fd, rights: .fdTell).file.hostFD()
        let r = lseek(host, 0, SEEK_CUR)
        guard r >= 0 else { throw Errno.current }
        return UInt64(r)
    }
}
#endif
