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

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::backup::ScratchFile;
use crate::error::VaultError;

const END: u8 = 0;
const RECORDS: u8 = 1;
const CASE: u8 = 2;
const ID_LEN: usize = 16;
/// Far more than any advocate holds; a backup claiming more is damaged.
const MAX_CASES: usize = 10_000;

/// Where an archive is written: a backup's sealed stream (or plain bytes, in tests).
pub(crate) trait ArchiveSink {
    fn put(&mut self, bytes: &[u8]) -> crate::error::Result<()>;
    /// Reads `input` to its end into the sink; returns how much was read.
    fn copy_from(&mut self, input: &mut impl Read) -> crate::error::Result<u64>;
}

impl<W: Write> ArchiveSink for crate::backup::StreamSealer<W> {
    fn put(&mut self, bytes: &[u8]) -> crate::error::Result<()> {
        crate::backup::StreamSealer::put(self, bytes)
    }

    fn copy_from(&mut self, input: &mut impl Read) -> crate::error::Result<u64> {
        crate::backup::StreamSealer::copy_from(self, input)
    }
}

/// Writes an archive part by part, each part from a file made just before (so a backup needs
/// room for one case's copy at a time, not the whole caseload's).
pub(crate) struct ArchiveWriter<S: ArchiveSink> {
    sink: S,
}

impl<S: ArchiveSink> ArchiveWriter<S> {
    /// Starts the archive with the vault's own records.
    pub(crate) fn new(mut sink: S, records: &Path) -> crate::error::Result<ArchiveWriter<S>> {
        write_part(&mut sink, vec![RECORDS], records)?;
        Ok(ArchiveWriter { sink })
    }

    /// Adds one case (`id`: 32 hex digits) from its copy.
    pub(crate) fn add_case(&mut self, id: &str, copy: &Path) -> crate::error::Result<()> {
        let id = hex::decode(id).map_err(|_| VaultError::Corrupt("case id"))?;
        if id.len() != ID_LEN {
            return Err(VaultError::Corrupt("case id"));
        }
        let mut head = vec![CASE];
        head.extend_from_slice(&id);
        write_part(&mut self.sink, head, copy)
    }

    /// Writes the end mark and hands the sink back.
    pub(crate) fn finish(mut self) -> crate::error::Result<S> {
        self.sink.put(&[END])?;
        Ok(self.sink)
    }
}

/// `head`, the file's length, then the file.
fn write_part(
    sink: &mut impl ArchiveSink,
    mut head: Vec<u8>,
    path: &Path,
) -> crate::error::Result<()> {
    let mut file = File::open(path)?;
    let len = file.metadata()?.len();
    head.extend_from_slice(&len.to_be_bytes());
    sink.put(&head)?;
    // The copy is this backup's own scratch file; if it changed anyway, the archive would be
    // unreadable, so the backup fails instead.
    if sink.copy_from(&mut file)? != len {
        return Err(VaultError::Io(io::Error::other(
            "a part changed while it was copied",
        )));
    }
    Ok(())
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

    impl ArchiveSink for Vec<u8> {
        fn put(&mut self, bytes: &[u8]) -> crate::error::Result<()> {
            self.extend_from_slice(bytes);
            Ok(())
        }

        fn copy_from(&mut self, input: &mut impl Read) -> crate::error::Result<u64> {
            Ok(io::copy(input, self)?)
        }
    }

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
        let mut writer = ArchiveWriter::new(Vec::new(), records.path()).unwrap();
        for (id, copy) in &cases {
            writer.add_case(id, copy.path()).unwrap();
        }
        writer.finish().unwrap()
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
