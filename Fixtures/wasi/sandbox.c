// Tries to escape its preopens with raw WASI calls and prints each errno (63 = EPERM, 76 = ENOTCAPABLE,
// 32 = ELOOP, 44 = ENOENT). fd 3 is a writable preopen, fd 4 a read-only one holding ro.txt; the
// directory above fd 3 holds outside.txt.
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

#define READ __WASI_RIGHTS_FD_READ
#define WRITE __WASI_RIGHTS_FD_WRITE

static void show(const char *what, __wasi_errno_t e) { printf("%s: %d\n", what, e); }

static __wasi_errno_t open_at(__wasi_fd_t dir, const char *path, __wasi_oflags_t oflags, __wasi_rights_t rights) {
    __wasi_fd_t fd;
    __wasi_errno_t e = __wasi_path_open(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, path, oflags, rights, 0, 0, &fd);
    if (e == 0) (void)__wasi_fd_close(fd);
    return e;
}

int main(void) {
    __wasi_filestat_t st;
    show("open ..", open_at(3, "..", __WASI_OFLAGS_DIRECTORY, 0));
    show("open ../outside.txt", open_at(3, "../outside.txt", 0, READ));
    show("mkdir a", __wasi_path_create_directory(3, "a"));
    show("open a/../..", open_at(3, "a/../..", __WASI_OFLAGS_DIRECTORY, 0));
    show("open a/..", open_at(3, "a/..", __WASI_OFLAGS_DIRECTORY, 0));
    show("open /etc/passwd", open_at(3, "/etc/passwd", 0, READ));
    show("create ../new.txt", open_at(3, "../new.txt", __WASI_OFLAGS_CREAT, WRITE));
    show("stat /etc/passwd", __wasi_path_filestat_get(3, 0, "/etc/passwd", &st));
    show("stat ../outside.txt", __wasi_path_filestat_get(3, 0, "../outside.txt", &st));
    show("mkdir ../x", __wasi_path_create_directory(3, "../x"));
    show("unlink ../outside.txt", __wasi_path_unlink_file(3, "../outside.txt"));
    show("symlink up -> ..", __wasi_path_symlink("..", 3, "up"));
    show("open up/outside.txt", open_at(3, "up/outside.txt", 0, READ));
    show("stat up/outside.txt", __wasi_path_filestat_get(3, 0, "up/outside.txt", &st));
    show("stat up (follow)", __wasi_path_filestat_get(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "up", &st));
    show("stat up (nofollow)", __wasi_path_filestat_get(3, 0, "up", &st));
    show("stat up/", __wasi_path_filestat_get(3, 0, "up/", &st));
    show("symlink evil -> /etc", __wasi_path_symlink("/etc", 3, "evil"));
    show("open evil/passwd", open_at(3, "evil/passwd", 0, READ));
    show("open evil", open_at(3, "evil", __WASI_OFLAGS_DIRECTORY, 0));
    show("symlink out -> a/../../outside.txt", __wasi_path_symlink("a/../../outside.txt", 3, "out"));
    show("open out", open_at(3, "out", 0, READ));
    show("create through out", open_at(3, "out", __WASI_OFLAGS_CREAT, WRITE));
    show("link up/outside.txt", __wasi_path_link(3, 0, "up/outside.txt", 3, "stolen"));
    show("link out (follow)", __wasi_path_link(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "out", 3, "stolen"));
    show("create inside.txt", open_at(3, "inside.txt", __WASI_OFLAGS_CREAT, WRITE));
    show("rename inside.txt -> ../stolen.txt", __wasi_path_rename(3, "inside.txt", 3, "../stolen.txt"));
    show("rename inside.txt -> up/stolen.txt", __wasi_path_rename(3, "inside.txt", 3, "up/stolen.txt"));
    show("symlink loop1 -> loop2", __wasi_path_symlink("loop2", 3, "loop1"));
    show("symlink loop2 -> loop1", __wasi_path_symlink("loop1", 3, "loop2"));
    show("open loop1", open_at(3, "loop1", 0, READ));
    show("symlink ok -> a", __wasi_path_symlink("a", 3, "ok"));
    show("open ok (inside)", open_at(3, "ok", __WASI_OFLAGS_DIRECTORY, 0));
    char target[64];
    __wasi_size_t used = 0;
    __wasi_errno_t e = __wasi_path_readlink(3, "evil", (uint8_t *)target, sizeof target, &used);
    printf("readlink evil: %d %.*s\n", e, (int)used, target);

    show("ro: mkdir", __wasi_path_create_directory(4, "new"));
    show("ro: create", open_at(4, "new.txt", __WASI_OFLAGS_CREAT, WRITE));
    show("ro: open for write", open_at(4, "ro.txt", 0, WRITE));
    show("ro: truncate", open_at(4, "ro.txt", __WASI_OFLAGS_TRUNC, READ));
    show("ro: unlink", __wasi_path_unlink_file(4, "ro.txt"));
    show("ro: rename", __wasi_path_rename(4, "ro.txt", 4, "renamed.txt"));
    show("ro: symlink", __wasi_path_symlink("ro.txt", 4, "link"));
    show("ro: link", __wasi_path_link(4, 0, "ro.txt", 4, "hard"));
    show("ro: set times", __wasi_path_filestat_set_times(4, 0, "ro.txt", 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
    show("ro: rmdir", __wasi_path_remove_directory(4, "."));
    __wasi_fd_t fd;
    show("ro: open for read", __wasi_path_open(4, 0, "ro.txt", 0, READ, 0, 0, &fd));
    char data[32];
    __wasi_iovec_t iov = {(uint8_t *)data, sizeof data};
    __wasi_size_t n = 0;
    show("ro: read", __wasi_fd_read(fd, &iov, 1, &n));
    printf("ro: content %.*s\n", (int)n, data);
    __wasi_ciovec_t ciov = {(const uint8_t *)"x", 1};
    show("ro: write", __wasi_fd_write(fd, &ciov, 1, &n));
    show("ro: set size", __wasi_fd_filestat_set_size(fd, 0));
    show("ro: rename into rw", __wasi_path_rename(4, "ro.txt", 3, "taken.txt"));
    show("rw: rename from ro", __wasi_path_rename(3, "a", 4, "a"));
    (void)__wasi_fd_close(fd);
    return 0;
}
