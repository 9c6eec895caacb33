//! Report and export figures: a PDF of 1,000 incidents (goal: at most 2 s), and the bundle of the
//! same incidents, plain and locked. The incidents are realistic in size (several hundred
//! characters of description, other fields filled), one in ten corrected once and one in ten
//! with a small photo. The store is SQLCipher, keyed directly (no keychain needed).
//!
//! Usage: harbour-report-bench [incidents, default 1000] [runs, default 5]

use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use harbour_evidence::{BundleLock, EvidenceRequest, write_bundle, write_report};
use harbour_store::{Behaviour, IncidentFields, IncidentKind, Store};
use harbour_vault::{BackupPassphrase, KdfParams};
use harbour_words::Words;

mod memory;

type AnyResult<T> = Result<T, Box<dyn std::error::Error>>;

/// An 8x8 PNG.
const PNG_HEX: &str = "89504e470d0a1a0a0000000d49484452000000080000000808020000004b6d29dc0000001149444154789c633821278715310c2d090090bf4101b29f3e220000000049454e44ae426082";

const WORDS: &[&str] = &[
    "he",
    "was",
    "waiting",
    "outside",
    "the",
    "station",
    "again",
    "and",
    "followed",
    "me",
    "to",
    "the",
    "bus",
    "stop",
    "said",
    "that",
    "I",
    "could",
    "not",
    "hide",
    "from",
    "him",
    "car",
    "parked",
    "opposite",
    "my",
    "house",
    "for",
    "an",
    "hour",
    "messages",
    "kept",
    "coming",
    "from",
    "new",
    "numbers",
    "after",
    "I",
    "blocked",
    "the",
    "old",
    "ones",
    "neighbour",
    "saw",
];

fn text(seed: usize, words: usize) -> String {
    (0..words)
        .map(|i| WORDS[(seed * 31 + i * 7) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn main() {
    if let Err(e) = run() {
        eprintln!("report bench failed: {e}");
        std::process::exit(1);
    }
}

fn run() -> AnyResult<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let count: usize = args.first().map(|a| a.parse()).transpose()?.unwrap_or(1000);
    let runs: usize = args.get(1).map(|a| a.parse()).transpose()?.unwrap_or(5);

    let dir = tempfile::tempdir()?;
    let conn = rusqlite::Connection::open(dir.path().join("bench.db"))?;
    conn.pragma_update(
        None,
        "key",
        "x'2b7e151628aed2a6abf7158809cf4f3c2b7e151628aed2a6abf7158809cf4f3c'",
    )?;
    let mut store = Store::open(conn)?;
    let png = (0..PNG_HEX.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&PNG_HEX[i..i + 2], 16))
        .collect::<Result<Vec<u8>, _>>()?;
    let start = Utc
        .with_ymd_and_hms(2025, 1, 6, 8, 0, 0)
        .single()
        .ok_or("date")?;
    let filled = Instant::now();
    let mut ids = Vec::with_capacity(count);
    for i in 0..count {
        let mut f = IncidentFields::new(
            start + chrono::Duration::hours(9 * i as i64),
            IncidentKind::ALL[i % IncidentKind::ALL.len()],
            &text(i, 60 + i % 60),
        );
        f.location = text(i + 1, 4);
        f.behaviours = [Behaviour::Unwanted, Behaviour::Repeated].into();
        f.perpetrator_appearance = text(i + 2, 12);
        f.witnesses = text(i + 3, 6);
        f.impact_on_victim = text(i + 4, 25);
        f.impact_on_daily_life = text(i + 5, 20);
        f.police.crime_reference = format!("CR-{:05}/25", i);
        if i % 10 == 0 {
            f.attachments = vec![
                store
                    .add_attachment(&format!("photo-{i}.png"), "image/png", &png)?
                    .id,
            ];
        }
        let incident = store.record_incident(&f)?;
        if i % 10 == 5 {
            let mut corrected = incident.current.fields.clone();
            corrected
                .description
                .push_str(" (corrected: it was the 14:10 bus)");
            store.revise_incident(&incident.id, &corrected)?;
        }
        ids.push(incident.id);
    }
    println!(
        "== report and export: {count} incidents ({:.1} s to fill)",
        filled.elapsed().as_secs_f64()
    );
    let request = EvidenceRequest {
        incident_ids: ids,
        name: "A. Person".into(),
        embed_images: true,
        ..EvidenceRequest::default()
    };
    let words = Words::english();

    let mut times = Vec::new();
    let mut last = (0, 0);
    for _ in 0..runs {
        let t = Instant::now();
        let (pdf, outcome) = write_report(&store, &request, &Utc, Utc::now())?;
        times.push(t.elapsed());
        last = (pdf.len(), outcome.pages);
    }
    report_line("PDF report", &mut times);
    println!(
        "   {} pages, {:.1} MiB; peak RSS of the process so far {:.0} MiB",
        last.1,
        last.0 as f64 / 1048576.0,
        memory::status_mib(None, "VmHWM:").unwrap_or(0.0)
    );

    // The same report in each language: its own words in its script (Latin with Welsh and
    // Polish letters, Arabic script, Gurmukhi), with those fonts embedded as subsets.
    for (name, code) in [
        ("Welsh", "cy"),
        ("Polish", "pl"),
        ("Urdu", "ur"),
        ("Punjabi", "pa"),
        ("Arabic", "ar"),
        ("English and Urdu", "en-GB ur"),
    ] {
        let request = EvidenceRequest {
            languages: code.split(' ').map(str::to_owned).collect(),
            ..request.clone()
        };
        let t = Instant::now();
        let (pdf, outcome) = write_report(&store, &request, &Utc, Utc::now())?;
        println!(
            "   in {name}: {:.0} ms, {} pages, {:.1} MiB",
            t.elapsed().as_secs_f64() * 1000.0,
            outcome.pages,
            pdf.len() as f64 / 1048576.0
        );
    }

    let mut plain = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        write_bundle(
            &store,
            &request,
            &words,
            &Utc,
            Utc::now(),
            BundleLock::Plain,
            std::io::sink(),
        )?;
        plain.push(t.elapsed());
    }
    report_line("bundle, plain zip", &mut plain);
    let passphrase = BackupPassphrase::new("bench passphrase 1234")?;
    let mut locked = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let lock = BundleLock::Passphrase(&passphrase, KdfParams::DEFAULT);
        write_bundle(
            &store,
            &request,
            &words,
            &Utc,
            Utc::now(),
            lock,
            std::io::sink(),
        )?;
        locked.push(t.elapsed());
    }
    report_line("bundle, locked (incl. Argon2id)", &mut locked);
    Ok(())
}

fn report_line(what: &str, times: &mut [Duration]) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{what:<34} median {:>7.0} ms   min {:>7.0} ms   max {:>7.0} ms   ({} runs)",
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
        times.len()
    );
}
