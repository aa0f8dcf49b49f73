import WasmHostWASI
import WasmHost

#if canImport(Glibc)
import Glibc
#endif

/// `wasm-run [OPTIONS]... MODULE [--] [ARGS]...`: runs a WASI command (or, with `--invoke`, one export
/// with numeric arguments). See `usageText` for the flags.
func printError(_ line: String) {
    let text = line + "\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
}

func fail(_ message: String) -> Never {
    printError("error: \(message)")
    exit(1)
}

func readFile(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, f)
        if n <= 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
    }
    return bytes
}

/// Parses a command-line argument for a parameter of `type`.
func parseArgument(_ text: String, as type: ValueType) -> Value? {
    switch type {
    case .i32:
        if let v = Int32(text) { return .int32(v) }
        return UInt32(text).map { .i32($0) }
    case .i64:
        if let v = Int64(text) { return .int64(v) }
        return UInt64(text).map { .i64($0) }
    case .f32: return Float(text).map { .float($0) }
    case .f64: return Double(text).map { .double($0) }
    default: return nil
    }
}

func format(_ value: Value) -> String {
    switch value {
    case .i32(let v): String(Int32(bitPattern: v))
    case .i64(let v): String(Int64(bitPattern: v))
    case .f32(let v): String(Float(bitPattern: v))
    case .f64(let v): String(Double(bitPattern: v))
    case .funcref(let f): f.map { "\($0)" } ?? "null"
    case .externref(let e): e.map(String.init) ?? "null"
    case .v128: value.description
    }
}

func hostEnvironment() -> [String] {
    var result: [String] = []
    var entry = environ
    while let pointer = entry.pointee {
        result.append(String(cString: pointer))
        entry += 1
    }
    return result
}

// `wasm-run wapc …` invokes a waPC guest (WapcCommand.swift).
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "wapc" {
    exit(runWapcCommand(Array(CommandLine.arguments.dropFirst(2))))
}

// `wasm-run water dial|listen|relay …` runs a W.A.T.E.R. transport as a proxy (WaterCommand.swift).
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "water" {
    exit(runWaterCommand(Array(CommandLine.arguments.dropFirst(2))))
}

let options: Options
do {
    options = try Options(Array(CommandLine.arguments.dropFirst()))
} catch {
    fail(error.message)
}
if options.showHelp {
    print(usageText)
    exit(0)
}
if options.showVersion {
    print("wasm-run \(version)")
    exit(0)
}
guard let path = options.module else { fail("missing module") }
guard let bytes = readFile(path) else { fail("cannot read \(path)") }

var configuration = WASIConfiguration(arguments: [String(path.split(separator: "/").last ?? Substring(path))] + options.arguments)
configuration.environment = (options.inheritEnvironment ? hostEnvironment() : []) + options.environment
configuration.preopens = options.preopens
do {
    try configureSockets(&configuration, options)  // --listen, --dial, --sockets, --allow-* (Sockets.swift)
} catch {
    fail(error.message)
}
configuration.nonBlockingStdio = options.nonBlockingStdio
configuration.maxOpenFiles = options.maxOpenFiles
configuration.maxOpenDirs = options.maxOpenDirs
configuration.traceFD = options.trace ? 2 : nil
configuration.tracerStringSize = options.tracerStringSize

let runtime = Runtime()
runtime.register(WASIModule(configuration))
do {
    let module = try runtime.compile(bytes)
    // AssemblyScript programs built without the WASI shim import env.abort: supply it (stderr, exit 255).
    if AssemblyScriptAbortModule.isImported(by: module.imports) { runtime.register(AssemblyScriptAbortModule()) }
    let instance = try runtime.instantiate(module, name: nil)
    if let name = options.invoke {
        guard let function = instance.function(name) else { fail("\(path): no exported function \"\(name)\"") }
        let type = function.type
        guard options.arguments.count == type.parameters.count else {
            fail("\(name) expects \(type.parameters.count) arguments \(type.parameters), got \(options.arguments.count)")
        }
        var values: [Value] = []
        for (text, t) in zip(options.arguments, type.parameters) {
            guard let v = parseArgument(text, as: t) else { fail("cannot parse \"\(text)\" as \(t)") }
            values.append(v)
        }
        let results = try instance.invoke(function, values)
        for r in results { print(format(r)) }
    } else {
        guard instance.function("_start") != nil else { fail("\(path): no exported function \"_start\"") }
        let code = try WASIModule.run(instance)
        exit(code)
    }
} catch {
    if case .trap(let trap) = error, trap.kind == .exit { exit(trap.exitCode ?? 0) }
    fail("\(path): \(error)")
}
