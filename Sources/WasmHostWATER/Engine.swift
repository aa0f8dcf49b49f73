#if canImport(Glibc)
import Glibc
import Synchronization
import WasmHost
import WasmHostWASI

/// What one configuration shares between its connections: the compiled module (from a process-wide
/// cache), the detected version and export names (checked once), a runtime with the WASI and `env` host
/// modules, and the `/conf` directory holding `watm.cfg`.
final class Engine: @unchecked Sendable {
    let config: Water.Config
    let module: CompiledModule
    let runtime: Runtime
    let abi: WATMABI
    /// `env` function imports the module declares.
    let envImports: Set<String>
    /// The private temporary directory preopened read-only as `/conf` (v1 with config bytes).
    private let confDirectory: String?

    init(_ config: Water.Config, role: Water.Role) throws(WaterError) {
        _ = Water.Socket.ignoreSIGPIPE
        guard !config.transportModule.isEmpty else { throw .invalidConfig("transportModule is empty") }
        self.config = config
        module = try ModuleCache.shared.compile(config.transportModule)
        abi = try WATMABI(module, role: role)
        envImports = Set(module.imports.filter { $0.module == "env" }.map(\.name))
        var wasi = config.module
        if abi.version == .v1, let bytes = config.transportModuleConfig {
            let dir = try Engine.makeConfDirectory(bytes)
            confDirectory = dir
            wasi.preopens.append(Preopen(hostPath: dir, guestPath: "/conf", readOnly: true))
        } else {
            confDirectory = nil
        }
        runtime = Runtime(configuration: RuntimeConfiguration(instanceLimits: InstanceLimits(maxMemoryPages: config.maxMemoryPages)))
        runtime.register(WASIModule(wasi))
        runtime.register(WaterEnvModule())
        if let logger = config.logger { logger("loaded WATM \(abi.version) (\(config.transportModule.count) bytes)") }
    }

    deinit {
        if let dir = confDirectory {
            _ = unlink(dir + "/watm.cfg")
            _ = rmdir(dir)
        }
    }

    func log(_ line: String) { config.logger?(line) }

    /// Creates a 0700 temporary directory holding `watm.cfg`.
    private static func makeConfDirectory(_ bytes: [UInt8]) throws(WaterError) -> String {
        var template = Array("/tmp/water-conf-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw .system("mkdtemp", errno) }
        let dir = String(cString: made)
        let fd = open(dir + "/watm.cfg", O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o400)
        guard fd >= 0 else {
            let e = errno
            _ = rmdir(dir)
            throw .system("open watm.cfg", e)
        }
        defer { _ = close(fd) }
        guard writeAll(fd, bytes) else {
            let e = errno
            _ = unlink(dir + "/watm.cfg")
            _ = rmdir(dir)
            throw .system("write watm.cfg", e)
        }
        return dir
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
    }
}

/// Compiled modules by their bytes, so every configuration of one WATM shares one compilation.
final class ModuleCache: Sendable {
    static let shared = ModuleCache()
    private let entries = Mutex<[[UInt8]: CompiledModule]>([:])
    private static let capacity = 16

    func compile(_ bytes: [UInt8]) throws(WaterError) -> CompiledModule {
        if let cached = entries.withLock({ $0[bytes] }) { return cached }
        let compiled: CompiledModule
        do {
            compiled = try CompiledModule(bytes: bytes, features: .wasm2)
        } catch {
            throw .module("\(error)")
        }
        entries.withLock { table in
            if table.count >= ModuleCache.capacity, let victim = table.keys.first { table[victim] = nil }
            table[bytes] = compiled
        }
        return compiled
    }
}
#endif
