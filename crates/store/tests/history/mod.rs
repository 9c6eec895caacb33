//! Reading a shared document's history as the other side could: for the compaction tests.
#![allow(dead_code, clippy::unwrap_used)]

use automerge::{AutoCommit, ROOT, ReadDoc};
use harbour_store::Store;
use rusqlite::Connection;

use harbour_store::LinkId;
/// The only link these tests make.
const LINK: LinkId = LinkId::FIRST;

pub fn store() -> Store {
    Store::open(Connection::open_in_memory().unwrap()).unwrap()
}

/// The heads of document `id` as last sent to the other side.
pub fn sent_heads(store: &Store, id: &str) -> Vec<harbour_store::Head> {
    store
        .shared_documents(LINK)
        .unwrap()
        .into_iter()
        .find(|d| d.id == id)
        .unwrap()
        .sent_heads
}

/// Everything a holder of `changes` can read: every state the history passes through, the raw
/// bytes of each change, and the state they lead to.
pub fn everything_readable(changes: &[Vec<u8>]) -> String {
    let mut am = AutoCommit::new();
    for c in changes {
        am.load_incremental(c).unwrap();
    }
    let mut seen = String::new();
    for change in am.get_changes(&[]) {
        let at = [change.hash()];
        seen.push_str(&format!("{:?}\n", am.hydrate(ROOT, Some(&at)).unwrap()));
        seen.push_str(&String::from_utf8_lossy(change.raw_bytes()));
    }
    seen.push_str(&format!("{:?}", am.hydrate(ROOT, None).unwrap()));
    seen
}
