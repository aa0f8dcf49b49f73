// path_rename and path_link semantics (path_rename, path_link, remove_nonempty_directory).
#include "conformance.h"

static const __wasi_rights_t link_rights = R(FD_READ) | R(PATH_LINK_SOURCE) | R(PATH_LINK_TARGET) |
    R(FD_FILESTAT_GET) | R(PATH_OPEN) | R(PATH_UNLINK_FILE);

int main(void) {
    __wasi_fd_t root = root_directory();
    __wasi_fd_t dir = scratch_directory(root, "rename_link.cleanup");
    __wasi_fd_t fd;

    // Directories.
    OK(__wasi_path_create_directory(dir, "source"));
    OK(__wasi_path_rename(dir, "source", dir, "target"));
    EXPECT(try_open(dir, 0, "source", __WASI_OFLAGS_DIRECTORY, 0), E(NOENT));
    OK(try_open(dir, 0, "target", __WASI_OFLAGS_DIRECTORY, 0));
    OK(__wasi_path_create_directory(dir, "source"));
    OK(__wasi_path_rename(dir, "source", dir, "target"));  // onto an empty directory
    EXPECT(try_open(dir, 0, "source", __WASI_OFLAGS_DIRECTORY, 0), E(NOENT));
    OK(__wasi_path_create_directory(dir, "source"));
    create_file(dir, "target/file");
    EXPECT(__wasi_path_rename(dir, "source", dir, "target"), E(NOTEMPTY));
    EXPECT(__wasi_path_rename(dir, "source", dir, "target/file"), E(NOTDIR));
    EXPECT(__wasi_path_remove_directory(dir, "target"), E(NOTEMPTY));
    OK(__wasi_path_unlink_file(dir, "target/file"));
    OK(__wasi_path_remove_directory(dir, "target"));
    OK(__wasi_path_remove_directory(dir, "source"));

    // Files.
    create_file(dir, "source");
    OK(__wasi_path_rename(dir, "source", dir, "target"));
    EXPECT(try_open(dir, 0, "source", 0, 0), E(NOENT));
    OK(try_open(dir, 0, "target", 0, 0));
    create_file(dir, "source");
    OK(__wasi_path_rename(dir, "source", dir, "target"));  // replaces a file
    OK(__wasi_path_unlink_file(dir, "target"));
    create_file(dir, "source");
    OK(__wasi_path_create_directory(dir, "target"));
    EXPECT(__wasi_path_rename(dir, "source", dir, "target"), E(ISDIR));
    OK(__wasi_path_remove_directory(dir, "target"));
    OK(__wasi_path_unlink_file(dir, "source"));
    EXPECT(__wasi_path_rename(dir, "missing", dir, "target"), E(NOENT));

    // Links.
    __wasi_fd_t file, link;
    OK(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT, link_rights, link_rights, 0, &file));
    OK(__wasi_path_link(dir, 0, "file", dir, "link"));
    OK(__wasi_path_open(dir, 0, "link", 0, link_rights, link_rights, 0, &link));
    __wasi_filestat_t a, b;
    OK(__wasi_fd_filestat_get(file, &a));
    OK(__wasi_fd_filestat_get(link, &b));
    CHECK(a.ino == b.ino && a.dev == b.dev && a.nlink == 2 && b.nlink == 2);
    __wasi_fdstat_t sa, sb;
    OK(__wasi_fd_fdstat_get(file, &sa));
    OK(__wasi_fd_fdstat_get(link, &sb));
    CHECK(sa.fs_rights_base == sb.fs_rights_base && sa.fs_rights_inheriting == sb.fs_rights_inheriting);
    OK(__wasi_fd_close(link));
    OK(__wasi_path_unlink_file(dir, "link"));
    OK(__wasi_path_create_directory(dir, "subdir"));
    __wasi_fd_t subdir;
    OK(__wasi_path_open(dir, 0, "subdir", __WASI_OFLAGS_DIRECTORY, link_rights, link_rights, 0, &subdir));
    OK(__wasi_path_link(dir, 0, "file", subdir, "link"));
    OK(__wasi_path_unlink_file(subdir, "link"));
    OK(__wasi_fd_close(subdir));
    create_file(dir, "link");
    EXPECT(__wasi_path_link(dir, 0, "file", dir, "link"), E(EXIST));
    OK(__wasi_path_unlink_file(dir, "link"));
    EXPECT(__wasi_path_link(dir, 0, "file", dir, "file"), E(EXIST));
    OK(__wasi_path_create_directory(dir, "link"));
    EXPECT(__wasi_path_link(dir, 0, "file", dir, "link"), E(EXIST));
    OK(__wasi_path_remove_directory(dir, "link"));
    EXPECT(__wasi_path_link(dir, 0, "subdir", dir, "link"), E(PERM), E(ACCES));
    OK(__wasi_path_remove_directory(dir, "subdir"));
    OK(__wasi_path_symlink("target", dir, "symlink"));
    OK(__wasi_path_link(dir, 0, "symlink", dir, "link"));  // links the dangling symlink itself
    OK(__wasi_path_filestat_get(dir, 0, "link", &a));
    CHECK(a.filetype == __WASI_FILETYPE_SYMBOLIC_LINK);
    OK(__wasi_path_unlink_file(dir, "link"));
    EXPECT(__wasi_path_link(dir, 0, "file", dir, "symlink"), E(EXIST));
    EXPECT(__wasi_path_link(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "symlink", dir, "link"), E(INVAL), E(NOENT));
    OK(__wasi_path_unlink_file(dir, "symlink"));
    OK(__wasi_path_symlink("symlink", dir, "symlink"));
    OK(__wasi_path_link(dir, 0, "symlink", dir, "link"));  // a loop is linked, not followed
    OK(__wasi_path_unlink_file(dir, "symlink"));
    OK(__wasi_path_unlink_file(dir, "link"));
    OK(__wasi_fd_close(file));
    OK(__wasi_path_unlink_file(dir, "file"));

    OK(__wasi_fd_close(dir));
    OK(__wasi_path_remove_directory(root, "rename_link.cleanup"));
    (void)fd;
    return finish("rename_link");
}
