// What Rust's std does before main: every preopen from fd 3 up to the first EBADF (fd_prestat_get,
// fd_prestat_dir_name), fdstat of stdio, args and environment through the *_sizes_get/*_get pairs.
// Prints the preopens, args and environment (compared with the expected stdout).
#include "conformance.h"

int main(void) {
    for (__wasi_fd_t fd = 3;; fd++) {
        __wasi_prestat_t prestat;
        __wasi_errno_t e = __wasi_fd_prestat_get(fd, &prestat);
        if (e == E(BADF)) break;
        if (e != 0) { printf("fd %u: prestat errno %d\n", fd, e); failures++; break; }
        char name[256] = {0};
        size_t length = prestat.u.dir.pr_name_len;
        CHECK(length < sizeof name);
        OK(__wasi_fd_prestat_dir_name(fd, (uint8_t *)name, length));
        __wasi_fdstat_t stat;
        OK(__wasi_fd_fdstat_get(fd, &stat));
        printf("preopen %u: %s (type %d)\n", fd, name, stat.fs_filetype);
    }
    for (__wasi_fd_t fd = 0; fd < 3; fd++) {
        __wasi_fdstat_t stat;
        OK(__wasi_fd_fdstat_get(fd, &stat));
        CHECK(stat.fs_rights_inheriting == 0);
        CHECK((stat.fs_rights_base & (fd == 0 ? R(FD_READ) : R(FD_WRITE))) != 0);
    }
    size_t count, size;
    OK(__wasi_args_sizes_get(&count, &size));
    char **argv = calloc(count + 1, sizeof(char *));
    char *argbuf = malloc(size);
    OK(__wasi_args_get((uint8_t **)argv, (uint8_t *)argbuf));
    for (size_t i = 0; i < count; i++) printf("arg %zu: %s\n", i, argv[i]);
    OK(__wasi_environ_sizes_get(&count, &size));
    char **env = calloc(count + 1, sizeof(char *));
    char *envbuf = malloc(size);
    OK(__wasi_environ_get((uint8_t **)env, (uint8_t *)envbuf));
    for (size_t i = 0; i < count; i++) printf("env %zu: %s\n", i, env[i]);
    return finish("startup");
}
