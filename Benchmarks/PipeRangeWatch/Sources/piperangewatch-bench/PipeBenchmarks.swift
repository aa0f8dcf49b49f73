import Foundation
import WasmHost
import WasmHostPipe

/// Pipe throughput: one sender and one receiver on one pipe, rendezvous (capacity 0) unless noted.
enum PipeBenchmarks {
    static func run() throws {
        print("pipe throughput (median of 5 runs; one sender thread, one receiver thread)")
        print("| endpoints | mode | message | messages/s | MB/s |")
        print("|---|---|---:|---:|---:|")
        for size in [16, 65536] {
            let count = size == 16 ? 50_000 : 5_000
            try report("host → host", "rendezvous", size, count) { try hostToHost(size: size, count: count, capacity: 0) }
            try report("host → host", "capacity 64", size, count) { try hostToHost(size: size, count: count, capacity: 64) }
            try report("guest → guest", "rendezvous", size, count) { try guestToGuest(size: size, count: count) }
        }
    }

    static func report(_ endpoints: String, _ mode: String, _ size: Int, _ count: Int, _ body: () throws -> Double) throws {
        var rates: [Double] = []
        for _ in 0..<5 { rates.append(Double(count) / (try body())) }
        let rate = median(rates)
        let label = size == 16 ? "16 B" : "64 KiB"
        print("| \(endpoints) | \(mode) | \(label) | \(format(rate)) | \(format(rate * Double(size) / 1e6)) |")
    }

    /// Seconds to move `count` messages between two host threads.
    static func hostToHost(size: Int, count: Int, capacity: Int) throws -> Double {
        let scope = PipeScope(capacity: capacity)
        let message = [UInt8](repeating: 7, count: size)
        let start = now()
        let sender = Worker { for _ in 0..<count { try scope.send(pipe: 1, message) } }
        for _ in 0..<count { _ = try scope.receive(pipe: 1) }
        try sender.join()
        return now() - start
    }

    /// Seconds to move `count` messages from one guest instance to another (pipe_test.wasm's
    /// `sendMany`/`recvMany` loops over the C SDK).
    static func guestToGuest(size: Int, count: Int) throws -> Double {
        let runtime = Runtime()
        runtime.register(PipeModule())
        let module = try runtime.compile(try fixture("pipe/pipe_test.wasm"))
        let a = try runtime.instantiate(module), b = try runtime.instantiate(module)
        let scope = PipeScope()
        let start = now()
        let sender = Worker {
            try scope.run { _ = try a.invoke("sendMany", [.i32(3), .i32(UInt32(count)), .i32(UInt32(size))]) }
        }
        let received = try scope.run { try b.invoke("recvMany", [.i32(3), .i32(UInt32(count))]) }
        try sender.join()
        let elapsed = now() - start
        guard received == [.i64(UInt64(count * size))] else { fatalError("received \(received)") }
        return elapsed
    }
}
