#if canImport(Glibc)
import Glibc
import Synchronization
import WasmHost
import WasmHostWASI

/// One WATM instance serving one connection: setup on the caller's thread (instantiate, initialize,
/// init export, role export, control pipe), then the worker export on a dedicated thread. The host never
/// calls into the instance once the worker runs; it talks to it only through the control pipe.
final class Session: @unchecked Sendable {
    let engine: Engine
    let instance: Instance
    let context: ConnectionContext
    let wasi: WASIState
    let interrupt = InterruptHandle()
    let exit = ExitSignal()
    /// Host fds of this session other than the context's connections: the guest end of the caller
    /// pair and both control-pipe ends. `tornDown` once everything guest-side is closed.
    private let state = Mutex<(fds: [Int32], controlWrite: Int32, tornDown: Bool)>(([], -1, false))
    private var thread: pthread_t?
    private let joined = Atomic<Bool>(false)

    private init(_ engine: Engine, _ instance: Instance, _ context: ConnectionContext, _ wasi: WASIState) {
        self.engine = engine
        self.instance = instance
        self.context = context
        self.wasi = wasi
    }

    deinit { teardown() }

    /// Instantiates, runs `_start`/`_initialize` and the init export; `prepare` fills in the role's
    /// dialer, target and listener first.
    static func make(_ engine: Engine, deadline: UInt64?, prepare: (ConnectionContext) -> Void) throws(WaterError) -> Session {
        let instance: Instance
        do {
            instance = try engine.runtime.instantiate(engine.module, controls: ExecutionControls(deadline: deadline))
        } catch {
            throw Session.map(error, "instantiate")
        }
        guard let wasi = WASIModule.state(of: instance) else {
            throw .module("the WATM does not import wasi_snapshot_preview1")
        }
        let context = instance.hostState["env"] as? ConnectionContext ?? ConnectionContext()
        context.wasi = wasi
        context.deadline = deadline
        context.logger = engine.config.logger
        context.configBytes = engine.config.transportModuleConfig
        prepare(context)
        let session = Session(engine, instance, context, wasi)
        for entry in ["_start", "_initialize"] where instance.function(entry) != nil {
            do {
                try instance.invoke(entry, [], controls: ExecutionControls(interrupt: session.interrupt, deadline: deadline))
            } catch {
                if case .trap(let trap) = error, trap.kind == .exit, (trap.exitCode ?? 0) == 0 { break }
                throw Session.map(error, entry)
            }
            break
        }
        let r = try session.call(engine.abi.initialize, [], deadline: deadline)
        guard r == 0 else { throw .initFailed(r) }
        return session
    }

    /// Calls an export taking i32s and returning one i32.
    func call(_ export: String, _ arguments: [Value], deadline: UInt64?) throws(WaterError) -> Int32 {
        do {
            let results = try instance.invoke(export, arguments, controls: ExecutionControls(interrupt: interrupt, deadline: deadline))
            guard case .i32(let r)? = results.first else { throw WaterError.badExport("\(export) returned \(results)") }
            return Int32(bitPattern: r)
        } catch let error as WaterError {
            throw error
        } catch {
            throw Session.map(error, export)
        }
    }

    static func map(_ error: any Error, _ what: String) -> WaterError {
        if let wasm = error as? WasmError, case .trap(let trap) = wasm, trap.kind == .deadlineExceeded { return .timedOut }
        return .module("\(what): \(error)")
    }

    /// Inserts a host socket the session owns into the guest; returns its guest fd.
    private func insertOwned(_ fd: Int32) throws(WaterError) -> Int32 {
        state.withLock { $0.fds.append(fd) }
        do {
            return Int32(try wasi.insertSocket(fd))
        } catch {
            throw .system("insert fd", Int32(error.rawValue))
        }
    }

    /// The dialer and listener roles: creates the caller pair, calls the role export with the guest end,
    /// starts the worker and returns the user end as a `Conn`.
    func connect(_ role: Water.Role, deadline: UInt64?) throws(WaterError) -> Water.Conn {
        let export = try engine.abi.export(for: role)
        let (user, guest) = try Water.Socket.pair()
        Water.Socket.setBufferSizes(user, Water.Socket.pairBufferSize)
        Water.Socket.setBufferSizes(guest, Water.Socket.pairBufferSize)
        do throws(WaterError) {
            let guestFD = try insertOwned(guest)
            let r = try call(export, [.i32(UInt32(bitPattern: guestFD))], deadline: deadline)
            guard r >= 0 else { throw context.lastError ?? .exportFailed(export: export, errno: -r) }
            guard let network = context.hostFD(forGuest: r) else {
                throw .exportFailed(export: export, errno: WaterErrno.badf)
            }
            let local = Water.Socket.address(of: network, peer: false)
            let remote = Water.Socket.address(of: network, peer: true)
            try startWorker(detached: false)
            return Water.Conn(fd: user, session: self, localAddress: local, remoteAddress: remote)
        } catch {
            Water.Socket.close(user)
            teardown()
            throw error
        }
    }

    /// The relay role: `associate` accepts and dials inside the guest; the worker then runs detached.
    func associate() throws(WaterError) {
        let export = try engine.abi.export(for: .relay)
        do throws(WaterError) {
            let r = try call(export, [], deadline: nil)
            guard r >= 0 else { throw context.lastError ?? .exportFailed(export: export, errno: -r) }
            try startWorker(detached: true)
        } catch {
            teardown()
            throw error
        }
    }

    /// Creates the control pipe, hands its read end to the control export, and starts the worker thread.
    private func startWorker(detached: Bool) throws(WaterError) {
        let (controlRead, controlWrite) = try Water.Socket.pair()
        state.withLock {
            $0.fds.append(controlWrite)
            $0.controlWrite = controlWrite
        }
        let guestFD = try insertOwned(controlRead)
        let r = try call(engine.abi.controlPipe, [.i32(UInt32(bitPattern: guestFD))], deadline: nil)
        guard r >= 0 else { throw .exportFailed(export: engine.abi.controlPipe, errno: -r) }
        let box = Unmanaged.passRetained(WorkerBox(self))
        var handle = pthread_t()
        let created = pthread_create(&handle, nil, { raw in
            let box = Unmanaged<WorkerBox>.fromOpaque(raw!).takeRetainedValue()
            box.session.runWorker()
            return nil
        }, box.toOpaque())
        guard created == 0 else {
            box.release()
            throw .system("pthread_create", created)
        }
        if detached {
            pthread_detach(handle)
            joined.store(true, ordering: .relaxed)
        } else {
            thread = handle
        }
    }

    /// The name of worker threads (visible in /proc/self/task/*/comm).
    static let workerThreadName = "watm-worker"

    private func runWorker() {
        Session.nameThisThread(Session.workerThreadName)
        let result: Water.WorkerExit
        do {
            let values = try instance.invoke(engine.abi.start, [], controls: ExecutionControls(interrupt: interrupt))
            if case .i32(let r)? = values.first { result = .returned(Int32(bitPattern: r)) } else { result = .trapped("no result") }
        } catch {
            result = .trapped("\(error)")
        }
        engine.log("worker exited: \(result)")
        exit.fire(result)
        teardown()
    }

    /// Names the calling thread (through /proc, as the GNU pthread_setname_np is not imported).
    private static func nameThisThread(_ name: String) {
        let fd = open("/proc/thread-self/comm", O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = Engine.writeAll(fd, Array(name.utf8))
        _ = close(fd)
    }

    /// Cancels the worker: one 0x00 byte on the control pipe, then after the grace period a hard stop
    /// (interrupt flag, and every guest-side socket shut down so a blocked poll wakes). Waits for the
    /// worker and joins its thread.
    func cancel() {
        if exit.value == nil {
            state.withLock { s in
                guard !s.tornDown, s.controlWrite >= 0 else { return }
                var zero: UInt8 = 0
                _ = send(s.controlWrite, &zero, 1, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
            }
            let grace = Water.Socket.deadline(after: engine.config.cancelGracePeriod)
            if exit.wait(until: grace) == nil {
                engine.log("worker ignored the control byte: hard stop")
                interrupt.interrupt()
                state.withLock { s in
                    guard !s.tornDown else { return }
                    for fd in s.fds { _ = shutdown(fd, Int32(SHUT_RDWR)) }
                    for (_, host) in context.connections { _ = shutdown(host, Int32(SHUT_RDWR)) }
                }
                _ = exit.wait(until: nil)
            }
        }
        join()
    }

    private func join() {
        guard let thread, !joined.exchange(true, ordering: .acquiringAndReleasing) else { return }
        pthread_join(thread, nil)
    }

    /// Closes everything guest-side: the instance's WASI files, the connections, the session's fds.
    /// Idempotent.
    func teardown() {
        let fds: [Int32]? = state.withLock { s in
            guard !s.tornDown else { return nil }
            s.tornDown = true
            defer { s.fds.removeAll() }
            return s.fds
        }
        guard let fds else { return }
        wasi.system.close()
        for fd in context.takeConnections() { Water.Socket.close(fd) }
        for fd in fds { Water.Socket.close(fd) }
    }
}

private final class WorkerBox {
    let session: Session
    init(_ session: Session) { self.session = session }
}
#endif
