/// The type, import, function, table, memory, global, export and custom sections.
extension ModuleDecoder {
    mutating func decodeTypeSection() throws(WasmError) {
        let count = try readLength()
        module.types.reserveCapacity(count)
        for _ in 0..<count {
            let start = reader.offset
            guard try reader.readSigned(bits: 7) == -0x20 else {
                throw reader.error("malformed function type", at: start)
            }
            let parameters = try readResultType()
            let results = try readResultType()
            module.types.append(FunctionType(parameters: parameters, results: results))
        }
    }

    mutating func decodeImportSection() throws(WasmError) {
        let count = try readLength()
        module.imports.reserveCapacity(count)
        for _ in 0..<count {
            let moduleName = try readName()
            let name = try readName()
            let kindOffset = reader.offset
            let descriptor: ImportDescriptor
            switch try reader.readByte() {
            case 0: descriptor = .function(typeIndex: try reader.readU32())
            case 1: descriptor = .table(try readTableType())
            case 2: descriptor = .memory(try readMemoryType())
            case 3: descriptor = .global(try readGlobalType())
            default: throw reader.error("malformed import kind", at: kindOffset)
            }
            module.imports.append(Import(module: moduleName, name: name, descriptor: descriptor))
        }
    }

    mutating func decodeFunctionSection() throws(WasmError) {
        let count = try readLength()
        module.functions.reserveCapacity(count)
        for _ in 0..<count { module.functions.append(try reader.readU32()) }
    }

    mutating func decodeTableSection() throws(WasmError) {
        let count = try readLength()
        module.tables.reserveCapacity(count)
        for _ in 0..<count { module.tables.append(try readTableType()) }
    }

    mutating func decodeMemorySection() throws(WasmError) {
        let count = try readLength()
        module.memories.reserveCapacity(count)
        for _ in 0..<count { module.memories.append(try readMemoryType()) }
    }

    mutating func decodeGlobalSection() throws(WasmError) {
        let count = try readLength()
        module.globals.reserveCapacity(count)
        for _ in 0..<count {
            let type = try readGlobalType()
            module.globals.append(Global(type: type, initializer: try readConstExpression()))
        }
    }

    mutating func decodeExportSection() throws(WasmError) {
        let count = try readLength()
        module.exports.reserveCapacity(count)
        for _ in 0..<count {
            let name = try readName()
            let kindOffset = reader.offset
            guard let kind = ExternalKind(rawValue: try reader.readByte()) else {
                throw reader.error("malformed export kind", at: kindOffset)
            }
            module.exports.append(Export(name: name, kind: kind, index: try reader.readU32()))
        }
    }

    /// Records the section; a `name` section is parsed best-effort (never an error).
    mutating func decodeCustomSection(end: Int) throws(WasmError) {
        let name = try readName()
        guard reader.offset <= end else { throw reader.error("unexpected end", at: end) }
        let range = reader.offset..<end
        module.customSections.append(CustomSection(name: name, range: range))
        if name == "name" { parseNameSection(range) }
        reader.offset = end
    }
}
