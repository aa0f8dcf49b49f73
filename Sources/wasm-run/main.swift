import WasmHost

#if canImport(Glibc)
import Glibc
#endif

/// `wasm-run [--invoke NAME] MODULE [ARGS...]`: runs `_start`, or invokes NAME with numeric arguments
/// and prints its results one per line.
func printError(_ line: String) {
    let text = line + "\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
}

func usage() -> Never {
    printError("usage: wasm-run [--invoke NAME] MODULE [ARGS...]")
    exit(2)
}

func fail(_ message: String) -> Never {
    printError("wasm-run: \(message)")
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
    }
}

var arguments = Array(CommandLine.arguments.dropFirst())
var invokeName: String?
while let first = arguments.first, first.hasPrefix("-") {
    arguments.removeFirst()
    switch first {
    case "--invoke":
        guard !arguments.isEmpty else { usage() }
        invokeName = arguments.removeFirst()
    case "-h", "--help":
        print("usage: wasm-run [--invoke NAME] MODULE [ARGS...]")
        exit(0)
    case "--":
        break
    default:
        usage()
    }
    if first == "--" { break }
}
guard !arguments.isEmpty else { usage() }
let path = arguments.removeFirst()
guard let bytes = readFile(path) else { fail("cannot read \(path)") }

let runtime = Runtime()
do {
    let module = try runtime.compile(bytes)
    let instance = try runtime.instantiate(module, name: nil)
    let name = invokeName ?? "_start"
    guard let function = instance.function(name) else { fail("\(path): no exported function \"\(name)\"") }
    let type = function.type
    guard arguments.count == type.parameters.count else {
        fail("\(name) expects \(type.parameters.count) arguments \(type.parameters), got \(arguments.count)")
    }
    var values: [Value] = []
    for (text, t) in zip(arguments, type.parameters) {
        guard let v = parseArgument(text, as: t) else { fail("cannot parse \"\(text)\" as \(t)") }
        values.append(v)
    }
    let results = try instance.invoke(function, values)
    for r in results { print(format(r)) }
} catch {
    fail("\(path): \(error)")
}
