import WasmHostWAPC
import WasmHostWASI

#if canImport(Glibc)
import Glibc
#endif

let wapcUsageText = """
usage: wasm-run wapc [--timeout DURATION] [--host-error MSG] MODULE OPERATION [PAYLOAD]

Invokes OPERATION of the waPC guest MODULE with PAYLOAD (default empty) and prints the response on
stdout (after whatever the guest wrote there); on failure prints the error on stderr, exit status 1.
Host calls are answered with their own payload. Guest __console_log lines go to stderr.

options:
  --timeout DURATION   interrupt the operation after DURATION (300ms, 2s, 1m30s; a bare number is seconds)
  --host-error MSG     fail every host call with MSG instead of echoing
  -h, --help           print this help
"""

/// `wasm-run wapc …`: parses the arguments, runs the operation, and returns the exit status.
func runWapcCommand(_ arguments: [String]) -> Int32 {
    var timeout: Duration?
    var hostError: String?
    var positional: [String] = []
    var rest = arguments[...]
    while let argument = rest.popFirst() {
        if !positional.isEmpty || !argument.hasPrefix("-") || argument == "-" {
            positional.append(argument)
            continue
        }
        if argument == "--" {
            positional.append(contentsOf: rest)
            break
        }
        var name = argument.drop(while: { $0 == "-" })
        var inline: String?
        if let equals = name.firstIndex(of: "=") {
            inline = String(name[name.index(after: equals)...])
            name = name[..<equals]
        }
        func value() -> String {
            if let inline { return inline }
            guard let next = rest.popFirst() else { wapcFail("flag needs an argument: --\(name)") }
            return next
        }
        switch name {
        case "timeout":
            let text = value()
            guard let parsed = parseDuration(text) else { wapcFail("invalid duration \"\(text)\" for --timeout") }
            timeout = parsed
        case "host-error": hostError = value()
        case "h", "help":
            print(wapcUsageText)
            return 0
        default: wapcFail("unknown flag: \(argument)\n\(wapcUsageText)")
        }
    }
    guard positional.count == 2 || positional.count == 3 else { wapcFail("expected MODULE OPERATION [PAYLOAD]\n\(wapcUsageText)") }
    let path = positional[0], operation = positional[1]
    let payload = positional.count == 3 ? Array(positional[2].utf8) : []
    guard let bytes = readFile(path) else { wapcFail("cannot read \(path)") }

    let failure = hostError
    var configuration = WAPCConfiguration(hostCall: { _, _, _, payload in
        if let failure { throw WAPCHostError(failure) }
        return payload
    }, logger: WAPCConfiguration.printlnLogger)
    configuration.stdout = .inherit
    configuration.stderr = .inherit
    do {
        let module = try WAPCModule(bytes, configuration: configuration)
        let instance = try module.instantiate()
        let response = try instance.invoke(operation, payload, timeout: timeout)
        writeAll(1, response + [10])
        instance.close()
        module.close()
        return 0
    } catch {
        writeAll(2, Array("\(error)\n".utf8))
        return 1
    }
}

private func wapcFail(_ message: String) -> Never {
    writeAll(2, Array("error: \(message)\n".utf8))
    exit(1)
}

private func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
        let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if n < 0, errno == EINTR { continue }
        if n <= 0 { return }
        offset += n
    }
}

/// Parses Go-style durations: `1h2m3.5s`, `300ms`, `10us`/`10µs`, `5ns`; a bare number is seconds.
func parseDuration(_ text: String) -> Duration? {
    if let seconds = Double(text), seconds >= 0 { return .nanoseconds(Int64(seconds * 1e9)) }
    let units: [(String, Double)] = [("ns", 1), ("us", 1e3), ("µs", 1e3), ("ms", 1e6), ("s", 1e9), ("m", 60e9), ("h", 3600e9)]
    var rest = Substring(text)
    var total = 0.0
    guard !rest.isEmpty else { return nil }
    while !rest.isEmpty {
        let number = rest.prefix(while: { $0.isNumber || $0 == "." })
        guard let value = Double(number) else { return nil }
        rest = rest.dropFirst(number.count)
        let unitText = rest.prefix(while: { !$0.isNumber && $0 != "." })
        guard let unit = units.first(where: { $0.0 == unitText }) else { return nil }
        rest = rest.dropFirst(unitText.count)
        total += value * unit.1
    }
    guard total < 9.2e18 else { return nil }
    return .nanoseconds(Int64(total))
}
