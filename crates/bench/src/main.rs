//! Prints the vault's figures: unlock time, and insert / list / search times at N incidents
//! (default 100,000) on SQLCipher and on plain SQLite with the same store code, with their ratio.
//!
//! Run it through `scripts/bench.sh` (it needs the OS keychain). Figures only; nothing here asserts
//! a time, because the machines these run on are shared and noisy.

use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use harbour_store::{IncidentFields, IncidentFilter, IncidentKind, Page, Store};
use harbour_vault::{KdfParams, Keychain, LockedVault, Pin};

const SAMPLE_INSERTS: usize = 300;

fn main() {
    if let Err(e) = run() {
        eprintln!("bench failed: {e}");
        std::process::exit(1);
    }
}

type AnyResult<T> = Result<T, Box<dyn std::error::Error>>;

fn run() -> AnyResult<()> {
    if std::env::args().nth(1).as_deref() == Some("kdf") {
        return kdf_choices();
    }
    let n: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(100_000);
    let dir = tempfile::tempdir()?;
    let vault_dir = dir.path().join("vault");
    let keychain = Keychain::with_service("pocketcalc-bench");
    let pin = Pin::new("482913")?;

    println!("# vault benchmark, {n} incidents");
    let t = Instant::now();
    let duress = Pin::new("750316")?;
    let created = LockedVault::create(
        &vault_dir,
        keychain.clone(),
        &pin,
        Some(&duress),
        KdfParams::DEFAULT,
    )?;
    println!(
        "create vault (default KDF {:?}): {:.0} ms",
        KdfParams::DEFAULT,
        ms(t.elapsed())
    );
    let locked = created.vault.lock()?;
    println!(
        "unlock, empty vault (Argon2id + keychain + open + check): median {:.0} ms",
        ms(median_unlock(&locked, &pin, 5)?)
    );

    let mut vault = locked.unlock(&pin)?;
    let cipher = workload("sqlcipher", vault.own_records_mut(), n)?;
    let locked = vault.lock()?;
    println!(
        "unlock with {n} incidents (includes integrity check): median {:.0} ms",
        ms(median_unlock(&locked, &pin, 3)?)
    );
    // The second PIN's space beside it: its opening should not be quicker for being small.
    let (real, decoy) = unlock_times(&locked, &pin, &duress, 7)?;
    println!(
        "real vault ({n} incidents) vs second PIN's space, 7 each, alternating (min / median / max ms): \
         real {} | second PIN {}",
        spread(&real),
        spread(&decoy)
    );
    // What the integrity check on open costs, by kind of check, on the same file.
    let v = locked.unlock(&pin)?;
    for pragma in ["PRAGMA quick_check", "PRAGMA cipher_integrity_check"] {
        let t = Instant::now();
        let mut stmt = v.own_records().connection().prepare(pragma)?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?.count();
        println!(
            "{pragma} at {n} incidents: {:.0} ms ({rows} rows)",
            ms(t.elapsed())
        );
    }
    let db_bytes: u64 = std::fs::read_dir(&vault_dir)?
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".db"))
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .max()
        .unwrap_or(0);
    println!(
        "database file at {n} incidents: {:.1} MiB",
        db_bytes as f64 / 1048576.0
    );
    v.lock()?;

    let plain_path = dir.path().join("plain.db");
    let conn = rusqlite::Connection::open(&plain_path)?;
    conn.execute_batch(
        "PRAGMA temp_store = MEMORY; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
         PRAGMA secure_delete = ON; PRAGMA cache_size = -65536;",
    )?;
    let mut plain_store = Store::open(conn)?;
    let plain = workload("plain sqlite", &mut plain_store, n)?;
    plain_store.close()?;

    println!("# SQLCipher / plain SQLite (goal <= 1.5x)");
    for (name, c, p) in [
        ("insert (synchronous=FULL)", cipher.insert, plain.insert),
        (
            "bulk insert per incident",
            cipher.bulk_per_insert,
            plain.bulk_per_insert,
        ),
        ("list first page", cipher.list_first, plain.list_first),
        ("list deep page", cipher.list_deep, plain.list_deep),
        ("search", cipher.search, plain.search),
        ("search, cold cache", cipher.search_cold, plain.search_cold),
    ] {
        println!(
            "{name}: {:.3} ms vs {:.3} ms = {:.2}x",
            ms(c),
            ms(p),
            c.as_secs_f64() / p.as_secs_f64()
        );
    }
    LockedVault::open(&vault_dir, keychain)?
        .unlock(&pin)?
        .forget_device_secret()?;
    Ok(())
}

struct Figures {
    insert: Duration,
    bulk_per_insert: Duration,
    list_first: Duration,
    list_deep: Duration,
    search: Duration,
    search_cold: Duration,
}

const WORDS: &[&str] = &[
    "outside",
    "work",
    "car",
    "silver",
    "hatchback",
    "message",
    "phone",
    "gate",
    "station",
    "park",
    "followed",
    "waiting",
    "school",
    "letter",
    "flowers",
    "account",
    "window",
    "neighbour",
    "bus",
    "shop",
];

fn fields(i: usize) -> IncidentFields {
    let kinds = [
        IncidentKind::Following,
        IncidentKind::Messages,
        IncidentKind::Loitering,
        IncidentKind::Calls,
    ];
    let at = Utc
        .timestamp_opt(1_600_000_000 + (i as i64) * 600, 0)
        .single()
        .unwrap_or_default();
    let w = |k: usize| WORDS[(i * 7 + k * 13) % WORDS.len()];
    let mut f = IncidentFields::new(
        at,
        kinds[i % kinds.len()],
        &format!(
            "He was {} near the {} again, by the {} {} (entry {i})",
            w(0),
            w(1),
            w(2),
            w(3)
        ),
    );
    f.location = format!("{} street {}", w(4), i % 300);
    f.impact_on_daily_life = format!("Changed my route to the {}", w(5));
    // A third are marked fixated: what the log's behaviour filter is timed on.
    if i.is_multiple_of(3) {
        f.behaviours.insert(harbour_store::Behaviour::Fixated);
    }
    f
}

fn workload(label: &str, store: &mut Store, n: usize) -> AnyResult<Figures> {
    // Per-insert cost with full durability, on a sample.
    let t = Instant::now();
    for i in 0..SAMPLE_INSERTS {
        store.record_incident(&fields(i))?;
    }
    let insert = t.elapsed() / SAMPLE_INSERTS as u32;
    // The bulk load runs without fsync per commit, or it would measure the disk, not the store.
    store
        .connection()
        .execute_batch("PRAGMA synchronous = OFF")?;
    let t = Instant::now();
    for i in SAMPLE_INSERTS..n {
        store.record_incident(&fields(i))?;
    }
    let bulk_per_insert = t.elapsed() / (n.saturating_sub(SAMPLE_INSERTS).max(1)) as u32;
    store
        .connection()
        .execute_batch("PRAGMA synchronous = FULL; PRAGMA wal_checkpoint(TRUNCATE);")?;
    println!(
        "[{label}] insert: {:.3} ms each (durable), {:.3} ms each (bulk)",
        ms(insert),
        ms(bulk_per_insert)
    );

    let list_first = timed(20, || {
        store
            .list_incidents(&Page::first(50), &IncidentFilter::default())
            .map(drop)
    })?;
    let mut page = Page::first(50);
    for _ in 0..40 {
        page.before = store
            .list_incidents(&page, &IncidentFilter::default())?
            .next;
    }
    let list_deep = timed(20, || {
        store
            .list_incidents(&page, &IncidentFilter::default())
            .map(drop)
    })?;
    // The log filtered (a behaviour: a third of the entries), its first and 500th page, and
    // how many match (what the log screen asks for when a filter changes).
    let fixated = IncidentFilter {
        behaviour: Some(harbour_store::Behaviour::Fixated),
        ..IncidentFilter::default()
    };
    let filtered_first = timed(20, || {
        store.list_incidents(&Page::first(50), &fixated).map(drop)
    })?;
    let mut page = Page::first(50);
    for _ in 0..499 {
        page.before = store.list_incidents(&page, &fixated)?.next;
    }
    let filtered_500th = timed(20, || store.list_incidents(&page, &fixated).map(drop))?;
    let filtered_count = timed(5, || store.count_incidents(&fixated).map(drop))?;
    println!(
        "[{label}] filtered log (a third match): page of 50 {:.2} ms (first), {:.2} ms (page 500); count {:.2} ms",
        ms(filtered_first),
        ms(filtered_500th),
        ms(filtered_count)
    );
    let queries = [
        "silver hatchback",
        "station",
        "flowers neighbour",
        "entry 4242",
    ];
    let search = timed(5, || {
        for q in queries {
            store.search(q, 50)?;
        }
        Ok(())
    })? / queries.len() as u32;
    // A fresh cache: pages must come off disk (and, for SQLCipher, be decrypted).
    store
        .connection()
        .execute_batch("PRAGMA shrink_memory; PRAGMA cache_size = -2000;")?;
    let search_cold = timed(1, || store.search("gate park", 50).map(drop))?;
    store
        .connection()
        .execute_batch("PRAGMA cache_size = -65536;")?;
    println!(
        "[{label}] list page of 50: {:.2} ms (first), {:.2} ms (page 41); search top 50: {:.2} ms, cold {:.2} ms",
        ms(list_first),
        ms(list_deep),
        ms(search),
        ms(search_cold)
    );
    Ok(Figures {
        insert,
        bulk_per_insert,
        list_first,
        list_deep,
        search,
        search_cold,
    })
}

fn timed(
    rounds: u32,
    mut f: impl FnMut() -> Result<(), harbour_store::StoreError>,
) -> AnyResult<Duration> {
    f()?; // warm
    let mut samples = Vec::new();
    for _ in 0..rounds {
        let t = Instant::now();
        f()?;
        samples.push(t.elapsed());
    }
    Ok(median(&mut samples))
}

/// Median time to unlock (and lock again) over `rounds` tries.
/// `harbour-bench kdf`: the unlock time of an empty vault for Argon2id settings around the
/// default, to choose it (about 0.5 to 1 s on the machine it should suit).
fn kdf_choices() -> AnyResult<()> {
    let keychain = Keychain::with_service("pocketcalc-bench");
    let pin = Pin::new("482913")?;
    println!("# unlock of an empty vault (Argon2id + keychain + open), median of 5");
    let mut choices = vec![KdfParams::DEFAULT];
    for (mib, iterations) in [(128, 3), (256, 3), (256, 4), (384, 3), (512, 3)] {
        let p = KdfParams {
            memory_kib: mib * 1024,
            iterations,
            lanes: 2,
        };
        if p != KdfParams::DEFAULT {
            choices.push(p);
        }
    }
    for kdf in choices {
        let dir = tempfile::tempdir()?;
        let created =
            LockedVault::create(&dir.path().join("v"), keychain.clone(), &pin, None, kdf)?;
        let locked = created.vault.lock()?;
        let t = median_unlock(&locked, &pin, 5)?;
        let mark = if kdf == KdfParams::DEFAULT {
            " (default)"
        } else {
            ""
        };
        println!(
            "{} MiB, {} passes, {} lanes: {:.0} ms{mark}",
            kdf.memory_kib / 1024,
            kdf.iterations,
            kdf.lanes,
            ms(t)
        );
        locked.unlock(&pin)?.forget_device_secret()?;
    }
    Ok(())
}

fn median_unlock(locked: &LockedVault, pin: &Pin, rounds: usize) -> AnyResult<Duration> {
    let mut samples = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let t = Instant::now();
        let v = locked.unlock(pin)?;
        samples.push(t.elapsed());
        v.lock()?;
    }
    Ok(median(&mut samples))
}

/// Unlock times of the two PINs, alternating so that the machine's noise falls on both alike.
fn unlock_times(
    locked: &LockedVault,
    pin: &Pin,
    duress: &Pin,
    rounds: usize,
) -> AnyResult<(Vec<Duration>, Vec<Duration>)> {
    let (mut real, mut decoy) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        for (p, out) in [(pin, &mut real), (duress, &mut decoy)] {
            let t = Instant::now();
            let v = locked.unlock(p)?;
            out.push(t.elapsed());
            v.lock()?;
        }
    }
    Ok((real, decoy))
}

fn spread(samples: &[Duration]) -> String {
    let mut s = samples.to_vec();
    s.sort();
    let (min, max) = (
        s.first().copied().unwrap_or_default(),
        s.last().copied().unwrap_or_default(),
    );
    format!(
        "{:.0} / {:.0} / {:.0}",
        ms(min),
        ms(median(&mut s)),
        ms(max)
    )
}

fn median(samples: &mut [Duration]) -> Duration {
    samples.sort();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
