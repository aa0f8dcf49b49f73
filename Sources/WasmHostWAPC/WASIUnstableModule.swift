import WasmHost
import WasmHostWASI

/// `wasi_unstable` (WASI snapshot 0) for old guests such as early TinyGo builds, which import only a
/// few functions (`fd_write` above all). The functions whose ABI did not change between the two
/// snapshots are served by the preview1 implementation.
struct WASIUnstableModule: HostModule {
    let name = "wasi_unstable"
    let preview1: WASIModule

    /// Functions with the same signature and layout in `wasi_unstable` and `wasi_snapshot_preview1`.
    static let shared: Set<String> = [
        "args_get", "args_sizes_get", "environ_get", "environ_sizes_get", "clock_res_get", "clock_time_get",
        "fd_close", "fd_datasync", "fd_fdstat_get", "fd_fdstat_set_flags", "fd_prestat_get",
        "fd_prestat_dir_name", "fd_read", "fd_write", "fd_pread", "fd_pwrite", "fd_sync", "fd_tell",
        "fd_renumber", "path_create_directory", "path_remove_directory", "path_unlink_file",
        "proc_exit", "proc_raise", "random_get", "sched_yield", "fd_allocate", "fd_advise",
    ]

    func externals(for context: InstantiationContext) throws -> [String: External] {
        try preview1.externals(for: context).filter { Self.shared.contains($0.key) }
    }
}
