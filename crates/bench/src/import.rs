//! Bringing in a chat export: 50,000 messages (goal: at most 10 s, at most 200 MiB), read, made
//! into one entry each and written into a SQLCipher vault in one transaction with the export
//! kept whole. One message in five runs over two lines.
//!
//! Usage: harbour-import-bench [messages, default 50000]

use std::fmt::Write as _;
use std::time::Instant;

use harbour_import::{ChatChoice, entries_of, read_whatsapp};
use harbour_store::{ImportedFile, IncidentKind, Store};

mod memory;

type AnyResult<T> = Result<T, Box<dyn std::error::Error>>;

fn main() {
    if let Err(e) = run() {
        eprintln!("import bench failed: {e}");
        std::process::exit(1);
    }
}

fn export(messages: usize) -> String {
    let mut out = String::with_capacity(messages * 80);
    out.push_str("01/01/2024, 00:00 - Messages and calls are end-to-end encrypted.\n");
    for i in 0..messages {
        let day = 1 + (i / 1440) % 28;
        let month = 1 + (i / (1440 * 28)) % 12;
        let (hour, minute) = ((i / 60) % 24, i % 60);
        let sender = if i % 7 == 0 { "Me" } else { "Tom Smith" };
        let _ = writeln!(
            out,
            "{day:02}/{month:02}/2024, {hour:02}:{minute:02} - {sender}: message number {i}, you can't hide from me"
        );
        if i % 5 == 0 {
            out.push_str("and I know where you are tonight\n");
        }
    }
    out
}

fn run() -> AnyResult<()> {
    let count: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(50_000);
    let text = export(count);
    let dir = tempfile::tempdir()?;
    let conn = rusqlite::Connection::open(dir.path().join("bench.db"))?;
    conn.pragma_update(
        None,
        "key",
        "x'2b7e151628aed2a6abf7158809cf4f3c2b7e151628aed2a6abf7158809cf4f3c'",
    )?;
    let mut store = Store::open(conn)?;
    println!(
        "== chat import: {count} messages, {:.1} MiB export",
        text.len() as f64 / 1_048_576.0
    );
    let t = Instant::now();
    let chat = read_whatsapp(text.as_bytes(), None)?;
    let read = t.elapsed();
    let choice = ChatChoice {
        senders: vec!["Tom Smith".into()],
        from: None,
        until: None,
        together: false,
        kind: IncidentKind::Messages,
    };
    let (entries, messages) =
        entries_of(&chat, &[], &choice, &chrono::Utc).map_err(|_| "too much for one entry")?;
    let made = t.elapsed();
    let ids = store.record_imported(
        ImportedFile {
            name: "chat.txt",
            media_type: "text/plain",
            bytes: text.as_bytes(),
        },
        &[],
        &entries,
    )?;
    let total = t.elapsed();
    println!(
        "read {} ms, entries {} ms, written {} ms; total {} ms for {} entries from {messages} messages",
        read.as_millis(),
        (made - read).as_millis(),
        (total - made).as_millis(),
        total.as_millis(),
        ids.len()
    );
    println!(
        "   peak RSS of the process {:.0} MiB",
        memory::status_mib(None, "VmHWM:").unwrap_or(0.0)
    );
    Ok(())
}
