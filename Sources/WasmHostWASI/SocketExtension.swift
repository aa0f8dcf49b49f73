import WasmHost

/// Which socket extension a WASI instance gets on top of preview1's `sock_accept`/`recv`/`send`/
/// `shutdown` (`wasm-run --sockets`).
public enum SocketExtension: String, Sendable, CaseIterable {
    /// Preview1 sockets only.
    case none
    /// WasmEdge v1 or v2 when the module imports one of their functions (see `detect(in:)`), else none.
    case auto
    /// `path_open` on a negative directory fd opens `tcp+listen://` / `tcp+dial://` sockets.
    case pathOpen = "path_open"
    /// The WasmEdge socket ABI, version 1 (2-parameter `sock_accept`, raw address buffers).
    case wasmEdgeV1 = "wasmedgev1"
    /// The WasmEdge socket ABI, version 2 (128-byte address buffers).
    case wasmEdgeV2 = "wasmedgev2"

    /// The functions only WasmEdge defines (all imported from `wasi_snapshot_preview1`).
    public static let wasmEdgeNames: Set<String> = [
        "sock_open", "sock_bind", "sock_connect", "sock_listen", "sock_send_to", "sock_recv_from",
        "sock_getsockopt", "sock_setsockopt", "sock_getlocaladdr", "sock_getpeeraddr", "sock_getaddrinfo",
    ]

    /// The WasmEdge version a module's imports ask for: WasmEdge when it imports a WasmEdge-only name
    /// or a 2-parameter `sock_accept`; version 1 when `sock_accept` has 2 parameters, `sock_getlocaladdr`
    /// / `sock_getpeeraddr` have 4 or `sock_recv_from` has 7; otherwise version 2. `.none` when the
    /// module imports none of them.
    public static func detect(in module: CompiledModule) -> SocketExtension {
        var wasmEdge = false, v1 = false
        for entry in module.imports where entry.module == "wasi_snapshot_preview1" {
            guard case .function(let typeIndex) = entry.descriptor, Int(typeIndex) < module.module.types.count else { continue }
            let arity = module.module.types[Int(typeIndex)].parameters.count
            if wasmEdgeNames.contains(entry.name) { wasmEdge = true }
            switch (entry.name, arity) {
            case ("sock_accept", 2): wasmEdge = true; v1 = true
            case ("sock_getlocaladdr", 4), ("sock_getpeeraddr", 4), ("sock_recv_from", 7): v1 = true
            default: break
            }
        }
        guard wasmEdge else { return .none }
        return v1 ? .wasmEdgeV1 : .wasmEdgeV2
    }

    /// The extension to install for `module`: `auto` resolved by `detect(in:)`, others unchanged.
    public func resolved(for module: CompiledModule) -> SocketExtension {
        self == .auto ? SocketExtension.detect(in: module) : self
    }
}
