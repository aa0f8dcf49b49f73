import Foundation
import WasmHost
import XCTest

/// Bad input never crashes the host: truncated, bit-flipped and absurdly sized modules end in a
/// `WasmError` (or, when still valid, instantiate and run under fuel), and memory use stays bounded.
final class RobustnessTests: XCTestCase {
    /// Instances of mutated modules get small memories and tables.
    static let runtime = Runtime(configuration: RuntimeConfiguration(
        instanceLimits: InstanceLimits(maxMemoryPages: 64, maxTableElements: 100_000)))

    /// Most resident memory growth allowed while a test runs.
    static let memoryBudget = 500 << 20

    /// What happened to one module.
    enum Outcome: Equatable {
        case rejected(String)
        case uninstantiable
        case instantiated
    }

    /// Compiles `bytes`; when that succeeds, instantiates against stub imports (start function under fuel)
    /// and, when `run` is set, calls every exported function with zero arguments under fuel.
    static func exercise(_ bytes: [UInt8], run: Bool = false) -> Outcome {
        let compiled: CompiledModule
        do {
            compiled = try runtime.compile(bytes)
        } catch {
            return .rejected(error.description)
        }
        let controls = ExecutionControls(deadline: ExecutionControls.monotonicNow() + 2_000_000_000, fuel: 300)
        do {
            let instance = try ModuleInstance(compiled, imports: try stubImports(for: compiled, maxPages: 64),
                                              limits: runtime.configuration.instanceLimits)
            try instance.runStart(controls: controls)
            guard run else { return .instantiated }
            for name in instance.exports.names {
                guard let function = instance.function(name) else { continue }
                let arguments = [UInt64](repeating: 0, count: function.type.parameters.count)
                _ = try? instance.invoke(function, arguments: arguments, controls: controls)
            }
            return .instantiated
        } catch {
            return .uninstantiable
        }
    }

    /// Outcomes of `count` mutants (`mutant(i)` builds the i-th), exercised on several threads, calling
    /// the exports of every fourth when `run` is set. Mutants still running after `timeout` seconds are
    /// reported as failures (and written to the temporary folder) instead of hanging the test; their
    /// outcomes, and those of mutants not reached, are nil.
    static func exerciseAll(_ count: Int, run: Bool = false, timeout: Double = 30, what: String,
                            file: StaticString = #filePath, line: UInt = #line,
                            _ mutant: @escaping @Sendable (Int) -> [UInt8]) -> [Outcome?] {
        let chunks = 4
        let outcomes = Locked([Outcome?](repeating: nil, count: count))
        let current = Locked([Int?](repeating: nil, count: chunks))
        let stop = Locked(false)
        let group = DispatchGroup()
        for chunk in 0..<chunks {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                for i in stride(from: chunk, to: count, by: chunks) {
                    if stop.value { break }
                    current.withLock { $0[chunk] = i }
                    let outcome = exercise(mutant(i), run: run && i % 4 == 0)
                    outcomes.withLock { $0[i] = outcome }
                }
                current.withLock { $0[chunk] = nil }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            stop.withLock { $0 = true }
            let stuck = current.value.compactMap { $0 }
            XCTFail("\(what): mutants \(stuck) still running after \(timeout) s (a hang in the engine)", file: file, line: line)
            for i in stuck {
                let path = NSTemporaryDirectory() + "hung-mutant-\(i).wasm"
                if FileManager.default.createFile(atPath: path, contents: Data(mutant(i))) {
                    print("\(what): mutant \(i) written to \(path)")
                }
            }
        }
        return outcomes.value
    }

    /// The fixtures: every module of Fixtures/core and Fixtures/bench; large.wasm cut to its first 64 KiB.
    static func fixtures() throws -> [(name: String, bytes: [UInt8])] {
        try (TestFixtures.wasmFiles(in: "core") + TestFixtures.wasmFiles(in: "bench")).map { path in
            let bytes = try TestFixtures.bytes(path)
            return (path, path.hasSuffix("large.wasm") ? Array(bytes.prefix(65536)) : bytes)
        }
    }

    /// The current RSS, after resetting the peak so that `assertMemoryBounded` measures from here.
    private func memoryBaseline() -> (rss: Int, peakReset: Bool) {
        (ProcessProbe.residentBytes(), ProcessProbe.resetPeakResidentBytes())
    }

    private func assertMemoryBounded(since start: (rss: Int, peakReset: Bool), _ what: String,
                                     file: StaticString = #filePath, line: UInt = #line) {
        let baseline = start.rss
        let now = ProcessProbe.residentBytes()
        let peak = ProcessProbe.peakResidentBytes()
        XCTAssertLessThan(now - baseline, Self.memoryBudget, "\(what): RSS grew by \((now - baseline) >> 20) MiB",
                          file: file, line: line)
        if start.peakReset && peak > 0 {
            XCTAssertLessThan(peak - baseline, Self.memoryBudget, "\(what): peak RSS \(peak >> 20) MiB", file: file, line: line)
        }
    }

    // MARK: Truncation

    func testTruncation() throws {
        let baseline = memoryBaseline()
        for (name, bytes) in try Self.fixtures() {
            let sections = WasmBytes.sections(bytes)
            let boundaries = Set([8, bytes.count] + sections.map(\.start))
            var cuts = Set(0..<min(bytes.count, 16))
            for s in sections { cuts.formUnion([s.start + 1, s.sizeOffset + s.sizeLength, s.end - 1, (s.start + s.end) / 2]) }
            let step = max(1, bytes.count / 200)
            cuts.formUnion(stride(from: 0, to: bytes.count, by: step))
            cuts = cuts.filter { $0 >= 0 && $0 < bytes.count }
            let positions = cuts.sorted()
            let outcomes = Self.exerciseAll(positions.count, what: "\(name) truncated") { Array(bytes.prefix(positions[$0])) }
            if outcomes.contains(where: { $0 == nil }) { break }
            for (cut, outcome) in zip(positions, outcomes) where !boundaries.contains(cut) {
                guard case .rejected(let message)? = outcome else {
                    XCTFail("\(name) cut at \(cut) (inside a section) was accepted")
                    continue
                }
                XCTAssertTrue(message.hasPrefix("malformed"), "\(name) cut at \(cut): \(message)")
            }
        }
        assertMemoryBounded(since: baseline, "truncation")
    }

    // MARK: Byte flips

    /// How many byte-flip mutants to try: `WASMHOST_FUZZ=full` flips every byte of modules up to 2,500
    /// bytes (else a sample of 2,000 positions) to four values each, about 86,000 mutants and a few
    /// minutes in a debug build; by default every byte of modules up to 600 bytes and 300 positions of
    /// bigger ones (about 11,000 mutants, seconds).
    static let fullFuzz = ProcessInfo.processInfo.environment["WASMHOST_FUZZ"] == "full"

    /// Positions to mutate: every byte of modules up to `limit` bytes, else a fixed pseudo-random sample
    /// of `sample` positions, nine tenths of them in non-custom sections (where decoding and validation happen).
    static func samplePositions(_ bytes: [UInt8], seed: UInt64, limit: Int, sample: Int) -> [Int] {
        if bytes.count <= limit { return Array(0..<bytes.count) }
        var generator = SplitMix64(seed: seed)
        let sections = WasmBytes.sections(bytes)
        let interesting = Array(0..<8) + sections.filter { $0.id != 0 }.flatMap { Array($0.start..<$0.end) }
        var positions = Set<Int>()
        let inSections = sample * 9 / 10
        if interesting.count <= inSections {
            positions.formUnion(interesting)
        } else {
            while positions.count < inSections { positions.insert(interesting[Int.random(in: 0..<interesting.count, using: &generator)]) }
        }
        while positions.count < sample { positions.insert(Int.random(in: 0..<bytes.count, using: &generator)) }
        return positions.sorted()
    }

    func testByteFlips() throws {
        let baseline = memoryBaseline()
        var totals = [String: Int]()
        let start = ProcessProbe.milliseconds()
        for (index, (name, bytes)) in try Self.fixtures().enumerated() {
            // Small modules (the hand-written core ones) cost little: every byte, every value. Bigger ones
            // get a sample unless WASMHOST_FUZZ=full.
            let small = bytes.count <= 600
            let positions = Self.fullFuzz ? Self.samplePositions(bytes, seed: UInt64(index + 1), limit: 2500, sample: 2000)
                : Self.samplePositions(bytes, seed: UInt64(index + 1), limit: 600, sample: 300)
            // Each position is set to: its complement, 0x00, 0x80 (a dangling LEB continuation), and a
            // pseudo-random byte; in the default sample of a bigger module only one of them, in turn.
            let variants = Self.fullFuzz || small ? 4 : 1
            let outcomes = Self.exerciseAll(positions.count * variants, run: true, what: "\(name) flipped") { i in
                var mutant = bytes
                let position = positions[i / variants]
                let old = mutant[position]
                var generator = SplitMix64(seed: UInt64(i) &* 0x9E37 &+ UInt64(position))
                let replacement: [UInt8] = [~old, 0x00, 0x80, UInt8.random(in: 0...255, using: &generator)]
                mutant[position] = replacement[variants == 4 ? i % 4 : position % 4]
                return mutant
            }
            for outcome in outcomes {
                switch outcome {
                case .rejected?: totals["rejected", default: 0] += 1
                case .uninstantiable?: totals["uninstantiable", default: 0] += 1
                case .instantiated?: totals["instantiated", default: 0] += 1
                case nil: totals["hung", default: 0] += 1
                }
            }
            if outcomes.contains(where: { $0 == nil }) { break }
        }
        print("byte flips: \(totals) in \(Int(ProcessProbe.milliseconds() - start)) ms")
        XCTAssertGreaterThan(totals["rejected"] ?? 0, 0)
        XCTAssertGreaterThan(totals["instantiated"] ?? 0, 0)
        assertMemoryBounded(since: baseline, "byte flips")
    }

    // MARK: Absurd LEB128 sizes and counts

    /// Sections whose contents start with a vector count.
    static let vectorSections: Set<UInt8> = [1, 2, 3, 4, 5, 6, 7, 9, 10, 11]

    /// `bytes` with `section`'s contents replaced (its size re-encoded).
    static func replacingContents(_ bytes: [UInt8], _ section: WasmBytes.Section, with contents: [UInt8]) -> [UInt8] {
        Array(bytes[..<section.start]) + WasmBytes.section(section.id, contents) + Array(bytes[section.end...])
    }

    func testAbsurdSectionSizesAndCounts() throws {
        let baseline = memoryBaseline()
        for (name, bytes) in try Self.fixtures() {
            let wholeCompiles = !name.hasSuffix("large.wasm")
            for section in WasmBytes.sections(bytes) {
                let prefix = Array(bytes[..<section.sizeOffset])
                let contents = Array(bytes[section.contentStart..<section.end])
                let suffix = Array(bytes[section.end...])
                let size = UInt64(contents.count)
                let what = "\(name) section \(section.id) at \(section.start)"

                // Section sizes: absurd values are malformed; a padded encoding of the same size is fine.
                // (size + 1 would swallow the next section's id byte: for a custom section that may still parse.)
                for absurd in [UInt64(UInt32.max), 0x7FFF_FFFF, 1_000_000_000] + (section.id == 0 ? [] : [size + 1]) {
                    let mutant = prefix + WasmBytes.uleb(absurd) + contents + suffix
                    XCTAssertTrue(Self.isRejected(mutant), "\(what): size \(absurd) accepted")
                }
                let overlong = prefix + WasmBytes.uleb(size, padTo: 10) + contents + suffix
                XCTAssertTrue(Self.isRejected(overlong), "\(what): 10-byte size accepted")
                let tooBig = prefix + [0xFF, 0xFF, 0xFF, 0xFF, 0x7F] + contents + suffix
                XCTAssertTrue(Self.isRejected(tooBig), "\(what): 35-bit size accepted")
                if wholeCompiles {
                    let padded = prefix + WasmBytes.uleb(size, padTo: 5) + contents + suffix
                    XCTAssertEqual(Self.exercise(padded) == .instantiated, Self.exercise(bytes) == .instantiated,
                                   "\(what): a 5-byte size encoding changes the outcome")
                }

                // Vector counts (re-encoding the section size so only the count is wrong).
                guard Self.vectorSections.contains(section.id),
                      let (count, length) = WasmBytes.readULEB(contents, at: 0) else { continue }
                let items = Array(contents[length...])
                for absurd in [UInt64(UInt32.max), 1_000_000_000, 0x0FFF_FFFF] where absurd != count {
                    let mutant = Self.replacingContents(bytes, section, with: WasmBytes.uleb(absurd) + items)
                    XCTAssertTrue(Self.isRejected(mutant), "\(what): count \(absurd) accepted")
                }
                let overlongCount = Self.replacingContents(bytes, section, with: WasmBytes.uleb(count, padTo: 10) + items)
                XCTAssertTrue(Self.isRejected(overlongCount), "\(what): 10-byte count accepted")
                if wholeCompiles {
                    let padded = Self.replacingContents(bytes, section, with: WasmBytes.uleb(count, padTo: 5) + items)
                    XCTAssertEqual(Self.exercise(padded) == .instantiated, Self.exercise(bytes) == .instantiated,
                                   "\(what): a 5-byte count encoding changes the outcome")
                }
                _ = Self.exercise(Self.replacingContents(bytes, section, with: WasmBytes.uleb(count + 1) + items))
                if count > 0 { _ = Self.exercise(Self.replacingContents(bytes, section, with: WasmBytes.uleb(count - 1) + items)) }
            }
        }
        assertMemoryBounded(since: baseline, "absurd sizes")
    }

    /// Function bodies with absurd sizes and local counts, in every fixture's code section.
    func testAbsurdBodySizesAndLocals() throws {
        let baseline = memoryBaseline()
        for (name, bytes) in try Self.fixtures() where !name.hasSuffix("large.wasm") {
            guard let code = WasmBytes.sections(bytes).first(where: { $0.id == 10 }) else { continue }
            let contents = Array(bytes[code.contentStart..<code.end])
            guard let (count, countLength) = WasmBytes.readULEB(contents, at: 0), count > 0,
                  let (size, sizeLength) = WasmBytes.readULEB(contents, at: countLength) else { continue }
            let bodyStart = countLength + sizeLength
            let body = Array(contents[bodyStart..<bodyStart + Int(size)])
            let rest = Array(contents[(bodyStart + Int(size))...])
            guard let (groups, groupsLength) = WasmBytes.readULEB(body, at: 0) else { continue }
            let head = Array(contents[..<countLength])
            func withFirstBody(_ newBody: [UInt8]) -> [UInt8] {
                Self.replacingContents(bytes, code, with: head + WasmBytes.uleb(UInt64(newBody.count)) + newBody + rest)
            }
            // The first body's own size.
            for absurd in [UInt64(UInt32.max), 1_000_000_000] {
                let mutant = Self.replacingContents(bytes, code, with: head + WasmBytes.uleb(absurd) + body + rest)
                XCTAssertTrue(Self.isRejected(mutant), "\(name): body size \(absurd) accepted")
            }
            // Its number of local groups.
            let afterGroups = Array(body[groupsLength...])
            for absurd in [UInt64(UInt32.max), 1_000_000_000] {
                XCTAssertTrue(Self.isRejected(withFirstBody(WasmBytes.uleb(absurd) + afterGroups)), "\(name): \(absurd) local groups")
            }
            // A huge local count added to the existing groups.
            for locals in [UInt64(1_000_000_000), UInt64(UInt32.max)] {
                let extra = WasmBytes.uleb(groups + 1) + WasmBytes.uleb(locals) + [0x7F] + afterGroups
                let message = Self.rejection(withFirstBody(extra))
                XCTAssertEqual(message?.contains("too many locals"), true, "\(name): \(locals) locals: \(String(describing: message))")
            }
        }
        assertMemoryBounded(since: baseline, "absurd bodies")
    }

    static func isRejected(_ bytes: [UInt8]) -> Bool { rejection(bytes) != nil }

    static func rejection(_ bytes: [UInt8]) -> String? {
        if case .rejected(let message) = exercise(bytes) { return message }
        return nil
    }

    // MARK: Specific cases

    /// `(module (func (local i32 × 10^9)))` and variants: rejected at compile with "too many locals".
    func testTooManyLocals() throws {
        let baseline = memoryBaseline()
        let cases: [[(UInt32, ValueType)]] = [
            [(1_000_000_000, .i32)],
            [(UInt32.max, .i64)],
            [(UInt32.max, .i32), (UInt32.max, .i32)],
            [(40_000, .i32), (40_000, .f64)],
        ]
        for locals in cases {
            let bytes = WasmBytes.module(functions: [(FunctionType(), locals, [0x0B], "f")])
            let message = Self.compileError(bytes)
            XCTAssertEqual(message?.contains("too many locals"), true, "\(locals): \(String(describing: message))")
        }
        // A reasonable number of locals is fine and they start at zero.
        let fine = WasmBytes.module(functions: [
            (FunctionType(results: [.i64]), [(1000, .i32), (1000, .i64)], [0x20] + WasmBytes.uleb(1999) + [0x0B], "f"),
        ])
        XCTAssertEqual(try Self.runtime.instantiate(bytes: fine).invoke("f"), [.int64(0)])
        assertMemoryBounded(since: baseline, "locals")
    }

    /// Vectors claiming 10^9 entries in a tiny module are rejected before anything is allocated for them.
    func testHugeCountsRejectedWithoutAllocating() throws {
        let baseline = memoryBaseline()
        let billion = WasmBytes.uleb(1_000_000_000)
        let h = WasmBytes.header
        let cases: [(String, [UInt8])] = [
            ("types", h + WasmBytes.section(1, billion + WasmBytes.functionType([], []))),
            ("parameters", h + WasmBytes.section(1, [0x01, 0x60] + billion + [0x7F, 0x00])),
            ("results", h + WasmBytes.section(1, [0x01, 0x60, 0x00] + billion + [0x7F])),
            ("imports", h + WasmBytes.section(2, billion + WasmBytes.name("a"))),
            ("import name length", h + WasmBytes.section(2, [0x01] + billion + [0x61])),
            ("functions", h + WasmBytes.section(3, billion + [0x00])),
            ("tables", h + WasmBytes.section(4, billion + [0x70, 0x00, 0x01])),
            ("memories", h + WasmBytes.section(5, billion + [0x00, 0x01])),
            ("globals", h + WasmBytes.section(6, billion + [0x7F, 0x00, 0x41, 0x00, 0x0B])),
            ("exports", h + WasmBytes.section(7, billion + WasmBytes.name("e"))),
            ("elements", h + WasmBytes.section(9, billion + [0x00])),
            ("element initializers", h + WasmBytes.section(9, [0x01, 0x01, 0x00] + billion + [0x00])),
            ("codes", h + WasmBytes.section(10, billion + [0x02, 0x00, 0x0B])),
            ("datas", h + WasmBytes.section(11, billion + [0x00])),
            ("data bytes", h + WasmBytes.section(5, [0x01, 0x00, 0x01])
                + WasmBytes.section(11, [0x01, 0x00, 0x41, 0x00, 0x0B] + billion + [0x00])),
            ("data count", h + WasmBytes.section(12, billion)),
            ("custom section name", h + WasmBytes.section(0, billion + [0x61])),
            ("section size", h + [0x01] + billion + [0x00]),
            ("br_table targets", WasmBytes.module(functions: [
                (FunctionType(), [], [0x41, 0x00, 0x0E] + billion + [0x00, 0x0B], "f")])),
            ("select types", WasmBytes.module(functions: [
                (FunctionType(), [], [0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0x1C] + billion + [0x7F, 0x1A, 0x0B], "f")])),
        ]
        // A name section is a custom section: a bad one is ignored, but must not allocate either.
        let names = h + WasmBytes.section(0, WasmBytes.name("name") + [0x01, 0x05] + billion + [0x00, 0x00])
        for (what, bytes) in cases + [("function names", names)] {
            let before = ProcessProbe.residentBytes()
            let message = Self.compileError(bytes)
            if what != "function names" { XCTAssertNotNil(message, "\(what): a module with 10^9 \(what) compiled") }
            XCTAssertLessThan(ProcessProbe.residentBytes() - before, 64 << 20, "\(what): allocated for the count")
        }
        // The same counts as 0xFFFFFFFF and as over-long 5/10-byte encodings.
        for encoding in [WasmBytes.uleb(UInt64(UInt32.max)), [0xFF, 0xFF, 0xFF, 0xFF, 0x0F],
                         WasmBytes.uleb(1, padTo: 10), [0x80, 0x80, 0x80, 0x80, 0x80, 0x00]] {
            let bytes = h + WasmBytes.section(1, encoding + WasmBytes.functionType([], []))
            XCTAssertNotNil(Self.compileError(bytes), "type count \(encoding)")
        }
        assertMemoryBounded(since: baseline, "huge counts")
    }

    func testMemoryPageLimits() throws {
        // (module (memory (export "memory") MIN [MAX]) (func (export "grow") (param i32) (result i32) memory.grow))
        func module(_ limits: [UInt8]) -> [UInt8] {
            WasmBytes.module(functions: [(FunctionType(parameters: [.i32], results: [.i32]), [],
                                          [0x20, 0x00, 0x40, 0x00, 0x0B], "grow")],
                             memory: limits, otherExports: [WasmBytes.name("memory") + [0x02, 0x00]])
        }
        let limited = Runtime(configuration: RuntimeConfiguration(instanceLimits: InstanceLimits(maxMemoryPages: 1024)))

        // 65536 pages is a valid module; the embedder's limit refuses it at instantiation, without allocating.
        let full = module([0x00] + WasmBytes.uleb(65536))
        let compiled = try limited.compile(full)
        let before = ProcessProbe.residentBytes()
        do {
            _ = try limited.instantiate(compiled)
            XCTFail("a 65536-page memory was instantiated under a 1024-page limit")
        } catch {
            guard case .limit(let message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("pages"), message)
            XCTAssertTrue(message.contains("65536") && message.contains("1024"), message)
        }
        XCTAssertLessThan(ProcessProbe.residentBytes() - before, 64 << 20)
        XCTAssertThrowsError(try limited.instantiate(bytes: module([0x00] + WasmBytes.uleb(1025))))

        // At the limit it works, and growth stops at the limit even without a declared maximum.
        let instance = try limited.instantiate(bytes: module([0x00] + WasmBytes.uleb(1000)))
        XCTAssertEqual(try instance.invoke("grow", [.int32(24)]), [.int32(1000)])
        XCTAssertEqual(try instance.invoke("grow", [.int32(1)]), [.int32(-1)])
        XCTAssertEqual(try instance.invoke("grow", [.int32(-1)]), [.int32(-1)])
        XCTAssertEqual(instance.memory("memory")?.pageCount, 1024)

        // Over 65536 pages (4 GiB) is invalid at compile time, as minimum or maximum.
        for limits in [[0x00] + WasmBytes.uleb(65537), [0x01, 0x00] + WasmBytes.uleb(65537),
                       [0x00] + WasmBytes.uleb(UInt64(UInt32.max)), [0x01, 0x02, 0x01]] {
            let message = Self.compileError(module(limits))
            XCTAssertNotNil(message, "memory limits \(limits) compiled")
        }
        XCTAssertEqual(Self.compileError(module([0x00] + WasmBytes.uleb(65537)))?.contains("65536"), true)
    }

    func testTableLimit() throws {
        // (table 1_000_000_000 funcref): valid, refused by the instance limit without allocating.
        let bytes = WasmBytes.header + WasmBytes.section(4, [0x01, 0x70, 0x00] + WasmBytes.uleb(1_000_000_000))
        let runtime = Runtime(configuration: RuntimeConfiguration(instanceLimits: InstanceLimits(maxTableElements: 10_000)))
        let before = ProcessProbe.residentBytes()
        do {
            _ = try runtime.instantiate(bytes: bytes)
            XCTFail("a 10^9-element table was instantiated")
        } catch {
            guard case .limit = error else { return XCTFail("\(error)") }
        }
        XCTAssertLessThan(ProcessProbe.residentBytes() - before, 64 << 20)
    }

    /// A start function that never returns does not hang instantiation when controls are given.
    func testStartFunctionUnderControls() throws {
        let bytes = WasmBytes.module(functions: [(FunctionType(), [], [0x03, 0x40, 0x0C, 0x00, 0x0B, 0x0B], nil)],
                                     extra: [])
        // Insert a start section (id 8) before the code section.
        let sections = WasmBytes.sections(bytes)
        let code = try XCTUnwrap(sections.first { $0.id == 10 })
        let withStart = Array(bytes[..<code.start]) + WasmBytes.section(8, [0x00]) + Array(bytes[code.start...])
        let compiled = try Runtime().compile(withStart)
        assertTrap(.outOfFuel, within: 5) { () throws(WasmError) in
            _ = try Runtime().instantiate(compiled, controls: ExecutionControls(fuel: 10_000))
        }
        assertTrap(.deadlineExceeded, within: 5) { () throws(WasmError) in
            _ = try Runtime().instantiate(compiled, controls: ExecutionControls(deadline: ExecutionControls.monotonicNow() + 20_000_000))
        }
    }

    static func compileError(_ bytes: [UInt8]) -> String? {
        do {
            _ = try runtime.compile(bytes)
            return nil
        } catch {
            return error.description
        }
    }
}

extension ProcessProbe {
    /// Peak resident set size (`VmHWM` of `/proc/self/status`) in bytes; 0 when unavailable.
    static func peakResidentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        let kilobytes = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { Int($0) }.first ?? 0
        return kilobytes * 1024
    }

    /// Resets the peak RSS to the current RSS (`echo 5 > /proc/self/clear_refs`); false when not possible.
    static func resetPeakResidentBytes() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }
}
