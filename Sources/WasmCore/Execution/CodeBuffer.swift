/// Translated code of one function, inside the module's code buffer.
struct FunctionCode {
    /// Word index of the first instruction in the module's code.
    var start: Int
    /// Slots the frame needs: parameters, locals and the deepest operand stack.
    var frameSize: Int
    /// Locals after the parameters (zeroed on entry).
    var localCount: Int
    var parameterCount: Int
    var resultCount: Int
    var typeID: Int
    /// Frame slot of the first constant, and the constants' place in the module's constant pool.
    var constantSlot: Int
    var constantPoolStart: Int
    var constantCount: Int
}

/// The translated code of a whole module: one immutable word buffer shared by every instance, and a
/// map from code positions back to module byte offsets for trap messages.
final class CodeBuffer: @unchecked Sendable {
    let words: UnsafeMutablePointer<UInt32>
    let count: Int
    let functions: [FunctionCode]
    /// Constants of every function, copied into a frame's constant slots on entry.
    let constants: UnsafeMutablePointer<UInt64>
    /// Sorted word indices of instructions, and the module offset each came from.
    private let sitePositions: [Int32]
    private let siteOffsets: [Int32]

    init(words source: [UInt32], functions: [FunctionCode], constants pool: [UInt64],
         sitePositions: [Int32], siteOffsets: [Int32]) {
        let constantBuffer = UnsafeMutablePointer<UInt64>.allocate(capacity: Swift.max(pool.count, 1))
        pool.withUnsafeBufferPointer { if let base = $0.baseAddress { constantBuffer.initialize(from: base, count: $0.count) } }
        constants = constantBuffer
        count = source.count
        let buffer = UnsafeMutablePointer<UInt32>.allocate(capacity: Swift.max(source.count, 1))
        source.withUnsafeBufferPointer { if let base = $0.baseAddress { buffer.initialize(from: base, count: $0.count) } }
        words = buffer
        self.functions = functions
        self.sitePositions = sitePositions
        self.siteOffsets = siteOffsets
    }

    deinit {
        words.deallocate()
        constants.deallocate()
    }

    func contains(_ pc: UnsafePointer<UInt32>) -> Bool {
        pc >= UnsafePointer(words) && pc < UnsafePointer(words + count)
    }

    /// The module byte offset of the instruction at or before `pc`.
    func moduleOffset(of pc: UnsafePointer<UInt32>) -> Int? {
        guard contains(pc) else { return nil }
        let position = Int32(pc - UnsafePointer(words))
        var lo = 0, hi = sitePositions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sitePositions[mid] <= position { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? nil : Int(siteOffsets[lo - 1])
    }

    /// Index among defined functions of the code containing `pc`.
    func definedFunction(containing pc: UnsafePointer<UInt32>) -> Int? {
        guard contains(pc) else { return nil }
        let position = pc - UnsafePointer(words)
        var lo = 0, hi = functions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if functions[mid].start <= position { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? nil : lo - 1
    }
}
