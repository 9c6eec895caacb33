//! Backup and restore figures: a vault of about 1 GB (attachments of 32 MiB plus incidents), backed
//! up with the recovery key and restored into another vault. Each phase runs in its own process
//! so that its peak memory (VmHWM) is its own: the backup must stream, not hold the vault in memory.
//!
//! With a number of cases, the vault is an advocate's too: each case a compartment of its own
//! with a plan, 20 incidents and a 256 KiB attachment, all in the backup.
//!
//! Usage: harbour-backup-bench [MiB, default 1024] [cases, default 0]
//! (run by scripts/bench.sh with a keychain)

use std::io::BufReader;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use harbour_store::{IncidentFields, IncidentKind, Section};
use harbour_vault::{
    BackupSecret, CheckedBackup, KdfParams, Keychain, LockedVault, Pin, RecoveryKey,
};

mod memory;

type AnyResult<T> = Result<T, Box<dyn std::error::Error>>;

const PIN: &str = "582047";
const ATTACHMENT_MIB: usize = 32;

fn main() {
    if let Err(e) = run() {
        eprintln!("backup bench failed: {e}");
        std::process::exit(1);
    }
}

fn run() -> AnyResult<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("backup") => return phase_backup(Path::new(&args[1]), &args[2], Path::new(&args[3])),
        Some("restore") => {
            return phase_restore(Path::new(&args[1]), &args[2], Path::new(&args[3]));
        }
        _ => {}
    }
    let mib: usize = args.first().map(|a| a.parse()).transpose()?.unwrap_or(1024);
    let cases: usize = args.get(1).map(|a| a.parse()).transpose()?.unwrap_or(0);
    let work = tempfile::tempdir()?;
    let source = work.path().join("source");
    let target = work.path().join("target");
    let file = work.path().join("vault.backup");

    let started = Instant::now();
    let recovery = make_vault(&source, mib, cases)?;
    let db_bytes = folder_bytes(&source)?;
    println!(
        "== backup and restore: vault of {:.0} MiB with {cases} cases ({} s to fill)",
        db_bytes as f64 / 1048576.0,
        started.elapsed().as_secs()
    );
    let target_recovery = LockedVault::create(
        &target,
        Keychain::os(),
        &Pin::new(PIN)?,
        None,
        KdfParams::DEFAULT,
    )?;
    target_recovery.vault.lock()?;

    let me = std::env::current_exe()?;
    for (phase, dir) in [("backup", &source), ("restore", &target)] {
        let status = Command::new(&me)
            .args([
                phase,
                &dir.to_string_lossy(),
                &recovery,
                &file.to_string_lossy(),
            ])
            .status()?;
        if !status.success() {
            return Err(format!("{phase} phase failed").into());
        }
    }
    Ok(())
}

fn make_vault(dir: &Path, mib: usize, cases: usize) -> AnyResult<String> {
    let created = LockedVault::create(
        dir,
        Keychain::os(),
        &Pin::new(PIN)?,
        None,
        KdfParams::DEFAULT,
    )?;
    let recovery = created.recovery_key.display_text().to_string();
    let mut vault = created.vault;
    let store = vault.own_records_mut();
    let mut filled = 0;
    let mut n = 0u32;
    while filled < mib {
        // Incompressible-looking bytes, like photos.
        let mut bytes = vec![0u8; ATTACHMENT_MIB << 20];
        let mut x = u64::from(n) * 0x9E37_79B9_7F4A_7C15 + 1;
        for b in bytes.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
        let meta = store.add_attachment(&format!("photo-{n}.jpg"), "image/jpeg", &bytes)?;
        let mut f = IncidentFields::new(chrono::Utc::now(), IncidentKind::Following, "followed");
        f.attachments = vec![meta.id];
        store.record_incident(&f)?;
        filled += ATTACHMENT_MIB;
        n += 1;
    }
    for c in 0..cases {
        let id = vault.create_case()?;
        vault
            .own_records_mut()
            .add_case(&id, &format!("Case {c}"))?;
        vault.open_case(&id)?;
        let records = vault.records_mut();
        records.set_section_notes(Section::EscapeBag, "Bag at a friend's: passport, charger.")?;
        let photo: Vec<u8> = (0..256 * 1024u32)
            .map(|i| (i * 31 + c as u32) as u8)
            .collect();
        let meta = records.add_attachment("photo.jpg", "image/jpeg", &photo)?;
        for i in 0..20 {
            let mut f = IncidentFields::new(
                chrono::Utc::now(),
                IncidentKind::Loitering,
                &format!("Waited outside work, time {i}."),
            );
            if i == 0 {
                f.attachments = vec![meta.id.clone()];
            }
            records.record_incident(&f)?;
        }
        vault.close_case()?;
    }
    vault.lock()?;
    Ok(recovery)
}

fn phase_backup(dir: &Path, recovery: &str, file: &Path) -> AnyResult<()> {
    let vault = LockedVault::open(dir, Keychain::os())?.unlock(&Pin::new(PIN)?)?;
    let key = RecoveryKey::parse(recovery)?;
    let started = Instant::now();
    let out = std::fs::File::create(file)?;
    // As the app does it: the own records, then one case per step, the vault free in between.
    // The longest step is how long a quick hide may wait for the vault during a backup.
    let mut backup =
        vault.start_backup(out, BackupSecret::RecoveryKey(&key), KdfParams::DEFAULT)?;
    let records_held = started.elapsed();
    let longest_case = longest_step(|| Ok(vault.continue_backup(&mut backup)?))?;
    let backup = backup.finish()?;
    let written = backup.bytes;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "backup: {:.0} MiB file ({} cases) in {:.1} s ({:.0} MiB/s), peak memory of the process {} MiB",
        written as f64 / 1048576.0,
        backup.cases,
        secs,
        written as f64 / 1048576.0 / secs,
        peak_mib()?
    );
    println!(
        "backup: vault held at most {:.0} ms at a time for a case, {:.0} ms for the own records",
        longest_case.as_secs_f64() * 1000.0,
        records_held.as_secs_f64() * 1000.0
    );
    vault.lock()?;
    Ok(())
}

fn phase_restore(dir: &Path, recovery: &str, file: &Path) -> AnyResult<()> {
    let vault = LockedVault::open(dir, Keychain::os())?.unlock(&Pin::new(PIN)?)?;
    let key = RecoveryKey::parse(recovery)?;
    let size = std::fs::metadata(file)?.len();
    let started = Instant::now();
    let input = BufReader::new(std::fs::File::open(file)?);
    // As the app does it: read and checked without the vault, then re-keyed and put in place
    // holding it.
    let checked = CheckedBackup::read(dir, input, BackupSecret::RecoveryKey(&key))?;
    let read = started.elapsed();
    let step = Instant::now();
    let mut restore = vault.start_restore(checked)?;
    let records_held = step.elapsed();
    let longest_case = longest_step(|| Ok(vault.continue_restore(&mut restore)?))?;
    let prepared = restore.prepared()?;
    let cases = prepared.cases_restored();
    let step = Instant::now();
    let vault = vault.finish_restore(prepared)?;
    let finish_held = step.elapsed();
    let secs = started.elapsed().as_secs_f64();
    println!(
        "restore: read and checked in {:.1} s without the vault; then it was held at most \
         {:.0} ms at a time for a case, {:.0} ms for the own records, {:.0} ms to put it all in \
         place",
        read.as_secs_f64(),
        longest_case.as_secs_f64() * 1000.0,
        records_held.as_secs_f64() * 1000.0,
        finish_held.as_secs_f64() * 1000.0
    );
    let count = vault.own_records().verify_chain()?;
    println!(
        "restore (check, re-key, swap, reopen): {:.0} MiB file ({cases} cases) in {:.1} s ({:.0} \
         MiB/s), peak memory of the process {} MiB; chain after restore: {count:?}",
        size as f64 / 1048576.0,
        secs,
        size as f64 / 1048576.0 / secs,
        peak_mib()?
    );
    vault.lock()?;
    Ok(())
}

/// Runs `step` until it says there is no more; the longest one took (each holds the vault, as
/// in the app).
fn longest_step(mut step: impl FnMut() -> AnyResult<bool>) -> AnyResult<Duration> {
    let mut longest = Duration::ZERO;
    loop {
        let started = Instant::now();
        let more = step()?;
        longest = longest.max(started.elapsed());
        if !more {
            return Ok(longest);
        }
    }
}

/// Every file under `dir` (the cases folder too).
fn folder_bytes(dir: &Path) -> AnyResult<u64> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        total += if meta.is_dir() {
            folder_bytes(&entry.path())?
        } else {
            meta.len()
        };
    }
    Ok(total)
}

/// The process's peak resident memory (VmHWM), whole MiB.
fn peak_mib() -> AnyResult<u64> {
    Ok(memory::status_mib(None, "VmHWM:").ok_or("no VmHWM")? as u64)
}
