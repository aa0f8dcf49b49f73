import Foundation
import SpecRunner
import XCTest

/// Runs the spec testsuite's WebAssembly 2.0 core scripts (all but SIMD) in process and expects no
/// failures. The suite is `../shared/spec/json/core` beside the package (`WASM_SPEC_CORE` overrides).
final class SpecSuiteTests: XCTestCase {
    static let package = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testNonSIMDCoreSuite() throws {
        let suite = ProcessInfo.processInfo.environment["WASM_SPEC_CORE"]
            ?? Self.package.deletingLastPathComponent().appendingPathComponent("shared/spec/json/core").path
        guard FileManager.default.fileExists(atPath: suite) else {
            return XCTFail("spec suite not found at \(suite); set WASM_SPEC_CORE to the json/core folder")
        }
        let options = Options(paths: [suite], excludedPrefixes: ["simd_"])
        let urls = try options.scriptURLs()
        XCTAssertEqual(urls.count, 90, "expected the 90 non-SIMD core scripts")
        let results = ParallelRunner(urls: urls, options: options).run()
        let passed = results.reduce(0) { $0 + $1.passed }
        let failed = results.reduce(0) { $0 + $1.failed }
        let skipped = results.reduce(0) { $0 + $1.skipped }
        print("spec core (non-SIMD): \(passed) passed, \(failed) failed, \(skipped) skipped")
        XCTAssertGreaterThan(passed, 27_000)
        XCTAssertEqual(failed, 0, results.filter { $0.failed > 0 }.map { $0.report(verbose: false) }.joined(separator: "\n"))
        // Only text-format modules may be skipped: 567 of them in the non-SIMD core scripts.
        XCTAssertEqual(skipped, 567)
    }
}
