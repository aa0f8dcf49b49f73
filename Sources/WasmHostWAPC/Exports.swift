// `import WasmHostWAPC` is enough to configure a guest: the embedding API (`ExecutionLimits`, `Trap`…)
// and the WASI types used by `WAPCConfiguration` (`WASIConfiguration`, `StdioSource`, `WASIBuffer`).
@_exported import WasmHost
@_exported import WasmHostWASI
