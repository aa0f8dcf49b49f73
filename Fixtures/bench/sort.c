// sort.c — quicksort and merge sort of pseudo-random 32-bit integers.
// run(n): n values (n <= 1,000,000) from xorshift32; sorts one copy with an
// in-place quicksort (median of three, insertion sort below 16 elements) and
// another with a top-down merge sort, checks both are equal and ordered
// (returns -1 if not), and returns a checksum of every 1000th element and n.
#define BENCH_HEAP_SIZE (13u << 20)
#include "bench.h"

#define MAX_N 1000000u

static void insertion_sort(i32 *a, i32 lo, i32 hi) {
    for (i32 i = lo + 1; i <= hi; i++) {
        i32 v = a[i];
        i32 j = i - 1;
        while (j >= lo && a[j] > v) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}

static inline void swap(i32 *a, i32 i, i32 j) { i32 t = a[i]; a[i] = a[j]; a[j] = t; }

static void quicksort(i32 *a, i32 lo, i32 hi) {
    while (hi - lo >= 16) {
        i32 mid = lo + (hi - lo) / 2;
        if (a[mid] < a[lo]) swap(a, mid, lo);
        if (a[hi] < a[lo]) swap(a, hi, lo);
        if (a[hi] < a[mid]) swap(a, hi, mid);
        i32 pivot = a[mid];
        i32 i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) { swap(a, i, j); i++; j--; }
        }
        // Recurse into the smaller half, loop on the larger.
        if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; }
        else { quicksort(a, i, hi); hi = j; }
    }
    insertion_sort(a, lo, hi);
}

static void merge_sort(i32 *a, i32 *tmp, u32 lo, u32 hi) {  // [lo, hi)
    if (hi - lo < 2) return;
    u32 mid = lo + (hi - lo) / 2;
    merge_sort(a, tmp, lo, mid);
    merge_sort(a, tmp, mid, hi);
    u32 i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    bench_memcpy(a + lo, tmp + lo, (hi - lo) * sizeof(i32));
}

long long run(int n) {
    u32 count = n < 1 ? 1 : (u32)n > MAX_N ? MAX_N : (u32)n;
    bench_heap_reset();
    i32 *a = (i32 *)bench_malloc(count * 4u);
    i32 *b = (i32 *)bench_malloc(count * 4u);
    i32 *tmp = (i32 *)bench_malloc(count * 4u);
    u32 state = 0x2545F491u;
    for (u32 i = 0; i < count; i++) a[i] = b[i] = (i32)rng_next(&state);
    quicksort(a, 0, (i32)count - 1);
    merge_sort(b, tmp, 0, count);
    u64 h = count;
    for (u32 i = 0; i < count; i++) {
        if (a[i] != b[i] || (i > 0 && a[i - 1] > a[i])) return -1;
        if (i % 1000u == 0) h = mix64(h, (u32)a[i]);
    }
    return (long long)h;
}
