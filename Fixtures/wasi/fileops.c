// File operations inside the preopen mapped to "/": create, read, stat, pread/pwrite, seek, truncate,
// mkdir, rename, readdir, symlink/readlink, hard link, unlink, rmdir. Prints each result; errnos are
// WASI numbers (wasi-libc uses them directly).
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int compare(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) { printf("opendir %s: errno %d\n", dir, errno); return; }
    char *names[64];
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d)) && count < 64) names[count++] = strdup(e->d_name);
    closedir(d);
    qsort(names, count, sizeof names[0], compare);
    printf("%s:", dir);
    for (int i = 0; i < count; i++) { printf(" %s", names[i]); free(names[i]); }
    printf("\n");
}

static void result(const char *what, int rc) {
    if (rc < 0) printf("%s: errno %d\n", what, errno);
    else printf("%s: ok\n", what);
}

int main(void) {
    FILE *f = fopen("data.txt", "w");
    if (!f) { printf("fopen: errno %d\n", errno); return 1; }
    fputs("line one\nline two\n", f);
    fclose(f);

    char buf[128];
    f = fopen("data.txt", "r");
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    printf("read %zu: %s", n, buf);

    struct stat st;
    result("stat", stat("data.txt", &st));
    printf("size %lld regular %d\n", (long long)st.st_size, S_ISREG(st.st_mode));

    result("mkdir sub", mkdir("sub", 0755));
    result("mkdir sub again", mkdir("sub", 0755));
    result("rename", rename("data.txt", "sub/moved.txt"));
    result("stat old name", stat("data.txt", &st));

    int fd = open("sub/moved.txt", O_RDWR);
    printf("pwrite %zd\n", pwrite(fd, "LINE", 4, 0));
    memset(buf, 0, sizeof buf);
    printf("pread %zd: %s\n", pread(fd, buf, 8, 0), buf);
    printf("seek end %lld\n", (long long)lseek(fd, 0, SEEK_END));
    result("ftruncate", ftruncate(fd, 4));
    fstat(fd, &st);
    printf("size after truncate %lld\n", (long long)st.st_size);
    close(fd);

    for (int i = 0; i < 3; i++) {
        char name[32];
        snprintf(name, sizeof name, "sub/file%d", i);
        close(open(name, O_WRONLY | O_CREAT, 0644));
    }
    result("open excl existing", open("sub/file0", O_WRONLY | O_CREAT | O_EXCL, 0644));
    result("symlink", symlink("moved.txt", "sub/link"));
    ssize_t len = readlink("sub/link", buf, sizeof buf);
    printf("readlink %zd: %.*s\n", len, (int)len, buf);
    result("link", link("sub/moved.txt", "sub/hard"));
    stat("sub/hard", &st);
    printf("nlink %d\n", (int)st.st_nlink);
    list("sub");

    result("rmdir non-empty", rmdir("sub"));
    result("unlink link", unlink("sub/link"));
    result("unlink hard", unlink("sub/hard"));
    result("unlink moved", unlink("sub/moved.txt"));
    for (int i = 0; i < 3; i++) {
        char name[32];
        snprintf(name, sizeof name, "sub/file%d", i);
        unlink(name);
    }
    result("unlink missing", unlink("sub/nothing"));
    result("rmdir", rmdir("sub"));
    list(".");
    return 0;
}
