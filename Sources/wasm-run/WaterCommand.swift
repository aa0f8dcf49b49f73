import WasmHostWATER

#if canImport(Glibc)
import Glibc
#endif

let waterUsageText = """
usage: wasm-run water dial|listen|relay [--config FILE] --listen ADDR --to ADDR [options] MODULE

Runs the W.A.T.E.R. transport MODULE (a WATM, v1 or v0) as a TCP proxy:
  dial    accepts plain connections on --listen and carries each through the WATM's dialer role to --to
  listen  accepts transport connections on --listen through the listener role, forwards plaintext to --to
  relay   the relay (associate) role: accepts on --listen and dials --to, the WATM wraps the --to side

With --listen HOST:0 the chosen port is printed on stderr: `wasm-run: listening on HOST:PORT`.

options:
  --config FILE        transport config for the WATM (/conf/watm.cfg in v1, pull_config in v0)
  --network NET        network of --to: tcp (default), tcp4, tcp6
  --allow-dial ADDR    allow a WATM-chosen destination (water_dial) for this address (repeatable)
  --grace DURATION     how long a worker may take to honour the control byte (default 2s)
  -v, --verbose        log host events on stderr
  --trace              log every WASI call of the WATMs on stderr
  -h, --help           print this help
"""

/// `wasm-run water …`: parses the arguments and serves until killed; returns the exit status on error.
func runWaterCommand(_ arguments: [String]) -> Int32 {
    var mode: String?
    var configFile: String?
    var listenAddress: String?
    var target: String?
    var network = "tcp"
    var allowed: [String] = []
    var grace: Duration?
    var verbose = false
    var trace = false
    var module: String?
    var rest = arguments[...]
    func value(_ flag: String) -> String? {
        guard let v = rest.popFirst() else {
            printError("error: \(flag) needs a value")
            return nil
        }
        return v
    }
    while let argument = rest.popFirst() {
        switch argument {
        case "-h", "--help":
            print(waterUsageText)
            return 0
        case "--config": guard let v = value(argument) else { return 2 }; configFile = v
        case "--listen": guard let v = value(argument) else { return 2 }; listenAddress = v
        case "--to": guard let v = value(argument) else { return 2 }; target = v
        case "--network": guard let v = value(argument) else { return 2 }; network = v
        case "--allow-dial": guard let v = value(argument) else { return 2 }; allowed.append(v)
        case "--grace":
            guard let v = value(argument) else { return 2 }
            guard let seconds = Double(v.hasSuffix("ms") ? String(v.dropLast(2)) : v.hasSuffix("s") ? String(v.dropLast()) : v) else {
                printError("error: bad duration \(v)")
                return 2
            }
            grace = .milliseconds(Int64(v.hasSuffix("ms") ? seconds : seconds * 1000))
        case "-v", "--verbose": verbose = true
        case "--trace": trace = true
        default:
            if argument.hasPrefix("-") {
                printError("error: unknown option \(argument)\n\n\(waterUsageText)")
                return 2
            }
            if mode == nil { mode = argument } else if module == nil { module = argument } else {
                printError("error: unexpected argument \(argument)")
                return 2
            }
        }
    }
    guard let mode, ["dial", "listen", "relay"].contains(mode) else {
        printError("error: expected dial, listen or relay\n\n\(waterUsageText)")
        return 2
    }
    guard let module, let listenAddress, let target else {
        printError("error: MODULE, --listen and --to are required\n\n\(waterUsageText)")
        return 2
    }
    guard let bytes = readFile(module) else {
        printError("error: cannot read \(module)")
        return 1
    }
    var config = Water.Config(transportModule: bytes)
    if let configFile {
        guard let cfg = readFile(configFile) else {
            printError("error: cannot read \(configFile)")
            return 1
        }
        config.transportModuleConfig = cfg
    }
    if !allowed.isEmpty {
        config.dialedAddressValidator = Water.AddressValidator(allow: Dictionary(allowed.map { ($0, Set<String>()) }) { a, _ in a }).check
    }
    if let grace { config.cancelGracePeriod = grace }
    if verbose { config.logger = Water.stderrLogger }
    if trace { config.module.traceFD = 2 }
    do {
        switch mode {
        case "dial":
            let dialer = try Water.Dialer(config)
            let local = try Water.SocketListener(listeningOn: listenAddress)
            announce(local.address)
            while true {
                let client = try local.accept()
                spawnDetached {
                    do {
                        let conn = try dialer.dial(network: network, address: target)
                        splice(socket: client, conn: conn)
                    } catch {
                        printError("wasm-run: water dial \(target): \(error)")
                        _ = close(client)
                    }
                }
            }
        case "listen":
            let listener = try Water.Listener(config, listeningOn: listenAddress)
            announce(listener.address)
            while true {
                let conn = try listener.accept()
                spawnDetached {
                    do {
                        let upstream = try Water.Socket.dial(network: network, address: target, deadline: nil)
                        splice(socket: upstream, conn: conn)
                    } catch {
                        printError("wasm-run: water listen: forward to \(target): \(error)")
                        conn.close()
                    }
                }
            }
        default:
            let relay = try Water.Relay(config, listeningOn: listenAddress)
            announce(relay.address)
            try relay.relay(network: network, to: target)
            return 0
        }
    } catch {
        printError("error: \(error)")
        return 1
    }
}

private func announce(_ address: String) {
    printError("wasm-run: listening on \(address)")
}

/// Copies both ways between a plain socket and a WATER connection (half-close propagated), then closes both.
private func splice(socket: Int32, conn: Water.Conn) {
    let upstreamDone = spawnJoinable {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            do { try conn.write(Array(buffer[..<n])) } catch { break }
        }
        try? conn.closeWrite()
    }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    copy: while true {
        let n: Int
        do {
            n = try buffer.withUnsafeMutableBytes { raw in Result { () throws(WaterError) in try conn.read(into: raw) } }.get()
        } catch {
                        break
        }
        if n == 0 { break }
        var offset = 0
        while offset < n {
            let w = buffer.withUnsafeBytes { send(socket, $0.baseAddress! + offset, n - offset, Int32(MSG_NOSIGNAL)) }
            if w < 0 && errno == EINTR { continue }
            if w <= 0 { break copy }
            offset += w
        }
    }
    // A worker that already ended (TinyGo WATMs return at the first EOF) takes no more data: stop reading.
    _ = shutdown(socket, conn.workerExit == nil ? Int32(SHUT_WR) : Int32(SHUT_RDWR))
    upstreamDone()
    // Both directions ended: let the WATM flush and exit on its own before cancelling it.
    _ = conn.waitForWorker(timeout: .seconds(5))
    conn.close()
    _ = close(socket)
}

private final class ThreadBody {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}

private func startThread(_ body: @escaping () -> Void) -> pthread_t? {
    let box = Unmanaged.passRetained(ThreadBody(body))
    var handle = pthread_t()
    let r = pthread_create(&handle, nil, { raw in
        Unmanaged<ThreadBody>.fromOpaque(raw!).takeRetainedValue().body()
        return nil
    }, box.toOpaque())
    guard r == 0 else {
        box.release()
        return nil
    }
    return handle
}

/// Runs `body` on a detached thread (inline if no thread can be created).
private func spawnDetached(_ body: @escaping () -> Void) {
    if let handle = startThread(body) { pthread_detach(handle) } else { body() }
}

/// Runs `body` on a thread; the returned function joins it.
private func spawnJoinable(_ body: @escaping () -> Void) -> () -> Void {
    guard let handle = startThread(body) else {
        body()
        return {}
    }
    return { pthread_join(handle, nil) }
}
