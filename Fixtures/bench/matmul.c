// matmul.c — dense double-precision matrix multiply C = A * B (i-k-j order).
// run(n): n x n matrices (n <= 512) filled from xorshift32 with values in
// [-1, 1); returns the IEEE-754 bits of sum(C) XOR the bits of C[n-1][n-1]
// (exact: native and wasm perform the same operations in the same order).
#define BENCH_HEAP_SIZE (7u << 20)
#include "bench.h"

#define MAX_N 512

static inline u64 bits_of(double d) {
    u64 u;
    bench_memcpy(&u, &d, sizeof u);
    return u;
}

static void fill(double *m, u32 count, u32 *state) {
    for (u32 i = 0; i < count; i++) {
        m[i] = (double)(i32)rng_next(state) * (1.0 / 2147483648.0);
    }
}

__attribute__((noinline))
static void multiply(const double *a, const double *b, double *c, u32 n) {
    for (u32 i = 0; i < n; i++) {
        double *row = c + i * n;
        for (u32 j = 0; j < n; j++) row[j] = 0.0;
        for (u32 k = 0; k < n; k++) {
            double aik = a[i * n + k];
            const double *brow = b + k * n;
            for (u32 j = 0; j < n; j++) row[j] += aik * brow[j];
        }
    }
}

long long run(int n) {
    u32 dim = n < 1 ? 1 : n > MAX_N ? MAX_N : (u32)n;
    bench_heap_reset();
    u32 count = dim * dim;
    double *a = (double *)bench_malloc(count * 8u);
    double *b = (double *)bench_malloc(count * 8u);
    double *c = (double *)bench_malloc(count * 8u);
    u32 state = 0xDEADBEEFu;
    fill(a, count, &state);
    fill(b, count, &state);
    multiply(a, b, c, dim);
    double total = 0.0;
    for (u32 i = 0; i < count; i++) total += c[i];
    return (long long)(bits_of(total) ^ bits_of(c[count - 1]));
}
