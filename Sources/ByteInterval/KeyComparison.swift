/// Lexicographic comparison of byte strings as unsigned bytes; a proper prefix sorts first.
///
/// Returns a negative number, zero or a positive number when `a` sorts before, equal to or after `b`.
/// Compares eight bytes at a time as big-endian words, then byte by byte.
@inline(__always)
func compareKeys(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
    let common = Swift.min(a.count, b.count)
    var i = 0
    while i &+ 8 <= common {
        let x = UInt64(bigEndian: a.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        let y = UInt64(bigEndian: b.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        if x != y { return x < y ? -1 : 1 }
        i &+= 8
    }
    while i < common {
        let x = a[i], y = b[i]
        if x != y { return x < y ? -1 : 1 }
        i &+= 1
    }
    return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
}

/// Lexicographic comparison of two byte arrays (see the buffer overload).
@usableFromInline @inline(__always)
func compareKeys(_ a: [UInt8], _ b: [UInt8]) -> Int {
    a.withUnsafeBytes { pa in b.withUnsafeBytes { pb in compareKeys(pa, pb) } }
}

/// The first eight bytes of a key as a big-endian integer, zero-padded. Keys whose prefixes differ
/// compare like their prefixes, so most comparisons need not read the key bytes.
@inline(__always)
func keyPrefix(_ key: UnsafeRawBufferPointer) -> UInt64 {
    if key.count >= 8 { return UInt64(bigEndian: key.loadUnaligned(as: UInt64.self)) }
    var value: UInt64 = 0
    for i in 0..<8 { value = value << 8 | (i < key.count ? UInt64(key[i]) : 0) }
    return value
}

/// The prefix (see the buffer overload) of a byte array.
@inline(__always)
func keyPrefix(_ key: [UInt8]) -> UInt64 {
    key.withUnsafeBytes { keyPrefix($0) }
}
