//! Applying the other side's changes to a shared document, on hostile input: the store must
//! refuse or apply, never panic, hang or allocate without bound (run-length "op bombs",
//! compressed chunks, orphans, a document posing as another kind).
//!
//! The input is cut into changes at each length byte. The first byte picks the mode: odd, each
//! piece is taken as the whole chunk; even, each piece is the body of a plain change chunk and
//! given a valid header and checksum, so automerge's column parsing and applying are reached
//! instead of its checksum check.
#![no_main]

use std::sync::{Mutex, OnceLock};

use harbour_store::Store;
use harbour_store::Unshared;
use libfuzzer_sys::fuzz_target;
use sha2::Digest;

use harbour_store::LinkId;
/// The only link here: the vault pairs once.
const LINK: LinkId = LinkId::FIRST;

/// One store for the run (opening one makes its tables); each input writes its own document.
fn store() -> &'static Mutex<Store> {
    static STORE: OnceLock<Mutex<Store>> = OnceLock::new();
    STORE.get_or_init(|| {
        let conn = rusqlite::Connection::open_in_memory().expect("an in-memory database");
        Mutex::new(Store::open(conn).expect("a store"))
    })
}

fn chunk(body: &[u8]) -> Vec<u8> {
    let mut header = vec![1u8];
    let mut len = body.len() as u64;
    loop {
        let byte = (len & 0x7f) as u8;
        len >>= 7;
        if len == 0 {
            header.push(byte);
            break;
        }
        header.push(byte | 0x80);
    }
    let hash = sha2::Sha256::new()
        .chain_update(&header)
        .chain_update(body)
        .finalize();
    let mut out = vec![0x85, 0x6f, 0x4a, 0x83];
    out.extend_from_slice(&hash[..4]);
    out.extend(header);
    out.extend_from_slice(body);
    out
}

fuzz_target!(|data: &[u8]| {
    let Some((mode, mut rest)) = data.split_first() else {
        return;
    };
    let mut changes = Vec::new();
    while let Some((len, after)) = rest.split_first() {
        let len = usize::from(*len).min(after.len());
        let piece = &after[..len];
        changes.push(if mode % 2 == 0 {
            chunk(piece)
        } else {
            piece.to_vec()
        });
        rest = &after[len..];
    }
    let mut store = match store().lock() {
        Ok(store) => store,
        Err(poisoned) => poisoned.into_inner(),
    };
    let _ = store.apply_document_changes(LINK, "fuzzed", &changes, Unshared::Adopt);
});
