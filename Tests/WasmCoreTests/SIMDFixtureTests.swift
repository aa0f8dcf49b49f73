import Foundation
import WasmHost
import XCTest

/// The SIMD fixtures built from C with `-msimd128` (`Fixtures/simd`): the WASI command prints what the
/// native build of the same source printed (`simd_kernels.expected`), and the SIMD benchmark workload
/// gives the native checksum.
final class SIMDFixtureTests: XCTestCase {
    /// simd_kernels.wasm under a minimal WASI written here: `fd_write` collects stdout, `proc_exit` ends it.
    func testKernelsPrintTheNativeOutput() throws {
        struct Exit: Error { let code: Int32 }
        let runtime = Runtime()
        let stdout = Locked<[UInt8]>([])
        var wasi = HostModuleBuilder("wasi_snapshot_preview1")
        wasi.function("fd_write") { (caller: Caller, fd: Int32, iovs: Int32, count: Int32, written: Int32) -> Int32 in
            guard let memory = caller.memory else { return 8 }
            var total: Int32 = 0
            for i in 0..<Int(count) {
                let base: UInt32 = try memory.load(at: Int(iovs) + 8 * i)
                let length: UInt32 = try memory.load(at: Int(iovs) + 8 * i + 4)
                let bytes = try memory.read(at: Int(base), count: Int(length))
                if fd == 1 { stdout.withLock { $0 += bytes } }
                total += Int32(length)
            }
            try memory.store(total, at: Int(written))
            return 0
        }
        wasi.function("fd_close") { (_: Caller, _: Int32) -> Int32 in 0 }
        wasi.function("fd_seek") { (_: Caller, _: Int32, _: Int64, _: Int32, _: Int32) -> Int32 in 70 }  // ESPIPE
        wasi.function("fd_fdstat_get") { (caller: Caller, _: Int32, buffer: Int32) -> Int32 in
            try caller.memory?.write([UInt8](repeating: 0, count: 24), at: Int(buffer))
            try caller.memory?.store(UInt8(2), at: Int(buffer))  // character device
            return 0
        }
        wasi.function("proc_exit") { (_: Caller, code: Int32) in throw Exit(code: code) }
        runtime.register(wasi.build())

        let kernels = try runtime.instantiate(bytes: try TestFixtures.bytes("simd/simd_kernels.wasm"))
        do {
            _ = try kernels.invoke("_start")
        } catch {
            guard case .trap(let trap) = error, let exit = trap.underlying as? Exit else { throw error }
            XCTAssertEqual(exit.code, 0)
        }
        let expected = String(decoding: try TestFixtures.bytes("simd/simd_kernels.expected"), as: UTF8.self)
        XCTAssertEqual(String(decoding: stdout.value, as: UTF8.self), expected)
        XCTAssertTrue(expected.hasPrefix("dot16 4268219394\n"), "unexpected native output \(expected)")
    }

    /// The SIMD benchmark workload at a small n (checksum of the native gcc build of simd_bench.c).
    func testBenchWorkload() throws {
        let bench = try Runtime().instantiate(bytes: try TestFixtures.bytes("simd/simd_bench.wasm"))
        XCTAssertEqual(try bench.invoke("run", [.int32(3)]), [.int64(4_156_655_548_891_353_860)])
    }
}
