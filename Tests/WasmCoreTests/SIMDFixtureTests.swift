import Foundation
import WasmHost
import XCTest

/// The SIMD fixtures built from C with `-msimd128` (`Fixtures/simd`): the WASI command prints what the
/// native build of the same source printed (`simd_kernels.expected`), and the SIMD benchmark workload
/// gives the native checksum.
final class SIMDFixtureTests: XCTestCase {
    /// simd_kernels.wasm under the minimal WASI of `runWithMiniWASI`.
    func testKernelsPrintTheNativeOutput() throws {
        let run = try runWithMiniWASI("simd/simd_kernels.wasm")
        XCTAssertEqual(run.exitCode, 0)
        let expected = String(decoding: try TestFixtures.bytes("simd/simd_kernels.expected"), as: UTF8.self)
        XCTAssertEqual(run.stdout, expected)
        XCTAssertTrue(expected.hasPrefix("dot16 4268219394\n"), "unexpected native output \(expected)")
    }

    /// The SIMD benchmark workload at a small n (checksum of the native gcc build of simd_bench.c).
    func testBenchWorkload() throws {
        let bench = try Runtime().instantiate(bytes: try TestFixtures.bytes("simd/simd_bench.wasm"))
        XCTAssertEqual(try bench.invoke("run", [.int32(3)]), [.int64(4_156_655_548_891_353_860)])
    }
}
