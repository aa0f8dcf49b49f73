import Foundation
import SpecRunner
import XCTest

/// Runs the spec testsuite's SIMD scripts (`json/core/simd_*`) and the relaxed-SIMD proposal's scripts
/// in process and expects no failures; only text-format modules may be skipped.
final class SIMDSpecSuiteTests: XCTestCase {
    static let spec: URL = {
        if let core = ProcessInfo.processInfo.environment["WASM_SPEC_CORE"] {
            return URL(fileURLWithPath: core).deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/spec/json")
    }()

    private func run(_ urls: [URL], options: Options) -> (passed: Int, failed: Int, skipped: Int, report: String) {
        let results = ParallelRunner(urls: urls, options: options).run()
        return (results.reduce(0) { $0 + $1.passed }, results.reduce(0) { $0 + $1.failed },
                results.reduce(0) { $0 + $1.skipped },
                results.filter { $0.failed > 0 }.map { $0.report(verbose: false) }.joined(separator: "\n"))
    }

    func testCoreSIMDScripts() throws {
        let core = Self.spec.appendingPathComponent("core")
        guard FileManager.default.fileExists(atPath: core.path) else {
            return XCTFail("spec suite not found at \(core.path); set WASM_SPEC_CORE to the json/core folder")
        }
        let options = Options(paths: [core.path])
        let urls = try options.scriptURLs().filter { $0.lastPathComponent.hasPrefix("simd_") }
        XCTAssertEqual(urls.count, 57, "expected the 57 SIMD core scripts")
        let result = run(urls, options: options)
        print("spec core (SIMD): \(result.passed) passed, \(result.failed) failed, \(result.skipped) skipped")
        XCTAssertGreaterThan(result.passed, 25_000)
        XCTAssertEqual(result.failed, 0, result.report)
        XCTAssertEqual(result.skipped, 510, "only the 510 text-format modules may be skipped")
    }

    func testRelaxedSIMDScripts() throws {
        let folder = Self.spec.appendingPathComponent("proposals/relaxed-simd")
        guard FileManager.default.fileExists(atPath: folder.path) else {
            return XCTFail("relaxed-simd scripts not found at \(folder.path)")
        }
        let options = Options(paths: [folder.path])
        let result = run(try options.scriptURLs(), options: options)
        XCTAssertEqual(result.passed, 90)
        XCTAssertEqual(result.failed, 0, result.report)
        XCTAssertEqual(result.skipped, 0)
    }
}
