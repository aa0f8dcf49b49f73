// hash.c — SHA-256 and CRC-32 over a buffer generated in memory.
// run(n): fills n MiB (n <= 16) with xorshift32 output, hashes it with
// SHA-256 and CRC-32 (table-driven, reflected polynomial 0xEDB88320), and
// returns the first 8 digest bytes (big-endian) XOR (crc << 32 | crc).
#include "bench.h"

#define MAX_MIB 16u
static u8 data[MAX_MIB << 20];

static const u32 K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static inline u32 rotr(u32 x, u32 n) { return (x >> n) | (x << (32u - n)); }

static void sha256_block(u32 state[8], const u8 *p) {
    u32 w[64];
    for (u32 i = 0; i < 16; i++) {
        w[i] = ((u32)p[4 * i] << 24) | ((u32)p[4 * i + 1] << 16) | ((u32)p[4 * i + 2] << 8) | p[4 * i + 3];
    }
    for (u32 i = 16; i < 64; i++) {
        u32 s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        u32 s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    u32 a = state[0], b = state[1], c = state[2], d = state[3];
    u32 e = state[4], f = state[5], g = state[6], h = state[7];
    for (u32 i = 0; i < 64; i++) {
        u32 S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
        u32 ch = (e & f) ^ (~e & g);
        u32 t1 = h + S1 + ch + K[i] + w[i];
        u32 S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
        u32 maj = (a & b) ^ (a & c) ^ (b & c);
        u32 t2 = S0 + maj;
        h = g; g = f; f = e; e = d + t1;
        d = c; c = b; b = a; a = t1 + t2;
    }
    state[0] += a; state[1] += b; state[2] += c; state[3] += d;
    state[4] += e; state[5] += f; state[6] += g; state[7] += h;
}

static void sha256(const u8 *msg, u32 len, u8 out[32]) {
    u32 state[8] = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };
    u32 full = len & ~63u;
    for (u32 off = 0; off < full; off += 64) sha256_block(state, msg + off);
    u8 tail[128];
    u32 rest = len - full;
    bench_memset(tail, 0, sizeof tail);
    bench_memcpy(tail, msg + full, rest);
    tail[rest] = 0x80;
    u32 tail_len = rest + 9 <= 64 ? 64 : 128;
    u64 bits = (u64)len * 8u;
    for (u32 i = 0; i < 8; i++) tail[tail_len - 1 - i] = (u8)(bits >> (8 * i));
    for (u32 off = 0; off < tail_len; off += 64) sha256_block(state, tail + off);
    for (u32 i = 0; i < 8; i++) {
        out[4 * i] = (u8)(state[i] >> 24); out[4 * i + 1] = (u8)(state[i] >> 16);
        out[4 * i + 2] = (u8)(state[i] >> 8); out[4 * i + 3] = (u8)state[i];
    }
}

static u32 crc_table[256];

static u32 crc32(const u8 *p, u32 len) {
    for (u32 i = 0; i < 256; i++) {
        u32 c = i;
        for (u32 k = 0; k < 8; k++) c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
    u32 crc = 0xFFFFFFFFu;
    for (u32 i = 0; i < len; i++) crc = crc_table[(crc ^ p[i]) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

long long run(int n) {
    u32 mib = n < 0 ? 0 : (u32)n > MAX_MIB ? MAX_MIB : (u32)n;
    u32 len = mib << 20;
    u32 state = 0x12345678u;
    for (u32 i = 0; i < len; i += 4) {
        u32 r = rng_next(&state);
        data[i] = (u8)r; data[i + 1] = (u8)(r >> 8); data[i + 2] = (u8)(r >> 16); data[i + 3] = (u8)(r >> 24);
    }
    u8 digest[32];
    sha256(data, len, digest);
    u32 crc = crc32(data, len);
    u64 head = 0;
    for (u32 i = 0; i < 8; i++) head = (head << 8) | digest[i];
    return (long long)(head ^ (((u64)crc << 32) | crc));
}
