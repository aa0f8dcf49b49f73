// calls.c — call-heavy workload: naive recursive Fibonacci plus a loop of
// indirect calls through a function-pointer table (call_indirect).
// run(n): fib(n) recursively, then n * 100000 indirect calls; returns a
// checksum of both.
#include "bench.h"

#define NOINLINE __attribute__((noinline))

NOINLINE static u32 fib(u32 n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

typedef u32 (*binop_fn)(u32, u32);

NOINLINE static u32 op_add(u32 a, u32 b) { return a + b; }
NOINLINE static u32 op_sub(u32 a, u32 b) { return a - b * 3u; }
NOINLINE static u32 op_mul(u32 a, u32 b) { return a * (b | 1u); }
NOINLINE static u32 op_xor(u32 a, u32 b) { return a ^ (b << 7); }
NOINLINE static u32 op_rot(u32 a, u32 b) { u32 s = b & 31u; return (a << s) | (a >> ((32u - s) & 31u)); }
NOINLINE static u32 op_div(u32 a, u32 b) { return a / (b | 1u) + a; }
NOINLINE static u32 op_min(u32 a, u32 b) { return (a < b ? a : b) + 0x9e37u; }
NOINLINE static u32 op_hash(u32 a, u32 b) { u32 h = a * 0x85ebca6bu; return (h ^ (h >> 13)) + b; }

static binop_fn const ops[8] = { op_add, op_sub, op_mul, op_xor, op_rot, op_div, op_min, op_hash };

// Dispatch through a table held in memory, with the index depending on the
// previous result so the compiler cannot devirtualize.
NOINLINE static u32 indirect_loop(u32 iterations) {
    u32 acc = 1;
    for (u32 i = 0; i < iterations; i++) {
        acc = ops[(acc ^ i) & 7u](acc, i);
    }
    return acc;
}

long long run(int n) {
    if (n < 0) n = 0;
    u32 f = fib((u32)n);
    u32 acc = indirect_loop((u32)n * 100000u);
    return (long long)(((u64)f << 32) | acc);
}
