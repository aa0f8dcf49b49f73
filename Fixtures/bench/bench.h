// bench.h — shared support for the benchmark workloads.
//
// Each workload defines `long long run(int n)` and includes this header. For
// wasm (`--target=wasm32 -nostdlib`) the header supplies memcpy/memset/memmove
// and a small allocator so the module has no imports; compiled natively
// (check-native.sh) it adds a `main` that prints run(argv[1]).
//
// Everything here uses fixed-width arithmetic and never looks at pointer
// values, so native and wasm builds compute identical checksums.
#ifndef BENCH_H
#define BENCH_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef int i32;
typedef unsigned long long u64;
typedef long long i64;
typedef __SIZE_TYPE__ usize;

long long run(int n);

// ---- memory primitives (wasm only; native builds use libc) -----------------

#ifdef __wasm__
// `no_builtin` stops clang from turning these loops back into calls to
// themselves.
__attribute__((no_builtin)) void *memcpy(void *dst, const void *src, usize n) {
    u8 *d = (u8 *)dst;
    const u8 *s = (const u8 *)src;
    while (n >= 4 && (((usize)d | (usize)s) & 3) == 0) {
        *(u32 *)d = *(const u32 *)s;
        d += 4; s += 4; n -= 4;
    }
    while (n--) *d++ = *s++;
    return dst;
}

__attribute__((no_builtin)) void *memmove(void *dst, const void *src, usize n) {
    u8 *d = (u8 *)dst;
    const u8 *s = (const u8 *)src;
    if (d <= s || d >= s + n) {
        while (n--) *d++ = *s++;
    } else {
        d += n; s += n;
        while (n--) *--d = *--s;
    }
    return dst;
}

__attribute__((no_builtin)) void *memset(void *dst, int c, usize n) {
    u8 *d = (u8 *)dst;
    u32 word = (u8)c * 0x01010101u;
    while (n && ((usize)d & 3)) { *d++ = (u8)c; n--; }
    while (n >= 4) { *(u32 *)d = word; d += 4; n -= 4; }
    while (n--) *d++ = (u8)c;
    return dst;
}
#define bench_memcpy memcpy
#define bench_memset memset
#else
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define bench_memcpy memcpy
#define bench_memset memset
#endif

// ---- pseudo-random numbers ---------------------------------------------------

/// xorshift32; never returns 0 for a non-zero state.
static inline u32 rng_next(u32 *state) {
    u32 x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

/// Mixes a running 64-bit checksum with a new value.
static inline u64 mix64(u64 h, u64 v) {
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

// ---- allocator ---------------------------------------------------------------
//
// A size-class free-list allocator over a static arena (zero-initialized, so it
// costs nothing in the binary; the linker sizes the initial memory to fit it).
// Blocks carry an 8-byte header holding their class. Classes are multiples of
// 16 bytes up to BENCH_MAX_SMALL; larger blocks come from the bump pointer and
// are kept on a single first-fit list when freed.

#ifndef BENCH_HEAP_SIZE
#define BENCH_HEAP_SIZE (4u << 20)
#endif
#define BENCH_MAX_SMALL 1024u
#define BENCH_CLASSES (BENCH_MAX_SMALL / 16u + 1u)

typedef struct FreeBlock { struct FreeBlock *next; } FreeBlock;

static _Alignas(16) u8 bench_heap[BENCH_HEAP_SIZE];
static u32 bench_heap_used;
static FreeBlock *bench_free_lists[BENCH_CLASSES];
static u32 bench_live_blocks;

static inline void bench_heap_reset(void) {
    bench_heap_used = 0;
    bench_live_blocks = 0;
    for (u32 i = 0; i < BENCH_CLASSES; i++) bench_free_lists[i] = 0;
}

/// Returns 16-byte-aligned memory, or traps (unreachable) when the arena is full.
static void *bench_malloc(u32 size) {
    u32 rounded = (size + 15u) & ~15u;
    if (rounded == 0) rounded = 16;
    u32 cls = rounded <= BENCH_MAX_SMALL ? rounded / 16u : 0;
    bench_live_blocks++;
    if (cls != 0 && bench_free_lists[cls]) {
        FreeBlock *b = bench_free_lists[cls];
        bench_free_lists[cls] = b->next;
        return b;
    }
    if (cls == 0) {
        // Large block: first fit on list 0; header holds the size.
        FreeBlock **link = &bench_free_lists[0];
        while (*link) {
            u8 *block = (u8 *)*link;
            if (*(u32 *)(block - 8) >= rounded) {
                *link = (*link)->next;
                return block;
            }
            link = &(*link)->next;
        }
    }
    u32 total = rounded + 16u;  // header padded to keep 16-byte alignment
    if (bench_heap_used + total > BENCH_HEAP_SIZE) __builtin_trap();
    u8 *block = bench_heap + bench_heap_used + 16u;
    bench_heap_used += total;
    *(u32 *)(block - 8) = cls == 0 ? rounded : 0;
    *(u32 *)(block - 4) = cls;
    return block;
}

static void bench_free(void *p) {
    if (!p) return;
    u8 *block = (u8 *)p;
    u32 cls = *(u32 *)(block - 4);
    FreeBlock *b = (FreeBlock *)p;
    b->next = bench_free_lists[cls];
    bench_free_lists[cls] = b;
    bench_live_blocks--;
}

// ---- native driver -----------------------------------------------------------

#ifndef __wasm__
int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1;
    printf("%lld\n", run(n));
    return 0;
}
#endif

#endif  // BENCH_H
