/// The `name` custom section: module name (subsection 0) and function names (subsection 1).
extension ModuleDecoder {
    /// Fills `moduleName` and `functionNames`; a malformed section is ignored as a whole.
    mutating func parseNameSection(_ range: Range<Int>) {
        var names = ModuleDecoder(bytes: reader.bytes, module: Module(bytes: []), features: features)
        names.reader.offset = range.lowerBound
        names.reader.limit = range.upperBound
        do throws(WasmError) {
            var moduleName: String?
            var functionNames: [UInt32: String] = [:]
            var lastID = -1
            while !names.reader.isAtEnd {
                let id = Int(try names.reader.readByte())
                let size = Int(try names.reader.readU32())
                guard id > lastID, size <= names.reader.remaining else { return }
                lastID = id
                let end = names.reader.offset + size
                switch id {
                case 0:
                    moduleName = try names.readName()
                case 1:
                    let count = try names.readLength()
                    for _ in 0..<count {
                        let index = try names.reader.readU32()
                        functionNames[index] = try names.readName()
                    }
                default:
                    names.reader.offset = end
                }
                guard names.reader.offset == end else { return }
            }
            module.moduleName = moduleName
            module.functionNames = functionNames
        } catch {
            return
        }
    }
}
