#if canImport(Glibc)
import Glibc
import Synchronization
import WasmHost
import WasmHostWASI

/// The `env` imports of WATM v1 (`water_dial`, `water_dial_fixed`, `water_accept`) and v0 (`host_dial`,
/// `host_accept`, `host_defer`, `pull_config`). Each instance gets its own `ConnectionContext`, which the
/// host fills in for the role before calling it.
struct WaterEnvModule: HostModule {
    let name = "env"

    func externals(for context: InstantiationContext) throws -> [String: External] {
        let connection = ConnectionContext()
        context.state["env"] = connection
        var b = HostModuleBuilder("env")
        b.function("water_dial") { (caller: Caller, netIOVs: Int32, netCount: Int32, addrIOVs: Int32, addrCount: Int32) -> Int32 in
            connection.dialChosen(caller, netIOVs, netCount, addrIOVs, addrCount)
        }
        b.function("water_dial_fixed") { (caller: Caller) -> Int32 in connection.dialFixed(caller) }
        b.function("water_accept") { (caller: Caller) -> Int32 in connection.accept(caller) }
        b.function("host_dial") { (caller: Caller) -> Int32 in connection.dialFixed(caller) }
        b.function("host_accept") { (caller: Caller) -> Int32 in connection.accept(caller) }
        b.function("host_defer") { (caller: Caller) in connection.deferCalled() }
        b.function("pull_config") { (caller: Caller) -> Int32 in connection.pullConfig() }
        return b.build().members
    }
}

/// Per-instance host state of the `env` imports: what the current role may dial or accept, and every
/// connection handed to the guest (host copies, closed at teardown). Used only from the thread that
/// runs the guest's setup exports; the worker thread never calls these imports in our roles, but a lock
/// keeps the connection list consistent for teardown from another thread.
final class ConnectionContext: @unchecked Sendable {
    var wasi: WASIState?
    /// Whether this role may dial, and with what (nil `dialer`: the default TCP dialer).
    var mayDial = false
    var dialer: Water.NetworkDialer?
    var validator: Water.AddressCheck?
    /// The last host-side dial or accept failure, surfaced when the role export fails.
    var lastError: WaterError?
    var fixedTarget: (network: String, address: String)?
    var listener: Water.SocketListener?
    var configBytes: [UInt8]?
    var logger: (@Sendable (String) -> Void)?
    /// Deadline of the setup phase (monotonic ns).
    var deadline: UInt64?
    private let lock = Mutex<[(guest: Int32, host: Int32)]>([])
    private let deferWarned = Atomic<Bool>(false)

    /// Host copies of the sockets inserted for the guest, by guest fd.
    var connections: [(guest: Int32, host: Int32)] { lock.withLock { $0 } }

    /// The host copy of the socket inserted as guest fd `guest`.
    func hostFD(forGuest guest: Int32) -> Int32? { lock.withLock { $0.first { $0.guest == guest }?.host } }

    /// Removes and returns every host copy (for closing).
    func takeConnections() -> [Int32] { lock.withLock { list in defer { list.removeAll() }; return list.map(\.host) } }

    /// Inserts a host socket into the guest (the guest gets a duplicate); -EBADF on failure.
    func insert(_ host: Int32) -> Int32 {
        guard let wasi, let guest = try? wasi.insertSocket(host) else {
            Water.Socket.close(host)
            return -WaterErrno.badf
        }
        lock.withLock { $0.append((Int32(guest), host)) }
        return Int32(guest)
    }

    // MARK: imports

    /// `water_dial(net_iovs, net_iovs_len, addr_iovs, addr_iovs_len)`: a WATM-chosen destination.
    func dialChosen(_ caller: Caller, _ netIOVs: Int32, _ netCount: Int32, _ addrIOVs: Int32, _ addrCount: Int32) -> Int32 {
        guard let memory = caller.memory,
              let network = ConnectionContext.string(memory, netIOVs, netCount),
              let address = ConnectionContext.string(memory, addrIOVs, addrCount) else { return -WaterErrno.inval }
        guard mayDial else { return -WaterErrno.noDev }
        guard let validator else {
            logger?("water_dial \(network) \(address) refused: no address validator")
            lastError = .addressValidatorNotInitialized
            return -WaterErrno.notConn
        }
        do {
            try validator(network, address)
        } catch {
            logger?("water_dial \(network) \(address) refused: \(error)")
            lastError = (error as? WaterError) ?? .addressDenied(network: network, address: address)
            return -WaterErrno.notConn
        }
        return dial(network, address)
    }

    /// `water_dial_fixed()` / `host_dial()`: the host-chosen destination, not validated.
    func dialFixed(_ caller: Caller) -> Int32 {
        guard mayDial, let target = fixedTarget else { return -WaterErrno.noDev }
        return dial(target.network, target.address)
    }

    private func dial(_ network: String, _ address: String) -> Int32 {
        let fd: Int32
        do {
            if let dialer {
                fd = try dialer(network, address)
            } else {
                fd = try Water.Socket.dial(network: network, address: address, deadline: deadline)
            }
        } catch {
            logger?("dial \(network) \(address) failed: \(error)")
            lastError = (error as? WaterError) ?? .network("dial \(network) \(address): \(error)")
            return -WaterErrno.notConn
        }
        guard fd >= 0 else { return -WaterErrno.notConn }
        return insert(fd)
    }

    /// `water_accept()` / `host_accept()`: blocks in the listener's accept.
    func accept(_ caller: Caller) -> Int32 {
        guard let listener else { return -WaterErrno.noDev }
        do {
            return insert(try listener.accept(deadline: deadline))
        } catch {
            logger?("accept failed: \(error)")
            lastError = error
            return -WaterErrno.notConn
        }
    }

    /// `host_defer()`: deprecated; does nothing.
    func deferCalled() {
        if !deferWarned.exchange(true, ordering: .relaxed) { logger?("host_defer is deprecated and does nothing") }
    }

    /// `pull_config()`: the config bytes as a read-only file fd; -EACCES without config, -EBADF on failure.
    func pullConfig() -> Int32 {
        guard let bytes = configBytes, let wasi else { return -WaterErrno.access }
        var template = Array("/tmp/water-cfg-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { return -WaterErrno.badf }
        defer { _ = close(fd) }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        guard Engine.writeAll(fd, bytes), lseek(fd, 0, SEEK_SET) == 0,
              let guest = try? wasi.insertReadOnlyFile(fd) else { return -WaterErrno.badf }
        return Int32(guest)
    }

    /// Concatenates `count` ciovecs at `iovs` into a string of at most 256 bytes; nil when unreadable or longer.
    static func string(_ memory: Memory, _ iovs: Int32, _ count: Int32) -> String? {
        guard count >= 0, count <= 256 else { return nil }
        var bytes: [UInt8] = []
        guard let table = try? memory.read(at: Int(UInt32(bitPattern: iovs)), count: Int(count) * 8) else { return nil }
        for i in 0..<Int(count) {
            let pointer = Int(table[i * 8]) | Int(table[i * 8 + 1]) << 8 | Int(table[i * 8 + 2]) << 16 | Int(table[i * 8 + 3]) << 24
            let length = Int(table[i * 8 + 4]) | Int(table[i * 8 + 5]) << 8 | Int(table[i * 8 + 6]) << 16 | Int(table[i * 8 + 7]) << 24
            guard bytes.count + length <= 256, let piece = try? memory.read(at: pointer, count: length) else { return nil }
            bytes += piece
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
#endif
