import Synchronization

/// Settings of a `Runtime`.
public struct RuntimeConfiguration: Sendable {
    public var features: Features
    /// Limits applied to every instance (memory pages, table elements).
    public var instanceLimits: InstanceLimits
    /// Call depth and stack size of each execution.
    public var executionLimits: ExecutionLimits

    public init(features: Features = .wasm2, instanceLimits: InstanceLimits = InstanceLimits(),
                executionLimits: ExecutionLimits = ExecutionLimits()) {
        self.features = features
        self.instanceLimits = instanceLimits
        self.executionLimits = executionLimits
    }
}

/// Compiles modules and instantiates them against registered host modules and instances. Thread-safe:
/// share one runtime across a server; compile once, instantiate many times.
public final class Runtime: Sendable {
    public let configuration: RuntimeConfiguration

    private enum Provider: @unchecked Sendable {
        case host(any HostModule)
        case instance(Instance)
    }

    private let providers = Mutex<[String: Provider]>([:])

    public init(configuration: RuntimeConfiguration = RuntimeConfiguration()) {
        self.configuration = configuration
    }

    public convenience init(features: Features) {
        self.init(configuration: RuntimeConfiguration(features: features))
    }

    /// Makes a host module's members importable under `module.name` (replacing an earlier one).
    public func register(_ module: some HostModule) {
        providers.withLock { $0[module.name] = .host(module) }
    }

    /// Makes an instance's exports importable under `name`.
    public func register(_ instance: Instance, as name: String) {
        providers.withLock { $0[name] = .instance(instance) }
    }

    /// Decodes, validates and translates a module.
    public func compile(_ bytes: [UInt8]) throws(WasmError) -> CompiledModule {
        try CompiledModule(bytes: bytes, features: configuration.features)
    }

    /// Instantiates a compiled module: resolves its imports by module and field name, initializes it,
    /// and runs its start function.
    public func instantiate(_ module: CompiledModule, name: String? = nil,
                            controls: ExecutionControls = ExecutionControls()) throws(WasmError) -> Instance {
        let context = InstantiationContext(instanceName: name, module: module)
        let imports = try resolveImports(module, context)
        let instance = try Instance(module, imports: imports, name: name, limits: configuration.instanceLimits)
        instance.hostState = context.state
        instance.executionLimits = configuration.executionLimits
        try instance.runStart(controls: controls)
        return instance
    }

    /// Compiles and instantiates in one step.
    public func instantiate(bytes: [UInt8], name: String? = nil) throws(WasmError) -> Instance {
        try instantiate(try compile(bytes), name: name)
    }

    private func resolveImports(_ module: CompiledModule, _ context: InstantiationContext) throws(WasmError) -> [ExternalValue] {
        let snapshot = providers.withLock { $0 }
        var hostMembers: [String: [String: External]] = [:]
        var values: [ExternalValue] = []
        for declaration in module.imports {
            let what = "\(declaration.module).\(declaration.name) (\(describe(declaration.descriptor, module)))"
            switch snapshot[declaration.module] {
            case nil:
                throw .unlinkable("unknown import: module \"\(declaration.module)\" is not registered, needed for \(what)")
            case .instance(let instance)?:
                guard let value = instance.exports[declaration.name] else {
                    throw .unlinkable("unknown import: \(what) is not exported by \"\(declaration.module)\"")
                }
                values.append(value)
            case .host(let host)?:
                if hostMembers[declaration.module] == nil {
                    do {
                        hostMembers[declaration.module] = try host.externals(for: context)
                    } catch let error as WasmError {
                        throw error
                    } catch {
                        throw .unlinkable("host module \"\(declaration.module)\" failed: \(error)")
                    }
                }
                guard let member = hostMembers[declaration.module]?[declaration.name] else {
                    throw .unlinkable("unknown import: \(what) is not provided by host module \"\(declaration.module)\"")
                }
                switch member {
                case .function(let f): values.append(.function(f.reference))
                case .memory(let m): values.append(.memory(m))
                case .table(let t): values.append(.table(t))
                case .global(let g): values.append(.global(g))
                }
            }
        }
        return values
    }

    private func describe(_ descriptor: ImportDescriptor, _ module: CompiledModule) -> String {
        switch descriptor {
        case .function(let t): "function \(module.module.types[Int(t)])"
        case .table(let t): "table \(t.elementType) min \(t.limits.min)"
        case .memory(let m): "memory min \(m.limits.min) pages"
        case .global(let g): "global \(g.isMutable ? "mut " : "")\(g.valueType)"
        }
    }
}
