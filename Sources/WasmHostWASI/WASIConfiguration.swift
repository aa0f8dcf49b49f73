import Synchronization

/// An in-memory byte stream usable as a guest's stdin (read from the front) or stdout/stderr (appended
/// to). Thread-safe, so a server can read a guest's output from another thread.
public final class WASIBuffer: Sendable {
    private let storage: Mutex<(bytes: [UInt8], readOffset: Int)>

    public init(_ bytes: [UInt8] = []) { storage = Mutex((bytes, 0)) }
    public convenience init(_ text: String) { self.init(Array(text.utf8)) }

    /// Everything written so far (or the unread input).
    public var bytes: [UInt8] { storage.withLock { Array($0.bytes[$0.readOffset...]) } }
    /// `bytes` as UTF-8 text.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends bytes.
    public func append(_ data: UnsafeRawBufferPointer) {
        storage.withLock { $0.bytes.append(contentsOf: data) }
    }

    /// Moves up to `buffer.count` unread bytes into `buffer`; 0 at the end.
    public func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        storage.withLock { state in
            let n = min(buffer.count, state.bytes.count - state.readOffset)
            if n > 0 {
                state.bytes.withUnsafeBytes { src in
                    buffer.baseAddress!.copyMemory(from: src.baseAddress! + state.readOffset, byteCount: n)
                }
                state.readOffset += n
            }
            return n
        }
    }
}

/// How a guest's stdin, stdout or stderr is provided.
public enum StdioSource: Sendable {
    /// The host process's own stream, reopened through `/dev/stdin`... (or duplicated).
    case inherit
    /// A duplicate of this host file descriptor.
    case fileDescriptor(Int32)
    /// An in-memory buffer.
    case buffer(WASIBuffer)
}

/// A host directory made visible to the guest.
public struct Preopen: Sendable, Equatable {
    /// The host directory.
    public var hostPath: String
    /// The name the guest sees through `fd_prestat_dir_name` (`/`, `.`, `data`...).
    public var guestPath: String
    /// Forbids every mutation beneath it (ENOTCAPABLE).
    public var readOnly: Bool

    public init(hostPath: String, guestPath: String? = nil, readOnly: Bool = false) {
        self.hostPath = hostPath
        self.guestPath = guestPath ?? hostPath
        self.readOnly = readOnly
    }

    /// Parses the CLI forms `DIR`, `DIR:DIR`, `HOST::GUEST`, each with an optional `:ro` suffix.
    public init?(parsing text: String) {
        var spec = text
        var readOnly = false
        if spec.hasSuffix(":ro") {
            readOnly = true
            spec.removeLast(3)
        }
        guard !spec.isEmpty else { return nil }
        let characters = Array(spec)
        if let split = characters.indices.dropLast().first(where: { characters[$0] == ":" && characters[$0 + 1] == ":" }) {
            let host = String(characters[..<split]), guest = String(characters[(split + 2)...])
            guard !host.isEmpty, !guest.isEmpty else { return nil }
            self.init(hostPath: host, guestPath: guest, readOnly: readOnly)
        } else if let colon = spec.firstIndex(of: ":") {
            let host = String(spec[..<colon]), guest = String(spec[spec.index(after: colon)...])
            guard !host.isEmpty, !guest.isEmpty else { return nil }
            self.init(hostPath: host, guestPath: guest, readOnly: readOnly)
        } else {
            self.init(hostPath: spec, readOnly: readOnly)
        }
    }
}

/// A clock: reads the current time in nanoseconds, with a resolution.
public struct WASIClock: Sendable {
    public var resolution: Timestamp
    public var now: @Sendable () -> Timestamp

    public init(resolution: Timestamp, now: @escaping @Sendable () -> Timestamp) {
        self.resolution = resolution
        self.now = now
    }
}

/// Everything a WASI guest sees of the host. Build one, then register a `WASIModule` with it:
///
/// ```swift
/// let stdout = WASIBuffer()
/// var config = WASIConfiguration(arguments: ["app.wasm", "--verbose"])
/// config.environment = ["HOME=/"]
/// config.preopens = [Preopen(hostPath: "/srv/data", guestPath: "/", readOnly: true)]
/// config.stdin = .buffer(WASIBuffer("input"))
/// config.stdout = .buffer(stdout)              // capture the guest's output
/// config.realtimeClock = WASIClock(resolution: 1) { 1_700_000_000_000_000_000 }  // fixed time for tests
/// config.random = { buffer in for i in buffer.indices { buffer[i] = 4 } }
///
/// let runtime = Runtime()
/// runtime.register(WASIModule(config))
/// let instance = try runtime.instantiate(try runtime.compile(bytes))
/// let status = try WASIModule.run(instance)      // runs _start; the proc_exit code, or 0
/// print(stdout.string)
/// ```
///
/// Each instantiation gets its own `GlibcSystem` (fd table, open files) built from this configuration.
public struct WASIConfiguration: Sendable {
    /// argv; argv[0] is conventionally the program name.
    public var arguments: [String]
    /// Environment entries, `NAME=VALUE`.
    public var environment: [String]
    /// Directories opened as fds 3, 4... in order.
    public var preopens: [Preopen] = []
    /// Host sockets given to the guest after the directories (duplicated): a listening socket gets
    /// `sockListen` rights (for `sock_accept`), a connected one `sockConnection` rights.
    public var sockets: [Int32] = []
    /// The socket extension instances get (`auto`: WasmEdge v1/v2 when the module imports it).
    public var socketExtension: SocketExtension = .auto
    /// What the guest may bind and dial through the socket extensions; nothing by default.
    public var socketPolicy: SocketPolicy = .denyAll
    public var stdin: StdioSource = .inherit
    public var stdout: StdioSource = .inherit
    public var stderr: StdioSource = .inherit
    /// Sets O_NONBLOCK on host stdio (and the NONBLOCK fd flag).
    public var nonBlockingStdio = false
    public var maxOpenFiles = 1024
    public var maxOpenDirs = 1024
    /// Clock 0; nil uses the host wall clock.
    public var realtimeClock: WASIClock?
    /// Clock 1; nil uses the host monotonic clock (nanoseconds since the system started).
    public var monotonicClock: WASIClock?
    /// Source of `random_get`; nil uses the host CSPRNG (`getrandom`).
    public var random: (@Sendable (UnsafeMutableRawBufferPointer) -> Void)?
    /// When set, every call is logged to this host fd (2 = stderr) in strace-like lines.
    public var traceFD: Int32?
    /// Bytes of buffers and strings the tracer prints (negative: no limit).
    public var tracerStringSize = 32
    /// Implements `proc_raise` by exiting the guest with 127 + signal (signals ignored by default return);
    /// false gives ENOSYS.
    public var raiseExits = true

    public init(arguments: [String] = [], environment: [String] = []) {
        self.arguments = arguments
        self.environment = environment
    }
}
