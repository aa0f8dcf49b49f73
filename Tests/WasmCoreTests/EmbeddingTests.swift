import Foundation
import WasmHost
import XCTest

/// The embedding API: host modules, per-instance state, concurrency, linking, import errors, memory,
/// global and table access, and host functions calling back into WebAssembly.
final class EmbeddingTests: XCTestCase {
    private static let i32ToI32 = FunctionType(parameters: [.i32], results: [.i32])

    /// `env.add_one` (typed closure) and `env.log` (collecting what it reads from the caller's memory).
    private func envModule(_ logged: Locked<[String]>) -> StaticHostModule {
        var env = HostModuleBuilder("env")
        env.function("add_one") { (_: Caller, x: Int32) -> Int32 in x &+ 1 }
        env.function("log") { (caller: Caller, pointer: Int32, length: Int32) in
            guard let memory = caller.memory else { throw HostFailure(message: "no memory") }
            let bytes = try memory.read(at: Int(pointer), count: Int(length))
            logged.withLock { $0.append(String(decoding: bytes, as: UTF8.self)) }
        }
        return env.build()
    }

    private func hostCall() throws -> [UInt8] { try TestFixtures.bytes("core/host_call.wasm") }

    private func message(of body: () throws(WasmError) -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return error.description
        }
    }

    // MARK: Host functions

    func testTypedHostFunctions() throws {
        let runtime = Runtime()
        let logged = Locked<[String]>([])
        runtime.register(envModule(logged))
        let instance = try runtime.instantiate(bytes: try hostCall())
        XCTAssertEqual(try instance.invoke("run", [.int32(40)]), [.int32(42)])
        XCTAssertEqual(try instance.invoke("run", [.int32(Int32.max)]), [.int32(Int32.min + 1)])
        XCTAssertEqual(try instance.invoke("greet"), [])
        XCTAssertEqual(logged.value, ["hello"])
    }

    func testValueHostFunctions() throws {
        let runtime = Runtime()
        let seenInstance = Locked(false)
        var env = HostModuleBuilder("env")
        env.function("add_one", [.i32], [.i32]) { caller, arguments in
            seenInstance.withLock { $0 = caller.instance != nil }
            return [.int32((arguments.first?.i32 ?? 0) &+ 1)]
        }
        env.function("log", [.i32, .i32], []) { _, _ in [] }
        runtime.register(env.build())
        let instance = try runtime.instantiate(bytes: try hostCall())
        XCTAssertEqual(try instance.invoke("run", [.int32(40)]), [.int32(42)])
        XCTAssertTrue(seenInstance.value, "caller.instance is the calling instance")
    }

    func testValueHostFunctionReturningWrongTypeTraps() throws {
        let runtime = Runtime()
        var env = HostModuleBuilder("env")
        env.function("add_one", [.i32], [.i32]) { _, _ in [.int64(1)] }
        env.function("log", [.i32, .i32], []) { _, _ in [] }
        runtime.register(env.build())
        let instance = try runtime.instantiate(bytes: try hostCall())
        assertTrap(.hostError) { () throws(WasmError) in _ = try instance.invoke("run", [.int32(1)]) }
    }

    func testHostErrorBecomesTrap() throws {
        let runtime = Runtime()
        var env = HostModuleBuilder("env")
        env.function("add_one") { (_: Caller, x: Int32) -> Int32 in
            if x == 13 { throw HostFailure(message: "unlucky number 13") }
            return x + 1
        }
        env.function("log") { (_: Caller, _: Int32, _: Int32) in
            throw WasmError.trap(Trap(.exit, message: "exit code 3"))
        }
        runtime.register(env.build())
        let instance = try runtime.instantiate(bytes: try hostCall())
        let trap = assertTrap(.hostError) { () throws(WasmError) in _ = try instance.invoke("run", [.int32(13)]) }
        XCTAssertEqual(trap?.message?.contains("unlucky number 13"), true, "\(String(describing: trap))")
        XCTAssertEqual((trap?.underlying as? HostFailure)?.message, "unlucky number 13")
        XCTAssertEqual(try instance.invoke("run", [.int32(1)]), [.int32(3)], "the instance still works")
        // A trap thrown by a host function keeps its kind.
        let exit = assertTrap(.exit) { () throws(WasmError) in _ = try instance.invoke("greet") }
        XCTAssertEqual(exit?.message, "exit code 3")
    }

    func testHostFunctionCalledDirectly() throws {
        let runtime = Runtime()
        runtime.register(envModule(Locked([])))
        let instance = try runtime.instantiate(bytes: try hostCall())
        let hostFunction = HostFunction(type: Self.i32ToI32) { caller, arguments in
            [.int32(caller.instance == nil ? -1 : (arguments.first?.i32 ?? 0))]
        }
        XCTAssertEqual(try instance.invoke(hostFunction.reference, [.int32(5)]), [.int32(-1)], "no calling instance")
        assertTrap(.hostError) { () throws(WasmError) in _ = try instance.invoke(hostFunction.reference, [.int64(5)]) }
    }

    // MARK: Per-instance state

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add(_ n: Int) { lock.lock(); value += n; lock.unlock() }
        var count: Int { lock.lock(); defer { lock.unlock() }; return value }
    }

    /// A host module that gives every instance its own counter.
    struct CountingEnv: HostModule {
        var name: String { "env" }
        func externals(for context: InstantiationContext) throws -> [String: External] {
            let counter = Counter()
            context.state["env"] = counter
            var env = HostModuleBuilder("env")
            env.function("add_one") { (_: Caller, x: Int32) -> Int32 in
                counter.add(1)
                return x &+ 1
            }
            env.function("log") { (caller: Caller, _: Int32, _: Int32) in
                caller.state("env", as: Counter.self)?.add(100)
            }
            return env.members
        }
    }

    func testPerInstanceHostState() throws {
        let runtime = Runtime()
        runtime.register(CountingEnv())
        let compiled = try runtime.compile(try hostCall())
        let a = try runtime.instantiate(compiled)
        let b = try runtime.instantiate(compiled)
        _ = try a.invoke("run", [.int32(0)])
        _ = try a.invoke("run", [.int32(0)])
        _ = try b.invoke("run", [.int32(0)])
        _ = try a.invoke("greet")
        XCTAssertEqual((a.hostState["env"] as? Counter)?.count, 104)
        XCTAssertEqual((b.hostState["env"] as? Counter)?.count, 2)
        XCTAssertFalse(a.hostState["env"] === b.hostState["env"])
    }

    // MARK: Concurrency

    func testConcurrentInstantiationOfOneCompiledModule() throws {
        let runtime = Runtime()
        runtime.register(CountingEnv())
        let compiled = try runtime.compile(try hostCall())
        let sum = try runtime.compile(try TestFixtures.bytes("core/sum.wasm"))
        let failures = Locked<[String]>([])
        let instances = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 100) { i in
            do {
                let instance = try runtime.instantiate(compiled, name: "instance\(i)")
                let x = Int32(i * 1000)
                for k in 0..<50 {
                    let result = try instance.invoke("run", [.int32(x + Int32(k))])
                    if result != [.int32(x + Int32(k) + 2)] { failures.withLock { $0.append("run \(i): \(result)") } }
                }
                _ = try instance.invoke("greet")
                let calls = (instance.hostState["env"] as? Counter)?.count
                if calls != 200 { failures.withLock { $0.append("instance \(i) counted \(String(describing: calls))") } }
                let n = Int32(100 + i)
                let total = try runtime.instantiate(sum).invoke("sum", [.int32(n)])
                if total != [.int32(n * (n + 1) / 2)] { failures.withLock { $0.append("sum \(n): \(total)") } }
                instances.withLock { $0 += 1 }
            } catch {
                failures.withLock { $0.append("instance \(i): \(error)") }
            }
        }
        XCTAssertEqual(failures.value, [])
        XCTAssertEqual(instances.value, 100)
    }

    func testConcurrentCallsOnOneInstance() throws {
        let instance = try Runtime().instantiate(bytes: try TestFixtures.bytes("core/fib.wasm"))
        let failures = Locked<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            do {
                let result = try instance.invoke("fib", [.int64(Int64(15 + i % 4))])
                let expected: [Int64] = [610, 987, 1597, 2584]
                if result != [.int64(expected[i % 4])] { failures.withLock { $0.append("fib: \(result)") } }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        XCTAssertEqual(failures.value, [])
    }

    // MARK: Linking

    /// Exports `add_one (i32) -> i32` (adds 10, to tell it from the host's) and `log (i32, i32) -> ()`.
    private let providerModule = WasmBytes.module(functions: [
        (FunctionType(parameters: [.i32], results: [.i32]), [], [0x20, 0x00, 0x41, 0x0A, 0x6A, 0x0B], "add_one"),
        (FunctionType(parameters: [.i32, .i32]), [], [0x0B], "log"),
    ])

    /// Imports `mem.memory` (min `minPages`) and exports `load16 () -> i32` and `store16 (i32) -> ()`.
    private func memoryImporter(minPages: UInt8 = 1) -> [UInt8] {
        WasmBytes.header
            + WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([], [.i32]), WasmBytes.functionType([.i32], [])]))
            + WasmBytes.section(2, WasmBytes.vector([WasmBytes.name("mem") + WasmBytes.name("memory") + [0x02, 0x00, minPages]]))
            + WasmBytes.section(3, WasmBytes.vector([[0x00], [0x01]]))
            + WasmBytes.section(7, WasmBytes.vector([WasmBytes.name("load16") + [0x00, 0x00],
                                                    WasmBytes.name("store16") + [0x00, 0x01]]))
            + WasmBytes.section(10, WasmBytes.vector([
                WasmBytes.body([0x41, 0x10, 0x28, 0x02, 0x00, 0x0B]),
                WasmBytes.body([0x41, 0x10, 0x20, 0x00, 0x36, 0x02, 0x00, 0x0B]),
            ]))
    }

    func testLinkingInstanceExportsAsImports() throws {
        let runtime = Runtime()
        let provider = try runtime.instantiate(bytes: providerModule, name: "provider")
        runtime.register(provider, as: "env")
        let consumer = try runtime.instantiate(bytes: try hostCall())
        XCTAssertEqual(try consumer.invoke("run", [.int32(1)]), [.int32(21)])
        XCTAssertEqual(try consumer.invoke("greet"), [])

        // Memory shared through an instance's export: writes on either side are seen by the other.
        let memory = try runtime.instantiate(bytes: try TestFixtures.bytes("core/memory.wasm"))
        runtime.register(memory, as: "mem")
        let importer = try runtime.instantiate(bytes: memoryImporter())
        XCTAssertEqual(try importer.invoke("load16"), [.int32(42)])
        _ = try importer.invoke("store16", [.int32(-9)])
        XCTAssertEqual(try memory.invoke("load", [.int32(16)]), [.int32(-9)])
        XCTAssertTrue(importer.memories.first === memory.memory("memory"))
    }

    func testHostProvidedMemory() throws {
        let runtime = Runtime()
        let memory = try Memory(type: MemoryType(limits: Limits(min: 1, max: 2)))
        try memory.store(UInt32(1234), at: 16)
        var mem = HostModuleBuilder("mem")
        mem.memory("memory", memory)
        runtime.register(mem.build())
        let importer = try runtime.instantiate(bytes: memoryImporter())
        XCTAssertEqual(try importer.invoke("load16"), [.int32(1234)])
        _ = try importer.invoke("store16", [.int32(77)])
        XCTAssertEqual(try memory.load(UInt32.self, at: 16), 77)
    }

    // MARK: Import errors

    func testImportErrorsNameModuleFieldAndType() throws {
        let compiled = try Runtime().compile(try hostCall())

        // Nothing registered.
        let missingModule = message { () throws(WasmError) in _ = try Runtime().instantiate(compiled) }
        assertUnlinkable(missingModule, mentions: ["env", "add_one", "(i32) -> (i32)"])

        // The module is there, one field is not.
        let partial = Runtime()
        var env = HostModuleBuilder("env")
        env.function("add_one") { (_: Caller, x: Int32) -> Int32 in x }
        partial.register(env.build())
        assertUnlinkable(message { () throws(WasmError) in _ = try partial.instantiate(compiled) },
                         mentions: ["env", "log", "(i32 i32) -> ()"])

        // The field has the wrong type.
        let wrongType = Runtime()
        var env2 = HostModuleBuilder("env")
        env2.function("add_one") { (_: Caller, x: Int64) -> Int64 in x }
        env2.function("log") { (_: Caller, _: Int32, _: Int32) in }
        wrongType.register(env2.build())
        assertUnlinkable(message { () throws(WasmError) in _ = try wrongType.instantiate(compiled) },
                         mentions: ["env", "add_one", "(i32) -> (i32)"])

        // The field is not a function.
        let wrongKind = Runtime()
        var env3 = HostModuleBuilder("env")
        env3.memory("add_one", try Memory(type: MemoryType(limits: Limits(min: 1))))
        env3.function("log") { (_: Caller, _: Int32, _: Int32) in }
        wrongKind.register(env3.build())
        assertUnlinkable(message { () throws(WasmError) in _ = try wrongKind.instantiate(compiled) },
                         mentions: ["env", "add_one", "function"])

        // An instance that does not export the field.
        let fromInstance = Runtime()
        let provider = try fromInstance.instantiate(bytes: WasmBytes.module(functions: [
            (Self.i32ToI32, [], [0x20, 0x00, 0x0B], "add_one"),
        ]))
        fromInstance.register(provider, as: "env")
        assertUnlinkable(message { () throws(WasmError) in _ = try fromInstance.instantiate(compiled) },
                         mentions: ["env", "log", "(i32 i32) -> ()"])

        // A memory smaller than the import's minimum.
        let small = Runtime()
        var mem = HostModuleBuilder("mem")
        mem.memory("memory", try Memory(type: MemoryType(limits: Limits(min: 1))))
        small.register(mem.build())
        assertUnlinkable(message { () throws(WasmError) in _ = try small.instantiate(bytes: memoryImporter(minPages: 2)) },
                         mentions: ["mem", "memory", "2"])
    }

    private func assertUnlinkable(_ message: String?, mentions words: [String],
                                  file: StaticString = #filePath, line: UInt = #line) {
        guard let message else { return XCTFail("instantiation succeeded", file: file, line: line) }
        XCTAssertTrue(message.hasPrefix("unlinkable"), message, file: file, line: line)
        for word in words {
            XCTAssertTrue(message.contains(word), "\"\(message)\" does not mention \(word)", file: file, line: line)
        }
    }

    // MARK: Memory, globals, tables

    func testMemoryHelpersBoundsCheck() throws {
        let instance = try Runtime().instantiate(bytes: try TestFixtures.bytes("core/memory.wasm"))
        let memory = try XCTUnwrap(instance.memory("memory"))
        XCTAssertTrue(instance.defaultMemory === memory)
        XCTAssertEqual(memory.pageCount, 1)
        XCTAssertEqual(memory.byteCount, 65536)
        XCTAssertEqual(String(decoding: try memory.read(at: 0, count: 8), as: UTF8.self), "WasmHost")
        XCTAssertEqual(try memory.load(UInt32.self, at: 16), 42)
        XCTAssertEqual(try memory.read(at: 65536, count: 0), [])

        let outOfBounds: [(String, () throws -> Void)] = [
            ("read past the end", { _ = try memory.read(at: 65530, count: 7) }),
            ("read at the end", { _ = try memory.read(at: 65536, count: 1) }),
            ("read at a negative address", { _ = try memory.read(at: -1, count: 1) }),
            ("read a negative count", { _ = try memory.read(at: 0, count: -1) }),
            ("read with overflowing bounds", { _ = try memory.read(at: Int.max, count: 2) }),
            ("write past the end", { try memory.write([1, 2, 3], at: 65534) }),
            ("load past the end", { _ = try memory.load(UInt64.self, at: 65529) }),
            ("store past the end", { try memory.store(UInt16(1), at: 65535) }),
            ("withBytes past the end", { _ = try memory.withBytes(at: 65000, count: 1000) { $0.count } }),
        ]
        for (what, body) in outOfBounds {
            do {
                try body()
                XCTFail("\(what) did not throw")
            } catch let error as WasmError {
                guard case .trap(let trap) = error else { XCTFail("\(what): \(error)"); continue }
                XCTAssertEqual(trap.kind, .outOfBoundsMemory, what)
            } catch {
                XCTFail("\(what): \(error)")
            }
        }

        try memory.write([0xAA, 0xBB, 0xCC], at: 65533)
        XCTAssertEqual(try instance.invoke("load8_u", [.int32(65535)]), [.int32(0xCC)])
        try memory.store(Int32(-5), at: 100)
        XCTAssertEqual(try instance.invoke("load", [.int32(100)]), [.int32(-5)])
        _ = try instance.invoke("store", [.int32(200), .int32(0x01020304)])
        XCTAssertEqual(try memory.read(at: 200, count: 4), [4, 3, 2, 1])

        // Growth from the host is seen by the guest and respects the maximum (4 pages).
        XCTAssertEqual(memory.grow(by: 1), 1)
        XCTAssertEqual(try instance.invoke("size"), [.int32(2)])
        XCTAssertEqual(try memory.read(at: 65536, count: 4), [0, 0, 0, 0])
        XCTAssertNil(memory.grow(by: 3))
        XCTAssertNil(memory.grow(by: -1))
        XCTAssertEqual(memory.maxPageCount, 4)
        XCTAssertEqual(try instance.invoke("grow", [.int32(2)]), [.int32(2)])
        XCTAssertEqual(memory.pageCount, 4)
        XCTAssertEqual(try memory.read(at: 4 * 65536 - 4, count: 4), [0, 0, 0, 0])
        XCTAssertThrowsError(try memory.read(at: 4 * 65536 - 3, count: 4))
    }

    func testGlobals() throws {
        // (global (mut i32) (i32.const 5)) exported as "g", an immutable i64 "k", and get/set functions.
        let bytes = WasmBytes.module(
            functions: [
                (FunctionType(results: [.i32]), [], [0x23, 0x00, 0x0B], "get"),
                (FunctionType(parameters: [.i32]), [], [0x20, 0x00, 0x24, 0x00, 0x0B], "set"),
            ],
            globals: [[0x7F, 0x01, 0x41] + WasmBytes.sleb(5) + [0x0B],
                      [0x7E, 0x00, 0x42] + WasmBytes.sleb(-1) + [0x0B]],
            otherExports: [WasmBytes.name("g") + [0x03, 0x00], WasmBytes.name("k") + [0x03, 0x01]])
        let instance = try Runtime().instantiate(bytes: bytes)
        XCTAssertEqual(instance.global("g"), .int32(5))
        XCTAssertEqual(instance.global("k"), .int64(-1))
        XCTAssertNil(instance.global("get"))
        _ = try instance.invoke("set", [.int32(99)])
        XCTAssertEqual(instance.global("g"), .int32(99))
        guard case .global(let g)? = instance.exports["g"] else { return XCTFail("no global g") }
        XCTAssertEqual(g.type, GlobalType(valueType: .i32, isMutable: true))
        g.value = .int32(-3)
        XCTAssertEqual(try instance.invoke("get"), [.int32(-3)])
        XCTAssertEqual(instance.exports.names, ["get", "set", "g", "k"])
    }

    func testTables() throws {
        let instance = try Runtime().instantiate(bytes: try TestFixtures.bytes("core/table.wasm"))
        let table = try XCTUnwrap(instance.table("table"))
        XCTAssertEqual(table.count, 4)
        guard case .funcref(let first?) = try table.get(0) else { return XCTFail("slot 0 is not a function") }
        XCTAssertEqual(try instance.invoke(first, []), [.int32(10)])
        XCTAssertEqual(first, instance.function("ten"))
        XCTAssertEqual(try table.get(3), .funcref(nil))
        XCTAssertThrowsError(try table.get(4))
        XCTAssertThrowsError(try table.get(-1))

        // Storing a function makes it callable through call_indirect; storing null makes it trap.
        try table.set(3, .funcref(instance.function("thirty")))
        XCTAssertEqual(try instance.invoke("call", [.int32(3)]), [.int32(30)])
        try table.set(0, .funcref(nil))
        assertTrap(.uninitializedElement) { () throws(WasmError) in _ = try instance.invoke("call", [.int32(0)]) }
        XCTAssertThrowsError(try table.set(4, .funcref(nil)))
        XCTAssertThrowsError(try table.set(1, .externref(1)), "wrong element type")

        // A function of another instance, stored here, keeps working (and its instance stays alive).
        do {
            let other = try Runtime().instantiate(bytes: try TestFixtures.bytes("core/table.wasm"))
            try table.set(1, .funcref(other.function("thirty")))
        }
        XCTAssertEqual(try instance.invoke("call", [.int32(1)]), [.int32(30)])

        // Growing from the host.
        XCTAssertEqual(table.grow(by: 2, initial: Reference.null), 4)
        XCTAssertEqual(try instance.invoke("size"), [.int32(6)])
        assertTrap(.uninitializedElement) { () throws(WasmError) in _ = try instance.invoke("call", [.int32(5)]) }
    }

    // MARK: Re-entrancy

    /// Imports `env.callback (i32) -> i32`; exports `double (i32) -> i32` and
    /// `entry (i32) -> i32` = callback(x) + 1.
    private let reentrantModule = WasmBytes.header
        + WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([.i32], [.i32])]))
        + WasmBytes.section(2, WasmBytes.vector([WasmBytes.name("env") + WasmBytes.name("callback") + [0x00, 0x00]]))
        + WasmBytes.section(3, WasmBytes.vector([[0x00], [0x00]]))
        + WasmBytes.section(7, WasmBytes.vector([WasmBytes.name("double") + [0x00, 0x01],
                                                WasmBytes.name("entry") + [0x00, 0x02]]))
        + WasmBytes.section(10, WasmBytes.vector([
            WasmBytes.body([0x20, 0x00, 0x41, 0x02, 0x6C, 0x0B]),
            WasmBytes.body([0x20, 0x00, 0x10, 0x00, 0x41, 0x01, 0x6A, 0x0B]),
        ]))

    private func reentrant(_ callback: @escaping @Sendable (Caller, Int32) throws -> Int32) throws -> Instance {
        let runtime = Runtime()
        var env = HostModuleBuilder("env")
        env.function("callback") { (caller: Caller, x: Int32) -> Int32 in try callback(caller, x) }
        runtime.register(env.build())
        return try runtime.instantiate(bytes: reentrantModule)
    }

    func testHostCallsBackIntoGuest() throws {
        let instance = try reentrant { caller, x in
            try caller.invoke("double", [.int32(x)]).first?.i32 ?? -1
        }
        XCTAssertEqual(try instance.invoke("entry", [.int32(5)]), [.int32(11)])

        // Through a function reference too.
        let byReference = try reentrant { caller, x in
            guard let double = caller.instance?.function("double") else { return -1 }
            return try caller.invoke(double, [.int32(x)]).first?.i32 ?? -1
        }
        XCTAssertEqual(try byReference.invoke("entry", [.int32(21)]), [.int32(43)])
    }

    func testNestedReentryAndItsLimit() throws {
        // entry(n) = callback(n) + 1, callback(n) = n > 0 ? entry(n - 1) : 0, so entry(n) = n + 1.
        let instance = try reentrant { caller, x in
            x > 0 ? (try caller.invoke("entry", [.int32(x - 1)]).first?.i32 ?? -1) : 0
        }
        XCTAssertEqual(try instance.invoke("entry", [.int32(50)]), [.int32(51)])
        // Unbounded host/guest ping-pong ends in a trap, not a native stack overflow.
        assertTrap(.callStackExhausted) { () throws(WasmError) in _ = try instance.invoke("entry", [.int32(1_000_000)]) }
        XCTAssertEqual(try instance.invoke("entry", [.int32(3)]), [.int32(4)], "the instance still works")
    }

    func testReentrantTrapPropagates() throws {
        let instance = try reentrant { caller, x in
            // double(x) is fine; then a trap inside a nested guest call travels out through the host.
            _ = try caller.invoke("double", [.int32(x)])
            return try caller.invoke("entry", [.int32(x)]).first?.i32 ?? -1
        }
        // Every level calls entry again: the nesting bound stops it with a trap carried through the host frames.
        assertTrap(.callStackExhausted) { () throws(WasmError) in _ = try instance.invoke("entry", [.int32(1)]) }
    }

    func testInterruptReachesNestedCalls() throws {
        let handle = InterruptHandle()
        let loop = try Runtime().instantiate(bytes: try TestFixtures.bytes("core/loop.wasm"))
        let infinite = try XCTUnwrap(loop.function("infinite"))
        let instance = try reentrant { caller, _ in
            // A guest call nested in a host call runs under the outer call's controls.
            _ = try caller.invoke(infinite, [])
            return 0
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) { handle.interrupt() }
        assertTrap(.interrupted, within: 5) { () throws(WasmError) in
            _ = try instance.invoke("entry", [.int32(1)], controls: ExecutionControls(interrupt: handle))
        }
    }
}
