import WasmHostWASI

let version = "0.1.0"

let usageText = """
usage: wasm-run [OPTIONS]... <MODULE> [--] [ARGS]...
       wasm-run wapc [--timeout DURATION] [--host-error MSG] MODULE OPERATION [PAYLOAD]

Runs a WebAssembly module: a WASI command's _start (exit status = its proc_exit code), or with
--invoke an exported function with numeric arguments (its results are printed one per line).

options:
  --dir DIR                 preopen DIR (also DIR:GUEST or HOST::GUEST; add :ro for read-only)
  --env NAME=VALUE          add a guest environment variable (repeatable)
  --env-inherit             pass the host environment first
  --trace                   log every WASI call to stderr
  --tracer-string-size N    bytes of buffers and strings shown by --trace (default 32, <0: all)
  --non-blocking-stdio      put the guest's stdio in non-blocking mode
  --max-open-files N        limit on files the guest opens (default 1024)
  --max-open-dirs N         limit on directories the guest reads at once (default 1024)
  --listen ADDR:PORT|URL    preopen a listening TCP socket (repeatable; tcp4/tcp6 URLs, [::1]:80);
                            with port 0 the chosen port is printed: "wasm-run: listening on ADDR:PORT"
  --dial ADDR:PORT|URL      preopen a connected TCP socket (repeatable)
  --sockets NAME            socket extension: none, auto (default: WasmEdge v1/v2 when imported),
                            path_open, wasmedgev1, wasmedgev2
  --allow-bind PATTERN      let the guest bind/listen on PATTERN (repeatable): 127.0.0.1:8080,
                            127.0.0.1:*, [::1]:*, *:8080, localhost:*, unix:/path, unix:*, *
  --allow-dial PATTERN      let the guest connect/send to PATTERN (repeatable; same forms)
  --invoke NAME             call the export NAME instead of _start
  -v, --version             print the version
  -h, --help                print this help
"""

/// A command-line error: printed as `error: message`, exit status 1.
struct UsageError: Error { let message: String }

/// Parsed command line.
struct Options {
    var preopens: [Preopen] = []
    var listen: [String] = []
    var dial: [String] = []
    var socketExtension: SocketExtension = .auto
    var allowBind: [SocketAddressPattern] = []
    var allowDial: [SocketAddressPattern] = []
    var environment: [String] = []
    var inheritEnvironment = false
    var trace = false
    var tracerStringSize = 32
    var nonBlockingStdio = false
    var maxOpenFiles = 1024
    var maxOpenDirs = 1024
    var invoke: String?
    var showHelp = false
    var showVersion = false
    var module: String?
    var arguments: [String] = []

    /// Parses `wasm-run [OPTIONS]... MODULE [--] [ARGS]...`: `-x` equals `--x`, `--x=v` equals `--x v`.
    init(_ commandLine: [String]) throws(UsageError) {
        var rest = commandLine[...]
        while let word = rest.first, word.hasPrefix("-"), word != "-" {
            rest.removeFirst()
            if word == "--" { break }
            var name = String(word.drop(while: { $0 == "-" }))
            var inline: String?
            if let eq = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            func value() throws(UsageError) -> String {
                if let inline { return inline }
                guard let next = rest.popFirst() else { throw UsageError(message: "flag needs an argument: -\(name)") }
                return next
            }
            func number() throws(UsageError) -> Int {
                let text = try value()
                guard let n = Int(text) else { throw UsageError(message: "invalid value \"\(text)\" for flag -\(name)") }
                return n
            }
            switch name {
            case "dir":
                let text = try value()
                guard let preopen = Preopen(parsing: text) else { throw UsageError(message: "invalid --dir \"\(text)\"") }
                preopens.append(preopen)
            case "env":
                let text = try value()
                guard text.contains("=") else { throw UsageError(message: "invalid --env \"\(text)\": expected NAME=VALUE") }
                environment.append(text)
            case "env-inherit": inheritEnvironment = true
            case "trace": trace = true
            case "tracer-string-size": tracerStringSize = try number()
            case "non-blocking-stdio": nonBlockingStdio = true
            case "max-open-files": maxOpenFiles = try number()
            case "max-open-dirs": maxOpenDirs = try number()
            case "sockets":
                let text = try value()
                guard let kind = SocketExtension(rawValue: text) else {
                    throw UsageError(message: "invalid --sockets \"\(text)\" (none, auto, path_open, wasmedgev1, wasmedgev2)")
                }
                socketExtension = kind
            case "allow-bind", "allow-dial":
                let text = try value()
                guard let pattern = SocketAddressPattern(parsing: text) else {
                    throw UsageError(message: "invalid --\(name) \"\(text)\" (e.g. 127.0.0.1:8080, [::1]:*, *:80, unix:/path, *)")
                }
                if name == "allow-bind" { allowBind.append(pattern) } else { allowDial.append(pattern) }
            case "listen": listen.append(try value())
            case "dial": dial.append(try value())
            case "dns-server":
                throw UsageError(message: "--dns-server is not supported by this build (socket extensions)")
            case "pprof-addr", "http", "http-addr", "http-path":
                throw UsageError(message: "--\(name) is specific to wasirun (Go) and not supported")
            case "invoke": invoke = try value()
            case "v", "version": showVersion = true
            case "h", "help": showHelp = true
            default: throw UsageError(message: "flag provided but not defined: -\(name)")
            }
        }
        guard !showHelp, !showVersion else { return }
        guard let module = rest.popFirst() else { throw UsageError(message: "missing module\n" + usageText) }
        self.module = module
        if rest.first == "--" { rest.removeFirst() }
        arguments = Array(rest)
    }
}
