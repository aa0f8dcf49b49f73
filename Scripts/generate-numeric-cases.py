#!/usr/bin/env python3
"""Regenerates the numeric cases of the interpreter loop (Sources/WasmCore/Execution/Interpreter.swift)
from NumericOp.swift: each case reads its operands' slots, calls `Numerics.<op>` and writes the result."""
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
lines = []
for n in names:
    operands, result = sig[n]
    args = ', '.join(
        f'fp[Int(pc[{i + 2}])]' if width[t] == 'UInt64' else f'UInt32(truncatingIfNeeded: fp[Int(pc[{i + 2}])])'
        for i, t in enumerate(operands))
    call = f'Numerics.{n}({args})'
    size = 2 + len(operands)
    lines.append(f'            case .{n}:')
    if n in throwing:
        lines.append(f'                do {{ fp[Int(pc[1])] = UInt64(try {call}) }} catch {{ trap = error; break loop }}')
    else:
        lines.append(f'                fp[Int(pc[1])] = UInt64({call})')
    lines.append(f'                pc += {size}')
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
blines = []
for name, cond, offsetWord in branches:
    blines += [f'            case .{name}:',
               f'                if {cond} {{',
               f'                    let offset = Int(Int32(bitPattern: pc[{offsetWord}]))',
               f'                    if offset <= 0, let kind = spend(&budget) {{ trap = kind; break loop }}',
               f'                    pc += offset',
               f'                }} else {{',
               f'                    pc += {offsetWord + 1}',
               f'                }}']

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
def address(fused, first, offset):
    if fused:
        return (f'UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[{first}])]) &+ UInt32(truncatingIfNeeded: fp[Int(pc[{first + 1}])]))'
                f' &+ UInt64(pc[{offset}])')
    return f'UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[{first}])])) &+ UInt64(pc[{offset}])'
mlines = []
for fused in (False, True):
    suffix = 'Add' if fused else ''
    for name, value in load_values.items():
        size = 5 if fused else 4
        mlines += [f'            case .{name}{suffix}:',
                   f'                let ea = {address(fused, 2, size - 1)}',
                   f'                guard ea &+ {load_widths[name]} <= memSize else {{ trap = .outOfBoundsMemory; break loop }}',
                   f'                let p = mem + Int(ea)',
                   f'                fp[Int(pc[1])] = {value}',
                   f'                pc += {size}']
    for name, t in store_types.items():
        value_word = 3 if fused else 2
        size = 5 if fused else 4
        value = f'fp[Int(pc[{value_word}])]' if t == 'UInt64' else f'{t}(truncatingIfNeeded: fp[Int(pc[{value_word}])])'
        store = f'(mem + Int(ea)).storeBytes(of: {value}' + ('' if t == 'UInt8' else '.littleEndian') + f', as: {t}.self)'
        mlines += [f'            case .{name}{suffix}:',
                   f'                let ea = {address(fused, 1, size - 1)}',
                   f'                guard ea &+ {store_widths[t]} <= memSize else {{ trap = .outOfBoundsMemory; break loop }}',
                   f'                {store}',
                   f'                pc += {size}']

path = root / 'Sources/WasmCore/Execution/Interpreter.swift'
text = path.read_text()
def splice(text, tag, body):
    begin = text.index(f'// BEGIN GENERATED {tag}')
    begin = text.index('\n', begin) + 1
    end = text.index(f'            // END GENERATED {tag}')
    return text[:begin] + '\n'.join(body) + '\n' + text[end:]
text = splice(text, 'numeric', lines)
text = splice(text, 'branches', blines)
text = splice(text, 'memory', mlines)
path.write_text(text)
print(f'{len(names)} numeric cases, {len(throwing & set(names))} trapping, {len(branches)} fused branches, {len(mlines)} memory lines')
