extension InstructionReader {
    /// The 0xFD prefix: a u32 sub-opcode (`SIMDOp`), then the immediates its shape needs.
    mutating func readSIMD(start: Int) throws(WasmError) -> Instruction {
        guard features.contains(.simd) else { throw reader.error("illegal opcode", at: start) }
        let sub = try reader.readU32()
        guard let op = SIMDOp(rawValue: sub) else { throw reader.error("illegal opcode", at: start) }
        switch op.shape {
        case .load, .store:
            return .simdMemory(op, try readMemArg())
        case .loadLane, .storeLane:
            let memarg = try readMemArg()
            return .simdMemoryLane(op, memarg, lane: try reader.readByte())
        case .constant:
            let low = try reader.readFixed(8)
            return .v128Const(low: low, high: try reader.readFixed(8))
        case .shuffle:
            let low = try reader.readFixed(8)
            return .i8x16Shuffle(low: low, high: try reader.readFixed(8))
        case .extractLane, .replaceLane:
            return .simdLane(op, lane: try reader.readByte())
        case .splat, .unary, .binary, .ternary, .test, .shift:
            return .simd(op)
        }
    }
}
