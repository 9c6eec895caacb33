//! What is inside a version 2 backup: the vault's own records, then each case of an advocate's
//! caseload, one after the other. Every part is a SQLCipher copy under a key of the backup's own,
//! so nothing decrypted is ever written, and a case never shares a database with anything else,
//! in a backup as on the disk.
//!
//! ```text
//! 1 | length (u64) | the vault's own records
//! 2 | case id (16 bytes) | length (u64) | one case      (any number, each id once)
//! 0                                                      (the end)
//! ```

use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::{self, BufReader, Cursor, Read, Write};
use std::path::{Path, PathBuf};

use crate::backup::ScratchFile;
use crate::error::VaultError;

const END: u8 = 0;
const RECORDS: u8 = 1;
const CASE: u8 = 2;
const ID_LEN: usize = 16;
/// Far more than any advocate holds; a backup claiming more is damaged.
const MAX_CASES: usize = 10_000;

/// Reads an archive out of scratch files made beforehand, opening each only when its turn comes.
pub(crate) struct ArchiveSource<'a> {
    parts: VecDeque<Part<'a>>,
}

enum Part<'a> {
    Bytes(Cursor<Vec<u8>>),
    File(&'a Path, Option<BufReader<File>>),
}

impl<'a> ArchiveSource<'a> {
    /// `cases` holds each case's id (32 hex digits) and its copy.
    pub(crate) fn new(
        records: &'a ScratchFile,
        cases: &'a [(String, ScratchFile)],
    ) -> crate::error::Result<ArchiveSource<'a>> {
        let mut parts = VecDeque::new();
        let mut head = vec![RECORDS];
        head.extend_from_slice(&file_len(records.path())?.to_be_bytes());
        parts.push_back(Part::Bytes(Cursor::new(head)));
        parts.push_back(Part::File(records.path(), None));
        for (id, copy) in cases {
            let id = hex::decode(id).map_err(|_| VaultError::Corrupt("case id"))?;
            if id.len() != ID_LEN {
                return Err(VaultError::Corrupt("case id"));
            }
            let mut head = vec![CASE];
            head.extend_from_slice(&id);
            head.extend_from_slice(&file_len(copy.path())?.to_be_bytes());
            parts.push_back(Part::Bytes(Cursor::new(head)));
            parts.push_back(Part::File(copy.path(), None));
        }
        parts.push_back(Part::Bytes(Cursor::new(vec![END])));
        Ok(ArchiveSource { parts })
    }
}

fn file_len(path: &Path) -> crate::error::Result<u64> {
    Ok(std::fs::metadata(path)?.len())
}

impl Read for ArchiveSource<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while let Some(part) = self.parts.front_mut() {
            let n = match part {
                Part::Bytes(bytes) => bytes.read(buf)?,
                Part::File(path, open) => {
                    if open.is_none() {
                        *open = Some(BufReader::new(File::open(*path)?));
                    }
                    match open {
                        Some(file) => file.read(buf)?,
                        None => 0,
                    }
                }
            };
            if n > 0 || buf.is_empty() {
                return Ok(n);
            }
            self.parts.pop_front();
        }
        Ok(0)
    }
}

/// Splits a decrypted archive into scratch files as it arrives (one part's bytes in memory at
/// most, never the whole backup), refusing anything that is not exactly the layout above.
pub(crate) struct ArchiveSplitter {
    dir: PathBuf,
    state: State,
    head: Vec<u8>,
    writing: Option<(File, u64)>,
    records: Option<ScratchFile>,
    cases: Vec<(String, ScratchFile)>,
    ids: HashSet<String>,
    /// Why the archive was refused, told apart from a failing disk.
    refused: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Tag,
    /// Collecting an entry's head: this many bytes after the tag.
    Head(u8, usize),
    Body,
    Ended,
}

/// The parts of an archive, each in its own scratch file.
#[derive(Debug)]
pub(crate) struct ArchiveParts {
    pub(crate) records: ScratchFile,
    pub(crate) cases: Vec<(String, ScratchFile)>,
}

impl ArchiveSplitter {
    pub(crate) fn new(dir: &Path) -> ArchiveSplitter {
        ArchiveSplitter {
            dir: dir.to_owned(),
            state: State::Tag,
            head: Vec::new(),
            writing: None,
            records: None,
            cases: Vec::new(),
            ids: HashSet::new(),
            refused: None,
        }
    }

    fn refuse(&mut self, why: &'static str) -> io::Error {
        self.refused = Some(why);
        io::Error::new(io::ErrorKind::InvalidData, why)
    }

    /// What went wrong while writing into the splitter, as the vault's error.
    pub(crate) fn error_for(&self, e: VaultError) -> VaultError {
        match self.refused {
            Some(why) => VaultError::Corrupt(why),
            None => e,
        }
    }

    /// The parts, once the whole archive (up to its end mark) has been written.
    pub(crate) fn finish(self) -> crate::error::Result<ArchiveParts> {
        match (self.state, self.records) {
            (State::Ended, Some(records)) => Ok(ArchiveParts {
                records,
                cases: self.cases,
            }),
            _ => Err(VaultError::Corrupt("backup contents cut short")),
        }
    }

    fn start_entry(&mut self, tag: u8) -> io::Result<()> {
        let wanted = match tag {
            END if self.records.is_some() => {
                self.state = State::Ended;
                return Ok(());
            }
            RECORDS if self.records.is_none() => 8,
            CASE if self.records.is_some() => ID_LEN + 8,
            _ => return Err(self.refuse("backup contents out of order")),
        };
        self.head.clear();
        self.state = State::Head(tag, wanted);
        Ok(())
    }

    fn finish_head(&mut self, tag: u8) -> io::Result<()> {
        let (id, len) = self.head.split_at(self.head.len() - 8);
        let mut len_bytes = [0u8; 8];
        len_bytes.copy_from_slice(len);
        let len = u64::from_be_bytes(len_bytes);
        let id = hex::encode(id);
        if len == 0 {
            return Err(self.refuse("an empty part in a backup"));
        }
        let scratch = ScratchFile::new(&self.dir).map_err(io::Error::other)?;
        let file = scratch.create().map_err(io::Error::other)?;
        if tag == RECORDS {
            self.records = Some(scratch);
        } else {
            if self.cases.len() >= MAX_CASES {
                return Err(self.refuse("more cases than a backup can hold"));
            }
            if !self.ids.insert(id.clone()) {
                return Err(self.refuse("a case twice in a backup"));
            }
            self.cases.push((id, scratch));
        }
        self.writing = Some((file, len));
        self.state = State::Body;
        Ok(())
    }
}

impl Write for ArchiveSplitter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while !rest.is_empty() {
            match self.state {
                State::Tag => {
                    self.start_entry(rest[0])?;
                    rest = &rest[1..];
                }
                State::Head(tag, wanted) => {
                    let take = (wanted - self.head.len()).min(rest.len());
                    self.head.extend_from_slice(&rest[..take]);
                    rest = &rest[take..];
                    if self.head.len() == wanted {
                        self.finish_head(tag)?;
                    }
                }
                State::Body => {
                    let Some((file, left)) = self.writing.as_mut() else {
                        return Err(self.refuse("backup contents"));
                    };
                    let take = usize::try_from(*left).unwrap_or(usize::MAX).min(rest.len());
                    file.write_all(&rest[..take])?;
                    *left -= take as u64;
                    rest = &rest[take..];
                    if *left == 0 {
                        if let Some((file, _)) = self.writing.take() {
                            file.sync_all()?;
                        }
                        self.state = State::Tag;
                    }
                }
                State::Ended => return Err(self.refuse("data after the end of the backup")),
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.writing.as_mut() {
            Some((file, _)) => file.flush(),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn scratch_with(dir: &Path, bytes: &[u8]) -> ScratchFile {
        let s = ScratchFile::new(dir).unwrap();
        s.create().unwrap().write_all(bytes).unwrap();
        s
    }

    fn read_all(path: &Path) -> Vec<u8> {
        std::fs::read(path).unwrap()
    }

    fn archive(dir: &Path, cases: &[(&str, &[u8])]) -> Vec<u8> {
        let records = scratch_with(dir, b"own records");
        let cases: Vec<(String, ScratchFile)> = cases
            .iter()
            .map(|(id, bytes)| (id.to_string(), scratch_with(dir, bytes)))
            .collect();
        let mut out = Vec::new();
        ArchiveSource::new(&records, &cases)
            .unwrap()
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    fn split(dir: &Path, bytes: &[u8], piece: usize) -> crate::error::Result<ArchiveParts> {
        let mut splitter = ArchiveSplitter::new(dir);
        for chunk in bytes.chunks(piece.max(1)) {
            if let Err(e) = splitter.write_all(chunk) {
                return Err(splitter.error_for(e.into()));
            }
        }
        splitter.finish()
    }

    const A: &str = "0123456789abcdef0123456789abcdef";
    const B: &str = "fedcba9876543210fedcba9876543210";

    #[test]
    fn parts_come_back_whole_however_the_stream_is_cut() {
        let dir = tempfile::tempdir().unwrap();
        let bytes = archive(dir.path(), &[(A, b"case a"), (B, b"the second case")]);
        for piece in [1, 2, 7, 25, bytes.len()] {
            let parts = split(dir.path(), &bytes, piece).unwrap();
            assert_eq!(read_all(parts.records.path()), b"own records");
            assert_eq!(parts.cases.len(), 2);
            assert_eq!(parts.cases[0].0, A);
            assert_eq!(read_all(parts.cases[0].1.path()), b"case a");
            assert_eq!(parts.cases[1].0, B);
            assert_eq!(read_all(parts.cases[1].1.path()), b"the second case");
        }
        let none = archive(dir.path(), &[]);
        assert!(split(dir.path(), &none, 3).unwrap().cases.is_empty());
    }

    #[test]
    fn a_damaged_layout_is_refused_and_leaves_no_scratch() {
        let dir = tempfile::tempdir().unwrap();
        let good = archive(dir.path(), &[(A, b"case a")]);
        let before: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        let scratch_count = before.len();
        // Cut anywhere before the end mark.
        for cut in [0, 1, 5, 9, 12, good.len() - 1] {
            assert!(
                matches!(
                    split(dir.path(), &good[..cut], 4),
                    Err(VaultError::Corrupt(_))
                ),
                "cut {cut}"
            );
        }
        // Something after the end; an unknown tag; a case before the records; a case twice.
        let mut longer = good.clone();
        longer.push(0);
        assert!(matches!(
            split(dir.path(), &longer, 4),
            Err(VaultError::Corrupt(_))
        ));
        assert!(matches!(
            split(dir.path(), &[9], 1),
            Err(VaultError::Corrupt(_))
        ));
        let mut case_first = vec![CASE];
        case_first.extend_from_slice(&[0u8; 24]);
        assert!(matches!(
            split(dir.path(), &case_first, 4),
            Err(VaultError::Corrupt(_))
        ));
        let twice = archive(dir.path(), &[(A, b"one"), (A, b"two")]);
        assert!(matches!(
            split(dir.path(), &twice, 64),
            Err(VaultError::Corrupt(_))
        ));
        // Every scratch file the refused splits made is gone again.
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            scratch_count
        );
    }

    #[test]
    fn random_bytes_are_refused_without_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for round in 0..500 {
            let len = (round * 7) % 200;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    // Mostly small values, so tags and lengths are often plausible.
                    (seed % 5) as u8
                })
                .collect();
            let _ = split(dir.path(), &bytes, 1 + round % 9);
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
