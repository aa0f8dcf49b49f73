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
               f'                    if offset < 0, let kind = spend(&budget) {{ trap = kind; break loop }}',
               f'                    pc += offset',
               f'                }} else {{',
               f'                    pc += {offsetWord + 1}',
               f'                }}']

path = root / 'Sources/WasmCore/Execution/Interpreter.swift'
text = path.read_text()
def splice(text, tag, body):
    begin = text.index(f'// BEGIN GENERATED {tag}')
    begin = text.index('\n', begin) + 1
    end = text.index(f'            // END GENERATED {tag}')
    return text[:begin] + '\n'.join(body) + '\n' + text[end:]
text = splice(text, 'numeric', lines)
text = splice(text, 'branches', blines)
path.write_text(text)
print(f'{len(names)} numeric cases, {len(throwing & set(names))} trapping, {len(branches)} fused branches')
