// Shared helpers of the conformance programs (each NAME.c builds to NAME.wasm and is described by
// NAME.json). They find the root preopen the way Rust's std and the wasi-testsuite do (fd_prestat_get
// from fd 3 until EBADF, looking for the guest name "/"), make a scratch directory there, call raw
// __wasi_* functions (so the exact errno is seen) and report every unexpected result on stderr. The exit
// status is 0 when every check passed, 1 otherwise.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasi/api.h>

static int failures;

// EXPECT(call, errno...): the call returns one of the listed errnos (0 is success).
#define EXPECT(call, ...) do { \
        __wasi_errno_t got_ = (call); \
        int wanted_[] = {__VA_ARGS__}; \
        int n_ = (int)(sizeof wanted_ / sizeof wanted_[0]), ok_ = 0; \
        for (int i_ = 0; i_ < n_; i_++) if (got_ == wanted_[i_]) ok_ = 1; \
        if (!ok_) { \
            fprintf(stderr, "line %d: %s: got errno %d, expected", __LINE__, #call, got_); \
            for (int i_ = 0; i_ < n_; i_++) fprintf(stderr, " %d", wanted_[i_]); \
            fprintf(stderr, "\n"); \
            failures++; \
        } \
    } while (0)
#define OK(call) EXPECT(call, 0)
// CHECK(condition): a plain assertion.
#define CHECK(cond) do { if (!(cond)) { fprintf(stderr, "line %d: check failed: %s\n", __LINE__, #cond); failures++; } } while (0)

#define R(name) __WASI_RIGHTS_##name
#define E(name) __WASI_ERRNO_##name

// The rights the wasi-testsuite gives its scratch directories.
static const __wasi_rights_t scratch_base = R(FD_FILESTAT_GET) | R(FD_READDIR) | R(PATH_CREATE_FILE) |
    R(PATH_CREATE_DIRECTORY) | R(PATH_REMOVE_DIRECTORY) | R(PATH_OPEN) | R(PATH_UNLINK_FILE) |
    R(PATH_LINK_SOURCE) | R(PATH_LINK_TARGET) | R(PATH_READLINK) | R(PATH_RENAME_SOURCE) |
    R(PATH_RENAME_TARGET) | R(PATH_FILESTAT_GET) | R(PATH_FILESTAT_SET_SIZE) | R(PATH_FILESTAT_SET_TIMES) |
    R(PATH_SYMLINK);
static const __wasi_rights_t scratch_inheriting = R(FD_READ) | R(FD_WRITE) | R(FD_READDIR) |
    R(FD_FILESTAT_GET) | R(FD_SEEK) | R(PATH_LINK_SOURCE) | R(PATH_LINK_TARGET) | R(PATH_OPEN) |
    R(PATH_UNLINK_FILE) | R(PATH_FILESTAT_GET) | R(FD_FDSTAT_SET_FLAGS) | R(FD_SYNC) | R(FD_TELL) |
    R(FD_ADVISE) | R(FD_ALLOCATE) | R(FD_FILESTAT_SET_SIZE) | R(FD_FILESTAT_SET_TIMES);

// The preopen named `name`, found by scanning prestats from fd 3 until EBADF; -1 if absent.
static int find_preopen(const char *name) {
    for (__wasi_fd_t fd = 3;; fd++) {
        __wasi_prestat_t prestat;
        if (__wasi_fd_prestat_get(fd, &prestat) != 0) return -1;
        if (prestat.tag != __WASI_PREOPENTYPE_DIR) continue;
        size_t length = prestat.u.dir.pr_name_len;
        char buffer[256];
        if (length >= sizeof buffer) continue;
        if (__wasi_fd_prestat_dir_name(fd, (uint8_t *)buffer, length) != 0) continue;
        if (length == strlen(name) && memcmp(buffer, name, length) == 0) return (int)fd;
    }
}

// A fresh fd for the root preopen ("/"), opened with the preopen's own rights; exits if there is none.
static __wasi_fd_t root_directory(void) {
    int preopen = find_preopen("/");
    if (preopen < 0) {
        fprintf(stderr, "no preopen named /\n");
        exit(2);
    }
    __wasi_fdstat_t stat;
    __wasi_fd_t fd;
    if (__wasi_fd_fdstat_get(preopen, &stat) != 0 ||
        __wasi_path_open(preopen, 0, ".", __WASI_OFLAGS_DIRECTORY, stat.fs_rights_base,
                         stat.fs_rights_inheriting, 0, &fd) != 0) {
        fprintf(stderr, "cannot open the root preopen\n");
        exit(2);
    }
    return fd;
}

// Creates `name` beneath `dir` and opens it with the scratch rights.
static __wasi_fd_t scratch_directory(__wasi_fd_t dir, const char *name) {
    __wasi_fd_t fd;
    if (__wasi_path_create_directory(dir, name) != 0 ||
        __wasi_path_open(dir, 0, name, __WASI_OFLAGS_DIRECTORY, scratch_base, scratch_inheriting, 0, &fd) != 0) {
        fprintf(stderr, "cannot create the scratch directory %s\n", name);
        exit(2);
    }
    return fd;
}

// Creates (or opens) an empty file with no rights and closes it.
static void create_file(__wasi_fd_t dir, const char *name) {
    __wasi_fd_t fd;
    __wasi_errno_t e = __wasi_path_open(dir, 0, name, __WASI_OFLAGS_CREAT, 0, 0, 0, &fd);
    if (e != 0) {
        fprintf(stderr, "cannot create %s: errno %d\n", name, e);
        failures++;
        return;
    }
    (void)__wasi_fd_close(fd);
}

static __wasi_errno_t open_at(__wasi_fd_t dir, __wasi_lookupflags_t lookup, const char *path,
                              __wasi_oflags_t oflags, __wasi_rights_t base, __wasi_fd_t *out) {
    return __wasi_path_open(dir, lookup, path, oflags, base, 0, 0, out);
}

// Opens and closes at once: the errno of the open.
static __wasi_errno_t try_open(__wasi_fd_t dir, __wasi_lookupflags_t lookup, const char *path,
                               __wasi_oflags_t oflags, __wasi_rights_t base) {
    __wasi_fd_t fd;
    __wasi_errno_t e = __wasi_path_open(dir, lookup, path, oflags, base, 0, 0, &fd);
    if (e == 0) (void)__wasi_fd_close(fd);
    return e;
}

static __wasi_errno_t write_bytes(__wasi_fd_t fd, const void *data, size_t length, size_t *written) {
    __wasi_ciovec_t iov = {.buf = data, .buf_len = length};
    return __wasi_fd_write(fd, &iov, 1, written);
}

static __wasi_errno_t read_bytes(__wasi_fd_t fd, void *data, size_t length, size_t *got) {
    __wasi_iovec_t iov = {.buf = data, .buf_len = length};
    return __wasi_fd_read(fd, &iov, 1, got);
}

// Prints "NAME: ok" on success (the expected stdout), else the failure count; the exit status.
static int finish(const char *name) {
    if (failures == 0) {
        printf("%s: ok\n", name);
        return 0;
    }
    printf("%s: %d failure(s)\n", name, failures);
    return 1;
}
