// Reads, writes, offsets and flags (fd_flags_set, file_pread_pwrite, file_seek_tell, file_truncation,
// file_allocate, fd_advise, file_unbuffered_write, path_open_nonblock).
#include "conformance.h"

static const __wasi_rights_t all_file = R(FD_READ) | R(FD_WRITE) | R(FD_SEEK) | R(FD_TELL) |
    R(FD_FDSTAT_SET_FLAGS) | R(FD_FILESTAT_GET) | R(FD_FILESTAT_SET_SIZE) | R(FD_ALLOCATE) | R(FD_ADVISE) |
    R(FD_SYNC);

int main(void) {
    __wasi_fd_t root = root_directory();
    __wasi_fd_t dir = scratch_directory(root, "file_io.cleanup");
    __wasi_fd_t fd;
    size_t n;
    __wasi_filesize_t offset;
    __wasi_filestat_t st;
    char buffer[256];

    // fd_flags_set: APPEND on, then off.
    OK(__wasi_path_open(dir, 0, "append", __WASI_OFLAGS_CREAT, all_file, 0, __WASI_FDFLAGS_APPEND, &fd));
    OK(write_bytes(fd, "aaaa", 4, &n));
    OK(__wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &offset));
    OK(write_bytes(fd, "bbbb", 4, &n));
    OK(__wasi_fd_tell(fd, &offset));
    CHECK(offset == 8);
    // fd_pwrite on an APPEND fd must not move the offset; Linux appends, POSIX writes at 0: both pass.
    OK(__wasi_fd_pwrite(fd, &(__wasi_ciovec_t){.buf = (const uint8_t *)"cc", .buf_len = 2}, 1, 0, &n));
    CHECK(n == 2);
    OK(__wasi_fd_tell(fd, &offset));
    CHECK(offset == 8);
    OK(__wasi_fd_filestat_get(fd, &st));
    CHECK(st.size == 8 || st.size == 10);
    OK(__wasi_fd_fdstat_set_flags(fd, 0));
    __wasi_fdstat_t fdstat;
    OK(__wasi_fd_fdstat_get(fd, &fdstat));
    CHECK(fdstat.fs_flags == 0);
    OK(__wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &offset));
    OK(write_bytes(fd, "dd", 2, &n));
    OK(__wasi_fd_pread(fd, &(__wasi_iovec_t){.buf = (uint8_t *)buffer, .buf_len = 4}, 1, 0, &n));
    CHECK(n == 4 && memcmp(buffer, "dd", 2) == 0);
    EXPECT(__wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_SYNC), E(NOTSUP), 0);
    OK(__wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_NONBLOCK));
    OK(__wasi_fd_close(fd));

    // file_pread_pwrite: vectored, at offsets, without moving the file offset.
    OK(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT, all_file, 0, 0, &fd));
    __wasi_ciovec_t parts[2] = {{(const uint8_t *)"0123", 4}, {(const uint8_t *)"4567", 4}};
    OK(__wasi_fd_pwrite(fd, parts, 2, 2, &n));
    CHECK(n == 8);
    OK(__wasi_fd_tell(fd, &offset));
    CHECK(offset == 0);
    char x[3] = {0}, y[3] = {0};
    __wasi_iovec_t into[2] = {{(uint8_t *)x, 3}, {(uint8_t *)y, 3}};
    OK(__wasi_fd_pread(fd, into, 2, 3, &n));
    CHECK(n == 6 && memcmp(x, "123", 3) == 0 && memcmp(y, "456", 3) == 0);
    OK(__wasi_fd_pread(fd, into, 2, 100, &n));
    CHECK(n == 0);
    OK(__wasi_fd_tell(fd, &offset));
    CHECK(offset == 0);
    // file_seek_tell
    OK(__wasi_fd_seek(fd, 0, __WASI_WHENCE_END, &offset));
    CHECK(offset == 10);
    OK(__wasi_fd_seek(fd, -3, __WASI_WHENCE_CUR, &offset));
    CHECK(offset == 7);
    EXPECT(__wasi_fd_seek(fd, -100, __WASI_WHENCE_CUR, &offset), E(INVAL));
    EXPECT(__wasi_fd_seek(fd, 0, 3, &offset), E(INVAL));
    OK(__wasi_fd_seek(fd, 1000, __WASI_WHENCE_SET, &offset));
    CHECK(offset == 1000);
    OK(__wasi_fd_tell(fd, &offset));
    CHECK(offset == 1000);
    // file_truncation and file_allocate
    OK(__wasi_fd_filestat_set_size(fd, 4));
    OK(__wasi_fd_filestat_get(fd, &st));
    CHECK(st.size == 4);
    OK(__wasi_fd_allocate(fd, 0, 100));
    OK(__wasi_fd_filestat_get(fd, &st));
    CHECK(st.size == 100);
    OK(__wasi_fd_allocate(fd, 10, 10));
    OK(__wasi_fd_filestat_get(fd, &st));
    CHECK(st.size == 100);
    OK(__wasi_fd_allocate(fd, 90, 20));
    OK(__wasi_fd_filestat_get(fd, &st));
    CHECK(st.size == 110);
    OK(__wasi_fd_advise(fd, 0, 100, __WASI_ADVICE_SEQUENTIAL));
    OK(__wasi_fd_advise(fd, 0, 0, __WASI_ADVICE_DONTNEED));
    EXPECT(__wasi_fd_advise(fd, 0, 0, 6), E(INVAL));
    OK(__wasi_fd_sync(fd));
    OK(__wasi_fd_close(fd));
    EXPECT(__wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &offset), E(BADF));
    OK(try_open(dir, 0, "file", __WASI_OFLAGS_TRUNC, 0));
    OK(__wasi_path_filestat_get(dir, 0, "file", &st));
    CHECK(st.size == 0);

    // file_unbuffered_write: two fds on one file see each other's writes at once.
    __wasi_fd_t w, r;
    OK(__wasi_path_open(dir, 0, "file", 0, R(FD_WRITE), 0, 0, &w));
    OK(__wasi_path_open(dir, 0, "file", 0, R(FD_READ), 0, 0, &r));
    OK(write_bytes(w, "z", 1, &n));
    OK(read_bytes(r, buffer, 10, &n));
    CHECK(n == 1 && buffer[0] == 'z');
    OK(__wasi_fd_close(w));
    OK(__wasi_fd_close(r));

    // path_open_nonblock
    OK(__wasi_path_open(dir, 0, "file", 0, R(FD_READ), 0, __WASI_FDFLAGS_NONBLOCK, &fd));
    OK(__wasi_fd_fdstat_get(fd, &fdstat));
    CHECK(fdstat.fs_flags == __WASI_FDFLAGS_NONBLOCK);
    OK(__wasi_fd_close(fd));
    OK(__wasi_path_unlink_file(dir, "file"));
    OK(__wasi_path_unlink_file(dir, "append"));

    OK(__wasi_fd_close(dir));
    OK(__wasi_path_remove_directory(root, "file_io.cleanup"));
    return finish("file_io");
}
