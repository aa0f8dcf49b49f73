// The calls Rust's std makes for std::fs, with its rights: every open asks for its default rights set
// (read, or read + write) as base and inheriting, follows symlinks, and read_dir/remove_dir_all then use
// the directory fds they opened as parents (metadata_at, unlinkat, nested opens).
#include "conformance.h"

// Rust std's default rights: always these, plus read or write ones (OpenOptions::rights_base).
static const __wasi_rights_t rust_common = R(FD_ADVISE) | R(FD_FDSTAT_SET_FLAGS) | R(FD_FILESTAT_GET) |
    R(FD_FILESTAT_SET_TIMES) | R(FD_SEEK) | R(FD_SYNC) | R(FD_TELL) | R(PATH_CREATE_DIRECTORY) |
    R(PATH_CREATE_FILE) | R(PATH_FILESTAT_GET) | R(PATH_LINK_SOURCE) | R(PATH_LINK_TARGET) | R(PATH_OPEN) |
    R(PATH_READLINK) | R(PATH_REMOVE_DIRECTORY) | R(PATH_RENAME_SOURCE) | R(PATH_RENAME_TARGET) |
    R(PATH_SYMLINK) | R(PATH_UNLINK_FILE) | R(POLL_FD_READWRITE);
static const __wasi_rights_t rust_read = R(FD_READ) | R(FD_READDIR);
static const __wasi_rights_t rust_write = R(FD_WRITE) | R(FD_DATASYNC) | R(FD_ALLOCATE) | R(FD_FILESTAT_SET_SIZE);

static __wasi_errno_t rust_open(__wasi_fd_t dir, const char *path, __wasi_oflags_t oflags, __wasi_rights_t extra,
                                __wasi_lookupflags_t lookup, __wasi_fd_t *fd) {
    __wasi_rights_t rights = rust_common | extra;
    return __wasi_path_open(dir, lookup, path, oflags, rights, rights, 0, fd);
}

int main(void) {
    int root = find_preopen("/");  // Rust resolves paths against the preopens, like wasi-libc
    CHECK(root >= 3);
    __wasi_fd_t fd, sub, nested;
    size_t n;
    char buffer[64];
    // fs::create_dir_all + fs::write + fs::read_to_string
    OK(__wasi_path_create_directory(root, "rust.cleanup"));
    OK(__wasi_path_create_directory(root, "rust.cleanup/sub"));
    OK(rust_open(root, "rust.cleanup/sub/file.txt", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC, rust_write,
                 __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, &fd));
    OK(write_bytes(fd, "from rust", 9, &n));
    OK(__wasi_fd_close(fd));
    OK(rust_open(root, "rust.cleanup/sub/file.txt", 0, rust_read, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, &fd));
    __wasi_filestat_t st;
    OK(__wasi_fd_filestat_get(fd, &st));  // read_to_string sizes its buffer first
    CHECK(st.size == 9);
    OK(read_bytes(fd, buffer, sizeof buffer, &n));
    CHECK(n == 9 && memcmp(buffer, "from rust", 9) == 0);
    OK(__wasi_fd_close(fd));
    // OpenOptions::append
    OK(__wasi_path_open(root, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "rust.cleanup/sub/file.txt", 0,
                        rust_common | rust_write, rust_common | rust_write, __WASI_FDFLAGS_APPEND, &fd));
    OK(write_bytes(fd, "!", 1, &n));
    OK(__wasi_fd_close(fd));
    // fs::read_dir + DirEntry::metadata (metadata_at on the directory fd read_dir opened)
    OK(rust_open(root, "rust.cleanup/sub", __WASI_OFLAGS_DIRECTORY, rust_read, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, &sub));
    uint8_t entries[4096];
    OK(__wasi_fd_readdir(sub, entries, sizeof entries, 0, &n));
    CHECK(n > 3 * sizeof(__wasi_dirent_t));
    OK(__wasi_path_filestat_get(sub, 0, "file.txt", &st));
    CHECK(st.size == 10 && st.filetype == __WASI_FILETYPE_REGULAR_FILE);
    // fs::metadata through a symlink, fs::rename, fs::hard_link, fs::read_link
    OK(__wasi_path_symlink("sub/file.txt", root, "rust.cleanup/link"));
    OK(__wasi_path_filestat_get(root, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "rust.cleanup/link", &st));
    CHECK(st.size == 10);
    OK(__wasi_path_readlink(root, "rust.cleanup/link", (uint8_t *)buffer, sizeof buffer, &n));
    CHECK(n == 12 && memcmp(buffer, "sub/file.txt", 12) == 0);
    OK(__wasi_path_rename(root, "rust.cleanup/sub/file.txt", root, "rust.cleanup/sub/renamed.txt"));
    OK(__wasi_path_link(root, 0, "rust.cleanup/sub/renamed.txt", root, "rust.cleanup/sub/hard.txt"));
    // fs::remove_dir_all: opens each directory without following, unlinks relative to it.
    OK(__wasi_path_unlink_file(root, "rust.cleanup/link"));
    OK(rust_open(root, "rust.cleanup", __WASI_OFLAGS_DIRECTORY, rust_read, 0, &fd));
    OK(rust_open(fd, "sub", __WASI_OFLAGS_DIRECTORY, rust_read, 0, &nested));
    OK(__wasi_path_unlink_file(nested, "renamed.txt"));
    OK(__wasi_path_unlink_file(nested, "hard.txt"));
    OK(__wasi_fd_close(nested));
    OK(__wasi_fd_close(sub));
    OK(__wasi_path_remove_directory(fd, "sub"));
    OK(__wasi_fd_close(fd));
    OK(__wasi_path_remove_directory(root, "rust.cleanup"));
    // File::open on a missing file, and on a directory for writing.
    EXPECT(rust_open(root, "missing", 0, rust_read, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, &fd), E(NOENT));
    EXPECT(rust_open(root, ".", 0, rust_write, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, &fd), E(ISDIR));
    return finish("rust_std_fs");
}
