#if canImport(Glibc)
import Glibc
#endif

/// Opens the TCP socket of `--listen ADDR:PORT` (bound, listening, non-blocking) or `--dial ADDR:PORT`
/// (connected, then non-blocking). IPv4 only; `tcp://` and `tcp4://` prefixes are accepted, an empty
/// host means 0.0.0.0 (listen) or 127.0.0.1 (dial), and `localhost` means 127.0.0.1.
func openTCPSocket(_ spec: String, listen: Bool) throws(UsageError) -> Int32 {
    var text = Substring(spec)
    for prefix in ["tcp://", "tcp4://", "tcp+listen://", "tcp+dial://"] where text.hasPrefix(prefix) {
        text = text.dropFirst(prefix.count)
    }
    guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]) else {
        throw UsageError(message: "invalid address \"\(spec)\": expected HOST:PORT")
    }
    var host = String(text[..<colon])
    if host.isEmpty { host = listen ? "0.0.0.0" : "127.0.0.1" }
    if host == "localhost" { host = "127.0.0.1" }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
        throw UsageError(message: "invalid address \"\(spec)\": only IPv4 addresses are supported")
    }
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw UsageError(message: "socket: \(String(cString: strerror(errno)))") }
    var one: Int32 = 1
    _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
    let length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let ok = withUnsafePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
            listen ? bind(fd, raw, length) == 0 && Glibc.listen(fd, 128) == 0 : connect(fd, raw, length) == 0
        }
    }
    guard ok else {
        let message = String(cString: strerror(errno))
        close(fd)
        throw UsageError(message: "\(listen ? "listen" : "dial") \(spec): \(message)")
    }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    return fd
}
