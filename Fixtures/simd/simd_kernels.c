// simd_kernels.c — SIMD workloads for WasmHost's v128 support (a WASI command).
//
// Built for wasm with -msimd128 (Fixtures/simd/build-part.sh) and natively with gcc or clang; both
// builds print the same lines. The kernels use GCC/Clang vector extensions (16-byte vectors), which
// clang lowers to WebAssembly SIMD instructions, plus plain loops that -O3 auto-vectorizes. Integer
// arithmetic is exact and the float kernels avoid contraction, so the output is bit-identical.
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef int32_t i32x4 __attribute__((vector_size(16)));
typedef uint32_t u32x4 __attribute__((vector_size(16)));
typedef int16_t i16x8 __attribute__((vector_size(16)));
typedef uint8_t u8x16 __attribute__((vector_size(16)));
typedef float f32x4 __attribute__((vector_size(16)));
typedef double f64x2 __attribute__((vector_size(16)));

#define N 4096

static int16_t a16[N], b16[N];
static float fa[N], fb[N];
static uint8_t img[64 * 64], out[64 * 64];
static uint32_t state = 2463534242u;

static uint32_t next(void) {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

static uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h;
}

// Dot product of int16 vectors in int32 lanes (auto-vectorized: extend + mul + add, or dot_i16x8_s).
__attribute__((noinline)) static int64_t dot16(const int16_t *x, const int16_t *y, int n) {
    int32_t sum = 0;
    for (int i = 0; i < n; i++) sum += (int32_t)x[i] * (int32_t)y[i];
    return sum;
}

// Float dot product with explicit 4-lane vectors (f32x4.mul, f32x4.add), then a fixed-order reduction.
__attribute__((noinline)) static float dotf(const float *x, const float *y, int n) {
    f32x4 acc = {0, 0, 0, 0};
    for (int i = 0; i < n; i += 4) {
        f32x4 vx, vy;
        memcpy(&vx, x + i, 16);
        memcpy(&vy, y + i, 16);
        f32x4 p = vx * vy;
        acc = acc + p;
    }
    return (acc[0] + acc[1]) + (acc[2] + acc[3]);
}

// 3x3 box blur on bytes: widen to 16 bits, add, divide by 9 with a multiply-shift, narrow.
__attribute__((noinline)) static void blur(const uint8_t *src, uint8_t *dst, int w, int h) {
    for (int y = 1; y < h - 1; y++) {
        for (int x = 1; x < w - 1; x++) {
            unsigned s = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++) s += src[(y + dy) * w + x + dx];
            dst[y * w + x] = (uint8_t)((s * 7282u) >> 16);
        }
    }
}

// Saturating brighten and per-lane min/max over bytes with 16-lane vectors.
__attribute__((noinline)) static uint64_t bytes16(const uint8_t *src, int n) {
    u8x16 lo = {0}, hi = {0};
    for (int i = 0; i < 16; i++) lo[i] = 255;
    uint64_t h = 0;
    for (int i = 0; i < n; i += 16) {
        u8x16 v, add = {0};
        memcpy(&v, src + i, 16);
        for (int k = 0; k < 16; k++) add[k] = 40;
        u8x16 sum = v + add;
        u8x16 sat = sum | (u8x16)(sum < v);  // saturating add via the carry mask
        u8x16 less = (u8x16)(lo < v), more = (u8x16)(hi > v);
        lo = (lo & less) | (v & ~less);
        hi = (hi & more) | (v & ~more);
        u8x16 rev = __builtin_shufflevector(sat, sat, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
        uint64_t word;
        memcpy(&word, &rev, 8);
        h = mix(h, word);
    }
    for (int k = 0; k < 16; k++) h = mix(h, (uint64_t)lo[k] << 8 | hi[k]);
    return h;
}

// Integer lanes: shifts, multiplies, compares and selects on i32x4 and i16x8.
__attribute__((noinline)) static uint64_t ints(int n) {
    i32x4 acc = {1, 2, 3, 4};
    i16x8 s = {1, -2, 3, -4, 5, -6, 7, -8};
    uint64_t h = 0;
    for (int i = 0; i < n; i++) {
        i32x4 r = {(int32_t)next(), (int32_t)next(), (int32_t)next(), (int32_t)next()};
        acc = acc * 3 + (r >> 7) + (i32x4)((u32x4)r >> 3 == (u32x4)acc);
        i32x4 gt = acc > r;
        acc = ((acc - r) & gt) | ((acc ^ r) & ~gt);
        i16x8 t = (i16x8)r;
        s = s + t * (i16x8){3, 3, 3, 3, 3, 3, 3, 3};
        s = s << 1 | (s >> 15 & 1);
        h = mix(h, (uint32_t)acc[i & 3] ^ (uint16_t)s[i & 7]);
    }
    return h;
}

// Doubles: two-lane arithmetic with a square root.
__attribute__((noinline)) static uint64_t doubles(int n) {
    f64x2 p = {1.0, 2.0}, v = {0.5, -0.25};
    for (int i = 0; i < n; i++) {
        f64x2 d = p * p;
        double r = __builtin_sqrt(d[0] + d[1]);
        f64x2 rr = {r + 1.0, r + 1.0};
        v = v - p / (rr * rr * rr) * (f64x2){0.01, 0.01};
        p = p + v * (f64x2){0.01, 0.01};
    }
    uint64_t bits[2];
    memcpy(bits, &p, 16);
    return bits[0] ^ (bits[1] * 3);
}

int main(void) {
    for (int i = 0; i < N; i++) {
        a16[i] = (int16_t)next();
        b16[i] = (int16_t)next();
        fa[i] = (float)(next() % 2001) / 1000.0f - 1.0f;
        fb[i] = (float)(next() % 2001) / 1000.0f - 1.0f;
    }
    for (int i = 0; i < 64 * 64; i++) img[i] = (uint8_t)next();

    int64_t d = 0;
    for (int r = 0; r < 50; r++) d += dot16(a16, b16, N - r * 8);
    printf("dot16 %lld\n", (long long)d);

    float f = dotf(fa, fb, N);
    uint32_t fbits;
    memcpy(&fbits, &f, 4);
    printf("dotf %.6f %08x\n", (double)f, fbits);

    memset(out, 0, sizeof out);
    blur(img, out, 64, 64);
    uint64_t hb = 0;
    for (int i = 0; i < 64 * 64; i++) hb = mix(hb, out[i]);
    printf("blur %016llx\n", (unsigned long long)hb);

    printf("bytes %016llx\n", (unsigned long long)bytes16(img, 64 * 64));
    printf("ints %016llx\n", (unsigned long long)ints(10000));
    printf("doubles %016llx\n", (unsigned long long)doubles(10000));
    return 0;
}
