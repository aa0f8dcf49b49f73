import Foundation
import XCTest

/// Runs the built `spectest` executable over the non-SIMD core spec suite and expects no failures.
///
/// An executable target cannot be imported by tests, so this launches the binary that `swift build`
/// left in `.build/debug` or `.build/release` (the newer of the two; `SPECTEST_BINARY` overrides). The
/// suite folder is `/work/shared/spec/json/core` unless `WASM_SPEC_CORE` names another.
final class SpecSuiteTests: XCTestCase {
    func testNonSIMDCoreSuite() throws {
        let binary = try spectestBinary()
        let suite = ProcessInfo.processInfo.environment["WASM_SPEC_CORE"] ?? "/work/shared/spec/json/core"
        guard FileManager.default.fileExists(atPath: suite) else {
            return XCTFail("spec suite not found at \(suite); set WASM_SPEC_CORE to the json/core folder")
        }

        let process = Process()
        process.executableURL = binary
        process.arguments = ["--exclude", "simd_", suite]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        let lines = output.split(separator: "\n")
        guard let summary = lines.last, let totals = Self.totals(String(summary)) else {
            return XCTFail("no summary line from \(binary.path) (exit \(process.terminationStatus)):\n\(output.suffix(4000))")
        }
        XCTAssertGreaterThan(totals.passed, 0, "nothing passed")
        XCTAssertEqual(totals.failed, 0, "spec failures:\n" + Self.failureReport(lines))
        XCTAssertEqual(process.terminationStatus, totals.failed > 0 ? 1 : 0)
    }

    /// The spectest binary: `SPECTEST_BINARY`, or the newest of `<package>/.build/{debug,release}/spectest`.
    private func spectestBinary() throws -> URL {
        let fileManager = FileManager.default
        if let path = ProcessInfo.processInfo.environment["SPECTEST_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        let package = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = ["debug", "release"]
            .map { package.appendingPathComponent(".build/\($0)/spectest") }
            .filter { fileManager.isExecutableFile(atPath: $0.path) }
        let modified = { (url: URL) in
            (try? fileManager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
        }
        guard let newest = candidates.max(by: { modified($0) < modified($1) }) else {
            throw SetupError(message: "spectest binary not found in \(package.path)/.build/{debug,release}: "
                + "run `swift build --product spectest` first (or set SPECTEST_BINARY)")
        }
        return newest
    }

    private struct SetupError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Parses `N passed, N failed, N skipped`.
    private static func totals(_ line: String) -> (passed: Int, failed: Int, skipped: Int)? {
        let numbers = line.split(separator: " ").compactMap { Int($0) }
        guard numbers.count == 3, line.hasSuffix(" skipped"), !line.contains(":") else { return nil }
        return (numbers[0], numbers[1], numbers[2])
    }

    /// The per-script lines of scripts with failures, and their failure lines.
    private static func failureReport(_ lines: [Substring]) -> String {
        var report: [Substring] = []
        var inFailingScript = false
        for line in lines.dropLast() {
            if !line.hasPrefix(" ") { inFailingScript = !line.contains(" 0 failed") }
            if inFailingScript { report.append(line) }
        }
        return report.prefix(300).joined(separator: "\n")
    }
}
