import Foundation
import WasmHost
import XCTest

/// The documented results of every `Fixtures/core` module (Fixtures/README.md) and the benchmark
/// workloads at small sizes (checksums from `Fixtures/bench/check-native.sh NAME N`, a native gcc build;
/// the benchmark sizes of workloads.txt take seconds each in a debug build, so they are left to the
/// benchmark runs).
final class FixtureTests: XCTestCase {
    private func instance(_ path: String, runtime: Runtime = Runtime()) throws -> Instance {
        try runtime.instantiate(bytes: try TestFixtures.bytes(path))
    }

    private func i32(_ instance: Instance, _ name: String, _ arguments: Int32...,
                     file: StaticString = #filePath, line: UInt = #line) throws -> Int32? {
        let results = try instance.invoke(name, arguments.map { .int32($0) })
        XCTAssertEqual(results.count, 1, "\(name) results \(results)", file: file, line: line)
        return results.singleI32
    }

    private func i64(_ instance: Instance, _ name: String, _ argument: Int64) throws -> Int64? {
        try instance.invoke(name, [.int64(argument)]).singleI64
    }

    func testAdd() throws {
        let add = try instance("core/add.wasm")
        XCTAssertEqual(try i32(add, "add", 2, 3), 5)
        XCTAssertEqual(try i32(add, "add", 2_147_483_647, 1), Int32.min)
    }

    func testFib() throws {
        let fib = try instance("core/fib.wasm")
        XCTAssertEqual(try i64(fib, "fib", 0), 0)
        XCTAssertEqual(try i64(fib, "fib", 1), 1)
        XCTAssertEqual(try i64(fib, "fib", 20), 6765)
        XCTAssertEqual(try i64(fib, "fib_iter", 20), 6765)
        XCTAssertEqual(try i64(fib, "fib_iter", 90), 2_880_067_194_370_816_120)
    }

    func testFactorial() throws {
        let fac = try instance("core/factorial.wasm")
        for name in ["fac", "fac_iter"] {
            XCTAssertEqual(try i64(fac, name, 0), 1, name)
            XCTAssertEqual(try i64(fac, name, 5), 120, name)
            XCTAssertEqual(try i64(fac, name, 20), 2_432_902_008_176_640_000, name)
        }
        XCTAssertEqual(try i64(fac, "fac_iter", 21), -4_249_290_049_419_214_848)
    }

    func testLoopCount() throws {
        let loop = try instance("core/loop.wasm")
        XCTAssertEqual(try i32(loop, "count", 1000), 1000)
        XCTAssertEqual(try i32(loop, "count", 0), 0)
        XCTAssertEqual(try i32(loop, "count", -5), 0)
    }

    func testRecurse() throws {
        let recurse = try instance("core/recurse.wasm")
        XCTAssertEqual(try i32(recurse, "deep", 1000), 1000)
        XCTAssertEqual(try i32(recurse, "deep", 0), 0)
        assertTrap(.callStackExhausted) { () throws(WasmError) in _ = try recurse.invoke("forever") }
    }

    func testMemory() throws {
        let memory = try instance("core/memory.wasm")
        XCTAssertEqual(try i32(memory, "load", 16), 42)
        XCTAssertEqual(try i32(memory, "load", 0), 1_836_278_103)
        XCTAssertEqual(try i32(memory, "load", 65532), 0)
        assertTrap(.outOfBoundsMemory) { () throws(WasmError) in _ = try memory.invoke("load", [.int32(65533)]) }
        XCTAssertEqual(try i32(memory, "load8_u", 0), 87)
        XCTAssertEqual(try i32(memory, "size"), 1)
        XCTAssertEqual(try memory.invoke("store", [.int32(100), .int32(-7)]), [])
        XCTAssertEqual(try i32(memory, "load", 100), -7)
        assertTrap(.outOfBoundsMemory) { () throws(WasmError) in _ = try memory.invoke("store", [.int32(65534), .int32(1)]) }
        XCTAssertEqual(try i32(memory, "grow", 3), 1)
        XCTAssertEqual(try i32(memory, "size"), 4)
        XCTAssertEqual(try i32(memory, "grow", 4), -1)
        XCTAssertEqual(try i32(memory, "load", 4 * 65536 - 4), 0, "the grown pages are addressable and zero")
        XCTAssertEqual(try i32(try instance("core/memory.wasm"), "grow", 0), 1, "fresh instance")
    }

    func testMultiValue() throws {
        let mv = try instance("core/multi_value.wasm")
        XCTAssertEqual(try mv.invoke("swap", [.int32(1), .int32(2)]), [.int32(2), .int32(1)])
        XCTAssertEqual(try mv.invoke("divmod", [.int32(17), .int32(5)]), [.int32(3), .int32(2)])
        assertTrap(.integerDivideByZero) { () throws(WasmError) in _ = try mv.invoke("divmod", [.int32(1), .int32(0)]) }
        XCTAssertEqual(try mv.invoke("split", [.int64(81_604_378_629)]), [.int32(5), .int32(19)])
        XCTAssertEqual(try mv.invoke("mixed"), [.int32(1), .int64(2), .float(3.5), .double(4.25)])
        XCTAssertEqual(try i32(mv, "sum_pair", 3, 4), 7)
        XCTAssertEqual(try i32(mv, "swap_sum", 3, 10), 7)
    }

    func testTable() throws {
        let table = try instance("core/table.wasm")
        XCTAssertEqual(try i32(table, "call", 0), 10)
        XCTAssertEqual(try i32(table, "call", 1), 20)
        XCTAssertEqual(try i32(table, "call", 2), 30)
        assertTrap(.uninitializedElement) { () throws(WasmError) in _ = try table.invoke("call", [.int32(3)]) }
        assertTrap(.undefinedElement) { () throws(WasmError) in _ = try table.invoke("call", [.int32(4)]) }
        XCTAssertEqual(try i32(table, "size"), 4)
        XCTAssertEqual(try i32(table, "ten"), 10)
        XCTAssertEqual(try i32(table, "twenty"), 20)
        XCTAssertEqual(try i32(table, "thirty"), 30)
        XCTAssertEqual(try i32(table, "apply", 0, 5), 6)
        XCTAssertEqual(try i32(table, "apply", 1, 5), 10)
        assertTrap(.undefinedElement) { () throws(WasmError) in _ = try table.invoke("apply", [.int32(2), .int32(5)]) }
        XCTAssertEqual(table.table("table")?.count, 4)
        XCTAssertEqual(table.table("ops")?.count, 2)
    }

    func testTraps() throws {
        let traps = try instance("core/traps.wasm")
        XCTAssertEqual(try i32(traps, "ok"), 7)
        let expected: [(String, TrapKind)] = [
            ("unreachable", .unreachable),
            ("div_by_zero", .integerDivideByZero),
            ("rem_by_zero", .integerDivideByZero),
            ("int_overflow", .integerOverflow),
            ("invalid_conversion", .invalidConversion),
            ("conversion_overflow", .integerOverflow),
            ("oob_load", .outOfBoundsMemory),
            ("oob_store", .outOfBoundsMemory),
            ("oob_table", .undefinedElement),
            ("uninit_element", .uninitializedElement),
            ("indirect_mismatch", .indirectCallTypeMismatch),
            ("stack_overflow", .callStackExhausted),
        ]
        for (name, kind) in expected {
            let trap = assertTrap(kind) { () throws(WasmError) in _ = try traps.invoke(name) }
            XCTAssertEqual(trap?.kind.rawValue, kind.rawValue, name)
        }
        XCTAssertEqual(try i32(traps, "ok"), 7, "the instance still works after its traps")
    }

    func testSum() throws {
        let sum = try instance("core/sum.wasm")
        XCTAssertEqual(try i32(sum, "sum", 100), 5050)
        XCTAssertEqual(try i32(sum, "sum", 0), 0)
        XCTAssertEqual(try i32(sum, "sum", 100_000), 705_082_704)
    }

    func testHostCall() throws {
        let runtime = Runtime()
        let logged = Locked<[String]>([])
        var env = HostModuleBuilder("env")
        env.function("add_one") { (_: Caller, x: Int32) -> Int32 in x &+ 1 }
        env.function("log") { (caller: Caller, pointer: Int32, length: Int32) in
            let bytes = try caller.memory?.read(at: Int(pointer), count: Int(length)) ?? []
            logged.withLock { $0.append(String(decoding: bytes, as: UTF8.self)) }
        }
        runtime.register(env.build())
        let host = try instance("core/host_call.wasm", runtime: runtime)
        XCTAssertEqual(try i32(host, "run", 40), 42)
        XCTAssertEqual(try host.invoke("greet"), [])
        XCTAssertEqual(logged.value, ["hello"])
        XCTAssertEqual(host.memory("memory")?.pageCount, 1)
    }

    /// hello.wasm under the minimal WASI of `runWithMiniWASI`.
    func testHelloWASI() throws {
        let run = try runWithMiniWASI("core/hello.wasm")
        XCTAssertEqual(run.exitCode, 0)
        XCTAssertEqual(run.stdout, "Hello, WasmHost!\n")
    }

    /// Every workload's `run(n)` at a small n.
    func testBenchWorkloads() throws {
        let cases: [(name: String, n: Int32, expected: Int64)] = [
            ("calls", 3, 11_992_691_948),
            ("vm", 300, 68_169_720_930_387),
            ("hash", 1, -3_135_306_145_108_245_581),
            ("hashmap", 1000, -9_093_274_993_774_784_958),
            ("matmul", 10, -24_884_828_162_925_254),
            ("nbody", 100, -4_628_113_320_960_463_446),
            ("sort", 1000, -7_046_029_252_229_581_609),
            ("lz", 16, 33_660_151_419_449),
        ]
        let runtime = Runtime()
        for workload in cases {
            let instance = try instance("bench/\(workload.name).wasm", runtime: runtime)
            let results = try instance.invoke("run", [.int32(workload.n)])
            XCTAssertEqual(results, [.int64(workload.expected)], "\(workload.name) run(\(workload.n))")
        }
    }
}
