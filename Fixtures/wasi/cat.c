// Copies stdin to stdout through fd_read/fd_write, 64 KiB at a time.
#include <unistd.h>

static char buffer[65536];

int main(void) {
    for (;;) {
        ssize_t n = read(0, buffer, sizeof buffer);
        if (n < 0) return 1;
        if (n == 0) return 0;
        for (ssize_t done = 0; done < n;) {
            ssize_t w = write(1, buffer + done, (size_t)(n - done));
            if (w <= 0) return 2;
            done += w;
        }
    }
}
