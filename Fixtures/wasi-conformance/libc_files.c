// wasi-libc's view (the C tests of the suite): relative paths resolve against the root preopen "/";
// fopen with and without access, lseek, pread, pwrite with O_APPEND, stat dev/ino, fdopendir,
// isatty on piped stdio, shutdown on a non-socket.
#include "conformance.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
    char buf[16] = {0};
    FILE *file = fopen("lseek.txt", "r");
    CHECK(file != NULL);
    if (file) {
        int fd = fileno(file);
        CHECK(fread(buf, 1, 4, file) == 4);
        fflush(file);
        CHECK(lseek(fd, 0, SEEK_CUR) == 4);
        CHECK(fread(buf, 1, 1, file) == 1 && buf[0] == '4');
        CHECK(lseek(fd, 0, SEEK_SET) == 0);
        CHECK(lseek(fd, 0, SEEK_END) == 8);
        CHECK(pread(fd, buf, 3, 2) == 3 && memcmp(buf, "234", 3) == 0);
        fclose(file);
    }
    CHECK(fopen("missing.txt", "r") == NULL && errno == ENOENT);
    CHECK(fopen("../outside.txt", "r") == NULL);
    CHECK(fopen("/lseek.txt", "r") != NULL);

    // pwrite-with-append
    int fd = open("pwrite.cleanup", O_CREAT | O_TRUNC | O_WRONLY | O_APPEND, 0644);
    CHECK(fd >= 0);
    CHECK(write(fd, buf, 2) == 2);
    CHECK(lseek(fd, 0, SEEK_SET) == 0);
    CHECK(write(fd, buf, 2) == 2);
    CHECK(lseek(fd, 0, SEEK_CUR) == 4);
    CHECK(pwrite(fd, buf, 3, 0) == 3);
    CHECK(lseek(fd, 0, SEEK_CUR) == 4);
    off_t end = lseek(fd, 0, SEEK_END);
    CHECK(end == 4 || end == 7);
    close(fd);
    CHECK(unlink("pwrite.cleanup") == 0);

    // stat-dev-ino
    struct stat a, b, d;
    CHECK(stat("lseek.txt", &a) == 0);
    fd = open("lseek.txt", O_RDONLY);
    CHECK(fd >= 0 && fstat(fd, &b) == 0);
    CHECK(a.st_dev == b.st_dev && a.st_ino == b.st_ino && S_ISREG(a.st_mode) && a.st_size == 8);
    close(fd);
    CHECK(stat(".", &d) == 0 && S_ISDIR(d.st_mode) && d.st_ino != a.st_ino);

    // fdopendir-with-access
    fd = open(".", O_RDONLY | O_DIRECTORY);
    CHECK(fd >= 0);
    DIR *dir = fdopendir(fd);
    CHECK(dir != NULL);
    int seen = 0;
    if (dir) {
        struct dirent *entry;
        while ((entry = readdir(dir)) != NULL) if (strcmp(entry->d_name, "lseek.txt") == 0) seen = 1;
        closedir(dir);
    }
    CHECK(seen);
    CHECK(mkdir("made.cleanup", 0755) == 0 && rmdir("made.cleanup") == 0);

    // isatty on pipes, shutdown on a non-socket (sock_shutdown-not_sock) and on a bad fd.
    CHECK(!isatty(1));
    CHECK(shutdown(STDOUT_FILENO, SHUT_RD) != 0 && errno == ENOTSOCK);
    CHECK(shutdown(1000, SHUT_RD) != 0 && errno == EBADF);
    return finish("libc_files");
}
