// lz.c — LZ77 compression and decompression round trip (LZ4-like format).
// run(n): generates n KiB (n <= 8192) of text-like data from a small word
// list, compresses it (greedy, 4-byte hash table match finder, 64 KiB window),
// decompresses it, checks the round trip (returns -1 on mismatch) and returns
// compressed size << 32 | FNV-1a hash of the decompressed data.
//
// Format: a sequence of [token][literal length ext][literals][offset:2][match
// length ext]. token = literal length (high 4 bits) | match length - 4 (low
// 4 bits); 15 in a field means "add following bytes until one is < 255". The
// final sequence has literals only.
#define BENCH_HEAP_SIZE (28u << 20)
#include "bench.h"

#define MAX_KIB 8192u
#define MIN_MATCH 4u
#define HASH_BITS 14u

static const char *const words[] = {
    "the ", "quick ", "brown ", "fox ", "jumps ", "over ", "lazy ", "dog ", "wasm ", "host ",
    "module ", "memory ", "table ", "function ", "import ", "export ", "value ", "stack ",
    "frame ", "local ", "global ", "branch ", "loop ", "block ", "call ", "indirect ",
    "i32.add ", "i64.mul ", "f64.sqrt ", "\n", ", ", ". ",
};

static u32 generate(u8 *out, u32 len, u32 *state) {
    u32 pos = 0;
    while (pos < len) {
        u32 r = rng_next(state);
        const char *w = words[r % 32u];
        if ((r >> 8) % 16u == 0) {  // occasional random noise byte
            out[pos++] = (u8)(r >> 16);
            continue;
        }
        while (*w && pos < len) out[pos++] = (u8)*w++;
    }
    return pos;
}

static inline u32 read32(const u8 *p) {
    return (u32)p[0] | ((u32)p[1] << 8) | ((u32)p[2] << 16) | ((u32)p[3] << 24);
}

static inline u32 hash4(u32 v) { return (v * 2654435761u) >> (32u - HASH_BITS); }

static u8 *put_length(u8 *op, u32 len) {
    while (len >= 255u) { *op++ = 255; len -= 255u; }
    *op++ = (u8)len;
    return op;
}

static u32 hash_table[1u << HASH_BITS];

static u32 compress(const u8 *in, u32 len, u8 *out) {
    for (u32 i = 0; i < (1u << HASH_BITS); i++) hash_table[i] = 0xFFFFFFFFu;
    u8 *op = out;
    u32 anchor = 0, pos = 0;
    while (len >= MIN_MATCH && pos + MIN_MATCH <= len) {
        u32 v = read32(in + pos);
        u32 h = hash4(v);
        u32 cand = hash_table[h];
        hash_table[h] = pos;
        if (cand == 0xFFFFFFFFu || pos - cand > 65535u || read32(in + cand) != v) {
            pos++;
            continue;
        }
        u32 mlen = MIN_MATCH;
        while (pos + mlen < len && in[cand + mlen] == in[pos + mlen]) mlen++;
        u32 lit = pos - anchor;
        u8 *token = op++;
        u32 lit_code = lit < 15u ? lit : 15u;
        u32 m_code = mlen - MIN_MATCH < 15u ? mlen - MIN_MATCH : 15u;
        *token = (u8)((lit_code << 4) | m_code);
        if (lit >= 15u) op = put_length(op, lit - 15u);
        bench_memcpy(op, in + anchor, lit);
        op += lit;
        u32 off = pos - cand;
        *op++ = (u8)off;
        *op++ = (u8)(off >> 8);
        if (mlen - MIN_MATCH >= 15u) op = put_length(op, mlen - MIN_MATCH - 15u);
        // Index a couple of positions inside the match, then skip past it.
        if (mlen > 8u) hash_table[hash4(read32(in + pos + mlen - 4))] = pos + mlen - 4;
        pos += mlen;
        anchor = pos;
    }
    u32 lit = len - anchor;
    u32 lit_code = lit < 15u ? lit : 15u;
    *op++ = (u8)(lit_code << 4);
    if (lit >= 15u) op = put_length(op, lit - 15u);
    bench_memcpy(op, in + anchor, lit);
    op += lit;
    return (u32)(op - out);
}

// Returns the decompressed length, or 0xFFFFFFFF on malformed input.
static u32 decompress(const u8 *in, u32 len, u8 *out, u32 cap) {
    const u8 *ip = in, *end = in + len;
    u32 o = 0;
    while (ip < end) {
        u32 token = *ip++;
        u32 lit = token >> 4;
        if (lit == 15u) { u32 b; do { b = *ip++; lit += b; } while (b == 255u); }
        if (o + lit > cap || ip + lit > end) return 0xFFFFFFFFu;
        bench_memcpy(out + o, ip, lit);
        ip += lit; o += lit;
        if (ip >= end) break;
        u32 off = (u32)ip[0] | ((u32)ip[1] << 8);
        ip += 2;
        u32 mlen = (token & 15u) + MIN_MATCH;
        if ((token & 15u) == 15u) { u32 b; do { b = *ip++; mlen += b; } while (b == 255u); }
        if (off == 0 || off > o || o + mlen > cap) return 0xFFFFFFFFu;
        u32 from = o - off;
        for (u32 i = 0; i < mlen; i++) out[o + i] = out[from + i];  // may overlap
        o += mlen;
    }
    return o;
}

long long run(int n) {
    u32 kib = n < 1 ? 1 : (u32)n > MAX_KIB ? MAX_KIB : (u32)n;
    u32 len = kib << 10;
    bench_heap_reset();
    u8 *input = (u8 *)bench_malloc(len);
    u8 *packed = (u8 *)bench_malloc(len + len / 255u + 16u);
    u8 *output = (u8 *)bench_malloc(len);
    u32 state = 0x0BADF00Du;
    generate(input, len, &state);
    u32 packed_len = compress(input, len, packed);
    u32 out_len = decompress(packed, packed_len, output, len);
    if (out_len != len) return -1;
    u32 h = 2166136261u;
    for (u32 i = 0; i < len; i++) {
        if (output[i] != input[i]) return -1;
        h = (h ^ output[i]) * 16777619u;
    }
    return (long long)(((u64)packed_len << 32) | h);
}
