/// The code section: locals and a structural scan of every body.
extension ModuleDecoder {
    /// Most locals a function may declare (parameters not included).
    static let maxLocals: UInt64 = 50_000

    mutating func decodeCodeSection() throws(WasmError) {
        let count = try readLength()
        module.codes.reserveCapacity(count)
        for _ in 0..<count {
            let size = try readLength()
            let bodyStart = reader.offset
            let bodyEnd = bodyStart + size

            let localsOffset = reader.offset
            let groups = try readLength()
            var locals: [LocalDeclaration] = []
            locals.reserveCapacity(groups)
            var total: UInt64 = 0
            for _ in 0..<groups {
                let n = try reader.readU32()
                total += UInt64(n)  // checked after each group, so it stays below 2^33
                guard total <= Self.maxLocals else { throw reader.error("too many locals", at: localsOffset) }
                locals.append(LocalDeclaration(count: n, type: try readValueType()))
            }

            let codeStart = reader.offset
            let codeEnd = try scanBody(from: codeStart)
            guard codeEnd == bodyEnd else { throw reader.error("section size mismatch", at: bodyStart) }
            reader.offset = codeEnd
            module.codes.append(FunctionBody(locals: locals, localCount: Int(total), codeStart: codeStart, codeEnd: codeEnd))
        }
    }

    /// Reads instructions up to the `end` closing the function and returns the offset after it.
    /// Checks the block structure (`else` only once inside `if`) and records the first `memory.init`
    /// or `data.drop` met without a data count section (see `checkCounts`).
    mutating func scanBody(from start: Int) throws(WasmError) -> Int {
        enum Frame { static let plain: UInt8 = 0, thenBranch: UInt8 = 1, elseBranch: UInt8 = 2 }
        var instructions = InstructionReader(bytes: reader.bytes, range: start..<reader.limit, features: features)
        frames.removeAll(keepingCapacity: true)
        frames.append(Frame.plain)
        while true {
            let offset = instructions.offset
            switch try instructions.read() {
            case .block, .loop:
                frames.append(Frame.plain)
            case .if:
                frames.append(Frame.thenBranch)
            case .else:
                guard frames[frames.count - 1] == Frame.thenBranch else {
                    throw reader.error("END opcode expected", at: offset)
                }
                frames[frames.count - 1] = Frame.elseBranch
            case .end:
                frames.removeLast()
                if frames.isEmpty { return instructions.offset }
            case .memoryInit, .dataDrop:
                if module.dataCount == nil, firstDataIndexUse == nil { firstDataIndexUse = offset }
            default:
                break
            }
        }
    }
}
