//! Sharing figures, with real SQLCipher vaults:
//!
//! 1. Edit -> visible on the peer through a relay on 127.0.0.1 (SQLite), both sides working
//!    together in live sessions as the app runs them (`harbour_share::live::run`): the person
//!    saves an edit to a shared plan section; the save wakes their session, which seals and
//!    posts it; the relay pushes it to the advocate's session, which opens and applies it and
//!    says so; then the advocate's plan is read back.
//!    Goal: p50 <= 50 ms, p99 <= 150 ms.
//! 2. Merge of two long edit histories: two vaults each make N edits to the same section
//!    (typing into the notes, adding and ticking items) without seeing each other, then each
//!    applies the other's whole history.
//! 3. A file the person shows their advocate, of the largest size the vault takes (64 MiB):
//!    sent in parts through the relay (default limits) and taken in whole by the advocate's
//!    vault, each side catching up over HTTP as after a spell offline; and the process's peak
//!    memory while it went.
//! 4. The largest change the vault takes (240,000 operations, a little under the limit), taken
//!    in as the engine does: how long the vault is held (reading, then writing) and how long
//!    the merge runs without it. A hide waits at most for one of the two holds.
//!
//! Usage: harbour-share-bench [edits per side, default 2000] [latency runs, default 300]
//!
//! Making the histories takes long (each edit is a durable SQLCipher transaction that also
//! rewrites the section's derived rows, which grow with it: 26 minutes for 10,000 a side); the
//! merge itself is what is measured. `scripts/bench-share.sh 10000` gives the figure.

use std::time::{Duration, Instant};

use harbour_relay::{Relay, RelayConfig, Storage, router};
use harbour_share::{LiveControl, LiveNews, VaultAccess, live, meeting};
use harbour_store::{Section, Store, Unshared};
use harbour_sync::pairing::PairingCode;

mod figures;
mod memory;

use figures::percentile;

use harbour_store::LinkId;
/// The only link here: the vault pairs once.
const LINK: LinkId = LinkId::FIRST;

type AnyResult<T> = Result<T, Box<dyn std::error::Error>>;

const SECTION: Section = Section::EscapeBag;

fn vault(path: &std::path::Path) -> AnyResult<Store> {
    let conn = rusqlite::Connection::open(path)?;
    conn.pragma_update(None, "key", "benchmark passphrase")?;
    Ok(Store::open(conn)?)
}

/// A relay on 127.0.0.1 with `config` (SQLite in `dir`), and a person's vault and an
/// advocate's (real SQLCipher files in `dir`) paired through it, their links saved.
async fn paired_through_relay(
    dir: &std::path::Path,
    config: &RelayConfig,
) -> AnyResult<(Store, Store, harbour_share::Link, harbour_share::Link)> {
    let relay = Relay::new(Storage::open_sqlite(&dir.join("relay.db"))?, config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let app = router(relay, config.max_frame_bytes + 4096);
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    let mut person = vault(&dir.join("person.db"))?;
    let mut advocate = vault(&dir.join("advocate.db"))?;
    let code = PairingCode::generate()?;
    let wait = Duration::from_secs(30);
    let (a, p) = tokio::join!(
        meeting::advocate(&base, &code, wait),
        meeting::client(&base, &code, wait)
    );
    let (a, p) = (a?, p?);
    let (advocate_link, person_link) = tokio::join!(a.confirm(), p.confirm());
    let (mut advocate_link, mut person_link) = (advocate_link?, person_link?);
    advocate_link.save(&mut advocate)?;
    person_link.save(&mut person)?;
    Ok((person, advocate, person_link, advocate_link))
}

async fn edit_to_visible(runs: usize) -> AnyResult<()> {
    let dir = tempfile::tempdir()?;
    // Measuring latency, not the per-mailbox rate limit (50/s by default): edits here come
    // back to back, far faster than anyone types.
    let config = RelayConfig {
        rate_per_second: 100_000.0,
        burst: 100_000.0,
        ..RelayConfig::default()
    };
    let (mut person, mut advocate, mut person_link, mut advocate_link) =
        paired_through_relay(dir.path(), &config).await?;
    person.share_document(LINK, &SECTION.document_id())?;

    // Both sides work together in live sessions, exactly as the app runs them.
    let person_vault = std::sync::Mutex::new(&mut person);
    let advocate_vault = std::sync::Mutex::new(&mut advocate);
    let (person_stop, stop) = tokio::sync::oneshot::channel();
    let (_person_viewing, viewing) = tokio::sync::watch::channel(None);
    let person_control = LiveControl { stop, viewing };
    let (advocate_stop, stop) = tokio::sync::oneshot::channel();
    let (_advocate_viewing, viewing) = tokio::sync::watch::channel(None);
    let advocate_control = LiveControl { stop, viewing };
    let (person_tx, mut person_news) = tokio::sync::mpsc::unbounded_channel();
    let (advocate_tx, mut advocate_news) = tokio::sync::mpsc::unbounded_channel();
    let mut person_tell = |n| {
        let _ = person_tx.send(n);
    };
    let mut advocate_tell = |n| {
        let _ = advocate_tx.send(n);
    };
    let person_run = live::run(
        &person_vault,
        &mut person_link,
        person_control,
        &mut person_tell,
    );
    let advocate_run = live::run(
        &advocate_vault,
        &mut advocate_link,
        advocate_control,
        &mut advocate_tell,
    );
    let measure = async {
        let mut samples = Vec::with_capacity(runs);
        for news in [&mut person_news, &mut advocate_news] {
            while news.recv().await.ok_or("a session ended")? != LiveNews::On {}
        }
        let mut notes = String::from("Plan:");
        for run in 0..runs + 10 {
            let word = format!(" step{run}");
            let start = Instant::now();
            notes.push_str(&word);
            person_vault.with_store(|s| Ok(s.set_section_notes(SECTION, &notes)?))?;
            loop {
                let news = advocate_news.recv().await.ok_or("the session ended")?;
                if matches!(news, LiveNews::Changed(_))
                    && advocate_vault
                        .with_store(|s| Ok(s.plan_section(SECTION)?.notes))?
                        .ends_with(&word)
                {
                    break;
                }
            }
            // The first few warm caches and connections.
            if run >= 10 {
                samples.push(start.elapsed());
            }
        }
        let _ = person_stop.send(());
        let _ = advocate_stop.send(());
        Ok::<_, Box<dyn std::error::Error>>(samples)
    };
    let (person_done, advocate_done, samples) = tokio::join!(person_run, advocate_run, measure);
    person_done?;
    advocate_done?;
    let mut samples = samples?;
    samples.sort();
    println!(
        "edit -> visible on the peer, both working together live ({runs} runs, SQLCipher vaults both sides): \
         p50 {:.2} ms  p99 {:.2} ms  max {:.2} ms   goal: p50 <= 50 ms, p99 <= 150 ms",
        percentile(&samples, 0.5),
        percentile(&samples, 0.99),
        percentile(&samples, 1.0),
    );
    Ok(())
}

/// The largest file the vault takes, shown to the advocate and sent whole.
async fn file_to_advocate() -> AnyResult<()> {
    let dir = tempfile::tempdir()?;
    let (mut person, mut advocate, mut person_link, mut advocate_link) =
        paired_through_relay(dir.path(), &RelayConfig::default()).await?;

    let size = harbour_store::MAX_ATTACHMENT_BYTES;
    let bytes: Vec<u8> = (0..size as u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
        .collect();
    let file = person.add_attachment("video-still.png", "image/png", &bytes)?;
    drop(bytes);
    let mut fields = harbour_store::IncidentFields::new(
        chrono::Utc::now(),
        harbour_store::IncidentKind::Damage,
        "The car's window.",
    );
    fields.attachments = vec![file.id.clone()];
    let entry = person.record_incident(&fields)?;
    person.prepare_record_view(harbour_store::INCIDENT_LOG_ID)?;
    person.share_document(LINK, harbour_store::INCIDENT_LOG_ID)?;
    person.set_file_shared(&entry.id, &file.id, true)?;
    let before = memory::status_mib(None, "VmHWM:").unwrap_or(0.0);

    let person_relay = person_link.relay_client()?;
    let advocate_relay = advocate_link.relay_client()?;
    let start = Instant::now();
    harbour_share::sync_now(&mut person, &mut person_link, &person_relay).await?;
    let sent = start.elapsed();
    let start = Instant::now();
    harbour_share::sync_now(&mut advocate, &mut advocate_link, &advocate_relay).await?;
    let received = start.elapsed();
    let whole = advocate
        .file_arrivals()?
        .iter()
        .any(|a| a.here && a.sha256 == file.sha256);
    if !whole {
        return Err("the file did not arrive whole".into());
    }
    println!(
        "a {} MiB file shown to the advocate: sent in {} parts in {:.2} s, taken in whole in {:.2} s \
         (relay on 127.0.0.1, default limits); peak RSS {:.0} MiB before, {:.0} MiB after",
        size / (1024 * 1024),
        harbour_store::shared_files::parts_for(size as u64),
        sent.as_secs_f64(),
        received.as_secs_f64(),
        before,
        memory::status_mib(None, "VmHWM:").unwrap_or(0.0),
    );
    Ok(())
}

/// `edits` edits to the section, as someone using the app would make them.
fn make_history(store: &mut Store, edits: usize, who: &str) -> AnyResult<()> {
    let mut notes = String::new();
    let mut items = Vec::new();
    for n in 0..edits {
        match n % 10 {
            // Typing in the notes, a word at a time.
            0..=6 => {
                notes.push_str(&format!("{who}{n} "));
                store.set_section_notes(SECTION, &notes)?;
            }
            7 | 8 => items.push(store.add_plan_item(SECTION, &format!("{who} step {n}"))?.id),
            _ => {
                if let Some(id) = items.last() {
                    store.set_plan_item_done(id, Some(chrono::Utc::now()))?;
                }
            }
        }
    }
    Ok(())
}

fn merge_histories(edits: usize) -> AnyResult<()> {
    let dir = tempfile::tempdir()?;
    let mut a = vault(&dir.path().join("a.db"))?;
    let mut b = vault(&dir.path().join("b.db"))?;
    let id = SECTION.document_id();
    for store in [&mut a, &mut b] {
        store.share_document(LINK, &id)?;
        let heads = store.document_heads(&id)?;
        store.mark_document_sent(LINK, &id, &heads)?;
    }
    let start = Instant::now();
    make_history(&mut a, edits, "a")?;
    make_history(&mut b, edits, "b")?;
    let setup = start.elapsed();
    let (from_a, _) = a.document_changes(&id, &[])?;
    let (from_b, _) = b.document_changes(&id, &[])?;
    let bytes: usize = from_a.iter().map(Vec::len).sum();

    let start = Instant::now();
    a.apply_document_changes(LINK, &id, &from_b, Unshared::Refuse)?;
    let into_a = start.elapsed();
    let start = Instant::now();
    b.apply_document_changes(LINK, &id, &from_a, Unshared::Refuse)?;
    let into_b = start.elapsed();

    let (sa, sb) = (a.plan_section(SECTION)?, b.plan_section(SECTION)?);
    if sa != sb || a.document_heads(&id)? != b.document_heads(&id)? {
        return Err("the two vaults did not converge".into());
    }
    println!(
        "merge of two {edits}-edit histories ({} changes each way, {:.1} KiB of changes from one side, \
         {} items after): into A {:.0} ms, into B {:.0} ms   (making both histories: {:.1} s)",
        from_a.len(),
        bytes as f64 / 1024.0,
        sa.items.len(),
        into_a.as_secs_f64() * 1000.0,
        into_b.as_secs_f64() * 1000.0,
        setup.as_secs_f64(),
    );
    Ok(())
}

fn largest_change(runs: usize) -> AnyResult<()> {
    use automerge::transaction::Transactable;
    use harbour_store::{Incoming, Written};
    let dir = tempfile::tempdir()?;
    let mut person = vault(&dir.path().join("person.db"))?;
    let mut advocate = vault(&dir.path().join("advocate.db"))?;
    let id = SECTION.document_id();
    person.add_plan_item(SECTION, "Spare keys with Jo")?;
    person.share_document(LINK, &id)?;
    let (changes, heads) = person.document_changes(&id, &[])?;
    advocate.apply_document_changes(LINK, &id, &changes, Unshared::Adopt)?;
    person.mark_document_sent(LINK, &id, &heads)?;
    for run in 1..=runs {
        // Each run under a new author, into the document as the last run left it.
        let mut am = automerge::AutoCommit::load(&advocate.document_bytes(&id)?)?;
        am.set_actor(automerge::ActorId::random());
        let text = am.put_object(
            automerge::ROOT,
            format!("scratch-{run}"),
            automerge::ObjType::Text,
        )?;
        am.splice_text(&text, 0, 0, &"x".repeat(240_000))?;
        am.commit();
        let change = am
            .get_last_local_change()
            .ok_or("no change")?
            .raw_bytes()
            .to_vec();
        advocate.apply_document_changes(LINK, &id, &[&change], Unshared::Adopt)?;

        let start = Instant::now();
        let incoming = Incoming::parse(LINK, &id, &[&change], Unshared::Refuse)?;
        let parsed = start.elapsed();
        let start = Instant::now();
        let reading = person.read_for_apply(incoming)?;
        let read = start.elapsed();
        let start = Instant::now();
        let merged = reading.merge()?;
        let merge = start.elapsed();
        let start = Instant::now();
        if !matches!(person.write_merged(merged)?, Written::Applied(_)) {
            return Err("the merge was not written".into());
        }
        let write = start.elapsed();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "largest change (240,000 operations, {:.0} KiB), run {run}: vault held {:.1} ms \
             reading + {:.1} ms writing; without it: parse {:.0} ms, merge {:.0} ms \
             (all of it in one hold, as before: {:.0} ms)",
            change.len() as f64 / 1024.0,
            ms(read),
            ms(write),
            ms(parsed),
            ms(merge),
            ms(parsed + read + merge + write),
        );
    }
    Ok(())
}

fn main() -> AnyResult<()> {
    let mut args = std::env::args().skip(1);
    let edits: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(2_000);
    let runs: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(300);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(edit_to_visible(runs))?;
    runtime.block_on(file_to_advocate())?;
    merge_histories(edits)?;
    largest_change(3)?;
    println!(
        "peak RSS of this process: {:.0} MiB",
        memory::status_mib(None, "VmHWM:").unwrap_or(0.0)
    );
    Ok(())
}
