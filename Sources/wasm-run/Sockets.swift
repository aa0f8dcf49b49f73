import WasmHostWASI

#if canImport(Glibc)
import Glibc
#endif

/// Opens the socket of `--listen ADDR` (bound, listening, non-blocking) or `--dial ADDR` (connected,
/// then non-blocking). ADDR is `host:port`, `[v6]:port`, or a URL (`tcp://`, `tcp4://`, `tcp6://`,
/// optionally `+listen`/`+dial` matching the flag, with `?backlog=…` and the other `SocketURL` options).
func openPreopenedSocket(_ spec: String, role: SocketURL.Role) throws(UsageError) -> OpenedSocket {
    let url: SocketURL
    do {
        url = try SocketURL(parsing: spec)
    } catch {
        throw UsageError(message: "--\(role.rawValue): \(error.message)")
    }
    if let named = url.role, named != role {
        throw UsageError(message: "--\(role.rawValue) \"\(spec)\": the URL asks for \(named.rawValue)")
    }
    do {
        return try url.open(as: role, waitForConnection: true)
    } catch {
        throw UsageError(message: "\(role.rawValue) \(spec): E\(error.name) (\(error.message))")
    }
}

/// Opens the `--listen` and `--dial` sockets into `configuration.sockets` (listeners first, fds after the
/// preopened directories), sets the socket extension, and builds the allow-list: the addresses the flags
/// name plus `--allow-bind`/`--allow-dial`. A listener asked for port 0 reports the port it got on stderr
/// as `wasm-run: listening on ADDR:PORT`, one line each, before the guest starts.
func configureSockets(_ configuration: inout WASIConfiguration, _ options: Options) throws(UsageError) {
    var policy = SocketPolicy(bind: options.allowBind, dial: options.allowDial)
    for spec in options.listen {
        let opened = try openPreopenedSocket(spec, role: .listen)
        configuration.sockets.append(opened.fd)
        policy.bind.append(SocketAddressPattern(exactly: opened.address))
        if (try? SocketURL(parsing: spec))?.port == 0 {
            printError("wasm-run: listening on \(opened.address)")
        }
    }
    for spec in options.dial {
        let opened = try openPreopenedSocket(spec, role: .dial)
        configuration.sockets.append(opened.fd)
        policy.dial.append(SocketAddressPattern(exactly: opened.address))
    }
    configuration.socketExtension = options.socketExtension
    configuration.socketPolicy = policy
}
