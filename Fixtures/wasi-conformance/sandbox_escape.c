// The sandbox: no path form reaches outside the root preopen, including symlinks the guest creates
// itself. The runner puts this .wasm beside the root directory, so "../sandbox_escape.wasm" exists
// outside; every attempt to read, write, stat, link, rename, create or remove through any path must fail
// (EPERM for an escape), and the runner checks nothing appeared beside the root.
#include "conformance.h"

static const char *outside[] = {
    "../sandbox_escape.wasm", "./../sandbox_escape.wasm", "a/../../sandbox_escape.wasm", "a//..//..//sandbox_escape.wasm",
    "/sandbox_escape.wasm", "up/sandbox_escape.wasm", "chain/sandbox_escape.wasm", "a/deep/sandbox_escape.wasm",
    "a/deep-file", "abs/sandbox_escape.wasm", "../fs-tests.dir/lseek.txt", "up/fs-tests.dir/lseek.txt",
};
#define COUNT (sizeof outside / sizeof outside[0])

int main(void) {
    __wasi_fd_t root = root_directory();
    __wasi_filestat_t st;
    __wasi_fd_t fd;
    OK(__wasi_path_create_directory(root, "a"));
    OK(__wasi_path_symlink("..", root, "up"));                      // one level up
    OK(__wasi_path_symlink("a/../up", root, "chain"));              // through another link
    OK(__wasi_path_symlink("../..", root, "a/deep"));               // from a subdirectory
    OK(__wasi_path_symlink("../../sandbox_escape.wasm", root, "a/deep-file"));
    __wasi_errno_t absolute = __wasi_path_symlink("/", root, "abs");
    CHECK(absolute == 0 || absolute == E(PERM) || absolute == E(NOTCAPABLE));

    for (size_t i = 0; i < COUNT; i++) {
        const char *path = outside[i];
        for (int follow = 0; follow < 2; follow++) {
            __wasi_lookupflags_t lookup = follow ? __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW : 0;
            __wasi_errno_t e = __wasi_path_open(root, lookup, path, 0, R(FD_READ), 0, 0, &fd);
            // Without following, a final symlink (a/deep-file) is ELOOP; everything else escapes.
            if (e != E(PERM) && e != E(LOOP) && e != E(NOENT)) {
                fprintf(stderr, "open %s (follow %d): errno %d\n", path, follow, e);
                failures++;
            }
            if (e == 0) (void)__wasi_fd_close(fd);
            e = __wasi_path_filestat_get(root, lookup, path, &st);
            if (e == 0 && !(st.filetype == __WASI_FILETYPE_SYMBOLIC_LINK && !follow)) {
                fprintf(stderr, "stat %s (follow %d) succeeded\n", path, follow);
                failures++;
            }
            e = __wasi_path_filestat_set_times(root, lookup, path, 0, 0, __WASI_FSTFLAGS_MTIM_NOW);
            if (e == 0 && follow) { fprintf(stderr, "set times %s succeeded\n", path); failures++; }
        }
        char buffer[64];
        size_t used;
        __wasi_errno_t e = __wasi_path_readlink(root, path, (uint8_t *)buffer, sizeof buffer, &used);
        if (e == 0 && strcmp(path, "a/deep-file") != 0) { fprintf(stderr, "readlink %s succeeded\n", path); failures++; }
        e = __wasi_path_open(root, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, path, __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC,
                             R(FD_WRITE), 0, 0, &fd);
        if (e == 0) { fprintf(stderr, "create %s succeeded\n", path); failures++; (void)__wasi_fd_close(fd); }
        if (__wasi_path_link(root, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, path, root, "stolen") == 0) {
            fprintf(stderr, "link from %s succeeded\n", path);
            failures++;
        }
        if (strcmp(path, "a/deep-file") != 0 && __wasi_path_rename(root, path, root, "stolen") == 0) {
            fprintf(stderr, "rename from %s succeeded\n", path);
            failures++;
        }
        if (strcmp(path, "a/deep-file") != 0 && __wasi_path_unlink_file(root, path) == 0) {
            fprintf(stderr, "unlink %s succeeded\n", path);
            failures++;
        }
    }
    // Creating things outside: files, directories, links, renames, symlinks placed outside.
    create_file(root, "inside");
    const char *targets[] = {"../new", "up/new", "chain/new", "a/deep/new", "abs/tmp/new", "up/"};
    for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++) {
        const char *t = targets[i];
        EXPECT(__wasi_path_create_directory(root, t), E(PERM), E(EXIST), E(NOENT));
        EXPECT(__wasi_path_rename(root, "inside", root, t), E(PERM), E(NOENT), E(ISDIR), E(NOTDIR), E(EXIST));
        EXPECT(__wasi_path_link(root, 0, "inside", root, t), E(PERM), E(EXIST), E(NOENT));
        EXPECT(__wasi_path_symlink("inside", root, t), E(PERM), E(EXIST), E(NOENT));
        EXPECT(try_open(root, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, t, __WASI_OFLAGS_CREAT, R(FD_WRITE)), E(PERM), E(ISDIR), E(NOENT));
        EXPECT(__wasi_path_remove_directory(root, t), E(PERM), E(NOENT), E(NOTDIR), E(NOTEMPTY), E(BUSY));
    }
    // Directories reached through escaping links cannot be opened to list them either.
    EXPECT(try_open(root, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "up", __WASI_OFLAGS_DIRECTORY, R(FD_READDIR)), E(PERM));
    EXPECT(try_open(root, 0, "up/", __WASI_OFLAGS_DIRECTORY, R(FD_READDIR)), E(PERM));
    EXPECT(try_open(root, 0, "a/deep/.", __WASI_OFLAGS_DIRECTORY, 0), E(PERM));
    EXPECT(try_open(root, 0, "..", __WASI_OFLAGS_DIRECTORY, 0), E(PERM));
    EXPECT(try_open(root, 0, "a/../..", __WASI_OFLAGS_DIRECTORY, 0), E(PERM));
    // The links themselves are inside and can be removed.
    OK(__wasi_path_unlink_file(root, "up"));
    OK(__wasi_path_unlink_file(root, "chain"));
    OK(__wasi_path_unlink_file(root, "a/deep"));
    OK(__wasi_path_unlink_file(root, "a/deep-file"));
    if (absolute == 0) OK(__wasi_path_unlink_file(root, "abs"));
    OK(__wasi_path_unlink_file(root, "inside"));
    OK(__wasi_path_remove_directory(root, "a"));
    return finish("sandbox_escape");
}
