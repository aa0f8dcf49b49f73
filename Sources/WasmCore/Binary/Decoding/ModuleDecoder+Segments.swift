/// The element and data sections.
extension ModuleDecoder {
    /// Element segments, all eight forms. The flags' bit 0 means passive/declarative (bit 1 set:
    /// declarative) or, with bit 1, an explicit table index; bit 2 means expressions instead of
    /// function indices.
    mutating func decodeElementSection() throws(WasmError) {
        let count = try readLength()
        module.elements.reserveCapacity(count)
        for _ in 0..<count {
            let flagsOffset = reader.offset
            let flags = try reader.readU32()
            guard flags <= 7 else { throw reader.error("malformed elements segment kind", at: flagsOffset) }
            let isPassiveOrDeclarative = flags & 1 != 0
            let hasTableOrKind = flags & 2 != 0
            let usesExpressions = flags & 4 != 0

            let mode: ElementSegment.Mode
            if isPassiveOrDeclarative {
                mode = hasTableOrKind ? .declarative : .passive
            } else {
                let table = hasTableOrKind ? try reader.readU32() : 0
                mode = .active(table: table, offset: try readConstExpression())
            }

            // Forms 0 and 4 imply funcref; the others carry an element kind or a reference type.
            var type = ValueType.funcref
            if isPassiveOrDeclarative || hasTableOrKind {
                if usesExpressions {
                    type = try readReferenceType()
                } else {
                    let kindOffset = reader.offset
                    guard try reader.readByte() == 0x00 else {
                        throw reader.error("malformed element kind", at: kindOffset)
                    }
                }
            }

            let length = try readLength()
            var initializers: [ConstExpression] = []
            initializers.reserveCapacity(length)
            for _ in 0..<length {
                if usesExpressions {
                    initializers.append(try readConstExpression())
                } else {
                    initializers.append(ConstExpression([.refFunc(try reader.readU32())]))
                }
            }
            module.elements.append(ElementSegment(type: type, initializers: initializers, mode: mode))
        }
    }

    /// Data segments: 0 active in memory 0, 1 passive, 2 active with a memory index.
    mutating func decodeDataSection() throws(WasmError) {
        let count = try readLength()
        module.datas.reserveCapacity(count)
        for _ in 0..<count {
            let flagsOffset = reader.offset
            let mode: DataSegment.Mode
            switch try reader.readU32() {
            case 0: mode = .active(memory: 0, offset: try readConstExpression())
            case 1: mode = .passive
            case 2:
                let memory = try reader.readU32()
                mode = .active(memory: memory, offset: try readConstExpression())
            default: throw reader.error("malformed data segment kind", at: flagsOffset)
            }
            let bytes = try readBytes(try readLength())
            module.datas.append(DataSegment(bytes: bytes, mode: mode))
        }
    }
}
