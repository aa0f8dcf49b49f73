import WasmHost

/// `env.abort(message, fileName, line, column)` for AssemblyScript programs built without the WASI shim
/// (`@assemblyscript/wasi-shim` replaces it with a WASI function, so most WASI programs never import
/// it). Like the shim, it writes `abort: MESSAGE in FILE(LINE:COLUMN)` to the guest's stderr (fd 2 of
/// the instance's WASI system) and exits with status 255. `message` and `fileName` are AssemblyScript
/// strings: UTF-16LE code units whose byte length is the u32 just before the pointer (0 = null).
public struct AssemblyScriptAbortModule: HostModule {
    public let name = "env"
    /// The exit status of an abort (the shim's `proc_exit(255)`).
    public static let exitCode: Int32 = 255

    public init() {}

    /// Whether `imports` ask for `env.abort` (so a command runner registers this module only then).
    public static func isImported(by imports: [Import]) -> Bool {
        imports.contains { $0.module == "env" && $0.name == "abort" }
    }

    public func externals(for context: InstantiationContext) throws -> [String: External] {
        let type = FunctionType(parameters: [.i32, .i32, .i32, .i32])
        return ["abort": .function(HostFunction(type: type, raw: { caller, slots in
            let message = AssemblyScriptAbortModule.string(caller, UInt32(truncatingIfNeeded: slots[0]))
            let file = AssemblyScriptAbortModule.string(caller, UInt32(truncatingIfNeeded: slots[1]))
            let line = UInt32(truncatingIfNeeded: slots[2]), column = UInt32(truncatingIfNeeded: slots[3])
            var text = Array("abort: \(message ?? "") in \(file ?? "")(\(line):\(column))\n".utf8)
            let state = caller.state("wasi_snapshot_preview1", as: WASIState.self)
            if let system = state?.system {
                text.withUnsafeMutableBytes { bytes in
                    withUnsafePointer(to: bytes) { pointer in
                        _ = try? system.fdWrite(2, IOVecs(start: pointer, count: 1))
                    }
                }
            }
            state?.exitCode = AssemblyScriptAbortModule.exitCode
            throw WasmError.trap(Trap.exit(AssemblyScriptAbortModule.exitCode))
        }))]
    }

    /// Decodes an AssemblyScript string at `pointer`, or nil for null or an out-of-bounds pointer.
    static func string(_ caller: Caller, _ pointer: UInt32) -> String? {
        guard pointer >= 4, let memory = caller.memory,
              let header = try? memory.read(at: Int(pointer) - 4, count: 4) else { return nil }
        let length = Int(header[0]) | Int(header[1]) << 8 | Int(header[2]) << 16 | Int(header[3]) << 24
        guard length % 2 == 0, length <= 1 << 16, let bytes = try? memory.read(at: Int(pointer), count: length) else {
            return nil
        }
        let units = stride(from: 0, to: length, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }
        return String(decoding: units, as: UTF16.self)
    }
}
