// Path resolution: absolute paths, "..", trailing NULs and slashes (interesting_paths), nofollow errors,
// dangling symlinks and symlink loops, symlinks to absolute targets.
#include "conformance.h"

// The raw import: wasi-libc's wrapper passes strlen(path), and this test needs an explicit length.
int32_t raw_path_open(int32_t fd, int32_t dirflags, int32_t path, int32_t length, int32_t oflags, int64_t base,
                      int64_t inheriting, int32_t fdflags, int32_t out)
    __attribute__((__import_module__("wasi_snapshot_preview1"), __import_name__("path_open")));

int main(void) {
    __wasi_fd_t root = root_directory();
    __wasi_fd_t dir = scratch_directory(root, "paths.cleanup");

    OK(__wasi_path_create_directory(dir, "dir"));
    OK(__wasi_path_create_directory(dir, "dir/nested"));
    create_file(dir, "dir/nested/file");
    EXPECT(try_open(dir, 0, "/dir/nested/file", 0, 0), E(PERM));
    OK(try_open(dir, 0, "dir/.//nested/../../dir/nested/../nested///./file", 0, 0));
    static const char with_nul[] = "dir/nested/file\0";
    __wasi_fd_t out;
    EXPECT((__wasi_errno_t)raw_path_open(dir, 0, (int32_t)with_nul, sizeof with_nul - 1, 0, 0, 0, 0, (int32_t)&out),
           E(INVAL), E(ILSEQ));
    EXPECT(try_open(dir, 0, "dir/nested/file/", 0, 0), E(NOTDIR), E(NOENT));
    EXPECT(try_open(dir, 0, "dir/nested/file///", 0, 0), E(NOTDIR), E(NOENT));
    OK(try_open(dir, 0, "dir/nested/", 0, 0));
    OK(try_open(dir, 0, "dir/nested///", 0, 0));
    EXPECT(try_open(dir, 0, "dir/nested/../../../paths.cleanup/dir/nested/file", 0, 0), E(PERM));
    EXPECT(try_open(dir, 0, "..", __WASI_OFLAGS_DIRECTORY, 0), E(PERM));
    EXPECT(try_open(root, 0, "..", __WASI_OFLAGS_DIRECTORY, 0), E(PERM));
    OK(__wasi_path_unlink_file(dir, "dir/nested/file"));
    OK(__wasi_path_remove_directory(dir, "dir/nested"));
    OK(__wasi_path_remove_directory(dir, "dir"));

    // nofollow_errors: a symlink to a directory, then to a file.
    OK(__wasi_path_create_directory(dir, "target"));
    OK(__wasi_path_symlink("target", dir, "symlink"));
    EXPECT(try_open(dir, 0, "symlink", __WASI_OFLAGS_DIRECTORY, 0), E(LOOP), E(NOTDIR));
    EXPECT(try_open(dir, 0, "symlink", 0, 0), E(LOOP), E(ACCES));
    OK(try_open(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "symlink", __WASI_OFLAGS_DIRECTORY, 0));
    OK(__wasi_path_unlink_file(dir, "symlink"));
    OK(__wasi_path_remove_directory(dir, "target"));
    create_file(dir, "target");
    OK(__wasi_path_symlink("target", dir, "symlink"));
    EXPECT(try_open(dir, 0, "symlink", __WASI_OFLAGS_DIRECTORY, 0), E(LOOP), E(NOTDIR));
    EXPECT(try_open(dir, 0, "symlink", 0, 0), E(LOOP));
    EXPECT(try_open(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "symlink", __WASI_OFLAGS_DIRECTORY, 0), E(NOTDIR));
    OK(try_open(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "symlink", 0, 0));
    OK(__wasi_path_unlink_file(dir, "target"));
    OK(__wasi_path_unlink_file(dir, "symlink"));

    // dangling_symlink and symlink_loop.
    OK(__wasi_path_symlink("target", dir, "dangling"));
    EXPECT(try_open(dir, 0, "dangling", __WASI_OFLAGS_DIRECTORY, 0), E(NOTDIR), E(LOOP));
    EXPECT(try_open(dir, 0, "dangling", 0, 0), E(LOOP));
    EXPECT(try_open(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "dangling", 0, 0), E(NOENT));
    OK(__wasi_path_unlink_file(dir, "dangling"));
    OK(__wasi_path_symlink("loop", dir, "loop"));
    EXPECT(try_open(dir, 0, "loop", 0, 0), E(LOOP));
    EXPECT(try_open(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "loop", 0, 0), E(LOOP));
    OK(__wasi_path_unlink_file(dir, "loop"));

    // symlink_create: following links to files and directories; an absolute target fails (or at
    // least can never be followed).
    create_file(dir, "file");
    OK(__wasi_path_symlink("file", dir, "to-file"));
    OK(try_open(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "to-file", 0, 0));
    OK(__wasi_path_create_directory(dir, "subdir"));
    OK(__wasi_path_symlink("subdir", dir, "to-dir"));
    OK(try_open(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "to-dir", __WASI_OFLAGS_DIRECTORY, 0));
    OK(try_open(dir, 0, "to-dir/", __WASI_OFLAGS_DIRECTORY, 0));
    __wasi_errno_t absolute = __wasi_path_symlink("/", dir, "to-root");
    if (absolute == 0) {
        EXPECT(try_open(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "to-root", __WASI_OFLAGS_DIRECTORY, 0), E(PERM));
        OK(__wasi_path_unlink_file(dir, "to-root"));
    }
    OK(__wasi_path_unlink_file(dir, "to-file"));
    OK(__wasi_path_unlink_file(dir, "to-dir"));
    OK(__wasi_path_unlink_file(dir, "file"));
    OK(__wasi_path_remove_directory(dir, "subdir"));

    // path_exists: filestat with and without following.
    __wasi_filestat_t st;
    OK(__wasi_path_create_directory(dir, "subdir"));
    create_file(dir, "subdir/file");
    OK(__wasi_path_symlink("subdir/file", dir, "link1"));
    OK(__wasi_path_symlink("subdir", dir, "link2"));
    OK(__wasi_path_filestat_get(dir, 0, "subdir", &st)); CHECK(st.filetype == __WASI_FILETYPE_DIRECTORY);
    OK(__wasi_path_filestat_get(dir, 0, "link1", &st)); CHECK(st.filetype == __WASI_FILETYPE_SYMBOLIC_LINK);
    OK(__wasi_path_filestat_get(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "link1", &st));
    CHECK(st.filetype == __WASI_FILETYPE_REGULAR_FILE);
    OK(__wasi_path_filestat_get(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "link2", &st));
    CHECK(st.filetype == __WASI_FILETYPE_DIRECTORY);
    OK(__wasi_path_filestat_get(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "link2/file", &st));
    CHECK(st.filetype == __WASI_FILETYPE_REGULAR_FILE);
    OK(__wasi_path_unlink_file(dir, "link1"));
    OK(__wasi_path_unlink_file(dir, "link2"));
    OK(__wasi_path_unlink_file(dir, "subdir/file"));
    OK(__wasi_path_remove_directory(dir, "subdir"));

    // path_open_missing, path_open_create_existing, path_open_dirfd_not_dir.
    EXPECT(try_open(dir, 0, "missing", 0, 0), E(NOENT));
    create_file(dir, "file");
    EXPECT(try_open(dir, 0, "file", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, 0), E(EXIST));
    __wasi_fd_t file;
    OK(open_at(dir, 0, "file", 0, 0, &file));
    EXPECT(try_open(file, 0, ".", __WASI_OFLAGS_DIRECTORY, 0), E(NOTDIR));
    EXPECT(__wasi_path_create_directory(file, "x"), E(NOTDIR));
    OK(__wasi_fd_close(file));
    OK(__wasi_path_unlink_file(dir, "file"));

    OK(__wasi_fd_close(dir));
    OK(__wasi_path_remove_directory(root, "paths.cleanup"));
    return finish("paths");
}
