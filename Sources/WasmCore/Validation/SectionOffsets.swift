/// Section ids of the binary format, used to locate module-level validation errors.
enum SectionID: UInt8 {
    case custom = 0, type, `import`, function, table, memory, global, export, start, element, code, data, dataCount
}

extension Module {
    /// Offset of the first section with `id` in `bytes` (0 when there is none or the bytes are unreadable).
    /// Only used to report errors, so it walks the section headers on demand.
    func sectionOffset(_ id: SectionID) -> Int {
        var offset = 8
        while offset < bytes.count {
            let start = offset
            let sectionID = bytes[offset]
            offset += 1
            var size = 0
            var shift = 0
            while true {
                guard offset < bytes.count, shift < 35 else { return 0 }
                let byte = bytes[offset]
                offset += 1
                size |= Int(byte & 0x7F) << shift
                shift += 7
                if byte & 0x80 == 0 { break }
            }
            if sectionID == id.rawValue { return start }
            offset += size
        }
        return 0
    }
}
