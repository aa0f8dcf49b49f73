import Foundation
@testable import WasmHostWASI
import XCTest

/// Regressions for the deviations the conformance run found (see `Fixtures/wasi-conformance`), each
/// checked on `GlibcSystem` directly.
final class ConformanceRegressionTests: XCTestCase {
    /// A system with in-memory stdio and a temporary directory preopened as "/" (fd 3).
    func rootSystem(readOnly: Bool = false) throws -> (GlibcSystem, TemporaryDirectory) {
        let temp = try TemporaryDirectory()
        var config = WASIConfiguration(arguments: ["test"])
        config.stdin = .buffer(WASIBuffer())
        config.stdout = .buffer(WASIBuffer())
        config.stderr = .buffer(WASIBuffer())
        config.preopens = [Preopen(hostPath: temp.path, guestPath: "/", readOnly: readOnly)]
        return (try GlibcSystem(config), temp)
    }

    func errno(_ body: () throws -> Void) -> Errno {
        do {
            try body()
            return .success
        } catch let error as Errno {
            return error
        } catch {
            XCTFail("unexpected \(error)")
            return .io
        }
    }

    func bytes(_ text: String, _ body: (IOVecs) throws -> Void) rethrows {
        var data = Array(text.utf8)
        try data.withUnsafeMutableBytes { raw in
            try withUnsafePointer(to: raw) { try body(IOVecs(start: $0, count: 1)) }
        }
    }

    /// truncation_rights: a directory has no `fd_filestat_set_size` right.
    func testDirectoriesLackFileStatSetSize() throws {
        let (system, _) = try rootSystem()
        XCTAssertFalse(try system.fdStatGet(3).rightsBase.contains(.fdFilestatSetSize))
        XCTAssertTrue(try system.fdStatGet(3).rightsInheriting.contains(.fdFilestatSetSize))
        XCTAssertEqual(errno { try system.fdFileStatSetSize(3, size: 0) }, .notCapable)
    }

    /// path_open_preopen: O_DIRECTORY with the write right is EISDIR (it used to open read-only).
    func testOpeningADirectoryForWritingIsEISDIR() throws {
        let (system, _) = try rootSystem()
        XCTAssertEqual(errno { _ = try system.pathOpen(3, dirFlags: [], ".", openFlags: .directory,
                                                              rightsBase: [.fdRead, .fdWrite], rightsInheriting: [],
                                                              fdFlags: []) }, .isDirectory)
        let fd = try system.pathOpen(3, dirFlags: [], ".", openFlags: .directory, rightsBase: .fdRead,
                                     rightsInheriting: [], fdFlags: [])
        XCTAssertEqual(try system.fdStatGet(fd).fileType, .directory)
    }

    /// path_symlink_trailing_slashes: "file/" over an existing file is ENOTDIR (Linux says EEXIST).
    func testSymlinkOverFileWithTrailingSlash() throws {
        let (system, temp) = try rootSystem()
        try temp.file("target", "")
        XCTAssertEqual(errno { try system.pathSymlink("source", 3, "target/") }, .notDirectory)
        XCTAssertEqual(errno { try system.pathSymlink("source", 3, "target") }, .exist)
        XCTAssertEqual(errno { try system.pathSymlink("source", 3, "missing/") }, .noent)
        _ = try temp.directory("dir")
        XCTAssertEqual(errno { try system.pathSymlink("source", 3, "dir/") }, .exist)
    }

    /// pwrite-with-append: fd_pwrite on an APPEND fd writes at its offset and leaves the file offset alone.
    func testPwriteOnAppendFD() throws {
        let (system, temp) = try rootSystem()
        let fd = try system.pathOpen(3, dirFlags: [], "f", openFlags: .create, rightsBase: .file, rightsInheriting: [],
                                     fdFlags: .append)
        try bytes("abcd") { XCTAssertEqual(try system.fdWrite(fd, $0), 4) }
        try bytes("XY") { XCTAssertEqual(try system.fdPwrite(fd, $0, offset: 0), 2) }
        XCTAssertEqual(try system.fdTell(fd), 4)
        try bytes("e") { XCTAssertEqual(try system.fdWrite(fd, $0), 1) }          // still appends
        XCTAssertEqual(try String(contentsOfFile: temp.path + "/f", encoding: .utf8), "XYcde")
    }

    /// poll_oneoff reports the readable byte count of a read event (it was always 0).
    func testPollReadEventsReportBytes() throws {
        let (system, temp) = try rootSystem()
        try temp.file("f", "hello")
        let fd = try system.pathOpen(3, dirFlags: [], "f", openFlags: [], rightsBase: .file, rightsInheriting: [], fdFlags: [])
        var events: [Event] = []
        try system.pollOneOff([Subscription(userData: 1, kind: .fdRead(fd))], into: &events)
        XCTAssertEqual(events, [Event(userData: 1, errno: .success, type: .fdRead, nbytes: 5)])
        XCTAssertEqual(TraceFormat.event(events[0]), "{UserData:1,Type:FDReadEvent,NBytes:5}")
        var pipeFDs: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&pipeFDs), 0)
        defer { close(pipeFDs[0]); close(pipeFDs[1]) }
        XCTAssertEqual(write(pipeFDs[1], "abc", 3), 3)
        XCTAssertEqual(Host.readableBytes(pipeFDs[0]), 3)
    }

    /// A read-only preopen drops the path rights Rust's std requests when opening to read, but still
    /// refuses to open for writing.
    func testReadOnlyTreeAcceptsRustStdReadRights() throws {
        let (system, temp) = try rootSystem(readOnly: true)
        try temp.file("f", "data")
        let rustRead: Rights = [.fdRead, .fdReaddir, .fdAdvise, .fdFdstatSetFlags, .fdFilestatGet, .fdFilestatSetTimes,
                                .fdSeek, .fdSync, .fdTell, .pathCreateDirectory, .pathCreateFile, .pathFilestatGet,
                                .pathLinkSource, .pathLinkTarget, .pathOpen, .pathReadlink, .pathRemoveDirectory,
                                .pathRenameSource, .pathRenameTarget, .pathSymlink, .pathUnlinkFile, .pollFdReadwrite]
        let fd = try system.pathOpen(3, dirFlags: .symlinkFollow, "f", openFlags: [], rightsBase: rustRead,
                                     rightsInheriting: rustRead, fdFlags: [])
        XCTAssertTrue(try system.fdStatGet(fd).rightsBase.isDisjoint(with: .mutating))
        XCTAssertTrue(try system.fdStatGet(fd).rightsBase.contains(.fdRead))
        XCTAssertEqual(errno { _ = try system.pathOpen(3, dirFlags: [], "f", openFlags: [],
                                                              rightsBase: rustRead.union(.fdWrite),
                                                              rightsInheriting: [], fdFlags: []) }, .notCapable)
    }
}
