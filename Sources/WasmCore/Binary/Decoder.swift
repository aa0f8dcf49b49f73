/// Decodes a module from the binary format. Only well-formedness is checked here (structure, encodings,
/// section order and sizes, `end` of every body); validity is the validator's job.
///
/// Function bodies are scanned instruction by instruction, so illegal opcodes, bad immediates,
/// a missing `end` and `memory.init`/`data.drop` without a data count section (in a module with data
/// segments) are reported here.
public func decodeModule(_ bytes: [UInt8], features: Features = .wasm2) throws(WasmError) -> Module {
    let result: Result<Module, WasmError> = bytes.withUnsafeBytes { buffer in
        var decoder = ModuleDecoder(bytes: buffer, module: Module(bytes: bytes), features: features)
        do throws(WasmError) {
            try decoder.decode()
            return .success(decoder.module)
        } catch {
            return .failure(error)
        }
    }
    return try result.get()
}

/// The state of one decoding: a reader over the whole module and the module built so far.
///
/// Like the reference interpreter, reads inside a section are bounded by the module end (not the
/// section end) and each section's size is checked once it is parsed ("section size mismatch");
/// this yields the spec testsuite's messages for inconsistent counts.
struct ModuleDecoder {
    var reader: ByteReader
    var module: Module
    let features: Features
    /// Reused frame-kind stack for body scanning.
    var frames: [UInt8] = []
    /// Offset of the first `memory.init`/`data.drop` in a module without a data count section.
    var firstDataIndexUse: Int?

    init(bytes: UnsafeRawBufferPointer, module: Module, features: Features) {
        self.reader = ByteReader(bytes: bytes)
        self.module = module
        self.features = features
    }

    static let headerSize = 8

    mutating func decode() throws(WasmError) {
        do throws(WasmError) {
            try decodeHeader()
            try decodeSections()
            try checkCounts()
        } catch .malformed("unexpected end", let offset) where offset >= Self.headerSize {
            throw .malformed("unexpected end of section or function", offset: offset)
        }
    }

    mutating func decodeHeader() throws(WasmError) {
        let count = reader.bytes.count
        guard count >= 4 else { throw reader.error("unexpected end", at: count) }
        guard try reader.readFixed(4) == 0x6D73_6100 else { throw reader.error("magic header not detected", at: 0) }
        guard count >= 8 else { throw reader.error("unexpected end", at: count) }
        guard try reader.readFixed(4) == 1 else { throw reader.error("unknown binary version", at: 4) }
    }

    /// Position of a non-custom section in the required order (data count sits between element and code).
    static func rank(ofSection id: UInt8) -> Int {
        switch id {
        case 12: 10  // data count
        case 10: 11  // code
        case 11: 12  // data
        default: Int(id)
        }
    }

    mutating func decodeSections() throws(WasmError) {
        var lastRank = 0
        while !reader.isAtEnd {
            let sectionStart = reader.offset
            let id = try reader.readByte()
            guard id <= 12 else { throw reader.error("malformed section id", at: sectionStart) }
            let size = try readLength()
            let start = reader.offset
            let end = start + size
            // `readLength` allows a size reaching past the end by the size's own encoding length.
            guard end <= reader.bytes.count else { throw reader.error("unexpected end", at: reader.bytes.count) }
            if id != 0 {
                let rank = Self.rank(ofSection: id)
                guard rank > lastRank else {
                    throw reader.error("unexpected content after last section", at: sectionStart)
                }
                lastRank = rank
            }
            switch id {
            case 0: try decodeCustomSection(end: end)
            case 1: try decodeTypeSection()
            case 2: try decodeImportSection()
            case 3: try decodeFunctionSection()
            case 4: try decodeTableSection()
            case 5: try decodeMemorySection()
            case 6: try decodeGlobalSection()
            case 7: try decodeExportSection()
            case 8: module.start = try reader.readU32()
            case 9: try decodeElementSection()
            case 10: try decodeCodeSection()
            case 11: try decodeDataSection()
            default: module.dataCount = try reader.readU32()  // 12
            }
            guard reader.offset == end else { throw reader.error("section size mismatch", at: start) }
        }
    }

    /// Cross-section count checks made once all sections are read.
    func checkCounts() throws(WasmError) {
        let end = reader.bytes.count
        guard module.functions.count == module.codes.count else {
            throw reader.error("function and code section have inconsistent lengths", at: end)
        }
        if let dataCount = module.dataCount, Int(dataCount) != module.datas.count {
            throw reader.error("data count and data section have inconsistent lengths", at: end)
        }
        // Like the reference interpreter, a data index in code needs the data count section only when
        // there are data segments; without any, it is a validation error ("unknown data segment").
        if let offset = firstDataIndexUse, !module.datas.isEmpty {
            throw reader.error("data count section required", at: offset)
        }
    }
}
