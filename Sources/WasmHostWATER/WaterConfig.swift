import WasmHostWASI

extension Water {
    /// Opens a connected stream socket to `(network, address)` and returns its host fd (ownership passes
    /// to the caller). Throwing fails the dial; the WATM sees `-ENOTCONN`.
    public typealias NetworkDialer = @Sendable (_ network: String, _ address: String) throws -> Int32
    /// Accepts or rejects (by throwing) a destination a WATM chose through `water_dial`.
    public typealias AddressCheck = @Sendable (_ network: String, _ address: String) throws -> Void

    /// Everything a transport needs (water-go's `Config`). `transportModule` is required.
    public struct Config: Sendable {
        /// The WATM (wasm bytes).
        public var transportModule: [UInt8]
        /// Config given to the WATM: `/conf/watm.cfg` (v1) or the `pull_config` file (v0); nil = none.
        public var transportModuleConfig: [UInt8]?
        /// How the host dials (`water_dial`, `water_dial_fixed`, `host_dial`). nil: TCP (`tcp`, `tcp4`,
        /// `tcp6`) through `getaddrinfo` + `connect`, bounded by the setup deadline.
        public var networkDialer: NetworkDialer?
        /// Checks WATM-chosen destinations (`water_dial` only). nil denies every one.
        public var dialedAddressValidator: AddressCheck?
        /// Where Listener and Relay roles accept connections.
        public var networkListener: SocketListener?
        /// The WASI side of each instance: args, env, stdio (stdout and stderr inherited, stdin empty by
        /// default), preopens, clocks, random. The `/conf` preopen is added on top.
        public var module: WASIConfiguration
        /// Memory cap per instance, in 64 KiB pages.
        public var maxMemoryPages = 65_536
        /// How long a worker may take to honour the control byte before it is hard-stopped.
        public var cancelGracePeriod: Duration = .seconds(2)
        /// Receives warnings and debug lines (nil: silent).
        public var logger: (@Sendable (String) -> Void)?

        public init(transportModule: [UInt8], transportModuleConfig: [UInt8]? = nil) {
            self.transportModule = transportModule
            self.transportModuleConfig = transportModuleConfig
            var wasi = WASIConfiguration(arguments: ["watm"])
            wasi.stdin = .buffer(WASIBuffer())
            self.module = wasi
        }

        /// A copy (value semantics already make every copy deep, except the shared `networkListener`).
        public func clone() -> Config { self }
    }

    /// A logger writing lines to the host's stderr.
    public static let stderrLogger: @Sendable (String) -> Void = { line in Socket.writeStderr("water: " + line + "\n") }

    /// The JSON-form validator of water-go: deny-list, then allow-list, then `catchAll`. Maps take an
    /// address (`host:port`) to the networks it applies to (an empty set: every network).
    public struct AddressValidator: Sendable {
        public var catchAll: Bool
        public var allow: [String: Set<String>]
        public var deny: [String: Set<String>]

        public init(catchAll: Bool = false, allow: [String: Set<String>] = [:], deny: [String: Set<String>] = [:]) {
            self.catchAll = catchAll
            self.allow = allow
            self.deny = deny
        }

        /// Throws `WaterError.addressDenied` unless allowed.
        public func validate(network: String, address: String) throws(WaterError) {
            func matches(_ map: [String: Set<String>]) -> Bool {
                guard let networks = map[address] else { return false }
                return networks.isEmpty || networks.contains(network)
            }
            if matches(deny) { throw .addressDenied(network: network, address: address) }
            if matches(allow) { return }
            if !catchAll { throw .addressDenied(network: network, address: address) }
        }

        /// As a `Config.dialedAddressValidator`.
        public var check: AddressCheck {
            let copy = self
            return { network, address in try copy.validate(network: network, address: address) }
        }
    }
}
