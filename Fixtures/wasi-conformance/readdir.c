// fd_readdir: . and .., cookies, entries across many small buffers, a truncated last entry; directory
// fds cannot seek (fd_readdir, directory_seek).
#include "conformance.h"

struct listing { int count; int dots; int files; __wasi_dircookie_t last_next; };

// Reads the whole directory with `size`-byte buffers, resuming from the last complete entry.
static struct listing list(__wasi_fd_t dir, size_t size) {
    struct listing result = {0, 0, 0, 0};
    static uint8_t buffer[4096];
    __wasi_dircookie_t cookie = 0;
    for (int rounds = 0; rounds < 100000; rounds++) {
        size_t used;
        __wasi_errno_t e = __wasi_fd_readdir(dir, buffer, size, cookie, &used);
        if (e != 0) { fprintf(stderr, "fd_readdir: errno %d\n", e); failures++; return result; }
        size_t at = 0;
        while (at + sizeof(__wasi_dirent_t) <= used) {
            __wasi_dirent_t entry;
            memcpy(&entry, buffer + at, sizeof entry);
            if (at + sizeof entry + entry.d_namlen > used) break;
            const char *name = (const char *)buffer + at + sizeof entry;
            if ((entry.d_namlen == 1 && name[0] == '.') || (entry.d_namlen == 2 && memcmp(name, "..", 2) == 0)) {
                result.dots++;
                CHECK(entry.d_type == __WASI_FILETYPE_DIRECTORY);
            } else if (entry.d_namlen > 5 && memcmp(name, "file.", 5) == 0) {
                result.files++;
                CHECK(entry.d_type == __WASI_FILETYPE_REGULAR_FILE);
            }
            result.count++;
            cookie = entry.d_next;
            result.last_next = entry.d_next;
            at += sizeof entry + entry.d_namlen;
        }
        if (used < size) return result;
    }
    failures++;
    return result;
}

int main(void) {
    __wasi_fd_t root = root_directory();
    __wasi_fd_t dir = scratch_directory(root, "readdir.cleanup");

    struct listing empty = list(dir, 256);
    CHECK(empty.count == 2 && empty.dots == 2);
    uint8_t buffer[256];
    size_t used;
    OK(__wasi_fd_readdir(dir, buffer, sizeof buffer, 0, &used));

    char name[32];
    for (int i = 0; i < 150; i++) {
        snprintf(name, sizeof name, "file.%d", i);
        create_file(dir, name);
    }
    struct listing big = list(dir, 256);
    CHECK(big.count == 152 && big.dots == 2 && big.files == 150);
    struct listing tiny = list(dir, 40);  // one entry (24 + name) per call at most
    CHECK(tiny.count == 152 && tiny.files == 150);
    // Cookies: resuming after the last entry gives nothing.
    OK(__wasi_fd_readdir(dir, buffer, sizeof buffer, big.last_next, &used));
    CHECK(used == 0);
    // A buffer smaller than one entry is filled completely (the entry truncated).
    OK(__wasi_fd_readdir(dir, buffer, 10, 0, &used));
    CHECK(used == 10);
    for (int i = 0; i < 150; i++) {
        snprintf(name, sizeof name, "file.%d", i);
        OK(__wasi_path_unlink_file(dir, name));
    }
    // directory_seek: a directory has no seek right.
    __wasi_filesize_t offset;
    EXPECT(__wasi_fd_seek(dir, 0, __WASI_WHENCE_CUR, &offset), E(NOTCAPABLE), E(BADF), E(ISDIR));
    __wasi_fdstat_t fdstat;
    OK(__wasi_fd_fdstat_get(dir, &fdstat));
    CHECK(fdstat.fs_filetype == __WASI_FILETYPE_DIRECTORY && (fdstat.fs_rights_base & R(FD_SEEK)) == 0);
    // Asking for the seek right on a directory does not grant it.
    OK(__wasi_path_create_directory(dir, "sub"));
    __wasi_fd_t sub;
    OK(__wasi_path_open(dir, 0, "sub", __WASI_OFLAGS_DIRECTORY, R(FD_SEEK), 0, 0, &sub));
    EXPECT(__wasi_fd_seek(sub, 0, __WASI_WHENCE_CUR, &offset), E(NOTCAPABLE), E(BADF), E(ISDIR));
    OK(__wasi_fd_fdstat_get(sub, &fdstat));
    CHECK((fdstat.fs_rights_base & R(FD_SEEK)) == 0);
    OK(__wasi_fd_close(sub));
    OK(__wasi_path_remove_directory(dir, "sub"));
    OK(try_open(dir, 0, ".", 0, 0) == 0 ? __wasi_path_open(dir, 0, ".", 0, 0, 0, __WASI_FDFLAGS_NONBLOCK, &sub) : 1);
    OK(__wasi_fd_close(sub));
    // A file is not a directory.
    create_file(dir, "plain");
    __wasi_fd_t file;
    OK(__wasi_path_open(dir, 0, "plain", 0, R(FD_READDIR), 0, 0, &file));
    EXPECT(__wasi_fd_readdir(file, buffer, sizeof buffer, 0, &used), E(NOTDIR), E(BADF), E(NOTCAPABLE));
    OK(__wasi_fd_close(file));
    OK(__wasi_path_unlink_file(dir, "plain"));

    OK(__wasi_fd_close(dir));
    OK(__wasi_path_remove_directory(root, "readdir.cleanup"));
    return finish("readdir");
}
