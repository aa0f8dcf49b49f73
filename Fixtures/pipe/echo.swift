// An Embedded Swift pipe guest over GuestSDK/pipe/Pipe.swift.
//   echo(n) -> i64:      n times, receives bytes on pipe 0 and sends them back on pipe 1; returns the total
//   addOne(n) -> i64:    n times, receives a u64 on pipe 2 and sends it + 1 on pipe 3; returns the last
//                        value received (traps on a message that is not 8 bytes)

@_cdecl("echo")
public func echo(_ n: Int32) -> Int64 {
    let input = Pipe(id: 0), output = Pipe(id: 1)
    var total: Int64 = 0
    var i: Int32 = 0
    while i < n {
        let length = input.receive { $0.count }
        total += Int64(length)
        output.sendBuffer(length: length)
        i += 1
    }
    return total
}

@_cdecl("addOne")
public func addOne(_ n: Int32) -> Int64 {
    let input = Pipe(id: 2), output = Pipe(id: 3)
    var last: UInt64 = 0
    var i: Int32 = 0
    while i < n {
        guard let value = input.receive(UInt64.self) else { fatalError() }
        last = value
        output.send(value &+ 1)
        i += 1
    }
    return Int64(bitPattern: last)
}
