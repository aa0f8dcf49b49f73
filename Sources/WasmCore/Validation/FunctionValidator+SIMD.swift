extension FunctionValidator {
    /// Type-checks a SIMD instruction: lane indices, alignment and operand types.
    mutating func applySIMD(_ instruction: Instruction) throws(WasmError) {
        switch instruction {
        case .v128Const:
            push(.v128)
        case .i8x16Shuffle(let low, let high):
            for i in 0..<8 where (low >> UInt64(8 * i)) & 0xFF >= 32 || (high >> UInt64(8 * i)) & 0xFF >= 32 {
                throw invalid("invalid lane index")
            }
            try pop(.v128)
            try pop(.v128)
            push(.v128)
        case .simd(let op):
            switch op.shape {
            case .splat(let type):
                try pop(type)
            case .unary:
                try pop(.v128)
            case .binary:
                try pop(.v128)
                try pop(.v128)
            case .ternary:
                try pop(.v128)
                try pop(.v128)
                try pop(.v128)
            case .test:
                try pop(.v128)
                push(.i32)
                return
            case .shift:
                try pop(.i32)
                try pop(.v128)
            default:
                throw invalid("malformed SIMD instruction")
            }
            push(.v128)
        case .simdLane(let op, let lane):
            switch op.shape {
            case .extractLane(let type, let lanes):
                guard lane < lanes else { throw invalid("invalid lane index") }
                try pop(.v128)
                push(type)
            case .replaceLane(let type, let lanes):
                guard lane < lanes else { throw invalid("invalid lane index") }
                try pop(type)
                try pop(.v128)
                push(.v128)
            default:
                throw invalid("malformed SIMD instruction")
            }
        case .simdMemory(let op, let memarg):
            try checkMemory(memarg.memory)
            switch op.shape {
            case .load(let alignment):
                guard memarg.align <= alignment else { throw invalid("alignment must not be larger than natural") }
                try pop(addressType)
                push(.v128)
            case .store(let alignment):
                guard memarg.align <= alignment else { throw invalid("alignment must not be larger than natural") }
                try pop(.v128)
                try pop(addressType)
            default:
                throw invalid("malformed SIMD instruction")
            }
        case .simdMemoryLane(let op, let memarg, let lane):
            try checkMemory(memarg.memory)
            switch op.shape {
            case .loadLane(let alignment, let lanes), .storeLane(let alignment, let lanes):
                guard memarg.align <= alignment else { throw invalid("alignment must not be larger than natural") }
                guard lane < lanes else { throw invalid("invalid lane index") }
                try pop(.v128)
                try pop(addressType)
                if case .loadLane = op.shape { push(.v128) }
            default:
                throw invalid("malformed SIMD instruction")
            }
        default:
            break
        }
    }
}
