import WasmHost
import WasmHostWASI

#if canImport(Glibc)
import Glibc
#endif

/// `wasi_snapshot_preview1` for waPC guests: the project's WASI module, with `poll_oneoff` made
/// interruptible. A guest sleeping on relative clocks (`std::thread::sleep`, `time.Sleep`) sleeps in
/// slices that watch the invocation's deadline and interrupt flag, so a deadline stops a sleeping guest
/// as it stops a looping one. Other subscriptions go to the WASI system unchanged.
struct WAPCWASIModule: HostModule {
    let name = "wasi_snapshot_preview1"
    let wasi: WASIModule
    let hostCall: WAPCHostCallHandler
    let logger: WAPCLogger?

    func externals(for context: InstantiationContext) throws -> [String: External] {
        var members = try wasi.externals(for: context)
        let state = WAPCInstanceState.obtain(context, hostCall: hostCall, logger: logger)
        let i32 = ValueType.i32
        members["poll_oneoff"] = .function(HostFunction(type: FunctionType(parameters: [i32, i32, i32, i32], results: [i32])) { caller, slots in
            let errno = try Self.pollOneOff(caller, state, UInt32(truncatingIfNeeded: slots[0]), UInt32(truncatingIfNeeded: slots[1]),
                                            UInt32(truncatingIfNeeded: slots[2]), UInt32(truncatingIfNeeded: slots[3]))
            slots[0] = UInt64(errno.rawValue)
        })
        return members
    }

    static let slice: UInt64 = 10_000_000

    static func pollOneOff(_ caller: Caller, _ state: WAPCInstanceState, _ input: UInt32, _ output: UInt32,
                           _ count: UInt32, _ eventCount: UInt32) throws(Trap) -> Errno {
        guard let memory = caller.memory else { return .fault }
        guard count > 0 else { return .inval }
        let inBytes = Int(count) * 48, outBytes = Int(count) * 32
        guard memory.contains(Int(input), count: inBytes), memory.contains(Int(output), count: outBytes),
              memory.contains(Int(eventCount), count: 4) else { return .fault }
        var subscriptions: [Subscription] = []
        subscriptions.reserveCapacity(Int(count))
        for i in 0..<Int(count) {
            let at = Int(input) + i * 48
            guard let userData = try? memory.load(UInt64.self, at: at), let tag = try? memory.load(UInt8.self, at: at + 8),
                  let word = try? memory.load(UInt32.self, at: at + 16) else { return .fault }
            switch tag {
            case 0:
                guard let timeout = try? memory.load(UInt64.self, at: at + 24), let precision = try? memory.load(UInt64.self, at: at + 32),
                      let flags = try? memory.load(UInt16.self, at: at + 40) else { return .fault }
                subscriptions.append(Subscription(userData: userData, kind: .clock(id: word, timeout: timeout, precision: precision, absolute: flags & 1 != 0)))
            case 1: subscriptions.append(Subscription(userData: userData, kind: .fdRead(FD(bitPattern: word))))
            case 2: subscriptions.append(Subscription(userData: userData, kind: .fdWrite(FD(bitPattern: word))))
            default: return .inval
            }
        }
        var events: [Event] = []
        if let shortest = relativeSleep(subscriptions) {
            try sleep(shortest, state)
            for subscription in subscriptions {
                if case .clock(_, let timeout, _, _) = subscription.kind, timeout <= shortest {
                    events.append(Event(userData: subscription.userData, errno: .success, type: .clock))
                }
            }
        } else {
            guard let wasi = caller.instance.flatMap(WASIModule.state(of:)) else { return .fault }
            do { try wasi.system.pollOneOff(subscriptions, into: &events) } catch { return error }
        }
        let written = min(events.count, Int(count))
        do {
            try memory.write(repeatElement(UInt8(0), count: outBytes), at: Int(output))
            for (i, event) in events.prefix(written).enumerated() {
                let at = Int(output) + i * 32
                try memory.store(event.userData, at: at)
                try memory.store(event.errno.rawValue, at: at + 8)
                try memory.store(event.type.rawValue, at: at + 10)
                try memory.store(event.nbytes, at: at + 16)
                try memory.store(UInt16(event.hangup ? 1 : 0), at: at + 24)
            }
            try memory.store(UInt32(written), at: Int(eventCount))
        } catch {
            return .fault
        }
        return .success
    }

    /// The shortest timeout when every subscription is a relative realtime or monotonic clock.
    static func relativeSleep(_ subscriptions: [Subscription]) -> UInt64? {
        var shortest = UInt64.max
        for subscription in subscriptions {
            guard case .clock(let id, let timeout, _, let absolute) = subscription.kind, id <= 1, !absolute else { return nil }
            shortest = min(shortest, timeout)
        }
        return shortest
    }

    /// Sleeps `nanoseconds` in slices, trapping when the invocation is interrupted or past its deadline.
    static func sleep(_ nanoseconds: UInt64, _ state: WAPCInstanceState) throws(Trap) {
        let now = ExecutionControls.monotonicNow()
        let end = now.addingReportingOverflow(nanoseconds).overflow ? UInt64.max : now + nanoseconds
        while true {
            try state.checkInterruption()
            let current = ExecutionControls.monotonicNow()
            if current >= end { return }
            var step = min(end - current, slice)
            if let deadline = state.deadline, deadline > current { step = min(step, deadline - current) }
            var request = timespec(tv_sec: Int(step / 1_000_000_000), tv_nsec: Int(step % 1_000_000_000))
            var remaining = timespec()
            _ = nanosleep(&request, &remaining)
        }
    }
}
