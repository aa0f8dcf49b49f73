// Trailing slashes on path_remove_directory, path_unlink_file, path_symlink, path_rename and path_link.
#include "conformance.h"

int main(void) {
    __wasi_fd_t root = root_directory();
    __wasi_fd_t dir = scratch_directory(root, "trailing.cleanup");

    // remove_directory_trailing_slashes
    OK(__wasi_path_create_directory(dir, "d"));
    OK(__wasi_path_remove_directory(dir, "d"));
    OK(__wasi_path_create_directory(dir, "d"));
    OK(__wasi_path_remove_directory(dir, "d/"));
    create_file(dir, "f");
    EXPECT(__wasi_path_remove_directory(dir, "f"), E(NOTDIR));
    EXPECT(__wasi_path_remove_directory(dir, "f/"), E(NOTDIR));
    OK(__wasi_path_unlink_file(dir, "f"));

    // unlink_file_trailing_slashes
    OK(__wasi_path_create_directory(dir, "d"));
    EXPECT(__wasi_path_unlink_file(dir, "d"), E(ISDIR));
    EXPECT(__wasi_path_unlink_file(dir, "d/"), E(ISDIR));
    OK(__wasi_path_remove_directory(dir, "d"));
    create_file(dir, "f");
    EXPECT(__wasi_path_unlink_file(dir, "f/"), E(NOTDIR));
    OK(__wasi_path_unlink_file(dir, "f"));

    // path_symlink_trailing_slashes
    EXPECT(__wasi_path_symlink("source", dir, "target/"), E(NOENT));
    OK(__wasi_path_symlink("source", dir, "target"));
    OK(__wasi_path_unlink_file(dir, "target"));
    OK(__wasi_path_create_directory(dir, "target"));
    EXPECT(__wasi_path_symlink("source", dir, "target/"), E(EXIST));
    EXPECT(__wasi_path_symlink("source", dir, "target"), E(EXIST));
    OK(__wasi_path_remove_directory(dir, "target"));
    create_file(dir, "target");
    EXPECT(__wasi_path_symlink("source", dir, "target/"), E(NOTDIR));
    EXPECT(__wasi_path_symlink("source", dir, "target"), E(EXIST));
    OK(__wasi_path_unlink_file(dir, "target"));

    // path_rename_dir_trailing_slashes
    OK(__wasi_path_create_directory(dir, "source"));
    OK(__wasi_path_rename(dir, "source/", dir, "target"));
    OK(__wasi_path_rename(dir, "target", dir, "source/"));
    OK(__wasi_path_rename(dir, "source/", dir, "target/"));
    OK(__wasi_path_rename(dir, "target", dir, "source"));
    OK(__wasi_path_remove_directory(dir, "source"));
    // A file with a trailing slash is not a directory.
    create_file(dir, "f");
    EXPECT(__wasi_path_rename(dir, "f/", dir, "g"), E(NOTDIR));
    EXPECT(__wasi_path_rename(dir, "f", dir, "g/"), E(NOTDIR), E(NOENT));
    // path_link: a new name with a trailing slash.
    EXPECT(__wasi_path_link(dir, 0, "f", dir, "link/"), E(NOENT));
    OK(__wasi_path_unlink_file(dir, "f"));

    OK(__wasi_fd_close(dir));
    OK(__wasi_path_remove_directory(root, "trailing.cleanup"));
    return finish("trailing_slashes");
}
