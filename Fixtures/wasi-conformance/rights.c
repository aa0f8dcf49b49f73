// Preopen rights and prestat (path_open_preopen, dir_fd_op_failures, truncation_rights,
// fd_fdstat_set_rights, path_open_read_write).
#include "conformance.h"

int main(void) {
    int preopen = find_preopen("/");
    CHECK(preopen >= 3);
    __wasi_prestat_t prestat;
    OK(__wasi_fd_prestat_get(preopen, &prestat));
    CHECK(prestat.tag == __WASI_PREOPENTYPE_DIR && prestat.u.dir.pr_name_len == 1);
    uint8_t name[4] = {0, 0, 0, 0};
    EXPECT(__wasi_fd_prestat_dir_name(preopen, name, 0), E(INVAL), E(NAMETOOLONG));
    OK(__wasi_fd_prestat_dir_name(preopen, name, 2));
    CHECK(name[0] == '/' && name[1] == 0);
    OK(__wasi_fd_prestat_dir_name(preopen, name, 1));
    EXPECT(__wasi_fd_prestat_get(0, &prestat), E(BADF));
    EXPECT(__wasi_fd_prestat_get(1, &prestat), E(BADF));
    EXPECT(__wasi_fd_prestat_get(1000, &prestat), E(BADF));

    // The preopen's rights.
    __wasi_fdstat_t stat;
    OK(__wasi_fd_fdstat_get(preopen, &stat));
    CHECK(stat.fs_filetype == __WASI_FILETYPE_DIRECTORY && stat.fs_flags == 0);
    __wasi_rights_t base = R(PATH_CREATE_DIRECTORY) | R(PATH_CREATE_FILE) | R(PATH_LINK_SOURCE) |
        R(PATH_LINK_TARGET) | R(PATH_OPEN) | R(FD_READDIR) | R(PATH_READLINK) | R(PATH_RENAME_SOURCE) |
        R(PATH_RENAME_TARGET) | R(PATH_SYMLINK) | R(PATH_REMOVE_DIRECTORY) | R(PATH_UNLINK_FILE) |
        R(PATH_FILESTAT_GET) | R(PATH_FILESTAT_SET_TIMES) | R(FD_FILESTAT_GET) | R(FD_FILESTAT_SET_TIMES);
    __wasi_rights_t inheriting = base | R(FD_DATASYNC) | R(FD_READ) | R(FD_SEEK) | R(FD_FDSTAT_SET_FLAGS) |
        R(FD_SYNC) | R(FD_TELL) | R(FD_WRITE) | R(FD_ADVISE) | R(FD_ALLOCATE) | R(FD_FILESTAT_GET) |
        R(FD_FILESTAT_SET_SIZE) | R(FD_FILESTAT_SET_TIMES) | R(POLL_FD_READWRITE);
    CHECK((stat.fs_rights_base & base) == base);
    CHECK((stat.fs_rights_inheriting & inheriting) == inheriting);
    CHECK((stat.fs_rights_base & (R(FD_FILESTAT_SET_SIZE) | R(FD_SEEK) | R(FD_READ) | R(FD_WRITE))) == 0);
    OK(__wasi_path_open(preopen, 0, ".", 0, stat.fs_rights_base, stat.fs_rights_inheriting, 0, &(__wasi_fd_t){0}));
    OK(try_open(preopen, 0, ".", 0, 0));
    OK(try_open(preopen, 0, ".", __WASI_OFLAGS_DIRECTORY, 0));
    OK(try_open(preopen, 0, ".", __WASI_OFLAGS_DIRECTORY, R(FD_READ)));
    EXPECT(try_open(preopen, 0, ".", __WASI_OFLAGS_DIRECTORY, R(FD_READ) | R(FD_WRITE)), E(ISDIR));
    EXPECT(try_open(preopen, 0, ".", 0, R(FD_WRITE)), E(ISDIR));

    // Operations a directory fd cannot do.
    __wasi_fd_t dir = root_directory();
    char buffer[16];
    size_t n;
    __wasi_iovec_t iov = {.buf = (uint8_t *)buffer, .buf_len = sizeof buffer};
    __wasi_ciovec_t ciov = {.buf = (const uint8_t *)buffer, .buf_len = sizeof buffer};
    __wasi_filesize_t offset;
    EXPECT(__wasi_fd_read(dir, &iov, 1, &n), E(ISDIR), E(BADF), E(NOTCAPABLE));
    EXPECT(__wasi_fd_pread(dir, &iov, 1, 0, &n), E(ISDIR), E(BADF), E(NOTCAPABLE));
    EXPECT(__wasi_fd_write(dir, &ciov, 1, &n), E(ISDIR), E(BADF), E(NOTCAPABLE));
    EXPECT(__wasi_fd_pwrite(dir, &ciov, 1, 0, &n), E(ISDIR), E(BADF), E(NOTCAPABLE));
    EXPECT(__wasi_fd_seek(dir, 0, __WASI_WHENCE_CUR, &offset), E(ISDIR), E(BADF), E(NOTCAPABLE));
    EXPECT(__wasi_fd_seek(dir, 0, __WASI_WHENCE_SET, &offset), E(ISDIR), E(BADF), E(NOTCAPABLE));
    EXPECT(__wasi_fd_seek(dir, 0, __WASI_WHENCE_END, &offset), E(ISDIR), E(BADF), E(NOTCAPABLE));
    EXPECT(__wasi_fd_tell(dir, &offset), E(ISDIR), E(BADF), E(NOTCAPABLE));
    EXPECT(__wasi_fd_allocate(dir, 0, 1), E(ISDIR), E(BADF), E(NOTCAPABLE));
    EXPECT(__wasi_fd_filestat_set_size(dir, 0), E(ISDIR), E(INVAL), E(BADF), E(NOTCAPABLE));

    // truncation_rights
    __wasi_fd_t scratch = scratch_directory(dir, "rights.cleanup");
    create_file(scratch, "file");
    OK(__wasi_fd_fdstat_get(scratch, &stat));
    CHECK((stat.fs_rights_base & R(FD_FILESTAT_SET_SIZE)) == 0);
    OK(try_open(scratch, 0, "file", __WASI_OFLAGS_TRUNC, 0));
    OK(__wasi_fd_fdstat_set_rights(scratch, stat.fs_rights_base, stat.fs_rights_inheriting & ~R(FD_FILESTAT_SET_SIZE)));
    OK(try_open(scratch, 0, "file", __WASI_OFLAGS_TRUNC, 0));
    OK(__wasi_fd_fdstat_set_rights(scratch, stat.fs_rights_base & ~R(PATH_FILESTAT_SET_SIZE),
                                   stat.fs_rights_inheriting & ~R(FD_FILESTAT_SET_SIZE)));
    OK(__wasi_fd_fdstat_get(scratch, &stat));
    CHECK((stat.fs_rights_base & R(PATH_FILESTAT_SET_SIZE)) == 0);
    EXPECT(try_open(scratch, 0, "file", __WASI_OFLAGS_TRUNC, 0), E(PERM), E(NOTCAPABLE));
    // Rights may only shrink.
    EXPECT(__wasi_fd_fdstat_set_rights(scratch, stat.fs_rights_base | R(PATH_FILESTAT_SET_SIZE), stat.fs_rights_inheriting),
           E(NOTCAPABLE));

    // fd_fdstat_set_rights on a file.
    __wasi_fd_t file;
    OK(__wasi_path_open(scratch, 0, "file", 0, R(FD_READ) | R(FD_WRITE) | R(FD_SEEK) | R(FD_TELL), 0, 0, &file));
    OK(write_bytes(file, "abcd", 4, &n));
    OK(__wasi_fd_seek(file, 0, __WASI_WHENCE_SET, &offset));
    OK(read_bytes(file, buffer, 4, &n));
    CHECK(n == 4 && memcmp(buffer, "abcd", 4) == 0);
    OK(__wasi_fd_fdstat_set_rights(file, R(FD_SEEK) | R(FD_TELL), 0));
    EXPECT(read_bytes(file, buffer, 4, &n), E(BADF), E(NOTCAPABLE));
    EXPECT(write_bytes(file, buffer, 4, &n), E(BADF), E(NOTCAPABLE));
    OK(__wasi_fd_tell(file, &offset));
    EXPECT(__wasi_fd_fdstat_set_rights(file, R(FD_SEEK) | R(FD_TELL) | R(FD_READ), 0), E(NOTCAPABLE));
    OK(__wasi_fd_close(file));

    // path_open_read_write: read-only and write-only fds.
    OK(__wasi_path_open(scratch, 0, "file", 0, R(FD_READ), 0, 0, &file));
    EXPECT(write_bytes(file, "x", 1, &n), E(BADF), E(NOTCAPABLE), E(ACCES));
    OK(read_bytes(file, buffer, sizeof buffer, &n));
    CHECK(n == 4);
    OK(__wasi_fd_close(file));
    OK(__wasi_path_open(scratch, 0, "file", 0, R(FD_WRITE), 0, 0, &file));
    EXPECT(read_bytes(file, buffer, 1, &n), E(BADF), E(NOTCAPABLE), E(ACCES));
    OK(write_bytes(file, "0123456789", 10, &n));
    CHECK(n == 10);
    OK(__wasi_fd_close(file));
    OK(__wasi_path_open(scratch, 0, "file", 0, R(FD_READ) | R(FD_WRITE) | R(FD_FILESTAT_GET), 0, 0, &file));
    OK(read_bytes(file, buffer, sizeof buffer, &n));
    CHECK(n == 10);
    OK(write_bytes(file, "abc", 3, &n));
    __wasi_filestat_t st;
    OK(__wasi_fd_filestat_get(file, &st));
    CHECK(st.size == 13);
    OK(__wasi_fd_close(file));
    // A right the directory cannot pass on.
    OK(__wasi_fd_fdstat_get(scratch, &stat));
    EXPECT(try_open(scratch, 0, "file", 0, R(SOCK_ACCEPT)), E(NOTCAPABLE));

    OK(__wasi_path_unlink_file(scratch, "file"));
    OK(__wasi_fd_close(scratch));
    OK(__wasi_path_remove_directory(dir, "rights.cleanup"));
    return finish("rights");
}
