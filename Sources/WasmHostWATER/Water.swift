/// W.A.T.E.R. (WebAssembly Transport Executables Runtime): byte-stream transports written as WebAssembly
/// modules (WATMs, ABI v1 and v0), run one instance per connection. Start with `Water.Config`, then a
/// `Water.Dialer`, `Water.FixedDialer`, `Water.Listener` or `Water.Relay`; connections are `Water.Conn`s.
public enum Water {
    /// The role a WATM plays for a connection.
    public enum Role: String, Sendable, CustomStringConvertible {
        /// The host picks the destination (`watm_dial_v1`, `_water_dial`).
        case dialer
        /// The WATM picks the destination (`watm_dial_fixed_v1`).
        case fixedDialer
        /// Incoming connections from the host's listener (`watm_accept_v1`, `_water_accept`).
        case listener
        /// Accepts and dials, carrying nothing to the caller (`watm_associate_v1`, `_water_associate`).
        case relay

        public var description: String { rawValue }
    }

    /// The ABI version of a WATM, detected from its export names.
    public enum Version: String, Sendable {
        case v0, v1
    }

    /// The seed API's name for a connection that owns one running WATM instance.
    public typealias RuntimeConn = Conn

    /// The seed API's dialer: a thin wrapper holding a `Config`; `dial(address:)` dials TCP through the
    /// WATM's dialer role.
    public struct RuntimeConnDialer: Sendable {
        public var config: Config?
        /// Sets a logger that prints every host-side event to stderr.
        public var debugMode = false

        public init(config: Config?) { self.config = config }

        public func dial(address: String) throws(WaterError) -> Conn {
            guard var config else { throw .invalidConfig("RuntimeConnDialer has no Config") }
            if debugMode && config.logger == nil { config.logger = Water.stderrLogger }
            return try Dialer(config).dial(network: "tcp", address: address)
        }
    }

    /// Dials `address` over TCP through the dialer role of `config`'s WATM (the seed's package-level `Dial`).
    public static func dial(address: String, config: Config) throws(WaterError) -> Conn {
        try Dialer(config).dial(network: "tcp", address: address)
    }
}

/// The seed API's names at the top level.
public typealias RuntimeConn = Water.Conn
public typealias RuntimeConnDialer = Water.RuntimeConnDialer
