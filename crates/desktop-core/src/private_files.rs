//! Files and folders private to the OS user: what the app keeps on disk (the settings file and
//! its folder, the `users/` folder of MyPage caches, each cache folder and its SQLite files, the
//! last user) is created readable by its owner only: `0700` folders and `0600` files on Unix,
//! and made so again when an older version left them wider. Elsewhere the OS's per-user
//! folders (e.g. `%APPDATA%` on Windows) already keep other users out, and these are no-ops.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::Path;

/// Permission bits of the app's folders (owner only).
#[cfg(unix)]
pub const FOLDER_MODE: u32 = 0o700;
/// Permission bits of the app's files (owner only).
#[cfg(unix)]
pub const FILE_MODE: u32 = 0o600;

/// Creates `dir` and its missing parents private to the user, and makes `dir` itself private
/// when it was already there (parents that existed are not the app's, and are left alone).
pub fn create_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, FOLDER_MODE);
    builder.create(dir)?;
    restrict_dir(dir)
}

/// Makes an existing folder private to the user.
pub fn restrict_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(FOLDER_MODE))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Makes an existing file private to the user; a missing file is no error.
pub fn restrict_file(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        match fs::set_permissions(path, fs::Permissions::from_mode(FILE_MODE)) {
            Err(err) if err.kind() != io::ErrorKind::NotFound => return Err(err),
            _ => {}
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Options that create a file private to the user (the mode applies when the file is new).
pub fn options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
    options
}

/// Creates a new file private to the user; fails when it exists.
pub fn create_new(path: &Path) -> io::Result<File> {
    options().write(true).create_new(true).open(path)
}

/// Writes `bytes` to `path` through a private temporary file renamed over it, so the file is
/// never readable by others, not even for a moment, and never half written.
pub fn write_replacing(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write as _;
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".{}.tmp", std::process::id()));
    let temporary = std::path::PathBuf::from(temporary);
    let _ = fs::remove_file(&temporary);
    let written = create_new(&temporary)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        })
        .and_then(|()| fs::rename(&temporary, path));
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written
}

/// Makes a SQLite database and its companions (`-wal`, `-shm`, `-journal`) private, those of
/// them that exist: SQLite creates the companions as it goes.
pub fn restrict_sqlite(path: &Path) -> io::Result<()> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        restrict_file(Path::new(&name))?;
    }
    Ok(())
}

/// Makes a whole tree private: every folder `0700` and every file `0600` (symbolic links are
/// not followed). A missing root is no error.
pub fn restrict_tree(root: &Path) -> io::Result<()> {
    let kind = match fs::symlink_metadata(root) {
        Ok(meta) => meta.file_type(),
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(err) => return Err(err),
    };
    if kind.is_dir() {
        restrict_dir(root)?;
        for entry in fs::read_dir(root)? {
            restrict_tree(&entry?.path())?;
        }
        Ok(())
    } else if kind.is_file() {
        restrict_file(root)
    } else {
        Ok(())
    }
}

#[cfg(all(test, unix))]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn new_and_existing_folders_and_files_become_private() {
        let root = tempfile::tempdir().unwrap();
        let nested = root.path().join("a/b/c");
        create_dir(&nested).unwrap();
        for dir in ["a", "a/b", "a/b/c"] {
            assert_eq!(mode(&root.path().join(dir)), 0o700, "{dir}");
        }

        let old = root.path().join("old");
        fs::create_dir(&old).unwrap();
        fs::set_permissions(&old, fs::Permissions::from_mode(0o755)).unwrap();
        create_dir(&old).unwrap();
        assert_eq!(mode(&old), 0o700);

        let file = old.join("settings.json");
        write_replacing(&file, b"{}").unwrap();
        assert_eq!(mode(&file), 0o600);
        fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
        write_replacing(&file, b"{ }").unwrap();
        assert_eq!(mode(&file), 0o600, "replaced by a private file");
        assert_eq!(fs::read(&file).unwrap(), b"{ }");
        assert_eq!(fs::read_dir(&old).unwrap().count(), 1, "no temporary left");

        fs::set_permissions(&file, fs::Permissions::from_mode(0o666)).unwrap();
        fs::set_permissions(&old, fs::Permissions::from_mode(0o777)).unwrap();
        restrict_tree(root.path()).unwrap();
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(&old), 0o700);
        restrict_tree(&root.path().join("missing")).unwrap();
        restrict_file(&root.path().join("missing")).unwrap();
    }
}
