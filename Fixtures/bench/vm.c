// vm.c — a switch-dispatched stack-machine interpreter.
// The bytecode program counts the primes below n by trial division and sums
// them. run(n) returns count * 2^40 + sum (the sum of primes below a few
// million fits in 40 bits).
#include "bench.h"

enum {
    OP_HALT, OP_PUSH, OP_LOAD, OP_STORE, OP_ADD, OP_SUB, OP_MUL, OP_MOD,
    OP_LT, OP_LE, OP_EQ, OP_JZ, OP_JNZ, OP_JMP, OP_INC, OP_DUP, OP_DROP
};

typedef struct {
    i32 code[256];
    u32 len;
    u32 labels[16];
    u32 fixups[32];   // code positions to patch
    u32 fixup_label[32];
    u32 nfixups;
} Asm;

static void emit(Asm *a, i32 v) { a->code[a->len++] = v; }
static void emit_op(Asm *a, i32 op, i32 imm) { emit(a, op); emit(a, imm); }
static void emit_jump(Asm *a, i32 op, u32 label) {
    emit(a, op);
    a->fixups[a->nfixups] = a->len;
    a->fixup_label[a->nfixups++] = label;
    emit(a, 0);
}
static void bind(Asm *a, u32 label) { a->labels[label] = a->len; }
static void link_labels(Asm *a) {
    for (u32 i = 0; i < a->nfixups; i++) a->code[a->fixups[i]] = (i32)a->labels[a->fixup_label[i]];
}

// Locals: 0 = limit, 1 = i, 2 = j, 3 = count, 4 = sum (low), 5 = is_prime,
//         6 = sum (high, carries)
enum { L_OUTER, L_INNER, L_CONT, L_DONE, L_NEXT, L_END, L_NOCARRY };

static void assemble(Asm *a) {
    a->len = 0; a->nfixups = 0;
    emit_op(a, OP_PUSH, 2); emit_op(a, OP_STORE, 1);            // i = 2
    bind(a, L_OUTER);
    emit_op(a, OP_LOAD, 1); emit_op(a, OP_LOAD, 0); emit(a, OP_LT);
    emit_jump(a, OP_JZ, L_END);                                  // while i < limit
    emit_op(a, OP_PUSH, 1); emit_op(a, OP_STORE, 5);             // is_prime = 1
    emit_op(a, OP_PUSH, 2); emit_op(a, OP_STORE, 2);             // j = 2
    bind(a, L_INNER);
    emit_op(a, OP_LOAD, 2); emit(a, OP_DUP); emit(a, OP_MUL);
    emit_op(a, OP_LOAD, 1); emit(a, OP_LE);
    emit_jump(a, OP_JZ, L_DONE);                                 // while j*j <= i
    emit_op(a, OP_LOAD, 1); emit_op(a, OP_LOAD, 2); emit(a, OP_MOD);
    emit_jump(a, OP_JNZ, L_CONT);                                // i % j != 0 -> continue
    emit_op(a, OP_PUSH, 0); emit_op(a, OP_STORE, 5);             // is_prime = 0
    emit_jump(a, OP_JMP, L_DONE);
    bind(a, L_CONT);
    emit_op(a, OP_INC, 2);                                       // j++
    emit_jump(a, OP_JMP, L_INNER);
    bind(a, L_DONE);
    emit_op(a, OP_LOAD, 5);
    emit_jump(a, OP_JZ, L_NEXT);
    emit_op(a, OP_INC, 3);                                       // count++
    emit_op(a, OP_LOAD, 4); emit_op(a, OP_LOAD, 1); emit(a, OP_ADD);
    emit(a, OP_DUP); emit_op(a, OP_STORE, 4);                    // sum += i
    emit_op(a, OP_LOAD, 1); emit(a, OP_LT);                      // carry if new sum < i (unsigned)
    emit_jump(a, OP_JZ, L_NOCARRY);
    emit_op(a, OP_INC, 6);
    bind(a, L_NOCARRY);
    bind(a, L_NEXT);
    emit_op(a, OP_INC, 1);                                       // i++
    emit_jump(a, OP_JMP, L_OUTER);
    bind(a, L_END);
    emit(a, OP_HALT);
    link_labels(a);
}

__attribute__((noinline))
static void execute(const i32 *code, u32 *locals) {
    u32 stack[64];
    u32 sp = 0;
    u32 pc = 0;
    for (;;) {
        i32 op = code[pc++];
        switch (op) {
        case OP_HALT: return;
        case OP_PUSH: stack[sp++] = (u32)code[pc++]; break;
        case OP_LOAD: stack[sp++] = locals[code[pc++]]; break;
        case OP_STORE: locals[code[pc++]] = stack[--sp]; break;
        case OP_ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case OP_SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case OP_MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case OP_MOD: sp--; stack[sp - 1] = stack[sp] ? stack[sp - 1] % stack[sp] : 0; break;
        case OP_LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case OP_LE: sp--; stack[sp - 1] = stack[sp - 1] <= stack[sp]; break;
        case OP_EQ: sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
        case OP_JZ: { i32 target = code[pc++]; if (stack[--sp] == 0) pc = (u32)target; break; }
        case OP_JNZ: { i32 target = code[pc++]; if (stack[--sp] != 0) pc = (u32)target; break; }
        case OP_JMP: pc = (u32)code[pc]; break;
        case OP_INC: locals[code[pc++]] += 1; break;
        case OP_DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case OP_DROP: sp--; break;
        default: __builtin_trap();
        }
    }
}

long long run(int n) {
    static Asm a;
    assemble(&a);
    u32 locals[8] = {0};
    locals[0] = n > 0 ? (u32)n : 0;
    execute(a.code, locals);
    u64 sum = ((u64)locals[6] << 32) | locals[4];
    return (long long)(((u64)locals[3] << 40) + sum);
}
