#if canImport(Glibc)
import Glibc

/// Inserting host file descriptors into a live instance's fd table, for embedders that hand a running
/// guest new connections (W.A.T.E.R. transports). Call these from the thread that runs the guest (for
/// example inside a host function), never while another thread is executing it.
extension WASIState {
    /// The `GlibcSystem` behind this state (looking through a `TracingSystem`), if any.
    var glibcSystem: GlibcSystem? {
        if let glibc = system as? GlibcSystem { return glibc }
        if let traced = system as? TracingSystem { return traced.base as? GlibcSystem }
        return nil
    }

    /// Inserts a duplicate of the connected (or listening) host socket `hostFD` at the lowest free guest fd
    /// and returns that number. The guest gets file type 6 (stream socket), `sockConnection` rights
    /// (`sockListen` for a listening socket) and the NONBLOCK flag if `hostFD` is non-blocking; the
    /// caller keeps (and eventually closes) its own `hostFD`. Errors: ENOTSOCK (not a socket), EBADF (bad
    /// fd), ENOSYS (the system is not a `GlibcSystem`).
    public func insertSocket(_ hostFD: Int32) throws(Errno) -> FD {
        guard let glibc = glibcSystem else { throw .nosys }
        let entry = try GlibcSystem.openSocket(hostFD)
        do {
            return try glibc.table.insert(entry, limited: false)
        } catch {
            entry.file.close()
            throw error
        }
    }

    /// Inserts a duplicate of the host file `hostFD` (a regular file opened for reading) as a read-only
    /// regular-file fd and returns its number; the caller keeps its own `hostFD`.
    public func insertReadOnlyFile(_ hostFD: Int32) throws(Errno) -> FD {
        guard let glibc = glibcSystem else { throw .nosys }
        let fd = fcntl(hostFD, F_DUPFD_CLOEXEC, 3)
        guard fd >= 0 else { throw Errno.current }
        var rights = Rights.file
        rights.subtract(.mutating)
        rights.remove(.fdWrite)
        let entry = FileEntry(file: HostFile(.fd(fd)), stat: FDStat(fileType: .regularFile, rightsBase: rights, rightsInheriting: []))
        do {
            return try glibc.table.insert(entry, limited: false)
        } catch {
            _ = Glibc.close(fd)
            throw error
        }
    }
}
#endif
