// Prints a greeting to stdout and one to stderr, then exits with status 3 via proc_exit.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("Hello from WASI!\n");
    fprintf(stderr, "to stderr\n");
    fflush(stdout);
    exit(3);
}
