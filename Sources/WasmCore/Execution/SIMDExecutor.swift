/// Exact semantics of the SIMD instructions on frame slots, shared by both interpreters (the `simd`
/// operation; layouts in `Translator+SIMD.swift`). A `v128` lives in two consecutive 64-bit slots, lane 0
/// in the low bits of the first; it is read and written as a whole with Swift's SIMD types, so most
/// operations compile to one or a few vector instructions. No allocation, no closures at run time
/// (the helpers' closure arguments are inlined).
enum SIMDExecutor {
    typealias U8 = SIMD16<UInt8>
    typealias I8 = SIMD16<Int8>
    typealias U16 = SIMD8<UInt16>
    typealias I16 = SIMD8<Int16>
    typealias U32 = SIMD4<UInt32>
    typealias I32 = SIMD4<Int32>
    typealias U64 = SIMD2<UInt64>
    typealias I64 = SIMD2<Int64>
    typealias F32 = SIMD4<Float>
    typealias F64 = SIMD2<Double>

    @inline(__always)
    static func get<T: SIMD>(_ fp: UnsafeMutablePointer<UInt64>, _ slot: UInt32, _: T.Type = T.self) -> T {
        UnsafeRawPointer(fp + Int(slot)).loadUnaligned(as: T.self)
    }

    @inline(__always)
    static func put<T: SIMD>(_ fp: UnsafeMutablePointer<UInt64>, _ slot: UInt32, _ value: T) {
        UnsafeMutableRawPointer(fp + Int(slot)).storeBytes(of: value, as: T.self)
    }

    @inline(__always)
    static func cast<A: SIMD, B: SIMD>(_ value: A, to _: B.Type = B.self) -> B { unsafeBitCast(value, to: B.self) }

    /// `dst = f(a)` on the operands at `pc[2]`.
    @inline(__always)
    static func unary<A: SIMD, R: SIMD>(_ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>, _: A.Type,
                                        _ f: (A) -> R) {
        put(fp, pc[1], f(get(fp, pc[2], A.self)))
    }

    /// `dst = f(a, b)` on the operands at `pc[2]`, `pc[3]`.
    @inline(__always)
    static func binary<A: SIMD, R: SIMD>(_ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>, _: A.Type,
                                         _ f: (A, A) -> R) {
        put(fp, pc[1], f(get(fp, pc[2], A.self), get(fp, pc[3], A.self)))
    }

    /// A mask as all-ones / all-zeros lanes.
    @inline(__always)
    static func lanes<T: SIMD>(_ mask: SIMDMask<T.MaskStorage>, _: T.Type) -> T where T.Scalar: FixedWidthInteger {
        T(repeating: 0).replacing(with: ~0, where: mask)
    }

    /// Lane-wise scalar operation on f32 bit patterns (NaN and signed-zero rules of `Numerics`).
    @inline(__always)
    static func eachF32(_ a: U32, _ b: U32, _ f: (UInt32, UInt32) -> UInt32) -> U32 {
        U32(f(a[0], b[0]), f(a[1], b[1]), f(a[2], b[2]), f(a[3], b[3]))
    }

    @inline(__always)
    static func eachF64(_ a: U64, _ b: U64, _ f: (UInt64, UInt64) -> UInt64) -> U64 {
        U64(f(a[0], b[0]), f(a[1], b[1]))
    }

    /// Runs the SIMD instruction at `pc` (debug builds; release builds have a handler per operation that
    /// calls `execute` with a constant operation). Returns its length in words, or 0 for an
    /// out-of-bounds memory access (the only SIMD trap).
    @inline(never)
    static func run(_ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>, _ mem: UnsafeMutableRawPointer,
                    _ memSize: UInt64) -> Int {
        execute(SIMDOp.decode(pc[0]), pc, fp, mem, memSize)
    }

    /// Runs SIMD instruction `op` at `pc`; with a constant `op` it inlines to that operation's code alone.
    @inline(__always)
    static func execute(_ op: SIMDOp, _ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>,
                        _ mem: UnsafeMutableRawPointer, _ memSize: UInt64) -> Int {
        switch op {
        case .v128Load, .v128Load8x8S, .v128Load8x8U, .v128Load16x4S, .v128Load16x4U, .v128Load32x2S,
             .v128Load32x2U, .v128Load8Splat, .v128Load16Splat, .v128Load32Splat, .v128Load64Splat,
             .v128Load32Zero, .v128Load64Zero, .v128Store, .v128Load8Lane, .v128Load16Lane, .v128Load32Lane,
             .v128Load64Lane, .v128Store8Lane, .v128Store16Lane, .v128Store32Lane, .v128Store64Lane:
            return memory(op, pc, fp, mem, memSize)
        default:
            return compute(op, pc, fp)
        }
    }

    // MARK: Memory

    @inline(__always)
    static func memory(_ op: SIMDOp, _ pc: UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>,
                       _ mem: UnsafeMutableRawPointer, _ memSize: UInt64) -> Int {
        @inline(__always) func load<T: BitwiseCopyable>(_: T.Type) -> T? {
            // Loads: `op dst addr offset`.
            let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[3])
            guard ea &+ UInt64(MemoryLayout<T>.size) <= memSize else { return nil }
            return (mem + Int(ea)).loadUnaligned(as: T.self)
        }
        switch op {
        case .v128Load:
            guard let v = load(U8.self) else { return 0 }
            put(fp, pc[1], v)
        case .v128Load8x8S:
            guard let v = load(SIMD8<Int8>.self) else { return 0 }
            put(fp, pc[1], widen(v, to: I16.self))
        case .v128Load8x8U:
            guard let v = load(SIMD8<UInt8>.self) else { return 0 }
            put(fp, pc[1], widen(v, to: U16.self))
        case .v128Load16x4S:
            guard let v = load(SIMD4<Int16>.self) else { return 0 }
            put(fp, pc[1], widen(v, to: I32.self))
        case .v128Load16x4U:
            guard let v = load(SIMD4<UInt16>.self) else { return 0 }
            put(fp, pc[1], widen(v, to: U32.self))
        case .v128Load32x2S:
            guard let v = load(SIMD2<Int32>.self) else { return 0 }
            put(fp, pc[1], widen(v, to: I64.self))
        case .v128Load32x2U:
            guard let v = load(SIMD2<UInt32>.self) else { return 0 }
            put(fp, pc[1], widen(v, to: U64.self))
        case .v128Load8Splat:
            guard let v = load(UInt8.self) else { return 0 }
            put(fp, pc[1], U8(repeating: v))
        case .v128Load16Splat:
            guard let v = load(UInt16.self) else { return 0 }
            put(fp, pc[1], U16(repeating: v))
        case .v128Load32Splat:
            guard let v = load(UInt32.self) else { return 0 }
            put(fp, pc[1], U32(repeating: v))
        case .v128Load64Splat:
            guard let v = load(UInt64.self) else { return 0 }
            put(fp, pc[1], U64(repeating: v))
        case .v128Load32Zero:
            guard let v = load(UInt32.self) else { return 0 }
            put(fp, pc[1], U32(v, 0, 0, 0))
        case .v128Load64Zero:
            guard let v = load(UInt64.self) else { return 0 }
            put(fp, pc[1], U64(v, 0))
        case .v128Store:
            // `op addr value offset`
            let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
            guard ea &+ 16 <= memSize else { return 0 }
            (mem + Int(ea)).storeBytes(of: get(fp, pc[2], U8.self), as: U8.self)
        case .v128Load8Lane, .v128Load16Lane, .v128Load32Lane, .v128Load64Lane:
            // `op dst addr vector offset lane`
            let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])])) &+ UInt64(pc[4])
            let lane = Int(pc[5])
            switch op {
            case .v128Load8Lane:
                guard ea &+ 1 <= memSize else { return 0 }
                var v = get(fp, pc[3], U8.self)
                v[lane & 15] = (mem + Int(ea)).load(as: UInt8.self)
                put(fp, pc[1], v)
            case .v128Load16Lane:
                guard ea &+ 2 <= memSize else { return 0 }
                var v = get(fp, pc[3], U16.self)
                v[lane & 7] = (mem + Int(ea)).loadUnaligned(as: UInt16.self)
                put(fp, pc[1], v)
            case .v128Load32Lane:
                guard ea &+ 4 <= memSize else { return 0 }
                var v = get(fp, pc[3], U32.self)
                v[lane & 3] = (mem + Int(ea)).loadUnaligned(as: UInt32.self)
                put(fp, pc[1], v)
            default:
                guard ea &+ 8 <= memSize else { return 0 }
                var v = get(fp, pc[3], U64.self)
                v[lane & 1] = (mem + Int(ea)).loadUnaligned(as: UInt64.self)
                put(fp, pc[1], v)
            }
            return 6
        case .v128Store8Lane, .v128Store16Lane, .v128Store32Lane, .v128Store64Lane:
            // `op addr vector offset lane`
            let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[1])])) &+ UInt64(pc[3])
            let lane = Int(pc[4])
            switch op {
            case .v128Store8Lane:
                guard ea &+ 1 <= memSize else { return 0 }
                (mem + Int(ea)).storeBytes(of: get(fp, pc[2], U8.self)[lane & 15], as: UInt8.self)
            case .v128Store16Lane:
                guard ea &+ 2 <= memSize else { return 0 }
                (mem + Int(ea)).storeBytes(of: get(fp, pc[2], U16.self)[lane & 7], as: UInt16.self)
            case .v128Store32Lane:
                guard ea &+ 4 <= memSize else { return 0 }
                (mem + Int(ea)).storeBytes(of: get(fp, pc[2], U32.self)[lane & 3], as: UInt32.self)
            default:
                guard ea &+ 8 <= memSize else { return 0 }
                (mem + Int(ea)).storeBytes(of: get(fp, pc[2], U64.self)[lane & 1], as: UInt64.self)
            }
            return 5
        default:
            return 0
        }
        return 4
    }
}

extension SIMDExecutor {
    /// Copies a `v128` (two slots; the source is read whole before the destination is written).
    @inline(__always)
    static func copy(_ fp: UnsafeMutablePointer<UInt64>, to destination: UInt32, from source: UInt32) {
        put(fp, destination, get(fp, source, U64.self))
    }

    @inline(__always)
    static func globalGet(_ fp: UnsafeMutablePointer<UInt64>, _ destination: UInt32, _ cell: UnsafeMutablePointer<UInt64>) {
        fp[Int(destination)] = cell[0]
        fp[Int(destination) + 1] = cell[1]
    }

    @inline(__always)
    static func globalSet(_ cell: UnsafeMutablePointer<UInt64>, _ fp: UnsafeMutablePointer<UInt64>, _ source: UInt32) {
        cell[0] = fp[Int(source)]
        cell[1] = fp[Int(source) + 1]
    }
}
