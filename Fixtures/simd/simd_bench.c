// simd_bench.c — a SIMD benchmark workload (Fixtures/bench conventions: `long long run(int n)`,
// import-free, bench.h). Built with -msimd128 by Fixtures/simd/build-part.sh; natively, the same
// source gives the same checksum (gcc/clang vector extensions, no FP contraction).
//
// run(n): n rounds over a 128x128 byte image and a 4096-element float signal: a 3x3 box blur in
// 16-bit lanes (i16x8 add, widen/narrow), a 4-lane float FIR filter (f32x4 mul/add) and an i32x4
// mix, folded into a 64-bit checksum.
#include "../bench/bench.h"

typedef u8 u8x16 __attribute__((vector_size(16), aligned(1)));
typedef u16 u16x8 __attribute__((vector_size(16)));
typedef u8 u8x8 __attribute__((vector_size(8)));
typedef u32 u32x4 __attribute__((vector_size(16), aligned(1)));
typedef float f32x4 __attribute__((vector_size(16), aligned(1)));

#define W 128
#define H 128
#define S 4096

static u8 image[W * H], blurred[W * H];
static float signal[S + 8], filtered[S];

static inline u16x8 widen_lo(u8x16 v) {
    return __builtin_convertvector(__builtin_shufflevector(v, v, 0, 1, 2, 3, 4, 5, 6, 7), u16x8);
}
static inline u16x8 widen_hi(u8x16 v) {
    return __builtin_convertvector(__builtin_shufflevector(v, v, 8, 9, 10, 11, 12, 13, 14, 15), u16x8);
}

// Rows 1..H-2, columns 1..W-17 in 16-byte strips: the sum of 9 neighbours, scaled down.
static void blur(void) {
    for (int y = 1; y < H - 1; y++) {
        for (int x = 1; x + 16 <= W - 1; x += 16) {
            u16x8 lo = {0}, hi = {0};
            for (int dy = -1; dy <= 1; dy++) {
                const u8 *row = image + (y + dy) * W + x;
                for (int dx = -1; dx <= 1; dx++) {
                    u8x16 v = *(const u8x16 *)(row + dx);
                    lo += widen_lo(v);
                    hi += widen_hi(v);
                }
            }
            // (sum * 28) >> 8 (about sum / 9; 9 * 255 * 28 still fits in 16 bits), narrowed to bytes.
            u8x8 nlo = __builtin_convertvector((lo * 28) >> 8, u8x8);
            u8x8 nhi = __builtin_convertvector((hi * 28) >> 8, u8x8);
            u8x16 out = __builtin_shufflevector(nlo, nhi, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
            *(u8x16 *)(blurred + y * W + x) = out;
        }
    }
}

static void fir(void) {
    const float taps[4] = {0.25f, 0.5f, 0.125f, 0.125f};
    for (int i = 0; i < S; i += 4) {
        f32x4 acc = {0, 0, 0, 0};
        for (int t = 0; t < 4; t++) {
            f32x4 v = *(const f32x4 *)(signal + i + t);
            f32x4 k = {taps[t], taps[t], taps[t], taps[t]};
            acc += v * k;
        }
        *(f32x4 *)(filtered + i) = acc;
    }
}

long long run(int n) {
    u32 state = 12345;
    for (int i = 0; i < W * H; i++) image[i] = (u8)rng_next(&state);
    for (int i = 0; i < S + 8; i++) signal[i] = (float)(rng_next(&state) & 0xFFFF) / 65536.0f;
    u64 h = 0;
    for (int round = 0; round < n; round++) {
        blur();
        fir();
        u32x4 acc = {1, 2, 3, 4};
        for (int i = 0; i < W * H; i += 16) {
            u32x4 v = *(const u32x4 *)(blurred + i);
            acc = (acc ^ v) * 0x9E3779B1u + (acc >> 15);
        }
        for (int i = 0; i < S; i += 4) {
            u32x4 bits = *(const u32x4 *)(filtered + i);
            acc += bits;
        }
        h = mix64(h, ((u64)acc[0] << 32 | acc[1]) ^ ((u64)acc[2] << 32 | acc[3]));
        // Feed the result back so rounds differ.
        image[round % (W * H)] ^= (u8)h;
        signal[round % S] += 1.0f / 1024.0f;
    }
    return (long long)h;
}
