//! Backup files: the whole vault (every record and attachment) in one file, encrypted with the
//! recovery key or a backup passphrase. The format is documented in `docs/backup-format.md`.
//!
//! Inside is a SQLCipher copy of the database (made with `sqlcipher_export`, so nothing decrypted
//! is ever written to disk), streamed through the STREAM construction (Hoang, Reyhanitabar, Rogaway,
//! Vizár): XChaCha20-Poly1305 over 1 MiB chunks, each nonce holding the chunk's number and whether
//! it is the last one, and the file header as associated data. Reordered, dropped, repeated or
//! truncated chunks and any change to the header fail authentication. Memory use is one chunk,
//! whatever the size of the vault.

use harbour_reason::reason;
use std::fmt;
use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use crate::error::{Result, VaultError};
use crate::header::KdfParams;
use crate::keys::{expand, stretch};
use crate::secret::{DatabaseKey, KEY_LEN, RecoveryKey, random_bytes};

pub const MAGIC: &[u8; 8] = b"PCALCBK\0";
/// The newest format this code reads.
pub const VERSION: u16 = 2;
/// Version 1: the plaintext is one stream (a vault database in backups made before cases were
/// backed up too; an export bundle's files now).
pub(crate) const PLAIN_STREAM: u16 = 1;
/// Version 2: the plaintext is an archive of the vault's own records and each case (see
/// `archive.rs`).
pub(crate) const ARCHIVE: u16 = 2;
/// Plaintext bytes per chunk; every chunk but the last is exactly this long.
pub const CHUNK_LEN: usize = 1 << 20;
const TAG_LEN: usize = 16;
const SALT_LEN: usize = 32;
const PREFIX_LEN: usize = 19;
const CHECK_LEN: usize = 16;
/// magic 8, version 2, key source 1, reserved 1, Argon2 memory/iterations/lanes 4+4+4, salt 32,
/// nonce prefix 19, reserved 1, key check 16.
pub const HEADER_LEN: usize = 92;

const INFO_CONTAINER: &[u8] = b"pocketcalc v1 backup container";
const INFO_DATABASE: &[u8] = b"pocketcalc v1 backup database";
const INFO_CHECK: &[u8] = b"pocketcalc v1 backup key check";

const SOURCE_RECOVERY_KEY: u8 = 1;
const SOURCE_PASSPHRASE: u8 = 2;

/// A passphrase chosen for backups. No `Clone`, printed as stars, wiped on drop.
pub struct BackupPassphrase(Zeroizing<String>);

impl BackupPassphrase {
    pub const MIN_CHARS: usize = 12;

    pub fn new(text: impl Into<String>) -> Result<BackupPassphrase> {
        let text = Zeroizing::new(text.into());
        if text.chars().count() < Self::MIN_CHARS {
            return Err(VaultError::Invalid(reason(
                "backup-choose-backup-passphrase-least-12",
            )));
        }
        Ok(BackupPassphrase(text))
    }
}

impl fmt::Debug for BackupPassphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BackupPassphrase(***)")
    }
}

/// What a backup is locked with.
#[derive(Debug, Clone, Copy)]
pub enum BackupSecret<'a> {
    RecoveryKey(&'a RecoveryKey),
    Passphrase(&'a BackupPassphrase),
}

/// The fixed-size header at the start of every backup file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BackupHeader {
    version: u16,
    source: u8,
    kdf: KdfParams,
    salt: [u8; SALT_LEN],
    prefix: [u8; PREFIX_LEN],
    check: [u8; CHECK_LEN],
}

/// Keys derived from the secret and the header's salt.
pub(crate) struct BackupKeys {
    container: Zeroizing<[u8; KEY_LEN]>,
    /// The key of the SQLCipher copy inside.
    pub(crate) database: DatabaseKey,
    check: [u8; CHECK_LEN],
}

impl BackupHeader {
    /// A fresh header (new salt and nonce prefix) and its keys.
    pub(crate) fn new(
        secret: BackupSecret<'_>,
        kdf: KdfParams,
        version: u16,
    ) -> Result<(BackupHeader, BackupKeys)> {
        let (source, kdf) = match secret {
            BackupSecret::RecoveryKey(_) => (SOURCE_RECOVERY_KEY, NO_KDF),
            BackupSecret::Passphrase(_) => (SOURCE_PASSPHRASE, kdf),
        };
        let mut header = BackupHeader {
            version,
            source,
            kdf,
            salt: random_bytes()?,
            prefix: random_bytes()?,
            check: [0; CHECK_LEN],
        };
        let keys = header.keys_for(secret)?;
        header.check = keys.check;
        Ok((header, keys))
    }

    fn keys_for(&self, secret: BackupSecret<'_>) -> Result<BackupKeys> {
        let stretched;
        let ikm: &[u8] = match (secret, self.source) {
            (BackupSecret::RecoveryKey(key), SOURCE_RECOVERY_KEY) => key.as_bytes(),
            (BackupSecret::Passphrase(p), SOURCE_PASSPHRASE) => {
                stretched = stretch(p.0.as_bytes(), &self.salt, self.kdf)?;
                stretched.as_ref()
            }
            (_, SOURCE_RECOVERY_KEY) => {
                return Err(VaultError::Invalid(reason(
                    "backup-locked-recovery-key-passphrase",
                )));
            }
            (_, _) => {
                return Err(VaultError::Invalid(reason(
                    "backup-locked-backup-passphrase-recovery-key",
                )));
            }
        };
        let check = expand(&self.salt, ikm, INFO_CHECK)?;
        Ok(BackupKeys {
            container: Zeroizing::new(expand(&self.salt, ikm, INFO_CONTAINER)?),
            database: DatabaseKey::from_bytes(expand(&self.salt, ikm, INFO_DATABASE)?),
            check: check[..CHECK_LEN]
                .try_into()
                .map_err(|_| VaultError::Random)?,
        })
    }

    /// The keys for `secret`, or `WrongPin` if it is not the one this backup was made with.
    pub(crate) fn unlock(&self, secret: BackupSecret<'_>) -> Result<BackupKeys> {
        let keys = self.keys_for(secret)?;
        if keys.check != self.check {
            return Err(VaultError::WrongPin);
        }
        Ok(keys)
    }

    pub(crate) fn encode(&self) -> [u8; HEADER_LEN] {
        let mut out = [0u8; HEADER_LEN];
        out[0..8].copy_from_slice(MAGIC);
        out[8..10].copy_from_slice(&self.version.to_be_bytes());
        out[10] = self.source;
        out[12..16].copy_from_slice(&self.kdf.memory_kib.to_be_bytes());
        out[16..20].copy_from_slice(&self.kdf.iterations.to_be_bytes());
        out[20..24].copy_from_slice(&self.kdf.lanes.to_be_bytes());
        out[24..56].copy_from_slice(&self.salt);
        out[56..75].copy_from_slice(&self.prefix);
        out[76..92].copy_from_slice(&self.check);
        out
    }

    pub(crate) fn decode(bytes: &[u8; HEADER_LEN]) -> Result<BackupHeader> {
        if &bytes[0..8] != MAGIC {
            return Err(VaultError::Corrupt("not a backup file"));
        }
        let version = u16::from_be_bytes([bytes[8], bytes[9]]);
        if version > VERSION {
            return Err(VaultError::UnsupportedVersion(version));
        }
        if version == 0 || bytes[11] != 0 || bytes[75] != 0 {
            return Err(VaultError::Corrupt("backup header"));
        }
        let word = |at: usize| {
            u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
        };
        let kdf = KdfParams {
            memory_kib: word(12),
            iterations: word(16),
            lanes: word(20),
        };
        let source = bytes[10];
        match source {
            SOURCE_RECOVERY_KEY if kdf == NO_KDF => {}
            SOURCE_PASSPHRASE if kdf.is_acceptable() => {}
            SOURCE_PASSPHRASE => return Err(VaultError::UnsupportedParams),
            _ => return Err(VaultError::Corrupt("backup header")),
        }
        let mut header = BackupHeader {
            version,
            source,
            kdf,
            salt: [0; SALT_LEN],
            prefix: [0; PREFIX_LEN],
            check: [0; CHECK_LEN],
        };
        header.salt.copy_from_slice(&bytes[24..56]);
        header.prefix.copy_from_slice(&bytes[56..75]);
        header.check.copy_from_slice(&bytes[76..92]);
        Ok(header)
    }

    pub(crate) fn version(&self) -> u16 {
        self.version
    }

    fn nonce(&self, counter: u32, last: bool) -> XNonce {
        let mut nonce = [0u8; 24];
        nonce[..PREFIX_LEN].copy_from_slice(&self.prefix);
        nonce[PREFIX_LEN..PREFIX_LEN + 4].copy_from_slice(&counter.to_be_bytes());
        nonce[23] = u8::from(last);
        XNonce::from(nonce)
    }
}

/// Recovery-key backups need no stretching (160 random bits); their header stores zeros.
const NO_KDF: KdfParams = KdfParams {
    memory_kib: 0,
    iterations: 0,
    lanes: 0,
};

fn cipher(keys: &BackupKeys) -> Result<XChaCha20Poly1305> {
    XChaCha20Poly1305::new_from_slice(keys.container.as_ref()).map_err(|_| VaultError::Random)
}

/// Encrypts everything read from `input` into `out` as a backup with `header`.
pub(crate) fn seal_stream(
    header: &BackupHeader,
    keys: &BackupKeys,
    mut input: impl Read,
    out: impl Write,
) -> Result<u64> {
    let mut sealer = StreamSealer::new(header, keys, out)?;
    sealer.copy_from(&mut input)?;
    sealer.finish()
}

/// Seals what is written to it into the backup format, a chunk at a time (memory: one chunk),
/// so a backup can be written in parts with pauses between them.
pub(crate) struct StreamSealer<W: Write> {
    out: BufWriter<W>,
    header: BackupHeader,
    aad: [u8; HEADER_LEN],
    cipher: XChaCha20Poly1305,
    /// Plaintext waiting to be sealed; always `CHUNK_LEN` long, `filled` of it in use.
    chunk: Zeroizing<Vec<u8>>,
    filled: usize,
    counter: u32,
    written: u64,
}

impl<W: Write> StreamSealer<W> {
    /// Writes the header.
    pub(crate) fn new(header: &BackupHeader, keys: &BackupKeys, out: W) -> Result<StreamSealer<W>> {
        let mut out = BufWriter::new(out);
        let aad = header.encode();
        out.write_all(&aad)?;
        Ok(StreamSealer {
            out,
            header: header.clone(),
            aad,
            cipher: cipher(keys)?,
            chunk: Zeroizing::new(vec![0u8; CHUNK_LEN]),
            filled: 0,
            counter: 0,
            written: HEADER_LEN as u64,
        })
    }

    /// Reads `input` to its end into the stream; returns how much was read.
    pub(crate) fn copy_from(&mut self, input: &mut impl Read) -> Result<u64> {
        let mut total = 0u64;
        loop {
            // Only a short chunk can be the last, so a full one is sealed once more is coming
            // (or at the end, followed by an empty last one).
            if self.filled == CHUNK_LEN {
                self.seal(false)?;
            }
            match input.read(&mut self.chunk[self.filled..]) {
                Ok(0) => return Ok(total),
                Ok(n) => {
                    self.filled += n;
                    total += n as u64;
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Adds `bytes` to the stream.
    pub(crate) fn put(&mut self, mut bytes: &[u8]) -> Result<()> {
        self.copy_from(&mut bytes).map(|_| ())
    }

    fn seal(&mut self, last: bool) -> Result<()> {
        let sealed = self
            .cipher
            .encrypt(
                &self.header.nonce(self.counter, last),
                Payload {
                    msg: &self.chunk[..self.filled],
                    aad: &self.aad,
                },
            )
            .map_err(|_| VaultError::Random)?;
        self.out.write_all(&sealed)?;
        self.written += sealed.len() as u64;
        self.filled = 0;
        if !last {
            self.counter = self
                .counter
                .checked_add(1)
                .ok_or(VaultError::Invalid(reason("backup-too-large-back-up")))?;
        }
        Ok(())
    }

    /// Seals the last chunk and flushes; returns the size written. A stream dropped without
    /// this is incomplete, and any reader refuses it as cut short.
    pub(crate) fn finish(mut self) -> Result<u64> {
        if self.filled == CHUNK_LEN {
            self.seal(false)?;
        }
        self.seal(true)?;
        self.out.flush()?;
        Ok(self.written)
    }
}

/// Encrypts any stream into this format (a vault backup is one use; an export bundle can be
/// another). Returns the size written.
pub fn seal_backup_stream(
    input: impl Read,
    out: impl Write,
    secret: BackupSecret<'_>,
    kdf: KdfParams,
) -> Result<u64> {
    let (header, keys) = BackupHeader::new(secret, kdf, PLAIN_STREAM)?;
    seal_stream(&header, &keys, input, out)
}

/// Decrypts and checks a whole stream in this format into `out`; returns the plaintext size. On an
/// error, what was written to `out` must be thrown away.
pub fn open_backup_stream(
    mut input: impl Read,
    out: impl Write,
    secret: BackupSecret<'_>,
) -> Result<u64> {
    let header = read_header(&mut input)?;
    let keys = header.unlock(secret)?;
    open_stream(&header, &keys, input, out)
}

/// Reads the header of a backup.
pub(crate) fn read_header(input: &mut impl Read) -> Result<BackupHeader> {
    let mut bytes = [0u8; HEADER_LEN];
    if fill(input, &mut bytes)? < HEADER_LEN {
        return Err(VaultError::Corrupt("backup too short"));
    }
    BackupHeader::decode(&bytes)
}

/// Decrypts the chunks after the header into `out`, checking each before writing it. On an error
/// part of the output may have been written: callers write to a scratch file and drop it.
pub(crate) fn open_stream(
    header: &BackupHeader,
    keys: &BackupKeys,
    mut input: impl Read,
    mut out: impl Write,
) -> Result<u64> {
    let aad = header.encode();
    let cipher = cipher(keys)?;
    let mut sealed = vec![0u8; CHUNK_LEN + TAG_LEN];
    let mut counter: u32 = 0;
    let mut total = 0u64;
    loop {
        let filled = fill(&mut input, &mut sealed)?;
        if filled < TAG_LEN {
            // Nothing, or less than a tag, where a chunk should be: the end is missing.
            return Err(VaultError::Corrupt("backup truncated"));
        }
        let last = filled < sealed.len();
        let plain = Zeroizing::new(
            cipher
                .decrypt(
                    &header.nonce(counter, last),
                    Payload {
                        msg: &sealed[..filled],
                        aad: &aad,
                    },
                )
                .map_err(|_| VaultError::Corrupt("backup chunk"))?,
        );
        out.write_all(&plain)?;
        total += plain.len() as u64;
        if last {
            let mut extra = [0u8; 1];
            if fill(&mut input, &mut extra)? != 0 {
                return Err(VaultError::Corrupt("data after the end of the backup"));
            }
            out.flush()?;
            return Ok(total);
        }
        counter = counter
            .checked_add(1)
            .ok_or(VaultError::Corrupt("backup too long"))?;
    }
}

/// Reads until `buf` is full or the input ends; returns how much was read.
fn fill(input: &mut impl Read, buf: &mut [u8]) -> Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match input.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(filled)
}

/// A scratch file in the vault folder (encrypted with SQLCipher, never plaintext), removed when
/// dropped unless kept.
#[derive(Debug)]
pub(crate) struct ScratchFile {
    path: PathBuf,
    keep: bool,
}

/// Names of scratch files, so that any a crash left behind are removed at the next unlock.
pub(crate) const SCRATCH_SUFFIX: &str = ".scratch";

impl ScratchFile {
    pub(crate) fn new(dir: &Path) -> Result<ScratchFile> {
        let name = format!("{}{SCRATCH_SUFFIX}", hex::encode(random_bytes::<8>()?));
        Ok(ScratchFile {
            path: dir.join(name),
            keep: false,
        })
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn create(&self) -> Result<File> {
        let mut options = File::options();
        options.write(true).create_new(true);
        // Encrypted, but still nobody else's to read (setup from a backup puts these in the
        // shared temporary folder).
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        Ok(options.open(&self.path)?)
    }

    #[cfg(test)]
    pub(crate) fn open(&self) -> Result<std::io::BufReader<File>> {
        Ok(std::io::BufReader::new(File::open(&self.path)?))
    }

    /// Hands the file over to the caller (it will be renamed); not removed on drop.
    pub(crate) fn keep(mut self) -> PathBuf {
        self.keep = true;
        self.path.clone()
    }
}

impl Drop for ScratchFile {
    fn drop(&mut self) {
        if !self.keep {
            let _ = crate::files::remove_database_files(&self.path);
        }
    }
}

/// Removes scratch files an interrupted backup or restore left in `dir`.
pub(crate) fn remove_leftover_scratch(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name.to_string_lossy().ends_with(SCRATCH_SUFFIX) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn recovery() -> RecoveryKey {
        RecoveryKey::random().unwrap()
    }

    fn seal(data: &[u8], key: &RecoveryKey) -> Vec<u8> {
        let (header, keys) =
            BackupHeader::new(BackupSecret::RecoveryKey(key), NO_KDF, ARCHIVE).unwrap();
        let mut out = Vec::new();
        seal_stream(&header, &keys, data, &mut out).unwrap();
        out
    }

    fn open(file: &[u8], key: &RecoveryKey) -> Result<Vec<u8>> {
        let mut input = file;
        let header = read_header(&mut input)?;
        let keys = header.unlock(BackupSecret::RecoveryKey(key))?;
        let mut out = Vec::new();
        open_stream(&header, &keys, input, &mut out)?;
        Ok(out)
    }

    fn data(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 % 253) as u8).collect()
    }

    #[test]
    fn round_trips_at_every_chunk_boundary() {
        let key = recovery();
        for len in [
            0,
            1,
            CHUNK_LEN - 1,
            CHUNK_LEN,
            CHUNK_LEN + 1,
            2 * CHUNK_LEN + 5,
        ] {
            let plain = data(len);
            let file = seal(&plain, &key);
            let chunks = len / CHUNK_LEN + 1;
            assert_eq!(file.len(), HEADER_LEN + len + chunks * TAG_LEN, "len {len}");
            assert_eq!(open(&file, &key).unwrap(), plain, "len {len}");
        }
    }

    #[test]
    fn a_wrong_key_is_told_apart_from_damage() {
        let file = seal(&data(10), &recovery());
        assert!(matches!(
            open(&file, &recovery()),
            Err(VaultError::WrongPin)
        ));
    }

    #[test]
    fn truncation_reordering_and_tampering_are_detected() {
        let key = recovery();
        let plain = data(2 * CHUNK_LEN + 100);
        let file = seal(&plain, &key);
        let full = CHUNK_LEN + TAG_LEN;
        let body = HEADER_LEN;
        // Cut at a chunk boundary (the last chunk missing), mid-chunk, and inside the header.
        for cut in [body + full, body + 2 * full, body + full + 10, body + 5, 40] {
            assert!(
                matches!(open(&file[..cut], &key), Err(VaultError::Corrupt(_))),
                "cut {cut}"
            );
        }
        // Chunks 0 and 1 swapped.
        let mut swapped = file[..body].to_vec();
        swapped.extend_from_slice(&file[body + full..body + 2 * full]);
        swapped.extend_from_slice(&file[body..body + full]);
        swapped.extend_from_slice(&file[body + 2 * full..]);
        assert!(matches!(open(&swapped, &key), Err(VaultError::Corrupt(_))));
        // A chunk repeated in place of another.
        let mut repeated = file[..body + full].to_vec();
        repeated.extend_from_slice(&file[body..body + full]);
        repeated.extend_from_slice(&file[body + 2 * full..]);
        assert!(matches!(open(&repeated, &key), Err(VaultError::Corrupt(_))));
        // One flipped bit anywhere after the magic, and extra bytes at the end.
        for at in [8, 10, 30, 60, 80, body, body + full + 7, file.len() - 1] {
            let mut bad = file.clone();
            bad[at] ^= 0x01;
            assert!(open(&bad, &key).is_err(), "flip at {at}");
        }
        let mut longer = file.clone();
        longer.push(0);
        assert!(matches!(open(&longer, &key), Err(VaultError::Corrupt(_))));
    }

    #[test]
    fn a_newer_format_is_refused_by_version() {
        let key = recovery();
        let mut file = seal(&data(10), &key);
        file[8..10].copy_from_slice(&(VERSION + 1).to_be_bytes());
        assert!(
            matches!(open(&file, &key), Err(VaultError::UnsupportedVersion(v)) if v == VERSION + 1)
        );
        assert!(matches!(open(b"not a backup at all, just some text here................................................", &key), Err(VaultError::Corrupt(_))));
    }

    #[test]
    fn passphrase_backups_use_the_stored_argon2_settings_within_bounds() {
        let pass = BackupPassphrase::new("correct horse battery").unwrap();
        assert!(BackupPassphrase::new("too short").is_err());
        let (header, keys) = BackupHeader::new(
            BackupSecret::Passphrase(&pass),
            KdfParams::FLOOR,
            PLAIN_STREAM,
        )
        .unwrap();
        let mut file = Vec::new();
        seal_stream(&header, &keys, &b"hello"[..], &mut file).unwrap();
        let mut input = &file[..];
        let read = read_header(&mut input).unwrap();
        assert_eq!(read, header);
        let other = BackupPassphrase::new("correct horse battery!").unwrap();
        assert!(matches!(
            read.unlock(BackupSecret::Passphrase(&other)),
            Err(VaultError::WrongPin)
        ));
        assert!(matches!(
            read.unlock(BackupSecret::RecoveryKey(&recovery())),
            Err(VaultError::Invalid(_))
        ));
        let keys = read.unlock(BackupSecret::Passphrase(&pass)).unwrap();
        let mut out = Vec::new();
        open_stream(&read, &keys, input, &mut out).unwrap();
        assert_eq!(out, b"hello");
        // A file asking for a cheap (or huge) Argon2 is refused before any work.
        let mut weak = file.clone();
        weak[12..16].copy_from_slice(&8u32.to_be_bytes());
        let mut input = &weak[..];
        assert!(matches!(
            read_header(&mut input),
            Err(VaultError::UnsupportedParams)
        ));
    }
}
