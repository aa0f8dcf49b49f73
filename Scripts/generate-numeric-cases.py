#!/usr/bin/env python3
"""Regenerates the numeric, fused-branch and load/store cases of the interpreter loop
(Sources/WasmCore/Execution/Interpreter.swift, debug builds) and the same operations as threaded handlers
(Sources/WasmCore/Execution/ThreadedHandlers.swift, release builds) from NumericOp.swift: each numeric
case reads its operands' slots, calls `Numerics.<op>` and writes the result."""
import re, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
ops_src = (root / 'Sources/WasmCore/Binary/NumericOp.swift').read_text()
names = re.findall(r'case (\w+) = 0x', ops_src)
# signature groups: "case .a, .b:\n  return ([.i32, .i32], .i32)"
sig = {}
for group, operands, result in re.findall(r'case ((?:\.\w+(?:, )?)+):\n\s+return \(\[([^\]]*)\], \.(\w+)\)', ops_src):
    for n in re.findall(r'\.(\w+)', group):
        sig[n] = ([t.strip()[1:] for t in operands.split(',') if t.strip()], result)
throwing = set()
for f in (root / 'Sources/WasmCore/Execution').glob('Numerics*.swift'):
    for m in re.finditer(r'static func (\w+)\([^)]*\) throws', f.read_text()):
        throwing.add(m.group(1))
width = {'i32': 'UInt32', 'f32': 'UInt32', 'i64': 'UInt64', 'f64': 'UInt64'}
numeric_cases = []
for n in names:
    operands, result = sig[n]
    args = ', '.join(
        f'fp[Int(pc[{i + 2}])]' if width[t] == 'UInt64' else f'UInt32(truncatingIfNeeded: fp[Int(pc[{i + 2}])])'
        for i, t in enumerate(operands))
    call = f'Numerics.{n}({args})'
    size = 2 + len(operands)
    if n in throwing:
        body = [f'do {{ fp[Int(pc[1])] = UInt64(try {call}) }} catch {{ TRAP(error) }}']
    else:
        body = [f'fp[Int(pc[1])] = UInt64({call})']
    numeric_cases.append((n, body + [f'NEXT {size}']))
# Fused compare-and-branch: `brIfI32LtS a b offset` jumps when the comparison holds.
branches = []
for t in ('I32', 'I64'):
    w = 'UInt32' if t == 'I32' else 'UInt64'
    signed = 'Int32' if t == 'I32' else 'Int64'
    def operand(i, kind):
        raw = f'fp[Int(pc[{i}])]' if t == 'I64' else f'UInt32(truncatingIfNeeded: fp[Int(pc[{i}])])'
        return f'{signed}(bitPattern: {raw})' if kind == 'S' else raw
    unary = [('Eqz', '== 0')] + ([('Nez', '!= 0')] if t == 'I64' else [])
    for name, test in unary:
        branches.append((f'brIf{t}{name}', f'{operand(1, "U")} {test}', 2))
    for name, sym in (('Eq', '=='), ('Ne', '!='), ('LtS', '<'), ('LtU', '<'), ('GtS', '>'), ('GtU', '>'),
                      ('LeS', '<='), ('LeU', '<='), ('GeS', '>='), ('GeU', '>=')):
        kind = 'S' if name.endswith('S') else 'U'
        branches.append((f'brIf{t}{name}', f'{operand(1, kind)} {sym} {operand(2, kind)}', 3))
branch_cases = [(name, [f'if {cond} {{', f'    JUMP {offsetWord}', '} else {', f'    NEXT {offsetWord + 1}', '}'])
                for name, cond, offsetWord in branches]

# Loads and stores: `op dst addr offset` / `op addr value offset`, and the `…Add` forms whose address
# is `a + b` (an i32.add folded in): `op dst a b offset` / `op a b value offset`.
load_values = {
    'i32Load': 'UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))',
    'i64Load': 'UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))',
    'f32Load': 'UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))',
    'f64Load': 'UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))',
    'i32Load8S': 'UInt64(UInt32(bitPattern: Int32(p.load(as: Int8.self))))',
    'i32Load8U': 'UInt64(p.load(as: UInt8.self))',
    'i32Load16S': 'UInt64(UInt32(bitPattern: Int32(Int16(littleEndian: p.loadUnaligned(as: Int16.self)))))',
    'i32Load16U': 'UInt64(UInt16(littleEndian: p.loadUnaligned(as: UInt16.self)))',
    'i64Load8S': 'UInt64(bitPattern: Int64(p.load(as: Int8.self)))',
    'i64Load8U': 'UInt64(p.load(as: UInt8.self))',
    'i64Load16S': 'UInt64(bitPattern: Int64(Int16(littleEndian: p.loadUnaligned(as: Int16.self))))',
    'i64Load16U': 'UInt64(UInt16(littleEndian: p.loadUnaligned(as: UInt16.self)))',
    'i64Load32S': 'UInt64(bitPattern: Int64(Int32(littleEndian: p.loadUnaligned(as: Int32.self))))',
    'i64Load32U': 'UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))',
}
load_widths = {'i32Load': 4, 'i64Load': 8, 'f32Load': 4, 'f64Load': 8, 'i32Load8S': 1, 'i32Load8U': 1,
               'i32Load16S': 2, 'i32Load16U': 2, 'i64Load8S': 1, 'i64Load8U': 1, 'i64Load16S': 2,
               'i64Load16U': 2, 'i64Load32S': 4, 'i64Load32U': 4}
store_types = {'i32Store': 'UInt32', 'i64Store': 'UInt64', 'f32Store': 'UInt32', 'f64Store': 'UInt64',
               'i32Store8': 'UInt8', 'i32Store16': 'UInt16', 'i64Store8': 'UInt8', 'i64Store16': 'UInt16',
               'i64Store32': 'UInt32'}
store_widths = {'UInt8': 1, 'UInt16': 2, 'UInt32': 4, 'UInt64': 8}
# Address forms: '' `addr`, 'Add' `a b` (an i32.add folded in), 'Shl' `x s` (an i32.shl folded in) and
# 'AddShl' `a x s` (`a + (x << s)`, an i32.shl feeding an i32.add folded in): the i32 address, then the
# 64-bit sum with the offset.
def address(mode, first, offset):
    r = lambda i: f'UInt32(truncatingIfNeeded: fp[Int(pc[{first + i}])])'
    i32 = {'': r(0), 'Add': f'{r(0)} &+ {r(1)}', 'Shl': f'{r(0)} &<< {r(1)}',
           'AddShl': f'{r(0)} &+ ({r(1)} &<< {r(2)})'}[mode]
    return f'UInt64({i32}) &+ UInt64(pc[{offset}])'
address_words = {'': 1, 'Add': 2, 'Shl': 2, 'AddShl': 3}
memory_cases = []
for mode in ('', 'Add', 'Shl', 'AddShl'):
    for name, value in load_values.items():
        size = 3 + address_words[mode]
        memory_cases.append((name + mode, [
                   f'let ea = {address(mode, 2, size - 1)}',
                   f'guard ea &+ {load_widths[name]} <= memSize else {{ TRAP(.outOfBoundsMemory) }}',
                   f'let p = mem + Int(ea)',
                   f'fp[Int(pc[1])] = {value}',
                   f'NEXT {size}']))
    for name, t in store_types.items():
        value_word = 1 + address_words[mode]
        size = 3 + address_words[mode]
        value = f'fp[Int(pc[{value_word}])]' if t == 'UInt64' else f'{t}(truncatingIfNeeded: fp[Int(pc[{value_word}])])'
        store = f'(mem + Int(ea)).storeBytes(of: {value}' + ('' if t == 'UInt8' else '.littleEndian') + f', as: {t}.self)'
        memory_cases.append((name + mode, [
                   f'let ea = {address(mode, 1, size - 1)}',
                   f'guard ea &+ {store_widths[t]} <= memSize else {{ TRAP(.outOfBoundsMemory) }}',
                   store,
                   f'NEXT {size}']))

# Fused pairs: an operation and the pure unary or binary operation right after it (no label between them) run by
# one handler, `first… d2 a2 b2`, in order (the second may read the first's result). The first is a pure
# binary operation, a load or a store (a trap there is located at the pair's start, which is its own
# site) or a copy. The list is the pairs measured most often in the benchmark workloads (Sources/WasmCore/
# Execution/README.md, "Fused pairs").
PAIRS = [
    ('i32Add', 'i32Add'), ('i32Add', 'i32Shl'), ('i32Shl', 'i32Add'), ('i32Add', 'i32Xor'),
    ('i32Add', 'i32Sub'), ('i32Sub', 'i32Add'), ('i32Add', 'i32Mul'), ('i32Mul', 'i32Add'),
    ('i32And', 'i32Shl'), ('i32Xor', 'i32And'), ('i32And', 'i32Xor'), ('i32And', 'i32And'),
    ('i32Rotl', 'i32Xor'), ('i32Xor', 'i32Rotl'), ('i32Rotl', 'i32Rotl'), ('i32Xor', 'i32Add'),
    ('i32ShrU', 'i32Xor'), ('i32Xor', 'i32ShrU'), ('i32Shl', 'i32Xor'), ('i32Xor', 'i32Shl'),
    ('i32Xor', 'i32Xor'), ('i32Xor', 'i32Mul'), ('i32Mul', 'i32Xor'), ('i32Mul', 'i32ShrU'),
    ('i32Or', 'i32And'), ('i32Or', 'i32Mul'), ('i32And', 'i32Mul'),
    ('i64Mul', 'i64Add'), ('i64Add', 'i64Add'),
    ('f64Mul', 'f64Mul'), ('f64Mul', 'f64Add'), ('f64Mul', 'f64Sub'), ('f64Sub', 'f64Mul'),
    ('f64Add', 'f64Add'), ('f64Add', 'f64Mul'), ('f64Sub', 'f64Sub'),
    ('f64Load', 'f64Add'), ('f64Load', 'f64Mul'), ('f64Load', 'f64Sub'),
    ('f64LoadAdd', 'f64Add'), ('f64LoadAdd', 'f64Mul'), ('f64LoadAdd', 'f64Sub'),
    ('i32Load', 'i32Add'), ('i32Load', 'i32Shl'), ('i32Load', 'i32ShrU'),
    ('i32LoadAdd', 'i32Add'), ('i32LoadAdd', 'i32Shl'), ('i32LoadAdd', 'i32Rotl'),
    ('i32Load8UAdd', 'i32Xor'), ('i64Load32U', 'i64Add'), ('i64Load32U', 'i64Mul'),
    ('copy', 'i32Add'), ('copy', 'i32Rotl'), ('copy', 'i32Xor'),
    ('i32Store', 'i32Add'), ('i32StoreAdd', 'i32Add'), ('f64Store', 'i32Add'), ('f64StoreAdd', 'i32Add'),
    ('i32Store8', 'i32Add'), ('i32Store8Add', 'i32Add'),
    ('f64Add', 'f64Sqrt'), ('f64Mul', 'f64Div'), ('i32LtS', 'select'), ('i32LtU', 'select'),
]
def pair_name(a, b): return f'{a}{b[0].upper()}{b[1:]}'
# Forwarded forms of pairs and chains, when the second operation reads the first's result as its
# operand 1 or 2 (the translator compares the words): the second takes the result from a register
# instead of loading back the slot just written, a store-to-load round trip on the dependency chain.
# `…Fwd1` still stores the result (it may be a local's slot); `…Tmp1` does not, for a result in an
# operand-stack slot, which the second operation pops (so nothing reads it again).
def forwarded_name(fused, operand, temporary): return f'{fused}{"Tmp" if temporary else "Fwd"}{operand}'
forwarded = []
def forwardings(first, second, size, operands):
    # The first's result is the slot its last line writes (word 1, or a pair's `d2`).
    result = re.fullmatch(r'fp\[Int\(pc\[(\d+)\]\)\] = (.*)', first[-1])
    if not result:
        return
    word, value = result.groups()
    r = 'r2' if any('r1' in l for l in first) else 'r1'  # a forwarded pair may start a forwarded chain
    for operand in operands:
        slot_read = f'fp[Int(pc[{size + operand}])]'
        assert any(slot_read in l for l in second), (second, operand)
        for temporary in (False, True):
            body = first[:-1] + [f'let {r} = {value}'] + ([] if temporary else [f'fp[Int(pc[{word}])] = {r}'])
            yield operand, temporary, body + [l.replace(slot_read, r) for l in second]
first_body = dict(numeric_cases + memory_cases + [('copy', ['fp[Int(pc[1])] = fp[Int(pc[2])]', 'NEXT 3'])])
# What a pair's second operation may be: a numeric operation, or `select dst cond a b`; and its operand count.
second_body = dict(numeric_cases)
second_body['select'] = ['fp[Int(pc[1])] = UInt32(truncatingIfNeeded: fp[Int(pc[2])]) != 0 ? fp[Int(pc[3])] : fp[Int(pc[4])]', 'NEXT 5']
second_operands = {n: len(sig[n][0]) for n in names}
second_operands['select'] = 3
def shifted(line, by):
    return re.sub(r'pc\[(\d+)\]', lambda m: f'pc[{int(m.group(1)) + by}]', line)
pair_cases = []
for a, b in PAIRS:
    assert b not in throwing, b
    assert a in first_body and (a not in sig or a not in throwing), a
    size = int(first_body[a][-1].split()[1])
    first = first_body[a][:-1]
    second = [shifted(l, size - 1) for l in second_body[b] if not l.startswith('NEXT')]
    end = size + second_operands[b] + 1  # the second's words: its result and operands
    pair_cases.append((pair_name(a, b), first + second + [f'NEXT {end}']))
    for operand, temporary, body in forwardings(first, second, size, range(1, second_operands[b] + 1)):
        forwarded.append((pair_name(a, b), operand, temporary))
        pair_cases.append((forwarded_name(pair_name(a, b), operand, temporary), body + [f'NEXT {end}']))

# Chains: an operation followed by a branch. The first operation's word becomes the chain's, the branch
# keeps its words; the chain's handler runs the first operation and then the branch itself, from the
# branch's words (at `bpc`): one dispatch instead of two. Nothing else changes: offsets, patching and
# trap sites are the branch's own.
CHAINS = [
    ('i32Load', 'brTable'), ('i32Add', 'brIfI32Ne'), ('i32Store', 'br'), ('i32Load', 'brIfI32Eqz'),
    ('i32Load8UAdd', 'brIfI32Ne'), ('i32Add', 'brIfI32GtU'), ('i32Load8U', 'brIfI32Eqz'),
    ('i32LoadAdd', 'brIfI32Eqz'), ('i32Add', 'brIfI32GeU'), ('copy', 'br'), ('i32Add', 'brIfI32LtU'),
    ('i32Add', 'brIf'), ('i32LoadAdd', 'brIf'), ('i32Load8U', 'brIfI32Ne'), ('i32Add', 'brIfI32Eqz'),
    ('i32Load', 'br'), ('i32Add', 'brIfI32Eq'), ('i32Load', 'brIfI32LtS'), ('copy', 'brIfI32GtS'),
    ('i32Add', 'br'), ('i32And', 'brIfI32Eqz'), ('copy', 'brIf'), ('i32Load', 'brIfI32Ne'),
    ('i32Load', 'brIf'), ('i32LoadShl', 'brTable'), ('i32LoadAddShl', 'brIfI32Eqz'),
    # A plain fused pair may start a chain too (a loop counter's `i + 1`, then the exit test).
    ('i32AddI32Add', 'brIfI32Ne'), ('i32AddI32Add', 'br'), ('i32AddI32Add', 'brIfI32GtU'), ('copyI32Add', 'brIfI32Ne'),
    # … and so may a forwarded pair, and a store end one (nbody: `x + load` / `a * b - c`, then stored).
    ('f64LoadF64AddTmp2', 'f64Store'), ('f64MulF64SubTmp2', 'f64Store'),
]
def chain_name(a, b): return f'{a}Then{b[0].upper()}{b[1:]}'
# Branches a forwarded chain can run: body (with `pc` at the branch) and the operands that are slots.
branch_body = {name: (body, (1,) if offsetWord == 2 else (1, 2))
               for (name, body), (_, _, offsetWord) in zip(branch_cases, branches)}
branch_body['brIf'] = (['if UInt32(truncatingIfNeeded: fp[Int(pc[1])]) != 0 {', '    JUMP 2', '} else {',
                        '    NEXT 3', '}'], (1,))
branch_body['br'] = (['JUMP 1'], ())
# A store may follow a chain's first operation too (its address, then its value, may be forwarded).
branch_body.update((name, (body, (1, 2))) for name, body in memory_cases if name in ('f64Store', 'i32Store'))
branch_body['brTable'] = (['let index = UInt32(truncatingIfNeeded: fp[Int(pc[1])])', 'let count = pc[2]',
                           'let entryIndex = Int(index < count ? index : count)', 'JUMP 3 + entryIndex'], (1,))
chain_cases = []
at_branch = lambda lines: [re.sub(r'^(\s*)(NEXT|JUMP) ', r'\1\2@bpc ', re.sub(r'\bpc\[', 'bpc[', re.sub(r'\bea\b', 'bea', l)))
                           .replace('TRAP(', 'TRAP@bpc(') for l in lines]
first_body.update(pair_cases)
for a, b in CHAINS:
    assert a in first_body and (a not in sig or a not in throwing), a
    size = int(first_body[a][-1].split()[1])
    branch, operands = branch_body[b]
    chain_cases.append((chain_name(a, b), first_body[a][:-1] + [f'let bpc = pc + {size}'] + at_branch(branch)))
    for operand, temporary, body in forwardings(first_body[a][:-1], branch, 0, operands):
        split = len(body) - len(branch)
        forwarded.append((chain_name(a, b), operand, temporary))
        chain_cases.append((forwarded_name(chain_name(a, b), operand, temporary),
                            body[:split] + [f'let bpc = pc + {size}'] + at_branch(body[split:])))

# Each case is a name and body lines in a small template language rendered two ways: as a `case` of
# the switch loop (Interpreter.swift, debug builds) and as a tail-calling handler (ThreadedHandlers.swift,
# release builds). `TRAP(kind)` leaves with a trap, `NEXT n` continues n words on, `JUMP w` branches by
# the offset in word w (spending budget on a backward branch).
# `mode` is 'threaded' (a handler: tail calls), 'loop' (a case of `run`'s switch: leaves with
# `break loop`) or 'function' (a case of `runFused`: returns the trap kind). `@base` forms work from
# the words at `base` (a chain's second instruction) instead of `pc`.
def render(body, indent, mode):
    def leave(base, kind):  # a trap located at `base`
        if mode == 'threaded':
            return f'return Threaded.trap(st, {base}, {kind})'
        at = '' if base == 'pc' else f'pc = {base}; '
        return at + (f'trap = {kind}; break loop' if mode == 'loop' else f'return {kind}')
    def move(base, amount):  # `pc` to `base + amount`
        return f'pc += {amount}' if base == 'pc' else f'pc = {base} + {amount}'
    out = []
    for line in body:
        lead = indent + line[:len(line) - len(line.lstrip())]
        code = line.lstrip()
        if code.startswith(('NEXT', 'JUMP')):
            op, word = code.split(None, 1)
            base = op[5:] or 'pc'
            if op.startswith('NEXT'):  # `NEXT n`: continue n words on
                out.append(lead + (f'return Threaded.next({base} + {word}, fp, mem, memSize, st, table)'
                                   if mode == 'threaded' else move(base, word)))
            elif mode == 'threaded':   # `JUMP w`: branch by the offset in word w
                out.append(lead + f'return Threaded.jump({base}, Int(Int32(bitPattern: {base}[{word}])), fp, mem, memSize, st, table)')
            else:
                out += [lead + f'let offset = Int(Int32(bitPattern: {base}[{word}]))',
                        lead + f'if offset <= 0, let kind = spend(&budget) {{ {leave(base, "kind")} }}',
                        lead + move(base, 'offset')]
            continue
        trap = re.search(r'TRAP(?:@(\w+))?\(([^)]*)\)', code)
        if trap:
            code = code[:trap.start()] + leave(trap.group(1) or 'pc', trap.group(2)) + code[trap.end():]
            if mode == 'threaded' and code.startswith('do {'):
                code = 'do throws(TrapKind) {' + code[4:]   # closures do not infer typed throws
        out.append(lead + code)
    return out
def switch_cases(cases, mode='loop', indent=12):
    out = []
    for name, body in cases:
        out.append(' ' * indent + f'case .{name}:')
        out += render(body, ' ' * (indent + 4), mode)
    return out
def threaded_file(cases):
    out = ['// Generated by Scripts/generate-numeric-cases.py from the same descriptions as the switch cases of',
           '// Interpreter.swift; do not edit.',
           '#if !DEBUG',
           'extension Threaded {',
           '    /// Installs the generated handlers: fused branches, loads/stores and numeric operations (after',
           '    /// `installOther`, whose `copy` some of them share).',
           '    static func installGenerated(_ t: UnsafeMutablePointer<Handler>) {']
    # Operations with the same handler body (`f32.load` and `i32.load`, …) share one handler: LLVM
    # would merge the copies anyway, through thunks that do not tail-call.
    # Bit-level identities compile to the same code too, so they are listed here (Scripts/check-tail-calls.sh
    # fails when LLVM merges handlers this misses).
    same_code = {'i64ExtendI32U': 'i32WrapI64', 'i32ReinterpretF32': 'i32WrapI64', 'f32ReinterpretI32': 'i32WrapI64',
                 'i64ReinterpretF64': 'copy', 'f64ReinterpretI64': 'copy', 'i64Extend32S': 'i64ExtendI32S'}
    first = {}
    for name, body in cases:
        rendered = render(body, ' ' * 12, 'threaded')
        key = '\n'.join(rendered)
        if name in same_code:
            out.append(f'        t[Int(Op.{name}.rawValue)] = t[Int(Op.{same_code[name]}.rawValue)]')
            continue
        if key in first:
            out.append(f'        t[Int(Op.{name}.rawValue)] = t[Int(Op.{first[key]}.rawValue)]')
            continue
        first[key] = name
        out.append(f'        t[Int(Op.{name}.rawValue)] = {{ pc, fp, mem, memSize, st, table in')
        out += rendered
        out.append('        }')
    out += ['    }', '}', '#endif', '']
    return '\n'.join(out)

path = root / 'Sources/WasmCore/Execution/Interpreter.swift'
text = path.read_text()
def splice(text, tag, body):
    begin = text.index(f'// BEGIN GENERATED {tag}')
    begin = text.index('\n', begin) + 1
    end = text.index(f'            // END GENERATED {tag}')
    return text[:begin] + '\n'.join(body) + '\n' + text[end:]
text = splice(text, 'branches', switch_cases(branch_cases))
text = splice(text, 'memory', switch_cases(memory_cases))
# The fused pairs and chains run in a function of their own in debug builds (InterpreterFused.swift):
# unoptimized code gives every local of every case its own stack slot, and `run`'s frame is stacked up
# once per nested host call.
text = splice(text, 'pairs', ['            // (fused pairs and chains: the `default` case below)'])
text = splice(text, 'numeric', switch_cases(numeric_cases) + ['            default:',
                              '                // Fused pairs and chains (InterpreterFused.swift).',
                              '                if let kind = runFused(Op.decode(pc.pointee), &pc, fp, mem, memSize, &budget) {',
                              '                    trap = kind',
                              '                    break loop',
                              '                }'])
fused_out = ['// Generated by Scripts/generate-numeric-cases.py; do not edit.', '#if DEBUG', 'extension Machine {',
             '    /// The fused pairs and chains of the debug loop (`run`), in a function of their own so that their',
             '    /// locals do not enlarge `run`\'s frame, which nested host calls stack up. Runs the operation at',
             '    /// `pc` and moves `pc` on; returns the trap kind if it traps (`pc` then at the trap site).',
             '    func runFused(_ op: Op, _ pc: inout UnsafePointer<UInt32>, _ fp: UnsafeMutablePointer<UInt64>,',
             '                  _ mem: UnsafeMutableRawPointer, _ memSize: UInt64, _ budget: inout Int) -> TrapKind? {',
             '        switch op {']
fused_out += switch_cases(pair_cases + chain_cases, mode='function', indent=8)
fused_out += ['        default:', '            preconditionFailure("not a fused operation: \\(op)")', '        }', '        return nil',
              '    }', '}', '#endif', '']
(root / 'Sources/WasmCore/Execution/InterpreterFused.swift').write_text('\n'.join(fused_out))
path.write_text(text)
threaded = root / 'Sources/WasmCore/Execution/ThreadedHandlers.swift'
threaded.write_text(threaded_file(branch_cases + memory_cases + numeric_cases + pair_cases + chain_cases))
op_path = root / 'Sources/WasmCore/Execution/Op.swift'
op_text = op_path.read_text()
begin = op_text.index('    // BEGIN GENERATED pairs')
begin = op_text.index('\n', begin) + 1
end = op_text.index('    // END GENERATED pairs')
op_path.write_text(op_text[:begin] + ''.join(f'    case {pair_name(a, b)}\n' for a, b in PAIRS)
                   + ''.join(f'    case {chain_name(a, b)}\n' for a, b in CHAINS)
                   + ''.join(f'    case {forwarded_name(f, o, tmp)}\n' for f, o, tmp in forwarded) + op_text[end:])
pairs_file = ['// Generated by Scripts/generate-numeric-cases.py; do not edit.',
              'extension Op {',
              '    /// The fused operation running `first` then `second` (pure binary operations), if there is one.',
              '    static func pair(_ first: Op, _ second: Op) -> Op? {',
              '        switch (first, second) {']
pairs_file += [f'        case (.{a}, .{b}): .{pair_name(a, b)}' for a, b in PAIRS]
pairs_file += ['        default: nil', '        }', '    }', '',
               '    /// The chain running `first` and going on to the branch `second`, if there is one.',
               '    static func chain(_ first: Op, _ second: Op) -> Op? {',
               '        switch (first, second) {']
pairs_file += [f'        case (.{a}, .{b}): .{chain_name(a, b)}' for a, b in CHAINS]
pairs_file += ['        default: nil', '        }', '    }', '',
               '    /// Whether `op` can start a fused pair or a chain.',
               '    static func pairable(_ op: Op) -> Bool {',
               '        switch op {',
               '        case ' + ', '.join(sorted({f'.{a}' for a, _ in PAIRS + CHAINS})) + ': true',
               '        default: false',
               '        }',
               '    }', '',
               '    /// The first operation of a fused pair.',
               '    static func pairFirst(_ pair: Op) -> Op? {',
               '        switch pair {']
pairs_file += [f'        case .{pair_name(a, b)}: .{a}' for a, b in PAIRS]
pairs_file += [f'        case .{forwarded_name(pair_name(a, b), o, tmp)}: .{a}'
               for a, b in PAIRS for f, o, tmp in forwarded if f == pair_name(a, b)]
pairs_file += ['        default: nil', '        }', '    }', '',
               '    /// The form of the pair or chain `fused` whose second operation takes the first\'s result from a',
               '    /// register as its operand `operand` (1 or 2), if there is one: one that also stores the result,',
               '    /// or for a `temporary` (an operand-stack slot the second pops) one that does not.',
               '    static func forwarded(_ fused: Op, operand: Int, temporary: Bool) -> Op? {',
               '        switch (fused, operand, temporary) {']
pairs_file += [f'        case (.{f}, {o}, {"true" if tmp else "false"}): .{forwarded_name(f, o, tmp)}' for f, o, tmp in forwarded]
pairs_file += ['        default: nil', '        }', '    }', '}', '']
(root / 'Sources/WasmCore/Execution/FusedPairs.swift').write_text('\n'.join(pairs_file))
print(f'{len(names)} numeric cases, {len(throwing & set(names))} trapping, {len(branches)} fused branches, '
      f'{len(memory_cases)} loads/stores, {len(PAIRS)} fused pairs, {len(CHAINS)} chains, {len(forwarded)} forwarded forms of them; '
      f'{len(branch_cases + memory_cases + numeric_cases + pair_cases + chain_cases)} threaded handlers')

# SIMD: one threaded handler per SIMD operation (Sources/WasmCore/Execution/ThreadedSIMDHandlers.swift), at
# its code word `SIMDOp.word`. Each calls `SIMDExecutor.execute` with a constant operation, which inlines to
# that operation's code alone. Operations listed in one `case` of SIMDExecutor+Compute.swift have the same
# code, so they share one handler (LLVM would merge the copies through thunks that do not tail-call).
simd_ops = re.findall(r'case (\w+) = 0x', (root / 'Sources/WasmCore/Binary/SIMDOp.swift').read_text())
compute_src = (root / 'Sources/WasmCore/Execution/SIMDExecutor+Compute.swift').read_text()
leader = {}
for label in re.findall(r'\bcase ((?:\.\w+,\s*)*\.\w+):', compute_src):
    group = re.findall(r'\.(\w+)', label)
    for name in group:
        leader.setdefault(name, group[0])
simd_out = ['// Generated by Scripts/generate-numeric-cases.py from SIMDOp.swift and SIMDExecutor+Compute.swift;',
            '// do not edit.', '#if !DEBUG', 'extension Threaded {',
            '    /// One handler per SIMD operation, at its code word (`SIMDOp.word`): `SIMDExecutor.execute` with a',
            '    /// constant operation inlines to that operation alone. Operations sharing a `case` share a handler.',
            '    static func installSIMDGenerated(_ t: UnsafeMutablePointer<Handler>) {']
handlers = 0
for name in simd_ops:
    if name == 'v128Const':
        continue  # no code: a constant slot
    lead = leader.get(name, name)
    if lead != name:
        simd_out.append(f'        t[Int(SIMDOp.{name}.word)] = t[Int(SIMDOp.{lead}.word)]')
        continue
    handlers += 1
    simd_out += [f'        t[Int(SIMDOp.{name}.word)] = {{ pc, fp, mem, memSize, st, table in',
                 f'            let length = SIMDExecutor.execute(.{name}, pc, fp, mem, memSize)',
                 '            guard length > 0 else { return Threaded.trap(st, pc, .outOfBoundsMemory) }',
                 '            return Threaded.next(pc + length, fp, mem, memSize, st, table)',
                 '        }']
simd_out += ['    }', '}', '#endif', '']
(root / 'Sources/WasmCore/Execution/ThreadedSIMDHandlers.swift').write_text('\n'.join(simd_out))
print(f'{len(simd_ops)} SIMD operations, {handlers} SIMD handlers')
