import WasmHost

/// The `env` imports of AssemblyScript guests: `abort` traps with `abort: <msg> at <file>:<line>:<col>`,
/// `trace` writes to the logger, `seed` returns a random `f64`.
struct AssemblyScriptEnvModule: HostModule {
    let name = "env"
    let logger: WAPCLogger?

    func externals(for context: InstantiationContext) throws -> [String: External] {
        var b = HostModuleBuilder("env")
        b.function("abort") { (caller: Caller, message: UInt32, file: UInt32, line: UInt32, column: UInt32) throws in
            let memory = caller.memory
            let text = "abort: \(Self.string(memory, message)) at \(Self.string(memory, file)):\(line):\(column)"
            throw Trap(.hostError, message: text)
        }
        let logger = self.logger
        b.function("trace") { (caller: Caller, message: UInt32, count: Int32,
                               a0: Double, a1: Double, a2: Double, a3: Double, a4: Double) in
            guard let logger else { return }
            var line = "trace: \(Self.string(caller.memory, message))"
            let values = [a0, a1, a2, a3, a4].prefix(Int(max(0, min(count, 5))))
            if !values.isEmpty { line += " " + values.map { "\($0)" }.joined(separator: ", ") }
            logger(line)
        }
        b.function("seed") { (caller: Caller) -> Double in
            Double(UInt64.random(in: 0...UInt64.max))
        }
        return b.members
    }

    /// An AssemblyScript string: UTF-16LE code units at `pointer`, byte length in the header word at
    /// `pointer - 4`. Out-of-range or null pointers give "".
    static func string(_ memory: Memory?, _ pointer: UInt32) -> String {
        guard let memory, pointer >= 4, let length = try? memory.load(UInt32.self, at: Int(pointer) - 4),
              let bytes = try? memory.read(at: Int(pointer), count: Int(length & ~1)) else { return "" }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            units.append(UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
