/// Errors of the W.A.T.E.R. host. `errno` values are WASI errno numbers (the guest returned `-errno`).
public enum WaterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The configuration is unusable (no module bytes, no listener for a listener role...).
    case invalidConfig(String)
    /// The module failed to decode, validate, link or instantiate, or trapped during setup.
    case module(String)
    /// No export marks a known WATM version (`watm_*_v1` role exports or `_water_v0`).
    case versionNotFound(Water.Role)
    /// The WATM does not export the function of this role.
    case unimplemented(Water.Role)
    /// A required export is missing or has the wrong type.
    case badExport(String)
    /// A v0 role needs an `env` import the module does not declare (`host_dial`, `host_accept`).
    case functionNotImported(String)
    /// The init export returned non-zero.
    case initFailed(Int32)
    /// A role or control-pipe export returned a negative value (`-errno`), or an fd that is not a socket
    /// the host inserted.
    case exportFailed(export: String, errno: Int32)
    /// Dialling, listening or accepting on the host failed (a host errno and a message).
    case network(String)
    /// `water_dial` with no address validator configured.
    case addressValidatorNotInitialized
    /// The address validator rejected a WATM-chosen destination.
    case addressDenied(network: String, address: String)
    /// `Relay.relay` was started twice.
    case relayAlreadyStarted
    /// The connection or listener is closed (also: the worker ended cleanly and the data is drained).
    case closed
    /// A deadline passed.
    case timedOut
    /// The worker ended with a failure (a negative value other than -EPIPE/-ECANCELED, a positive value,
    /// or a trap: errno 0).
    case workerFailed(Int32)
    /// A host system call failed (its name and the host errno).
    case system(String, Int32)

    public var description: String {
        switch self {
        case .invalidConfig(let m): "water: invalid config: \(m)"
        case .module(let m): "water: module: \(m)"
        case .versionNotFound(let r): "water: no WATM version found for the \(r) role (no watm_*_v1 role export, no _water_v0)"
        case .unimplemented(let r): "water: the WATM does not implement the \(r) role"
        case .badExport(let m): "water: bad export: \(m)"
        case .functionNotImported(let f): "water: the WATM does not import env.\(f)"
        case .initFailed(let r): "water: WATM init returned \(r)"
        case .exportFailed(let e, let errno): "water: \(e) failed: \(WaterErrno.name(errno))"
        case .network(let m): "water: \(m)"
        case .addressValidatorNotInitialized: "water: no dialed-address validator (WATM-chosen addresses are denied)"
        case .addressDenied(let n, let a): "water: address \(n) \(a) denied by the validator"
        case .relayAlreadyStarted: "water: relay already started"
        case .closed: "water: closed"
        case .timedOut: "water: deadline exceeded"
        case .workerFailed(let r): "water: worker failed with \(r)"
        case .system(let call, let e): "water: \(call): host errno \(e)"
        }
    }
}

/// WASI errno numbers used by the WATM ABI (returned negated).
enum WaterErrno {
    static let access: Int32 = 2, again: Int32 = 6, badf: Int32 = 8, busy: Int32 = 10, canceled: Int32 = 11
    static let inval: Int32 = 28, io: Int32 = 29, msgSize: Int32 = 35, noDev: Int32 = 43, noSys: Int32 = 52
    static let notConn: Int32 = 53, perm: Int32 = 63, pipe: Int32 = 64, proto: Int32 = 65

    static func name(_ errno: Int32) -> String {
        let names: [Int32: String] = [2: "EACCES", 6: "EAGAIN", 8: "EBADF", 10: "EBUSY", 11: "ECANCELED",
                                      28: "EINVAL", 29: "EIO", 35: "EMSGSIZE", 43: "ENODEV", 52: "ENOSYS",
                                      53: "ENOTCONN", 63: "EPERM", 64: "EPIPE", 65: "EPROTO"]
        return names[errno].map { "\($0) (\(errno))" } ?? "errno \(errno)"
    }
}
