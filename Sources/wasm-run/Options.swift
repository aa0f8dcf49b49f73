import WasmHostWASI

let version = "0.1.0"

let usageText = """
usage: wasm-run [OPTIONS]... <MODULE> [--] [ARGS]...

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
  --listen ADDR:PORT        preopen a listening TCP socket (IPv4; repeatable)
  --dial ADDR:PORT          preopen a connected TCP socket (IPv4; repeatable)
  --sockets none|auto       socket extensions (only preview1 sockets are supported)
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
                switch text {
                case "none", "auto": break
                case "path_open", "wasmedgev1", "wasmedgev2":
                    throw UsageError(message: "--sockets \(text) is not supported by this build")
                default: throw UsageError(message: "invalid --sockets \"\(text)\" (none, auto, path_open, wasmedgev1, wasmedgev2)")
                }
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
