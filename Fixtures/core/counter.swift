// An Embedded Swift guest: a global counter and a checksum loop, exported with C names.
nonisolated(unsafe) var counter: Int32 = 0

@_cdecl("increment")
public func increment(_ by: Int32) -> Int32 {
    counter &+= by
    return counter
}

@_cdecl("checksum")
public func checksum(_ n: Int32) -> Int64 {
    var h: UInt64 = 1469598103934665603
    var i: Int32 = 0
    while i < n {
        h = (h ^ UInt64(UInt32(bitPattern: i))) &* 1099511628211
        i &+= 1
    }
    return Int64(bitPattern: h)
}
