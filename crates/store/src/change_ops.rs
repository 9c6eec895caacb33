//! How many operations a plain automerge change claims, read from its bytes without unpacking
//! them.
//!
//! A change's operations are stored as columns, run-length encoded: a run of a billion equal
//! actions is a few bytes. automerge's parser walks every operation before anything can look at
//! the count, so a small change from the other side could claim billions and hold the vault
//! (and a hide waiting on it) for minutes, then fill memory when applied. The count is the
//! number of values in the action column (automerge reads operations until that column ends),
//! summed here run by run, so the answer costs a pass over the column's bytes.
//!
//! The layout (automerge's binary format): the chunk header (magic, checksum, type, length),
//! then the dependencies, the actor, seq, start op, time, message, other actors, the columns'
//! specs and lengths, and their data in that order.

/// The action column's spec: column 4, unsigned integers, not deflated.
const ACTION_COLUMN: u64 = (4 << 4) | 2;
/// The spec's bit for a deflated column (never in a change automerge will read).
const DEFLATED: u64 = 1 << 3;

/// One column of a change: its spec, and where its bytes are (from the start of the column data).
struct Column {
    spec: u64,
    offset: u64,
    len: u64,
}

/// Where a plain change chunk's column data starts, and its columns; `None` if its layout cannot
/// be read or a column is deflated.
fn columns(change: &[u8]) -> Option<(usize, Vec<Column>)> {
    let mut r = Reader {
        bytes: change,
        at: 0,
    };
    r.skip(9)?; // magic, checksum, chunk type
    let length = r.uleb()?;
    if usize::try_from(length).ok()? != r.bytes.len().checked_sub(r.at)? {
        return None;
    }
    let dependencies = r.uleb()?;
    r.skip(usize::try_from(dependencies.checked_mul(32)?).ok()?)?;
    r.length_prefixed()?; // actor
    r.uleb()?; // seq
    r.uleb()?; // start op
    r.uleb()?; // time (signed; only its length matters here)
    r.length_prefixed()?; // message
    let others = r.uleb()?;
    for _ in 0..others {
        r.length_prefixed()?;
    }
    let count = r.uleb()?;
    let mut before = 0u64;
    let mut columns = Vec::new();
    for _ in 0..count {
        let spec = r.uleb()?;
        let len = r.uleb()?;
        if spec & DEFLATED != 0 {
            return None;
        }
        columns.push(Column {
            spec,
            offset: before,
            len,
        });
        before = before.checked_add(len)?;
    }
    Some((r.at, columns))
}

/// The bytes of one column.
fn column<'a>(change: &'a [u8], data: usize, at: &Column) -> Option<Reader<'a>> {
    let start = data.checked_add(usize::try_from(at.offset).ok()?)?;
    let end = start.checked_add(usize::try_from(at.len).ok()?)?;
    Some(Reader {
        bytes: change.get(start..end)?,
        at: 0,
    })
}

/// The operations `change` (a whole plain change chunk) claims, once past `most` just
/// `most + 1`; `None` if its layout cannot be read (automerge would refuse it too).
pub(crate) fn claimed_ops(change: &[u8], most: u64) -> Option<u64> {
    let (data, columns) = columns(change)?;
    let Some(action) = columns.iter().find(|c| c.spec == ACTION_COLUMN) else {
        // No action column: no operations.
        return Some(0);
    };
    let mut column = column(change, data, action)?;
    let mut ops = 0u64;
    while column.at < column.bytes.len() {
        let run = column.sleb()?;
        let values = match run {
            // A run of one value.
            n if n > 0 => {
                column.uleb()?;
                n.unsigned_abs()
            }
            // That many values, each written out.
            n if n < 0 => {
                let n = n.unsigned_abs();
                for _ in 0..n.min(most.saturating_add(1)) {
                    column.uleb()?;
                }
                n
            }
            // A run of nulls: its length follows.
            _ => column.uleb()?,
        };
        ops = ops.saturating_add(values);
        if ops > most {
            return Some(most.saturating_add(1));
        }
    }
    Some(ops)
}

/// A column's type: the low three bits of its spec.
const TYPE: u64 = 0b111;
const ACTOR_TYPE: u64 = 1;
const DELTA_TYPE: u64 = 3;
/// The object column's counters: column 0, unsigned integers.
const OBJECT_COUNTER: u64 = 2;

/// Whether every operation id `change` names (objects, keys, predecessors) has a counter and an
/// author's index that fit in 32 bits. automerge 0.12 unwraps that conversion while parsing: a
/// change naming a larger one is a panic, and the app (built to abort on one) would close under
/// the person. Read from the bytes, run by run, before automerge sees them; `None` if the layout
/// cannot be read.
pub(crate) fn ids_fit(change: &[u8]) -> Option<bool> {
    const MOST: i128 = u32::MAX as i128;
    let (data, columns) = columns(change)?;
    for at in &columns {
        let delta = at.spec & TYPE == DELTA_TYPE;
        if !(delta || at.spec & TYPE == ACTOR_TYPE || at.spec == OBJECT_COUNTER) {
            continue;
        }
        let mut column = column(change, data, at)?;
        // A delta column's values are running sums from 0; the others' are the values.
        let mut sum: i128 = 0;
        let fits = |value: i128| (0..=MOST).contains(&value);
        while column.at < column.bytes.len() {
            let run = column.sleb()?;
            if run == 0 {
                // Nulls: their count follows.
                column.uleb()?;
                continue;
            }
            let repeated = run > 0;
            let count = i128::from(run.unsigned_abs());
            let mut left = count;
            while left > 0 {
                let value = if delta {
                    i128::from(column.sleb()?)
                } else {
                    i128::from(column.uleb()?)
                };
                if delta {
                    if repeated {
                        // The same step `count` times: the sums run from one end to the other.
                        let (first, last) = (sum + value, sum + value * count);
                        if !fits(first) || !fits(last) {
                            return Some(false);
                        }
                        sum = last;
                        left = 0;
                        continue;
                    }
                    sum += value;
                    if !fits(sum) {
                        return Some(false);
                    }
                } else if !fits(value) {
                    return Some(false);
                }
                left = if repeated { 0 } else { left - 1 };
            }
        }
    }
    Some(true)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn skip(&mut self, n: usize) -> Option<()> {
        let end = self.at.checked_add(n)?;
        (end <= self.bytes.len()).then(|| self.at = end)
    }

    fn uleb(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.bytes.get(self.at)?;
            self.at += 1;
            value |= u64::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    fn sleb(&mut self) -> Option<i64> {
        let mut value = 0i64;
        let mut shift = 0u32;
        loop {
            let byte = *self.bytes.get(self.at)?;
            self.at += 1;
            if shift >= 64 {
                return None;
            }
            value |= i64::from(byte & 0x7f) << shift;
            shift += 7;
            if byte & 0x80 == 0 {
                if shift < 64 && byte & 0x40 != 0 {
                    value |= -1i64 << shift;
                }
                return Some(value);
            }
        }
    }

    fn length_prefixed(&mut self) -> Option<()> {
        let len = self.uleb()?;
        self.skip(usize::try_from(len).ok()?)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use automerge::transaction::Transactable;
    use automerge::{AutoCommit, ObjType, ROOT};

    /// Changes automerge made: the count read here is the count automerge reports.
    #[test]
    fn the_count_is_automerges_own() {
        let mut doc = AutoCommit::new();
        let text = doc.put_object(ROOT, "notes", ObjType::Text).unwrap();
        doc.splice_text(&text, 0, 0, &"a".repeat(5000)).unwrap();
        doc.commit();
        doc.splice_text(&text, 10, 4000, "").unwrap();
        doc.put(ROOT, "title", "Plan").unwrap();
        doc.commit();
        let list = doc.put_object(ROOT, "items", ObjType::List).unwrap();
        for i in 0..300 {
            doc.insert(&list, i, i as i64).unwrap();
        }
        doc.commit();
        let changes: Vec<automerge::Change> = doc.get_changes(&[]);
        assert_eq!(changes.len(), 3);
        for change in changes {
            let bytes = change.raw_bytes().to_vec();
            assert_eq!(bytes[8], 1, "a plain change");
            assert_eq!(
                claimed_ops(&bytes, u64::MAX),
                Some(change.len() as u64),
                "{} ops",
                change.len()
            );
            assert_eq!(claimed_ops(&bytes, 10), Some(11), "past the most");
            assert_eq!(ids_fit(&bytes), Some(true), "an honest change's ids fit");
        }
    }

    #[test]
    fn unreadable_layouts_are_none_not_a_panic() {
        let mut doc = AutoCommit::new();
        doc.put(ROOT, "title", "Plan").unwrap();
        doc.commit();
        let bytes = doc.get_changes(&[])[0].raw_bytes().to_vec();
        for cut in 0..bytes.len() {
            let _ = claimed_ops(&bytes[..cut], 1000);
        }
        for at in 0..bytes.len() {
            for value in [0x00, 0x7f, 0x80, 0xff] {
                let mut bad = bytes.clone();
                bad[at] = value;
                let _ = claimed_ops(&bad, 1000);
                let _ = ids_fit(&bad);
            }
        }
        assert_eq!(claimed_ops(&[0xff; 64], 1000), None);
    }
}
