#if canImport(Glibc)
import Glibc

/// A guest path resolved beneath a directory fd: a host directory fd and the last component, ready for
/// an `*at` call. Close it when done (it may own `parent`).
struct ResolvedPath {
    let parent: Int32
    let ownsParent: Bool
    /// The final component, never empty; keeps a trailing `/` when the guest path had one.
    let name: String

    func close() { if ownsParent { _ = Glibc.close(parent) } }
}

/// The sandbox: resolves every guest path beneath its directory fd. `..` above the directory, absolute
/// paths and symbolic links (intermediate, or final when followed) leading outside it fail with EPERM.
/// Intermediate directories are opened with `openat2(RESOLVE_BENEATH)` when the kernel has it, else by a
/// component walk with `O_NOFOLLOW` that splices symlink targets in by hand.
enum PathResolver {
    static let maxSymlinks = 40

    /// Resolves `path` under `dirfd`. With `followFinal`, a final symlink is followed (beneath the
    /// directory) so the returned name is not a symlink unless it dangles.
    static func resolve(_ dirfd: Int32, _ path: String, followFinal: Bool) throws(Errno) -> ResolvedPath {
        guard !path.utf8.contains(0) else { throw .inval }
        guard !path.isEmpty else { throw .noent }
        var remaining = path
        var links = 0
        while true {
            guard !remaining.hasPrefix("/") else { throw .perm }
            let trailingSlash = remaining.hasSuffix("/")
            var trimmed = Substring(remaining)
            while trimmed.hasSuffix("/") { trimmed.removeLast() }
            var parentPath: String
            var last: String
            if let slash = trimmed.lastIndex(of: "/") {
                parentPath = String(trimmed[..<slash])
                last = String(trimmed[trimmed.index(after: slash)...])
            } else {
                parentPath = ""
                last = String(trimmed)
            }
            if last == ".." || last == "." {
                parentPath = String(trimmed)
                last = "."
            }
            let parent = try openDirectory(dirfd, parentPath)
            let owns = parent != dirfd
            if last != ".", followFinal || trailingSlash, let target = readLink(parent, last) {
                if owns { _ = Glibc.close(parent) }
                links += 1
                guard links <= maxSymlinks else { throw .loop }
                guard !target.hasPrefix("/") else { throw .perm }
                let spliced = (parentPath.isEmpty ? "" : parentPath + "/") + target + (trailingSlash ? "/" : "")
                if followFinal {
                    remaining = spliced
                    continue
                }
                // A trailing slash makes the kernel follow the link itself: check where it leads first.
                try resolve(dirfd, spliced, followFinal: true).close()
                return try resolve(dirfd, remaining, followFinal: false, checkedLink: true)
            }
            return ResolvedPath(parent: parent, ownsParent: owns, name: last + (trailingSlash && last != "." ? "/" : ""))
        }
    }

    /// The non-following resolution of a path whose final link was already checked.
    private static func resolve(_ dirfd: Int32, _ path: String, followFinal: Bool, checkedLink: Bool) throws(Errno) -> ResolvedPath {
        var trimmed = Substring(path)
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        let slash = trimmed.lastIndex(of: "/")
        let parentPath = slash.map { String(trimmed[..<$0]) } ?? ""
        let last = slash.map { String(trimmed[trimmed.index(after: $0)...]) } ?? String(trimmed)
        let parent = try openDirectory(dirfd, parentPath)
        return ResolvedPath(parent: parent, ownsParent: parent != dirfd, name: last + "/")
    }

    /// Opens the directory `path` (relative, possibly empty) beneath `dirfd` as an `O_PATH` fd; returns
    /// `dirfd` itself for an empty path.
    static func openDirectory(_ dirfd: Int32, _ path: String) throws(Errno) -> Int32 {
        if path.isEmpty || path == "." { return dirfd }
        let flags = Host.O_PATH | O_DIRECTORY | O_CLOEXEC
        if let fd = Host.openat2(dirfd, path, flags: flags, resolve: Host.RESOLVE_BENEATH | Host.RESOLVE_NO_MAGICLINKS) {
            if fd >= 0 { return fd }
            let code = errno
            if code == EINTR || code == EAGAIN { return try walk(dirfd, path) }
            throw code == EXDEV ? .perm : Errno(host: code)
        }
        return try walk(dirfd, path)
    }

    /// The fallback: one component at a time, never following a link without checking its target.
    static func walk(_ dirfd: Int32, _ path: String) throws(Errno) -> Int32 {
        var stack: [Int32] = []
        defer { for fd in stack.dropLast() { _ = Glibc.close(fd) } }
        var pending = path.split(separator: "/", omittingEmptySubsequences: true).reversed().map(String.init)
        var links = 0
        func fail(_ e: Errno) -> Errno {
            if let last = stack.last { _ = Glibc.close(last) }
            return e
        }
        while let component = pending.popLast() {
            if component == "." { continue }
            let current = stack.last ?? dirfd
            if component == ".." {
                guard let top = stack.popLast() else { throw fail(.perm) }
                _ = Glibc.close(top)
                continue
            }
            let fd = Host.retry { openat(current, component, Host.O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
            if fd >= 0 {
                stack.append(fd)
                continue
            }
            let code = errno
            if code == ENOTDIR || code == ELOOP, let target = readLink(current, component) {
                links += 1
                guard links <= maxSymlinks else { throw fail(.loop) }
                guard !target.hasPrefix("/") else { throw fail(.perm) }
                pending.append(contentsOf: target.split(separator: "/", omittingEmptySubsequences: true).reversed().map(String.init))
                continue
            }
            throw fail(Errno(host: code))
        }
        return stack.last ?? dirfd
    }

    /// The target of the symlink `name` in `dirfd`, or nil if it is not a symlink.
    static func readLink(_ dirfd: Int32, _ name: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = Host.retry { readlinkat(dirfd, name, &buffer, buffer.count - 1) }
        guard n >= 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
#endif
