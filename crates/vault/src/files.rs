//! Small file helpers: atomic replace (write, fsync, rename, fsync the folder) and private
//! permissions, so that a crash at any moment leaves either the old file or the new one.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Result;

pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // A fresh, unguessable name, made new (never an existing file, and on Unix never through a
    // link): nothing planted in the folder (a named pipe that would block the write, a link to
    // elsewhere) can be at that name.
    let tag = crate::secret::random_bytes::<8>().map(hex::encode)?;
    let tmp = dir.join(format!(".{name}.{tag}.tmp"));
    {
        let mut file = private_options().open(&tmp)?;
        let written = file.write_all(bytes).and_then(|()| file.sync_all());
        if let Err(e) = written {
            drop(file);
            let _ = fs::remove_file(&tmp);
            return Err(e.into());
        }
    }
    fs::rename(&tmp, path)?;
    sync_dir(dir);
    Ok(())
}

/// Creates the data folder readable by this user only.
pub(crate) fn create_private_dir(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Creates `path` empty, readable by this user only; fails if it exists.
pub(crate) fn private_new_file(path: &Path) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?;
    Ok(())
}

/// Makes `path` readable by this user only: created empty (an empty file is a valid new SQLite
/// database) when `create` and it is missing, and any wider mode an older version left narrowed.
pub(crate) fn make_private_file(path: &Path, create: bool) -> Result<()> {
    if create && !path.exists() {
        return private_new_file(path);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = fs::metadata(path)
            && meta.permissions().mode() & 0o077 != 0
        {
            fs::set_permissions(path, fs::Permissions::from_mode(0o600))?;
        }
        for side in ["-wal", "-shm"] {
            let side = with_suffix(path, side);
            if let Ok(meta) = fs::metadata(&side)
                && meta.permissions().mode() & 0o077 != 0
            {
                fs::set_permissions(&side, fs::Permissions::from_mode(0o600))?;
            }
        }
    }
    Ok(())
}

fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    options
}

/// Gives `paths` the same access and modification time (now), so that after a session nothing in
/// the folder tells which database was opened or written. Best effort.
pub(crate) fn same_times(paths: &[PathBuf]) {
    let now = std::time::SystemTime::now();
    let times = fs::FileTimes::new().set_accessed(now).set_modified(now);
    for p in paths {
        if let Ok(f) = OpenOptions::new().write(true).open(p) {
            let _ = f.set_times(times);
        }
    }
}

/// Makes a rename durable. Best effort: not every platform can open a folder for syncing.
pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// `db` with `suffix` added to its name: its staged copy (`.new`) or a journal file (`-wal`).
pub(crate) fn with_suffix(db: &Path, suffix: &str) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// Removes a database's journal files (write-ahead log, shared memory, rollback journal);
/// missing ones are fine.
pub(crate) fn remove_journal_files(db: &Path) -> Result<()> {
    for suffix in ["-wal", "-shm", "-journal"] {
        remove_if_there(&with_suffix(db, suffix))?;
    }
    Ok(())
}

/// Removes a database and its WAL/SHM companions; missing files are fine.
pub(crate) fn remove_database_files(db: &Path) -> Result<()> {
    remove_if_there(db)?;
    remove_journal_files(db)
}

fn remove_if_there(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}
