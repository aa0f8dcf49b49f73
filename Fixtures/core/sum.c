// sum.c — an import-free module (built with --target=wasm32 -nostdlib).
// Exports: sum(n) -> i32, the sum 1 + 2 + ... + n computed in a loop
// (0 for n <= 0; wraps mod 2^32). `wasm-run --invoke sum sum.wasm 100` -> 5050.

// Keep the loop: without this clang folds it into the closed form n(n+1)/2.
#define OPAQUE(x) __asm__("" : "+r"(x))

__attribute__((export_name("sum")))
int sum(int n) {
    unsigned total = 0;
#pragma clang loop unroll(disable)
    for (int i = 1; i <= n; i++) {
        OPAQUE(total);
        total += (unsigned)i;
    }
    return (int)total;
}
