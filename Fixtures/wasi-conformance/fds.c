// The fd table: renumber (also over stdio and preopens), close_preopen, dangling_fd, fdstat of stdio.
#include "conformance.h"

int main(void) {
    __wasi_fd_t root = root_directory();
    __wasi_fd_t dir = scratch_directory(root, "fds.cleanup");
    __wasi_fdstat_t a, b;
    __wasi_fd_t from, to;

    // renumber
    OK(__wasi_path_open(dir, 0, "file1", __WASI_OFLAGS_CREAT, R(FD_READ) | R(FD_WRITE), 0, 0, &from));
    OK(__wasi_fd_fdstat_get(from, &a));
    OK(__wasi_path_open(dir, 0, "file2", __WASI_OFLAGS_CREAT, R(FD_READ) | R(FD_WRITE), 0, 0, &to));
    OK(__wasi_fd_renumber(from, to));
    EXPECT(__wasi_fd_close(from), E(BADF));
    OK(__wasi_fd_fdstat_get(to, &b));
    CHECK(a.fs_filetype == b.fs_filetype && a.fs_flags == b.fs_flags && a.fs_rights_base == b.fs_rights_base &&
          a.fs_rights_inheriting == b.fs_rights_inheriting);
    EXPECT(__wasi_fd_renumber(to, from), E(BADF));
    EXPECT(__wasi_fd_renumber(1000, to), E(BADF));
    OK(__wasi_fd_renumber(to, to));
    OK(__wasi_fd_close(to));
    OK(__wasi_path_unlink_file(dir, "file1"));
    OK(__wasi_path_unlink_file(dir, "file2"));

    // dangling_fd: a file or directory removed while open.
    __wasi_fd_t fd;
    OK(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT, 0, 0, 0, &fd));
    OK(__wasi_fd_close(fd));
    OK(__wasi_path_open(dir, 0, "file", 0, 0, 0, 0, &fd));
    OK(__wasi_path_unlink_file(dir, "file"));
    OK(__wasi_fd_close(fd));
    OK(__wasi_path_create_directory(dir, "subdir"));
    OK(__wasi_path_open(dir, 0, "subdir", __WASI_OFLAGS_DIRECTORY, 0, 0, 0, &fd));
    OK(__wasi_path_remove_directory(dir, "subdir"));
    OK(__wasi_fd_close(fd));

    // overwrite_preopen: renumber a directory over the preopen.
    int preopen = find_preopen("/");
    __wasi_filestat_t before, after;
    OK(__wasi_fd_filestat_get(dir, &before));
    OK(__wasi_fd_renumber(dir, preopen));
    OK(__wasi_fd_filestat_get(preopen, &after));
    CHECK(before.dev == after.dev && before.ino == after.ino);
    EXPECT(__wasi_fd_fdstat_get(dir, &a), E(BADF));
    dir = preopen;

    // stdio: renumbering a file over stdio closes the source; stdio are not preopens.
    __wasi_prestat_t prestat;
    for (__wasi_fd_t s = 0; s < 3; s++) EXPECT(__wasi_fd_prestat_get(s, &prestat), E(BADF));
    OK(__wasi_fd_fdstat_get(0, &a));
    OK(__wasi_fd_fdstat_get(1, &a));
    CHECK((a.fs_rights_base & R(FD_WRITE)) != 0);
    __wasi_fd_t stdio_copy;
    for (__wasi_fd_t s = 0; s < 3; s++) {
        OK(__wasi_path_open(dir, 0, "stdio", __WASI_OFLAGS_CREAT, 0, 0, 0, &stdio_copy));
        OK(__wasi_fd_renumber(s, stdio_copy));
        OK(__wasi_fd_fdstat_get(stdio_copy, &a));
        EXPECT(__wasi_fd_fdstat_get(s, &a), E(BADF));
        OK(__wasi_fd_close(stdio_copy));
        OK(__wasi_path_unlink_file(dir, "stdio"));
    }
    // close_preopen: the preopen can be closed, after which it is gone.
    OK(__wasi_fd_close(dir));
    EXPECT(__wasi_fd_close(dir), E(BADF));
    EXPECT(__wasi_fd_prestat_get(dir, &prestat), E(BADF));
    EXPECT(__wasi_path_remove_directory(dir, "fds.cleanup"), E(BADF));
    OK(__wasi_path_remove_directory(root, "fds.cleanup"));
    EXPECT(__wasi_fd_close(0), E(BADF));
    // stdout is gone: report through the exit status only.
    return failures == 0 ? 0 : 1;
}
