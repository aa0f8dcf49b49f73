/// Operations of the internal code the translator emits and the interpreter runs.
///
/// Code is a stream of 32-bit words: an operation word, then its operands. Operands name frame slots
/// (64-bit cells indexed from the frame base: parameters, locals, then the operand stack), immediates,
/// or branch offsets in words relative to the operation word. See `Translator` for each layout.
enum Op: UInt16, CaseIterable {
    case unreachable
    case br
    case brIf
    case brIfNot
    case brIfI32Eqz
    case brIfI32Eq
    case brIfI32Ne
    case brIfI32LtS
    case brIfI32LtU
    case brIfI32GtS
    case brIfI32GtU
    case brIfI32LeS
    case brIfI32LeU
    case brIfI32GeS
    case brIfI32GeU
    case brIfI64Eqz
    case brIfI64Nez
    case brIfI64Eq
    case brIfI64Ne
    case brIfI64LtS
    case brIfI64LtU
    case brIfI64GtS
    case brIfI64GtU
    case brIfI64LeS
    case brIfI64LeU
    case brIfI64GeS
    case brIfI64GeU
    case brTable
    case `return`
    case call
    case callIndirect
    case copy
    case copy2
    case select
    case globalGet
    case globalSet
    case globalSetRef
    case tableGet
    case tableSet
    case tableSize
    case tableGrow
    case tableFill
    case tableCopy
    case tableInit
    case elemDrop
    case i32Load
    case i64Load
    case f32Load
    case f64Load
    case i32Load8S
    case i32Load8U
    case i32Load16S
    case i32Load16U
    case i64Load8S
    case i64Load8U
    case i64Load16S
    case i64Load16U
    case i64Load32S
    case i64Load32U
    case i32Store
    case i64Store
    case f32Store
    case f64Store
    case i32Store8
    case i32Store16
    case i64Store8
    case i64Store16
    case i64Store32
    case i32LoadAdd
    case i64LoadAdd
    case f32LoadAdd
    case f64LoadAdd
    case i32Load8SAdd
    case i32Load8UAdd
    case i32Load16SAdd
    case i32Load16UAdd
    case i64Load8SAdd
    case i64Load8UAdd
    case i64Load16SAdd
    case i64Load16UAdd
    case i64Load32SAdd
    case i64Load32UAdd
    case i32StoreAdd
    case i64StoreAdd
    case f32StoreAdd
    case f64StoreAdd
    case i32Store8Add
    case i32Store16Add
    case i64Store8Add
    case i64Store16Add
    case i64Store32Add
    case i32LoadShl
    case i64LoadShl
    case f32LoadShl
    case f64LoadShl
    case i32Load8SShl
    case i32Load8UShl
    case i32Load16SShl
    case i32Load16UShl
    case i64Load8SShl
    case i64Load8UShl
    case i64Load16SShl
    case i64Load16UShl
    case i64Load32SShl
    case i64Load32UShl
    case i32StoreShl
    case i64StoreShl
    case f32StoreShl
    case f64StoreShl
    case i32Store8Shl
    case i32Store16Shl
    case i64Store8Shl
    case i64Store16Shl
    case i64Store32Shl
    case i32LoadAddShl
    case i64LoadAddShl
    case f32LoadAddShl
    case f64LoadAddShl
    case i32Load8SAddShl
    case i32Load8UAddShl
    case i32Load16SAddShl
    case i32Load16UAddShl
    case i64Load8SAddShl
    case i64Load8UAddShl
    case i64Load16SAddShl
    case i64Load16UAddShl
    case i64Load32SAddShl
    case i64Load32UAddShl
    case i32StoreAddShl
    case i64StoreAddShl
    case f32StoreAddShl
    case f64StoreAddShl
    case i32Store8AddShl
    case i32Store16AddShl
    case i64Store8AddShl
    case i64Store16AddShl
    case i64Store32AddShl
    case memorySize
    case memoryGrow
    case memoryInit
    case dataDrop
    case memoryCopy
    case memoryFill
    case refIsNull
    case refFunc
    case i32Eqz
    case i32Eq
    case i32Ne
    case i32LtS
    case i32LtU
    case i32GtS
    case i32GtU
    case i32LeS
    case i32LeU
    case i32GeS
    case i32GeU
    case i64Eqz
    case i64Eq
    case i64Ne
    case i64LtS
    case i64LtU
    case i64GtS
    case i64GtU
    case i64LeS
    case i64LeU
    case i64GeS
    case i64GeU
    case f32Eq
    case f32Ne
    case f32Lt
    case f32Gt
    case f32Le
    case f32Ge
    case f64Eq
    case f64Ne
    case f64Lt
    case f64Gt
    case f64Le
    case f64Ge
    case i32Clz
    case i32Ctz
    case i32Popcnt
    case i32Add
    case i32Sub
    case i32Mul
    case i32DivS
    case i32DivU
    case i32RemS
    case i32RemU
    case i32And
    case i32Or
    case i32Xor
    case i32Shl
    case i32ShrS
    case i32ShrU
    case i32Rotl
    case i32Rotr
    case i64Clz
    case i64Ctz
    case i64Popcnt
    case i64Add
    case i64Sub
    case i64Mul
    case i64DivS
    case i64DivU
    case i64RemS
    case i64RemU
    case i64And
    case i64Or
    case i64Xor
    case i64Shl
    case i64ShrS
    case i64ShrU
    case i64Rotl
    case i64Rotr
    case f32Abs
    case f32Neg
    case f32Ceil
    case f32Floor
    case f32Trunc
    case f32Nearest
    case f32Sqrt
    case f32Add
    case f32Sub
    case f32Mul
    case f32Div
    case f32Min
    case f32Max
    case f32Copysign
    case f64Abs
    case f64Neg
    case f64Ceil
    case f64Floor
    case f64Trunc
    case f64Nearest
    case f64Sqrt
    case f64Add
    case f64Sub
    case f64Mul
    case f64Div
    case f64Min
    case f64Max
    case f64Copysign
    case i32WrapI64
    case i32TruncF32S
    case i32TruncF32U
    case i32TruncF64S
    case i32TruncF64U
    case i64ExtendI32S
    case i64ExtendI32U
    case i64TruncF32S
    case i64TruncF32U
    case i64TruncF64S
    case i64TruncF64U
    case f32ConvertI32S
    case f32ConvertI32U
    case f32ConvertI64S
    case f32ConvertI64U
    case f32DemoteF64
    case f64ConvertI32S
    case f64ConvertI32U
    case f64ConvertI64S
    case f64ConvertI64U
    case f64PromoteF32
    case i32ReinterpretF32
    case i64ReinterpretF64
    case f32ReinterpretI32
    case f64ReinterpretI64
    case i32Extend8S
    case i32Extend16S
    case i64Extend8S
    case i64Extend16S
    case i64Extend32S
    case i32TruncSatF32S
    case i32TruncSatF32U
    case i32TruncSatF64S
    case i32TruncSatF64U
    case i64TruncSatF32S
    case i64TruncSatF32U
    case i64TruncSatF64S
    case i64TruncSatF64U
    // SIMD (see `Translator+SIMD.swift`): `v128` values take two consecutive slots.
    /// `copyV128 dst src`
    case copyV128
    /// `selectV128 dst cond a b`
    case selectV128
    /// `globalGetV128 dst g`
    case globalGetV128
    /// `globalSetV128 g src`
    case globalSetV128
    /// `simd dst|addr sub operands... immediates...`: every SIMD instruction, `sub` is `SIMDOp`'s tag.
    case simd
    // BEGIN GENERATED pairs (Scripts/generate-numeric-cases.py)
    case i32AddI32Add
    case i32AddI32Shl
    case i32ShlI32Add
    case i32AddI32Xor
    case i32AddI32Sub
    case i32SubI32Add
    case i32AddI32Mul
    case i32MulI32Add
    case i32AndI32Shl
    case i32XorI32And
    case i32AndI32Xor
    case i32AndI32And
    case i32RotlI32Xor
    case i32XorI32Rotl
    case i32RotlI32Rotl
    case i32XorI32Add
    case i32ShrUI32Xor
    case i32XorI32ShrU
    case i32ShlI32Xor
    case i32XorI32Shl
    case i32XorI32Xor
    case i32XorI32Mul
    case i32MulI32Xor
    case i32MulI32ShrU
    case i32OrI32And
    case i32OrI32Mul
    case i32AndI32Mul
    case i64MulI64Add
    case i64AddI64Add
    case f64MulF64Mul
    case f64MulF64Add
    case f64MulF64Sub
    case f64SubF64Mul
    case f64AddF64Add
    case f64AddF64Mul
    case f64SubF64Sub
    case f64LoadF64Add
    case f64LoadF64Mul
    case f64LoadF64Sub
    case f64LoadAddF64Add
    case f64LoadAddF64Mul
    case f64LoadAddF64Sub
    case i32LoadI32Add
    case i32LoadI32Shl
    case i32LoadI32ShrU
    case i32LoadAddI32Add
    case i32LoadAddI32Shl
    case i32LoadAddI32Rotl
    case i32Load8UAddI32Xor
    case i64Load32UI64Add
    case i64Load32UI64Mul
    case copyI32Add
    case copyI32Rotl
    case copyI32Xor
    case i32StoreI32Add
    case i32StoreAddI32Add
    case f64StoreI32Add
    case f64StoreAddI32Add
    case i32Store8I32Add
    case i32Store8AddI32Add
    case f64AddF64Sqrt
    case f64MulF64Div
    case i32LtSSelect
    case i32LtUSelect
    case i32LoadThenBrTable
    case i32AddThenBrIfI32Ne
    case i32StoreThenBr
    case i32LoadThenBrIfI32Eqz
    case i32Load8UAddThenBrIfI32Ne
    case i32AddThenBrIfI32GtU
    case i32Load8UThenBrIfI32Eqz
    case i32LoadAddThenBrIfI32Eqz
    case i32AddThenBrIfI32GeU
    case copyThenBr
    case i32AddThenBrIfI32LtU
    case i32AddThenBrIf
    case i32LoadAddThenBrIf
    case i32Load8UThenBrIfI32Ne
    case i32AddThenBrIfI32Eqz
    case i32LoadThenBr
    case i32AddThenBrIfI32Eq
    case i32LoadThenBrIfI32LtS
    case copyThenBrIfI32GtS
    case i32AddThenBr
    case i32AndThenBrIfI32Eqz
    case copyThenBrIf
    case i32LoadThenBrIfI32Ne
    case i32LoadThenBrIf
    case i32LoadShlThenBrTable
    case i32LoadAddShlThenBrIfI32Eqz
    case i32AddI32AddThenBrIfI32Ne
    case i32AddI32AddThenBr
    case i32AddI32AddThenBrIfI32GtU
    case copyI32AddThenBrIfI32Ne
    case f64LoadF64AddTmp2ThenF64Store
    case f64MulF64SubTmp2ThenF64Store
    case i32AddI32AddFwd1
    case i32AddI32AddTmp1
    case i32AddI32AddFwd2
    case i32AddI32AddTmp2
    case i32AddI32ShlFwd1
    case i32AddI32ShlTmp1
    case i32AddI32ShlFwd2
    case i32AddI32ShlTmp2
    case i32ShlI32AddFwd1
    case i32ShlI32AddTmp1
    case i32ShlI32AddFwd2
    case i32ShlI32AddTmp2
    case i32AddI32XorFwd1
    case i32AddI32XorTmp1
    case i32AddI32XorFwd2
    case i32AddI32XorTmp2
    case i32AddI32SubFwd1
    case i32AddI32SubTmp1
    case i32AddI32SubFwd2
    case i32AddI32SubTmp2
    case i32SubI32AddFwd1
    case i32SubI32AddTmp1
    case i32SubI32AddFwd2
    case i32SubI32AddTmp2
    case i32AddI32MulFwd1
    case i32AddI32MulTmp1
    case i32AddI32MulFwd2
    case i32AddI32MulTmp2
    case i32MulI32AddFwd1
    case i32MulI32AddTmp1
    case i32MulI32AddFwd2
    case i32MulI32AddTmp2
    case i32AndI32ShlFwd1
    case i32AndI32ShlTmp1
    case i32AndI32ShlFwd2
    case i32AndI32ShlTmp2
    case i32XorI32AndFwd1
    case i32XorI32AndTmp1
    case i32XorI32AndFwd2
    case i32XorI32AndTmp2
    case i32AndI32XorFwd1
    case i32AndI32XorTmp1
    case i32AndI32XorFwd2
    case i32AndI32XorTmp2
    case i32AndI32AndFwd1
    case i32AndI32AndTmp1
    case i32AndI32AndFwd2
    case i32AndI32AndTmp2
    case i32RotlI32XorFwd1
    case i32RotlI32XorTmp1
    case i32RotlI32XorFwd2
    case i32RotlI32XorTmp2
    case i32XorI32RotlFwd1
    case i32XorI32RotlTmp1
    case i32XorI32RotlFwd2
    case i32XorI32RotlTmp2
    case i32RotlI32RotlFwd1
    case i32RotlI32RotlTmp1
    case i32RotlI32RotlFwd2
    case i32RotlI32RotlTmp2
    case i32XorI32AddFwd1
    case i32XorI32AddTmp1
    case i32XorI32AddFwd2
    case i32XorI32AddTmp2
    case i32ShrUI32XorFwd1
    case i32ShrUI32XorTmp1
    case i32ShrUI32XorFwd2
    case i32ShrUI32XorTmp2
    case i32XorI32ShrUFwd1
    case i32XorI32ShrUTmp1
    case i32XorI32ShrUFwd2
    case i32XorI32ShrUTmp2
    case i32ShlI32XorFwd1
    case i32ShlI32XorTmp1
    case i32ShlI32XorFwd2
    case i32ShlI32XorTmp2
    case i32XorI32ShlFwd1
    case i32XorI32ShlTmp1
    case i32XorI32ShlFwd2
    case i32XorI32ShlTmp2
    case i32XorI32XorFwd1
    case i32XorI32XorTmp1
    case i32XorI32XorFwd2
    case i32XorI32XorTmp2
    case i32XorI32MulFwd1
    case i32XorI32MulTmp1
    case i32XorI32MulFwd2
    case i32XorI32MulTmp2
    case i32MulI32XorFwd1
    case i32MulI32XorTmp1
    case i32MulI32XorFwd2
    case i32MulI32XorTmp2
    case i32MulI32ShrUFwd1
    case i32MulI32ShrUTmp1
    case i32MulI32ShrUFwd2
    case i32MulI32ShrUTmp2
    case i32OrI32AndFwd1
    case i32OrI32AndTmp1
    case i32OrI32AndFwd2
    case i32OrI32AndTmp2
    case i32OrI32MulFwd1
    case i32OrI32MulTmp1
    case i32OrI32MulFwd2
    case i32OrI32MulTmp2
    case i32AndI32MulFwd1
    case i32AndI32MulTmp1
    case i32AndI32MulFwd2
    case i32AndI32MulTmp2
    case i64MulI64AddFwd1
    case i64MulI64AddTmp1
    case i64MulI64AddFwd2
    case i64MulI64AddTmp2
    case i64AddI64AddFwd1
    case i64AddI64AddTmp1
    case i64AddI64AddFwd2
    case i64AddI64AddTmp2
    case f64MulF64MulFwd1
    case f64MulF64MulTmp1
    case f64MulF64MulFwd2
    case f64MulF64MulTmp2
    case f64MulF64AddFwd1
    case f64MulF64AddTmp1
    case f64MulF64AddFwd2
    case f64MulF64AddTmp2
    case f64MulF64SubFwd1
    case f64MulF64SubTmp1
    case f64MulF64SubFwd2
    case f64MulF64SubTmp2
    case f64SubF64MulFwd1
    case f64SubF64MulTmp1
    case f64SubF64MulFwd2
    case f64SubF64MulTmp2
    case f64AddF64AddFwd1
    case f64AddF64AddTmp1
    case f64AddF64AddFwd2
    case f64AddF64AddTmp2
    case f64AddF64MulFwd1
    case f64AddF64MulTmp1
    case f64AddF64MulFwd2
    case f64AddF64MulTmp2
    case f64SubF64SubFwd1
    case f64SubF64SubTmp1
    case f64SubF64SubFwd2
    case f64SubF64SubTmp2
    case f64LoadF64AddFwd1
    case f64LoadF64AddTmp1
    case f64LoadF64AddFwd2
    case f64LoadF64AddTmp2
    case f64LoadF64MulFwd1
    case f64LoadF64MulTmp1
    case f64LoadF64MulFwd2
    case f64LoadF64MulTmp2
    case f64LoadF64SubFwd1
    case f64LoadF64SubTmp1
    case f64LoadF64SubFwd2
    case f64LoadF64SubTmp2
    case f64LoadAddF64AddFwd1
    case f64LoadAddF64AddTmp1
    case f64LoadAddF64AddFwd2
    case f64LoadAddF64AddTmp2
    case f64LoadAddF64MulFwd1
    case f64LoadAddF64MulTmp1
    case f64LoadAddF64MulFwd2
    case f64LoadAddF64MulTmp2
    case f64LoadAddF64SubFwd1
    case f64LoadAddF64SubTmp1
    case f64LoadAddF64SubFwd2
    case f64LoadAddF64SubTmp2
    case i32LoadI32AddFwd1
    case i32LoadI32AddTmp1
    case i32LoadI32AddFwd2
    case i32LoadI32AddTmp2
    case i32LoadI32ShlFwd1
    case i32LoadI32ShlTmp1
    case i32LoadI32ShlFwd2
    case i32LoadI32ShlTmp2
    case i32LoadI32ShrUFwd1
    case i32LoadI32ShrUTmp1
    case i32LoadI32ShrUFwd2
    case i32LoadI32ShrUTmp2
    case i32LoadAddI32AddFwd1
    case i32LoadAddI32AddTmp1
    case i32LoadAddI32AddFwd2
    case i32LoadAddI32AddTmp2
    case i32LoadAddI32ShlFwd1
    case i32LoadAddI32ShlTmp1
    case i32LoadAddI32ShlFwd2
    case i32LoadAddI32ShlTmp2
    case i32LoadAddI32RotlFwd1
    case i32LoadAddI32RotlTmp1
    case i32LoadAddI32RotlFwd2
    case i32LoadAddI32RotlTmp2
    case i32Load8UAddI32XorFwd1
    case i32Load8UAddI32XorTmp1
    case i32Load8UAddI32XorFwd2
    case i32Load8UAddI32XorTmp2
    case i64Load32UI64AddFwd1
    case i64Load32UI64AddTmp1
    case i64Load32UI64AddFwd2
    case i64Load32UI64AddTmp2
    case i64Load32UI64MulFwd1
    case i64Load32UI64MulTmp1
    case i64Load32UI64MulFwd2
    case i64Load32UI64MulTmp2
    case copyI32AddFwd1
    case copyI32AddTmp1
    case copyI32AddFwd2
    case copyI32AddTmp2
    case copyI32RotlFwd1
    case copyI32RotlTmp1
    case copyI32RotlFwd2
    case copyI32RotlTmp2
    case copyI32XorFwd1
    case copyI32XorTmp1
    case copyI32XorFwd2
    case copyI32XorTmp2
    case f64AddF64SqrtFwd1
    case f64AddF64SqrtTmp1
    case f64MulF64DivFwd1
    case f64MulF64DivTmp1
    case f64MulF64DivFwd2
    case f64MulF64DivTmp2
    case i32LtSSelectFwd1
    case i32LtSSelectTmp1
    case i32LtSSelectFwd2
    case i32LtSSelectTmp2
    case i32LtSSelectFwd3
    case i32LtSSelectTmp3
    case i32LtUSelectFwd1
    case i32LtUSelectTmp1
    case i32LtUSelectFwd2
    case i32LtUSelectTmp2
    case i32LtUSelectFwd3
    case i32LtUSelectTmp3
    case i32LoadThenBrTableFwd1
    case i32LoadThenBrTableTmp1
    case i32AddThenBrIfI32NeFwd1
    case i32AddThenBrIfI32NeTmp1
    case i32AddThenBrIfI32NeFwd2
    case i32AddThenBrIfI32NeTmp2
    case i32LoadThenBrIfI32EqzFwd1
    case i32LoadThenBrIfI32EqzTmp1
    case i32Load8UAddThenBrIfI32NeFwd1
    case i32Load8UAddThenBrIfI32NeTmp1
    case i32Load8UAddThenBrIfI32NeFwd2
    case i32Load8UAddThenBrIfI32NeTmp2
    case i32AddThenBrIfI32GtUFwd1
    case i32AddThenBrIfI32GtUTmp1
    case i32AddThenBrIfI32GtUFwd2
    case i32AddThenBrIfI32GtUTmp2
    case i32Load8UThenBrIfI32EqzFwd1
    case i32Load8UThenBrIfI32EqzTmp1
    case i32LoadAddThenBrIfI32EqzFwd1
    case i32LoadAddThenBrIfI32EqzTmp1
    case i32AddThenBrIfI32GeUFwd1
    case i32AddThenBrIfI32GeUTmp1
    case i32AddThenBrIfI32GeUFwd2
    case i32AddThenBrIfI32GeUTmp2
    case i32AddThenBrIfI32LtUFwd1
    case i32AddThenBrIfI32LtUTmp1
    case i32AddThenBrIfI32LtUFwd2
    case i32AddThenBrIfI32LtUTmp2
    case i32AddThenBrIfFwd1
    case i32AddThenBrIfTmp1
    case i32LoadAddThenBrIfFwd1
    case i32LoadAddThenBrIfTmp1
    case i32Load8UThenBrIfI32NeFwd1
    case i32Load8UThenBrIfI32NeTmp1
    case i32Load8UThenBrIfI32NeFwd2
    case i32Load8UThenBrIfI32NeTmp2
    case i32AddThenBrIfI32EqzFwd1
    case i32AddThenBrIfI32EqzTmp1
    case i32AddThenBrIfI32EqFwd1
    case i32AddThenBrIfI32EqTmp1
    case i32AddThenBrIfI32EqFwd2
    case i32AddThenBrIfI32EqTmp2
    case i32LoadThenBrIfI32LtSFwd1
    case i32LoadThenBrIfI32LtSTmp1
    case i32LoadThenBrIfI32LtSFwd2
    case i32LoadThenBrIfI32LtSTmp2
    case copyThenBrIfI32GtSFwd1
    case copyThenBrIfI32GtSTmp1
    case copyThenBrIfI32GtSFwd2
    case copyThenBrIfI32GtSTmp2
    case i32AndThenBrIfI32EqzFwd1
    case i32AndThenBrIfI32EqzTmp1
    case copyThenBrIfFwd1
    case copyThenBrIfTmp1
    case i32LoadThenBrIfI32NeFwd1
    case i32LoadThenBrIfI32NeTmp1
    case i32LoadThenBrIfI32NeFwd2
    case i32LoadThenBrIfI32NeTmp2
    case i32LoadThenBrIfFwd1
    case i32LoadThenBrIfTmp1
    case i32LoadShlThenBrTableFwd1
    case i32LoadShlThenBrTableTmp1
    case i32LoadAddShlThenBrIfI32EqzFwd1
    case i32LoadAddShlThenBrIfI32EqzTmp1
    case i32AddI32AddThenBrIfI32NeFwd1
    case i32AddI32AddThenBrIfI32NeTmp1
    case i32AddI32AddThenBrIfI32NeFwd2
    case i32AddI32AddThenBrIfI32NeTmp2
    case i32AddI32AddThenBrIfI32GtUFwd1
    case i32AddI32AddThenBrIfI32GtUTmp1
    case i32AddI32AddThenBrIfI32GtUFwd2
    case i32AddI32AddThenBrIfI32GtUTmp2
    case copyI32AddThenBrIfI32NeFwd1
    case copyI32AddThenBrIfI32NeTmp1
    case copyI32AddThenBrIfI32NeFwd2
    case copyI32AddThenBrIfI32NeTmp2
    case f64LoadF64AddTmp2ThenF64StoreFwd1
    case f64LoadF64AddTmp2ThenF64StoreTmp1
    case f64LoadF64AddTmp2ThenF64StoreFwd2
    case f64LoadF64AddTmp2ThenF64StoreTmp2
    case f64MulF64SubTmp2ThenF64StoreFwd1
    case f64MulF64SubTmp2ThenF64StoreTmp1
    case f64MulF64SubTmp2ThenF64StoreFwd2
    case f64MulF64SubTmp2ThenF64StoreTmp2
    // END GENERATED pairs
}

extension Op {
    /// The internal operation for a numeric instruction (same name, one word, then `dst a [b]`).
    init(_ op: NumericOp) {
        switch op {
        case .i32Eqz: self = .i32Eqz
        case .i32Eq: self = .i32Eq
        case .i32Ne: self = .i32Ne
        case .i32LtS: self = .i32LtS
        case .i32LtU: self = .i32LtU
        case .i32GtS: self = .i32GtS
        case .i32GtU: self = .i32GtU
        case .i32LeS: self = .i32LeS
        case .i32LeU: self = .i32LeU
        case .i32GeS: self = .i32GeS
        case .i32GeU: self = .i32GeU
        case .i64Eqz: self = .i64Eqz
        case .i64Eq: self = .i64Eq
        case .i64Ne: self = .i64Ne
        case .i64LtS: self = .i64LtS
        case .i64LtU: self = .i64LtU
        case .i64GtS: self = .i64GtS
        case .i64GtU: self = .i64GtU
        case .i64LeS: self = .i64LeS
        case .i64LeU: self = .i64LeU
        case .i64GeS: self = .i64GeS
        case .i64GeU: self = .i64GeU
        case .f32Eq: self = .f32Eq
        case .f32Ne: self = .f32Ne
        case .f32Lt: self = .f32Lt
        case .f32Gt: self = .f32Gt
        case .f32Le: self = .f32Le
        case .f32Ge: self = .f32Ge
        case .f64Eq: self = .f64Eq
        case .f64Ne: self = .f64Ne
        case .f64Lt: self = .f64Lt
        case .f64Gt: self = .f64Gt
        case .f64Le: self = .f64Le
        case .f64Ge: self = .f64Ge
        case .i32Clz: self = .i32Clz
        case .i32Ctz: self = .i32Ctz
        case .i32Popcnt: self = .i32Popcnt
        case .i32Add: self = .i32Add
        case .i32Sub: self = .i32Sub
        case .i32Mul: self = .i32Mul
        case .i32DivS: self = .i32DivS
        case .i32DivU: self = .i32DivU
        case .i32RemS: self = .i32RemS
        case .i32RemU: self = .i32RemU
        case .i32And: self = .i32And
        case .i32Or: self = .i32Or
        case .i32Xor: self = .i32Xor
        case .i32Shl: self = .i32Shl
        case .i32ShrS: self = .i32ShrS
        case .i32ShrU: self = .i32ShrU
        case .i32Rotl: self = .i32Rotl
        case .i32Rotr: self = .i32Rotr
        case .i64Clz: self = .i64Clz
        case .i64Ctz: self = .i64Ctz
        case .i64Popcnt: self = .i64Popcnt
        case .i64Add: self = .i64Add
        case .i64Sub: self = .i64Sub
        case .i64Mul: self = .i64Mul
        case .i64DivS: self = .i64DivS
        case .i64DivU: self = .i64DivU
        case .i64RemS: self = .i64RemS
        case .i64RemU: self = .i64RemU
        case .i64And: self = .i64And
        case .i64Or: self = .i64Or
        case .i64Xor: self = .i64Xor
        case .i64Shl: self = .i64Shl
        case .i64ShrS: self = .i64ShrS
        case .i64ShrU: self = .i64ShrU
        case .i64Rotl: self = .i64Rotl
        case .i64Rotr: self = .i64Rotr
        case .f32Abs: self = .f32Abs
        case .f32Neg: self = .f32Neg
        case .f32Ceil: self = .f32Ceil
        case .f32Floor: self = .f32Floor
        case .f32Trunc: self = .f32Trunc
        case .f32Nearest: self = .f32Nearest
        case .f32Sqrt: self = .f32Sqrt
        case .f32Add: self = .f32Add
        case .f32Sub: self = .f32Sub
        case .f32Mul: self = .f32Mul
        case .f32Div: self = .f32Div
        case .f32Min: self = .f32Min
        case .f32Max: self = .f32Max
        case .f32Copysign: self = .f32Copysign
        case .f64Abs: self = .f64Abs
        case .f64Neg: self = .f64Neg
        case .f64Ceil: self = .f64Ceil
        case .f64Floor: self = .f64Floor
        case .f64Trunc: self = .f64Trunc
        case .f64Nearest: self = .f64Nearest
        case .f64Sqrt: self = .f64Sqrt
        case .f64Add: self = .f64Add
        case .f64Sub: self = .f64Sub
        case .f64Mul: self = .f64Mul
        case .f64Div: self = .f64Div
        case .f64Min: self = .f64Min
        case .f64Max: self = .f64Max
        case .f64Copysign: self = .f64Copysign
        case .i32WrapI64: self = .i32WrapI64
        case .i32TruncF32S: self = .i32TruncF32S
        case .i32TruncF32U: self = .i32TruncF32U
        case .i32TruncF64S: self = .i32TruncF64S
        case .i32TruncF64U: self = .i32TruncF64U
        case .i64ExtendI32S: self = .i64ExtendI32S
        case .i64ExtendI32U: self = .i64ExtendI32U
        case .i64TruncF32S: self = .i64TruncF32S
        case .i64TruncF32U: self = .i64TruncF32U
        case .i64TruncF64S: self = .i64TruncF64S
        case .i64TruncF64U: self = .i64TruncF64U
        case .f32ConvertI32S: self = .f32ConvertI32S
        case .f32ConvertI32U: self = .f32ConvertI32U
        case .f32ConvertI64S: self = .f32ConvertI64S
        case .f32ConvertI64U: self = .f32ConvertI64U
        case .f32DemoteF64: self = .f32DemoteF64
        case .f64ConvertI32S: self = .f64ConvertI32S
        case .f64ConvertI32U: self = .f64ConvertI32U
        case .f64ConvertI64S: self = .f64ConvertI64S
        case .f64ConvertI64U: self = .f64ConvertI64U
        case .f64PromoteF32: self = .f64PromoteF32
        case .i32ReinterpretF32: self = .i32ReinterpretF32
        case .i64ReinterpretF64: self = .i64ReinterpretF64
        case .f32ReinterpretI32: self = .f32ReinterpretI32
        case .f64ReinterpretI64: self = .f64ReinterpretI64
        case .i32Extend8S: self = .i32Extend8S
        case .i32Extend16S: self = .i32Extend16S
        case .i64Extend8S: self = .i64Extend8S
        case .i64Extend16S: self = .i64Extend16S
        case .i64Extend32S: self = .i64Extend32S
        case .i32TruncSatF32S: self = .i32TruncSatF32S
        case .i32TruncSatF32U: self = .i32TruncSatF32U
        case .i32TruncSatF64S: self = .i32TruncSatF64S
        case .i32TruncSatF64U: self = .i32TruncSatF64U
        case .i64TruncSatF32S: self = .i64TruncSatF32S
        case .i64TruncSatF32U: self = .i64TruncSatF32U
        case .i64TruncSatF64S: self = .i64TruncSatF64S
        case .i64TruncSatF64U: self = .i64TruncSatF64U
        }
    }
}

extension Op {
    /// The first code word of SIMD operations (`SIMDOp.word`): past every `Op`, a multiple of 256.
    static let simdBase: UInt32 = 768

    /// The operation in a code word. Raw values are the declaration order, so the enum's tag equals the
    /// raw value and decoding is a plain truncation (no range check: code comes from the translator).
    @inline(__always)
    static func decode(_ word: UInt32) -> Op {
        if MemoryLayout<Op>.size == 1 {
            return unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Op.self)
        }
        return unsafeBitCast(UInt16(truncatingIfNeeded: word), to: Op.self)
    }
}
