//! What a change frame carries: one document's changes.
//!
//! ```text
//! format (1) u8 | document id length u16 BE | document id (UTF-8) | change count u32 BE |
//! per change: length u32 BE, the change's own bytes
//! ```
//!
//! Each change keeps automerge's own checksum, so a change cut short is refused when applied,
//! on top of the frame's authentication.

use harbour_sync::frame::MAX_CONTENT;

use crate::ShareError;

const FORMAT: u8 = 1;
const MAX_ID: usize = 200;

/// The changes of document `id`, packed into as few frame contents as they fit.
pub fn pack(id: &str, changes: &[Vec<u8>]) -> Result<Vec<Vec<u8>>, ShareError> {
    if id.is_empty() || id.len() > MAX_ID {
        return Err(ShareError::TooLarge);
    }
    let head = 1 + 2 + id.len() + 4;
    let start = || {
        let mut c = Vec::with_capacity(head);
        c.push(FORMAT);
        c.extend_from_slice(&(id.len() as u16).to_be_bytes());
        c.extend_from_slice(id.as_bytes());
        c.extend_from_slice(&0u32.to_be_bytes());
        c
    };
    let finish = |mut c: Vec<u8>, count: u32| {
        c[head - 4..head].copy_from_slice(&count.to_be_bytes());
        c
    };
    let mut out = Vec::new();
    let (mut current, mut count) = (start(), 0u32);
    for change in changes {
        let needed = 4 + change.len();
        if head + needed > MAX_CONTENT {
            return Err(ShareError::TooLarge);
        }
        if current.len() + needed > MAX_CONTENT {
            out.push(finish(std::mem::replace(&mut current, start()), count));
            count = 0;
        }
        current.extend_from_slice(&(change.len() as u32).to_be_bytes());
        current.extend_from_slice(change);
        count += 1;
    }
    if count > 0 {
        out.push(finish(current, count));
    }
    Ok(out)
}

/// The document id and its changes, as borrowed slices of `content`.
pub fn unpack(content: &[u8]) -> Result<(&str, Vec<&[u8]>), ShareError> {
    let bad = || ShareError::Unreadable;
    let mut rest = content;
    let mut take = |n: usize| -> Result<&[u8], ShareError> {
        if rest.len() < n {
            return Err(bad());
        }
        let (a, b) = rest.split_at(n);
        rest = b;
        Ok(a)
    };
    if take(1)?[0] != FORMAT {
        return Err(bad());
    }
    let id_len = u16::from_be_bytes(take(2)?.try_into().map_err(|_| bad())?) as usize;
    if id_len == 0 || id_len > MAX_ID {
        return Err(bad());
    }
    let id = std::str::from_utf8(take(id_len)?).map_err(|_| bad())?;
    let count = u32::from_be_bytes(take(4)?.try_into().map_err(|_| bad())?) as usize;
    let mut changes = Vec::with_capacity(count.min(4096));
    for _ in 0..count {
        let len = u32::from_be_bytes(take(4)?.try_into().map_err(|_| bad())?) as usize;
        changes.push(take(len)?);
    }
    if !rest.is_empty() {
        return Err(bad());
    }
    Ok((id, changes))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn changes_round_trip_and_split_across_frames() {
        let changes: Vec<Vec<u8>> = (0..5u8).map(|i| vec![i; 300_000]).collect();
        let packed = pack("plan-section:leaving", &changes).unwrap();
        assert_eq!(packed.len(), 2, "three changes fit in one frame");
        let mut back = Vec::new();
        for content in &packed {
            assert!(content.len() <= MAX_CONTENT);
            let (id, cs) = unpack(content).unwrap();
            assert_eq!(id, "plan-section:leaving");
            back.extend(cs.into_iter().map(<[u8]>::to_vec));
        }
        assert_eq!(back, changes);
        assert!(pack("x", &[]).unwrap().is_empty());
        assert!(matches!(
            pack("x", &[vec![0; MAX_CONTENT]]),
            Err(ShareError::TooLarge)
        ));
    }

    #[test]
    fn damaged_content_is_refused() {
        let packed = pack("contact:1", &[b"abc".to_vec()]).unwrap().remove(0);
        for cut in 0..packed.len() {
            assert!(unpack(&packed[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = packed.clone();
        longer.push(0);
        assert!(unpack(&longer).is_err());
        let mut lying = packed;
        let at = 1 + 2 + "contact:1".len() + 3;
        lying[at] = 200;
        assert!(unpack(&lying).is_err());
    }
}
