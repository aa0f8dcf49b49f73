// hashmap.c — a chained hash map with per-node malloc/free churn and resizing.
// run(n): n operations on keys drawn from [0, 65536): a present key is removed
// (its node freed) on odd draws and updated otherwise; an absent key is
// inserted (a node allocated). The table doubles when the load exceeds 3/4.
// Returns a checksum over the values found, the final contents and the
// number of live entries.
#define BENCH_HEAP_SIZE (12u << 20)
#include "bench.h"

typedef struct Node {
    struct Node *next;
    u32 key;
    u32 value;
    u32 payload[6];  // makes nodes 32+ bytes, like a small record
} Node;

typedef struct {
    Node **buckets;
    u32 mask;
    u32 count;
} Map;

static inline u32 hash_key(u32 k) {
    k ^= k >> 16; k *= 0x7feb352du; k ^= k >> 15; k *= 0x846ca68bu; k ^= k >> 16;
    return k;
}

static void map_init(Map *m, u32 capacity) {
    m->buckets = (Node **)bench_malloc(capacity * (u32)sizeof(Node *));
    bench_memset(m->buckets, 0, capacity * sizeof(Node *));
    m->mask = capacity - 1;
    m->count = 0;
}

static void map_grow(Map *m) {
    u32 old_cap = m->mask + 1;
    Node **old = m->buckets;
    map_init(m, old_cap * 2);
    u32 count = 0;
    for (u32 i = 0; i < old_cap; i++) {
        Node *n = old[i];
        while (n) {
            Node *next = n->next;
            u32 b = hash_key(n->key) & m->mask;
            n->next = m->buckets[b];
            m->buckets[b] = n;
            count++;
            n = next;
        }
    }
    m->count = count;
    bench_free(old);
}

static Node *map_find(Map *m, u32 key) {
    for (Node *n = m->buckets[hash_key(key) & m->mask]; n; n = n->next) {
        if (n->key == key) return n;
    }
    return 0;
}

static void map_insert(Map *m, u32 key, u32 value) {
    if ((m->count + 1) * 4 > (m->mask + 1) * 3) map_grow(m);
    Node *n = (Node *)bench_malloc(sizeof(Node));
    n->key = key;
    n->value = value;
    for (u32 i = 0; i < 6; i++) n->payload[i] = value + i;
    u32 b = hash_key(key) & m->mask;
    n->next = m->buckets[b];
    m->buckets[b] = n;
    m->count++;
}

static int map_remove(Map *m, u32 key) {
    Node **link = &m->buckets[hash_key(key) & m->mask];
    while (*link) {
        Node *n = *link;
        if (n->key == key) {
            *link = n->next;
            bench_free(n);
            m->count--;
            return 1;
        }
        link = &n->next;
    }
    return 0;
}

long long run(int n) {
    bench_heap_reset();
    Map m;
    map_init(&m, 16);
    u32 state = 0xC0FFEEu;
    u64 sum = 0;
    for (int i = 0; i < n; i++) {
        u32 r = rng_next(&state);
        u32 key = r & 0xFFFFu;
        Node *found = map_find(&m, key);
        if (found) {
            sum = mix64(sum, found->value + found->payload[5]);
            if (r & 0x10000u) {
                map_remove(&m, key);
            } else {
                found->value ^= r;
                found->payload[5] += 1;
            }
        } else {
            map_insert(&m, key, r >> 8);
        }
    }
    u64 contents = 0;
    for (u32 b = 0; b <= m.mask; b++) {
        for (Node *p = m.buckets[b]; p; p = p->next) contents += (u64)p->key * p->value + p->payload[5];
    }
    return (long long)(mix64(sum, contents) ^ ((u64)m.count << 48) ^ bench_live_blocks);
}
