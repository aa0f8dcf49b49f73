/// Translation of SIMD instructions. `v128` values take two consecutive frame slots. A SIMD instruction's
/// operation word is `SIMDOp.word` (`Op.simdBase` + the operation's tag: past every `Op`, so release builds
/// index their handler table with it directly, and the debug loop sends every word from there up to the
/// `simd` case). Layouts: results `op dst a [b [c]]`; `extract_lane`/`replace_lane` `op dst a [b] lane`;
/// shuffle `op dst a b lanes×4`; loads `op dst addr offset`; stores `op addr value offset`; lane loads
/// `op dst addr vector offset lane`; lane stores `op addr vector offset lane`. `v128.const` emits nothing
/// (a two-slot constant).
extension Translator {
    mutating func translateSIMD(_ instruction: Instruction) {
        switch instruction {
        case .v128Const(let low, let high):
            pushVectorConstant(low: low, high: high)
        case .i8x16Shuffle(let low, let high):
            let b = popOperand(), a = popOperand()
            emitResult(word: SIMDOp.i8x16Shuffle.word, .simd, .v128, [a.slot, b.slot,
                                      UInt32(truncatingIfNeeded: low), UInt32(truncatingIfNeeded: low >> 32),
                                      UInt32(truncatingIfNeeded: high), UInt32(truncatingIfNeeded: high >> 32)],
                       immediates: 4)
        case .simd(let op):
            switch op.shape {
            case .binary, .shift:
                let b = popOperand(), a = popOperand()
                emitResult(word: op.word, .simd, .v128, [a.slot, b.slot])
            case .ternary:
                let c = popOperand(), b = popOperand(), a = popOperand()
                emitResult(word: op.word, .simd, .v128, [a.slot, b.slot, c.slot])
            case .test:
                let a = popOperand()
                emitResult(word: op.word, .simd, .i32, [a.slot])
            default:  // splat, unary
                let a = popOperand()
                emitResult(word: op.word, .simd, .v128, [a.slot])
            }
        case .simdLane(let op, let lane):
            if case .extractLane(let type, _) = op.shape {
                let a = popOperand()
                emitResult(word: op.word, .simd, type, [a.slot, UInt32(lane)], immediates: 1)
            } else {
                let b = popOperand(), a = popOperand()
                emitResult(word: op.word, .simd, .v128, [a.slot, b.slot, UInt32(lane)], immediates: 1)
            }
        case .simdMemory(let op, let memarg):
            let offset = UInt32(truncatingIfNeeded: memarg.offset)
            if case .store = op.shape {
                let value = popOperand(), address = popOperand()
                emitEffect(word: op.word, [address.slot, value.slot, offset], immediates: 1)
            } else {
                let address = popOperand()
                emitResult(word: op.word, .simd, .v128, [address.slot, offset], immediates: 1)
            }
        case .simdMemoryLane(let op, let memarg, let lane):
            let offset = UInt32(truncatingIfNeeded: memarg.offset)
            let vector = popOperand(), address = popOperand()
            if case .storeLane = op.shape {
                emitEffect(word: op.word, [address.slot, vector.slot, offset, UInt32(lane)], immediates: 2)
            } else {
                emitResult(word: op.word, .simd, .v128, [address.slot, vector.slot, offset, UInt32(lane)], immediates: 2)
            }
        default:
            break
        }
    }
}

extension SIMDOp {
    /// The operation's code word: `Op.simdBase` (a multiple of 256) + its enum tag (declaration order), so
    /// that the low byte decodes it by truncation, like `Op.decode`, and the word indexes the release
    /// handler table.
    var word: UInt32 { Op.simdBase + UInt32(unsafeBitCast(self, to: UInt8.self)) }

    /// The operation in a code word made by `word`.
    @inline(__always)
    static func decode(_ word: UInt32) -> SIMDOp { unsafeBitCast(UInt8(truncatingIfNeeded: word), to: SIMDOp.self) }
}
