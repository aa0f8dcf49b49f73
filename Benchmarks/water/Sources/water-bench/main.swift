import Glibc
import WasmHostWATER

/// One-way stream benchmark: the sender writes `total` bytes in `chunk`-byte writes, a reader thread on
/// the far end counts them; the figure is MB/s (10^6 bytes per second) from the first write to the last
/// byte read.
var mib = 1024
var chunkKiB = 64
var runs = 3
var modules: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--mib": mib = Int(arguments.popFirst() ?? "") ?? mib
    case "--chunk-kib": chunkKiB = Int(arguments.popFirst() ?? "") ?? chunkKiB
    case "--runs": runs = max(1, Int(arguments.popFirst() ?? "") ?? runs)
    case "--watm": if let path = arguments.popFirst() { modules.append(path) }
    default:
        print("usage: water-bench [--mib N] [--chunk-kib N] [--runs N] [--watm PATH]...")
        exit(2)
    }
}
if modules.isEmpty {
    // #filePath is …/Benchmarks/water/Sources/water-bench/main.swift.
    let root = String(#filePath).split(separator: "/", omittingEmptySubsequences: false).dropLast(5).joined(separator: "/")
    modules = [root + "/Fixtures/water/v1/plain.wasm"]
}
let total = mib << 20
let chunk = chunkKiB << 10

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

final class Reader: @unchecked Sendable {
    let fd: Int32
    var count = 0
    var thread = pthread_t()
    init(_ fd: Int32) {
        self.fd = fd
        let box = Unmanaged.passRetained(self)
        pthread_create(&thread, nil, { raw in
            let reader = Unmanaged<Reader>.fromOpaque(raw!).takeRetainedValue()
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            while reader.count < total {
                let n = buffer.withUnsafeMutableBytes { recv(reader.fd, $0.baseAddress, $0.count, 0) }
                if n <= 0 { break }
                reader.count += n
            }
            return nil
        }, box.toOpaque())
    }
    func join() -> Int {
        pthread_join(thread, nil)
        return count
    }
}

func run(_ name: String, write: ([UInt8]) throws -> Void, reader: Reader) rethrows -> Double {
    let payload = [UInt8](repeating: 0x5A, count: chunk)
    let start = now()
    var sent = 0
    while sent < total {
        try write(payload)
        sent += payload.count
    }
    let received = reader.join()
    let seconds = now() - start
    let rate = Double(received) / seconds / 1e6
    let line = "\(name): \(received >> 20) MiB in \(fixed(seconds, 3)) s = \(fixed(rate, 1)) MB/s"
    print(line)
    return rate
}

/// `value` with `digits` decimals.
func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    let whole = scaled / Int(scale), fraction = String(abs(scaled) % Int(scale))
    return digits == 0 ? "\(whole)" : "\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction
}

func sendAll(_ fd: Int32, _ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
        if n <= 0 { fatalError("send: errno \(errno)") }
        offset += n
    }
}

/// The far end of the pair the benchmark's dialer hands out.
final class FarEnd: @unchecked Sendable {
    var fd: Int32 = -1
}

/// The best of `runs` measurements (the machine may be shared: the best run is the least disturbed).
func best(_ runs: Int, _ measure: () throws -> Double) rethrows -> Double {
    var top = 0.0
    for _ in 0..<runs { top = max(top, try measure()) }
    return top
}

do {
    print("one-way stream of \(mib) MiB in \(chunkKiB) KiB writes, best of \(runs) runs")
    let tcpPeer = try Water.SocketListener(listeningOn: "127.0.0.1:0")
    let tcp = try best(runs) {
        let client = try Water.Socket.dial(network: "tcp", address: tcpPeer.address, deadline: nil)
        let server = try tcpPeer.accept()
        defer { close(client); close(server) }
        return run("bare TCP loopback      ", write: { sendAll(client, $0) }, reader: Reader(server))
    }
    let pair = try best(runs) {
        let (a, b) = try Water.Socket.pair()
        defer { close(a); close(b) }
        return run("bare AF_UNIX pair      ", write: { sendAll(a, $0) }, reader: Reader(b))
    }
    for path in modules {
        guard let file = fopen(path, "rb") else { fatalError("cannot open \(path)") }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while case let n = fread(&buffer, 1, buffer.count, file), n > 0 { bytes += buffer[..<n] }
        fclose(file)
        let name = path.split(separator: "/").suffix(2).joined(separator: "/")
        let dialer = try Water.Dialer(Water.Config(transportModule: bytes))
        let rate = try best(runs) {
            let conn = try dialer.dial(address: tcpPeer.address)
            let far = try tcpPeer.accept()
            defer { conn.close(); close(far) }
            return try run("WATER \(name) (dial → TCP)", write: { try conn.write($0) }, reader: Reader(far))
        }
        // The same with the network side on an AF_UNIX pair too (a dialer handing the WATM one end).
        let farEnd = FarEnd()
        var pairConfig = Water.Config(transportModule: bytes)
        pairConfig.networkDialer = { _, _ in
            let (near, far) = try Water.Socket.pair()
            farEnd.fd = far
            return near
        }
        let pairDialer = try Water.Dialer(pairConfig)
        let pairRate = try best(runs) {
            let conn = try pairDialer.dial(address: "pair:0")
            let far = farEnd.fd
            defer { conn.close(); close(far) }
            return try run("WATER \(name) (dial → AF_UNIX pair)", write: { try conn.write($0) }, reader: Reader(far))
        }
        print("best: bare TCP \(fixed(tcp, 1)) MB/s, bare pair \(fixed(pair, 1)) MB/s, WATER → TCP \(fixed(rate, 1)) MB/s, WATER → pair \(fixed(pairRate, 1)) MB/s")
        print("ratio WATER → TCP / bare TCP: \(fixed(rate / tcp, 2)); WATER → pair / bare pair: \(fixed(pairRate / pair, 2))")
    }
    tcpPeer.close()
} catch {
    print("error: \(error)")
    exit(1)
}
