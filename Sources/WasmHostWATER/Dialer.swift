#if canImport(Glibc)
extension Water {
    /// The dialer role: the caller picks the destination, the WATM wraps the connection
    /// (`watm_dial_v1` + `water_dial_fixed`, v0 `_water_dial` + `host_dial`). One instance per `dial`;
    /// the module is compiled once. Thread-safe.
    public final class Dialer: Sendable {
        let engine: Engine

        public init(_ config: Config) throws(WaterError) {
            engine = try Engine(config, role: .dialer)
            _ = try engine.abi.export(for: .dialer)
            if engine.abi.version == .v0 && !engine.envImports.contains("host_dial") {
                throw .functionNotImported("host_dial")
            }
        }

        /// The detected ABI version.
        public var version: Version { engine.abi.version }

        /// Connects to `(network, address)` through the WATM. `timeout` bounds only the setup
        /// (instantiate, init, dial, role export), never the established connection.
        public func dial(network: String = "tcp", address: String, timeout: Duration? = nil) throws(WaterError) -> Conn {
            let deadline = Socket.deadline(after: timeout)
            let dialer = engine.config.networkDialer
            let session = try Session.make(engine, deadline: deadline) { context in
                context.mayDial = true
                context.dialer = dialer
                context.fixedTarget = (network, address)
                context.validator = engine.config.dialedAddressValidator
            }
            return try session.connect(.dialer, deadline: deadline)
        }
    }

    /// The fixed-dialer role: the WATM picks the destination (`watm_dial_fixed_v1` + `water_dial`),
    /// which `Config.dialedAddressValidator` must allow (nil denies everything). v1 only.
    public final class FixedDialer: Sendable {
        let engine: Engine

        public init(_ config: Config) throws(WaterError) {
            engine = try Engine(config, role: .fixedDialer)
            _ = try engine.abi.export(for: .fixedDialer)
        }

        public var version: Version { engine.abi.version }

        /// Connects to the WATM's destination. `timeout` bounds only the setup.
        public func dialFixed(timeout: Duration? = nil) throws(WaterError) -> Conn {
            let deadline = Socket.deadline(after: timeout)
            let config = engine.config
            let session = try Session.make(engine, deadline: deadline) { context in
                context.mayDial = true
                context.dialer = config.networkDialer
                context.validator = config.dialedAddressValidator
            }
            return try session.connect(.fixedDialer, deadline: deadline)
        }
    }
}
#endif
