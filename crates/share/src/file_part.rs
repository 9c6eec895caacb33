//! One part of a file the person shows their advocate, as a change frame carries it.
//!
//! ```text
//! format (2) u8 | SHA-256 of the whole file [32] | whole size u64 BE | part index u32 BE |
//! the part's bytes (to the end)
//! ```
//!
//! It travels as a [`FrameKind::Change`] frame of the largest size, its format byte telling it
//! from a document's changes (format 1, `content.rs`) only once opened: to the relay, a part of
//! a file looks like any large change, and a file's last part like its others.
//!
//! The receiving store checks that the part fits its file (number, length, the part's own hash
//! when the person's view names the file) and, once the last is here, that the parts make the
//! bytes the whole file's hash names.
//!
//! [`FrameKind::Change`]: harbour_sync::frame::FrameKind::Change

use harbour_store::FilePart;
use harbour_store::shared_files::PART_BYTES;
use harbour_sync::frame::MAX_CONTENT;
use zeroize::Zeroizing;

use crate::ShareError;

const FORMAT: u8 = 2;

/// Whether a change frame's content is a part of a file (not a document's changes).
pub fn is_file_part(content: &[u8]) -> bool {
    content.first() == Some(&FORMAT)
}
const HEAD: usize = 1 + 32 + 8 + 4;

// A whole part and its head must fit one frame of the largest size.
const _: () = assert!(HEAD + PART_BYTES <= MAX_CONTENT);

pub fn pack(part: &FilePart) -> Result<Zeroizing<Vec<u8>>, ShareError> {
    if part.bytes.len() > PART_BYTES {
        return Err(ShareError::TooLarge);
    }
    let mut c = Zeroizing::new(Vec::with_capacity(HEAD + part.bytes.len()));
    c.push(FORMAT);
    c.extend_from_slice(&part.sha256);
    c.extend_from_slice(&part.size.to_be_bytes());
    c.extend_from_slice(&part.index.to_be_bytes());
    c.extend_from_slice(&part.bytes);
    Ok(c)
}

pub fn unpack(content: &[u8]) -> Result<FilePart, ShareError> {
    if content.len() < HEAD || content[0] != FORMAT || content.len() - HEAD > PART_BYTES {
        return Err(ShareError::Unreadable);
    }
    let mut sha256 = [0u8; 32];
    sha256.copy_from_slice(&content[1..33]);
    let mut size = [0u8; 8];
    size.copy_from_slice(&content[33..41]);
    let mut index = [0u8; 4];
    index.copy_from_slice(&content[41..45]);
    Ok(FilePart {
        sha256,
        size: u64::from_be_bytes(size),
        index: u32::from_be_bytes(index),
        bytes: Zeroizing::new(content[HEAD..].to_vec()),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_part_round_trips_and_a_full_one_fits_a_frame() {
        let part = FilePart {
            sha256: [7; 32],
            size: 2_500_000,
            index: 2,
            bytes: Zeroizing::new(vec![9; 500_000]),
        };
        let back = unpack(&pack(&part).unwrap()).unwrap();
        assert_eq!(
            (back.sha256, back.size, back.index, &back.bytes[..]),
            (part.sha256, part.size, part.index, &part.bytes[..])
        );
        assert!(is_file_part(&pack(&part).unwrap()));
        assert!(!is_file_part(
            &crate::content::pack("x", &[vec![1]]).unwrap()[0]
        ));
        let full = FilePart {
            sha256: [1; 32],
            size: PART_BYTES as u64,
            index: 0,
            bytes: Zeroizing::new(vec![1; PART_BYTES]),
        };
        assert!(pack(&full).unwrap().len() <= MAX_CONTENT);
        let over = FilePart {
            bytes: Zeroizing::new(vec![1; PART_BYTES + 1]),
            ..full
        };
        assert!(matches!(pack(&over), Err(ShareError::TooLarge)));
    }

    #[test]
    fn a_damaged_part_is_refused() {
        let packed = pack(&FilePart {
            sha256: [3; 32],
            size: 10,
            index: 0,
            bytes: Zeroizing::new(vec![1; 10]),
        })
        .unwrap();
        for cut in 0..HEAD {
            assert!(unpack(&packed[..cut]).is_err(), "cut at {cut}");
        }
        let mut other = packed;
        other[0] = 1;
        assert!(unpack(&other).is_err());
    }
}
