// path_filestat_get/set_times, fd_filestat_get/set_size/set_times, symlink timestamps, fstflags
// validation (path_filestat, symlink_filestat, fstflags_validate, fd_filestat_set, stat dev/ino).
#include "conformance.h"

int main(void) {
    __wasi_fd_t root = root_directory();
    __wasi_fd_t dir = scratch_directory(root, "filestat.cleanup");
    __wasi_fdstat_t fdstat;
    __wasi_filestat_t st, st2;
    __wasi_fd_t file;

    OK(__wasi_fd_fdstat_get(dir, &fdstat));
    CHECK(fdstat.fs_rights_base & R(PATH_FILESTAT_GET));
    __wasi_rights_t rights = R(FD_READ) | R(FD_WRITE) | R(PATH_FILESTAT_GET);
    __wasi_errno_t e = __wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT, rights, 0,
                                        __WASI_FDFLAGS_APPEND | __WASI_FDFLAGS_SYNC, &file);
    OK(e);
    OK(__wasi_fd_fdstat_get(file, &fdstat));
    CHECK(fdstat.fs_flags == (__WASI_FDFLAGS_APPEND | __WASI_FDFLAGS_SYNC));
    CHECK(fdstat.fs_filetype == __WASI_FILETYPE_REGULAR_FILE);
    OK(__wasi_path_filestat_get(dir, 0, "file", &st));
    CHECK(st.size == 0 && st.filetype == __WASI_FILETYPE_REGULAR_FILE && st.nlink == 1);
    __wasi_timestamp_t mtim = st.mtim - 100;
    OK(__wasi_path_filestat_set_times(dir, 0, "file", 0, mtim, __WASI_FSTFLAGS_MTIM));
    OK(__wasi_path_filestat_get(dir, 0, "file", &st2));
    CHECK(st2.mtim == mtim && st2.atim == st.atim);
    EXPECT(__wasi_path_filestat_set_times(dir, 0, "file", 0, mtim, __WASI_FSTFLAGS_MTIM | __WASI_FSTFLAGS_MTIM_NOW), E(INVAL));
    EXPECT(__wasi_path_filestat_set_times(dir, 0, "file", 0, 0, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_ATIM_NOW), E(INVAL));
    OK(__wasi_path_filestat_get(dir, 0, "file", &st2));
    CHECK(st2.mtim == mtim);
    EXPECT(__wasi_path_filestat_get(dir, 0, "missing", &st2), E(NOENT));

    // symlink_filestat: times of the link itself vs its target.
    OK(__wasi_path_symlink("file", dir, "symlink"));
    OK(__wasi_path_filestat_get(dir, 0, "file", &st));
    __wasi_filestat_t sym;
    OK(__wasi_path_filestat_get(dir, 0, "symlink", &sym));
    CHECK(sym.filetype == __WASI_FILETYPE_SYMBOLIC_LINK && sym.size == 4);
    OK(__wasi_path_filestat_set_times(dir, 0, "symlink", 0, sym.mtim - 200, __WASI_FSTFLAGS_MTIM));
    OK(__wasi_path_filestat_get(dir, 0, "symlink", &st2));
    CHECK(st2.mtim == sym.mtim - 200);
    OK(__wasi_path_filestat_get(dir, 0, "file", &st2));
    CHECK(st2.mtim == st.mtim);
    OK(__wasi_path_filestat_get(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "symlink", &st2));
    CHECK(st2.mtim == st.mtim && st2.ino == st.ino);
    OK(__wasi_path_filestat_set_times(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "symlink", 0, sym.mtim, __WASI_FSTFLAGS_MTIM));
    OK(__wasi_path_filestat_get(dir, 0, "file", &st2));
    CHECK(st2.mtim == sym.mtim);
    OK(__wasi_path_unlink_file(dir, "symlink"));
    OK(__wasi_fd_close(file));

    // fd_filestat_set: size and times through an fd; fstflags validation.
    rights = R(FD_READ) | R(FD_WRITE) | R(FD_FILESTAT_GET) | R(FD_FILESTAT_SET_SIZE) | R(FD_FILESTAT_SET_TIMES);
    OK(__wasi_path_open(dir, 0, "file", 0, rights, 0, 0, &file));
    OK(__wasi_fd_filestat_set_size(file, 100));
    OK(__wasi_fd_filestat_get(file, &st));
    CHECK(st.size == 100);
    OK(__wasi_fd_filestat_set_times(file, 1000000000ull, 2000000000ull, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_MTIM));
    OK(__wasi_fd_filestat_get(file, &st));
    CHECK(st.atim == 1000000000ull && st.mtim == 2000000000ull);
    OK(__wasi_fd_filestat_set_times(file, 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
    OK(__wasi_fd_filestat_get(file, &st2));
    CHECK(st2.atim == 1000000000ull && st2.mtim > 2000000000ull);
    EXPECT(__wasi_fd_filestat_set_times(file, 0, 0, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_ATIM_NOW), E(INVAL));
    EXPECT(__wasi_fd_filestat_set_times(file, 0, 0, __WASI_FSTFLAGS_MTIM | __WASI_FSTFLAGS_MTIM_NOW), E(INVAL));
    EXPECT(__wasi_fd_filestat_set_times(file, 0, 0, 0x10), E(INVAL));
    EXPECT(__wasi_path_filestat_set_times(dir, 0, "file", 0, 0, 0x10), E(INVAL));
    OK(__wasi_fd_filestat_get(file, &st));
    CHECK(st.mtim == st2.mtim && st.atim == 1000000000ull);
    OK(__wasi_fd_close(file));
    // Missing rights.
    OK(__wasi_path_open(dir, 0, "file", 0, R(FD_READ), 0, 0, &file));
    EXPECT(__wasi_fd_filestat_set_size(file, 1), E(NOTCAPABLE), E(BADF));
    EXPECT(__wasi_fd_filestat_get(file, &st), E(NOTCAPABLE), E(BADF));
    OK(__wasi_fd_close(file));
    // stat-dev-ino: a file's dev/ino agree between path and fd stats; the directory differs.
    OK(__wasi_path_open(dir, 0, "file", 0, R(FD_FILESTAT_GET), 0, 0, &file));
    OK(__wasi_fd_filestat_get(file, &st));
    OK(__wasi_path_filestat_get(dir, 0, "file", &st2));
    CHECK(st.dev == st2.dev && st.ino == st2.ino);
    OK(__wasi_fd_filestat_get(dir, &st2));
    CHECK(st2.filetype == __WASI_FILETYPE_DIRECTORY && st2.ino != st.ino);
    OK(__wasi_fd_close(file));
    OK(__wasi_path_unlink_file(dir, "file"));

    OK(__wasi_fd_close(dir));
    OK(__wasi_path_remove_directory(root, "filestat.cleanup"));
    return finish("filestat");
}
