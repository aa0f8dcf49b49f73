// hello.c — a WASI command (wasi-libc `_start` -> main) that prints one line.
// Expected stdout: "Hello, WasmHost!\n", exit code 0.
#include <stdio.h>

int main(void) {
    printf("Hello, WasmHost!\n");
    return 0;
}
