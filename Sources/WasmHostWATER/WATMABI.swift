import WasmHost

/// The export names of one WATM version, found and type-checked once per configuration.
struct WATMABI: Sendable {
    let version: Water.Version
    let initialize: String
    let controlPipe: String
    let start: String
    /// Role exports present in the module (checked types).
    let roles: [Water.Role: String]

    static let v1Roles: [Water.Role: String] = [.dialer: "watm_dial_v1", .fixedDialer: "watm_dial_fixed_v1",
                                                .listener: "watm_accept_v1", .relay: "watm_associate_v1"]
    static let v0Roles: [Water.Role: String] = [.dialer: "_water_dial", .listener: "_water_accept", .relay: "_water_associate"]

    /// Detects the version (v1 if any v1 role export exists, else v0 if `_water_v0` does) and checks the
    /// type of every export the host will call.
    init(_ module: CompiledModule, role: Water.Role) throws(WaterError) {
        var functions: [String: FunctionType] = [:]
        var names = Set<String>()
        for export in module.exports {
            names.insert(export.name)
            if export.kind == .function { functions[export.name] = module.functionType(export.index) }
        }
        let candidates: [Water.Role: String]
        if WATMABI.v1Roles.values.contains(where: names.contains) {
            version = .v1
            (initialize, controlPipe, start) = ("watm_init_v1", "watm_ctrlpipe_v1", "watm_start_v1")
            candidates = WATMABI.v1Roles
        } else if names.contains("_water_v0") {
            version = .v0
            (initialize, controlPipe, start) = ("_water_init", "_water_cancel_with", "_water_worker")
            candidates = WATMABI.v0Roles
        } else {
            throw .versionNotFound(role)
        }
        let unary = FunctionType(parameters: [.i32], results: [.i32])
        let nullary = FunctionType(parameters: [], results: [.i32])
        let detected = version
        func check(_ name: String, _ type: FunctionType, required: Bool) throws(WaterError) -> Bool {
            guard let actual = functions[name] else {
                if required { throw .badExport("\(detected) WATM lacks the required export \(name) \(type)") }
                return false
            }
            guard actual == type else { throw .badExport("\(name) has type \(actual), expected \(type)") }
            return true
        }
        for name in [initialize, start] { _ = try check(name, nullary, required: true) }
        _ = try check(controlPipe, unary, required: true)
        var found: [Water.Role: String] = [:]
        for (r, name) in candidates {
            if try check(name, r == .relay ? nullary : unary, required: false) { found[r] = name }
        }
        roles = found
    }

    /// The export for `role`, or `.unimplemented`.
    func export(for role: Water.Role) throws(WaterError) -> String {
        guard let name = roles[role] else { throw .unimplemented(role) }
        return name
    }
}
