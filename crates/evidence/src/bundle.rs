//! The machine-readable bundle: one zip holding `incidents.json` (every chosen incident with
//! every version, hash and signature), the original attachment files, a `README.txt` and a
//! `SHA256SUMS` manifest in the format `sha256sum -c` reads.
//!
//! Plain, it is an ordinary zip file. Locked, the same zip is sealed with a passphrase in the
//! app's backup container (see `docs/backup-format.md`), streamed through a pipe so that
//! neither the zip nor the files are ever held whole in memory or written out unencrypted.

use harbour_reason::reason;
use std::fmt::Display;
use std::io::Write;

use chrono::{DateTime, Datelike, TimeZone, Timelike, Utc};
use harbour_store::{ChainReport, Store};
use harbour_vault::{BackupPassphrase, BackupSecret, KdfParams, seal_backup_stream};
use harbour_words::Words;
use serde_json::json;
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;

use crate::{Evidence, EvidenceError, EvidenceRequest};

pub const FORMAT: &str = "harbour-evidence-bundle";
pub const FORMAT_VERSION: u32 = 1;

/// How the bundle file is written.
pub enum BundleLock<'a> {
    /// An ordinary zip file anyone can open.
    Plain,
    /// The zip sealed with a passphrase; opened again with the app.
    Passphrase(&'a BackupPassphrase, KdfParams),
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleOutcome {
    pub incidents: u32,
    pub files: u32,
}

/// Writes the bundle for `request` to `out`, its README in the language of `words` (the JSON and
/// the file names stay as they are, for machines).
pub fn write_bundle<Tz, W>(
    store: &Store,
    request: &EvidenceRequest,
    words: &Words,
    tz: &Tz,
    generated_at: DateTime<Utc>,
    lock: BundleLock<'_>,
    out: W,
) -> Result<BundleOutcome, EvidenceError>
where
    Tz: TimeZone,
    Tz::Offset: Display,
    W: Write + Send,
{
    let evidence = Evidence::gather(store, request)?;
    let stamp = zip_time(generated_at.with_timezone(tz).naive_local());
    match lock {
        BundleLock::Plain => {
            let mut out = out;
            let outcome = write_zip(
                store,
                &evidence,
                request,
                words,
                generated_at,
                stamp,
                &mut out,
            )?;
            out.flush()?;
            Ok(outcome)
        }
        BundleLock::Passphrase(passphrase, kdf) => {
            let (reader, writer) = std::io::pipe()?;
            std::thread::scope(|scope| {
                let sealing = scope.spawn(move || {
                    seal_backup_stream(reader, out, BackupSecret::Passphrase(passphrase), kdf)
                });
                let mut writer = writer;
                let written = write_zip(
                    store,
                    &evidence,
                    request,
                    words,
                    generated_at,
                    stamp,
                    &mut writer,
                );
                // Closing the pipe ends the sealed stream (its last chunk).
                drop(writer);
                let sealed = sealing.join().map_err(|_| {
                    EvidenceError::Invalid(reason("bundle-export-stopped-unexpectedly"))
                })?;
                let outcome = written?;
                sealed?;
                Ok(outcome)
            })
        }
    }
}

fn zip_time(t: chrono::NaiveDateTime) -> zip::DateTime {
    let clamp = |v: u32, max: u32| u8::try_from(v.min(max)).unwrap_or(0);
    zip::DateTime::from_date_and_time(
        u16::try_from(t.year().clamp(1980, 2107)).unwrap_or(1980),
        clamp(t.month(), 12),
        clamp(t.day(), 31),
        clamp(t.hour(), 23),
        clamp(t.minute(), 59),
        clamp(t.second(), 59),
    )
    .unwrap_or_default()
}

/// A name safe on every file system, keeping the original's extension where it can.
fn safe_name(index: usize, original: &str) -> String {
    let cleaned: String = original
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let trimmed = cleaned.trim_matches('.');
    let short: String = if trimmed.chars().count() > 80 {
        let ext = trimmed.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        let keep: String = trimmed.chars().take(70).collect();
        if ext.is_empty() || ext.len() > 8 {
            keep
        } else {
            format!("{keep}.{ext}")
        }
    } else {
        trimmed.to_owned()
    };
    let short = if short.is_empty() {
        "file".to_owned()
    } else {
        short
    };
    format!("attachments/{index:03}-{short}")
}

struct Manifest {
    lines: Vec<String>,
}

impl Manifest {
    /// Adds one file to the zip and its SHA-256 to the manifest.
    fn add<W: Write + std::io::Seek>(
        &mut self,
        zip: &mut zip::ZipWriter<W>,
        options: SimpleFileOptions,
        path: &str,
        bytes: &[u8],
    ) -> Result<(), EvidenceError> {
        zip.start_file(path, options)?;
        zip.write_all(bytes)?;
        self.lines
            .push(format!("{}  {path}", hex::encode(Sha256::digest(bytes))));
        Ok(())
    }
}

fn write_zip<W: Write>(
    store: &Store,
    evidence: &Evidence,
    request: &EvidenceRequest,
    words: &Words,
    generated_at: DateTime<Utc>,
    stamp: zip::DateTime,
    out: W,
) -> Result<BundleOutcome, EvidenceError> {
    let mut zip = zip::ZipWriter::new_stream(out);
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(stamp)
        .large_file(true);
    let mut manifest = Manifest { lines: Vec::new() };

    // Attachments first, each once even if several versions carry it, named by position.
    let mut files: Vec<(String, String)> = Vec::new(); // (attachment id, path)
    for entry in &evidence.entries {
        for revision in &entry.history {
            for a in &revision.attachments {
                if files.iter().any(|(id, _)| *id == a.id) {
                    continue;
                }
                let path = safe_name(files.len() + 1, &a.file_name);
                let bytes = store.attachment_bytes(&a.id)?;
                manifest.add(&mut zip, options, &path, &bytes)?;
                files.push((a.id.clone(), path));
            }
        }
    }

    let chain = match &evidence.chain {
        ChainReport::Intact { count, head } => json!({
            "status": "intact",
            "checked_entries": count,
            "head": head,
        }),
        ChainReport::Broken(link) => json!({
            "status": "broken",
            "first_broken": link,
        }),
    };
    let incidents: Vec<serde_json::Value> = evidence
        .entries
        .iter()
        .map(|e| {
            json!({
                "id": e.incident.id,
                "first_recorded_at": e.incident.first_recorded_at,
                "versions": e.history,
            })
        })
        .collect();
    let attachment_files: serde_json::Map<String, serde_json::Value> = files
        .iter()
        .map(|(id, path)| (id.clone(), json!(path)))
        .collect();
    let document = json!({
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generated_at": generated_at,
        "name": request.name.trim(),
        "period": { "from": request.from, "until": request.until },
        "chain_at_export": chain,
        "chain_head": evidence.head,
        "signing_public_key_ed25519": evidence.public_key,
        "canonical_encoding": {
            "domain": String::from_utf8_lossy(harbour_store::canonical::DOMAIN),
            "version": harbour_store::canonical::VERSION,
        },
        "incidents": incidents,
        "attachment_files": attachment_files,
        "plan_items": evidence.plan_items,
        "risk_screenings": evidence.screenings,
        "people_causing_harm": evidence.profiles,
        "orders": evidence.orders,
        // The same fields the report shows: never code words, check-in plans or safe times.
        "contacts": evidence.contacts.iter().map(|c| json!({
            "name": c.fields.name,
            "relationship": c.fields.relationship,
            "how_to_reach": c.fields.how_to_reach,
            "what_they_know": c.fields.what_they_know,
        })).collect::<Vec<_>>(),
    });
    let json = serde_json::to_vec_pretty(&document)
        .map_err(|_| EvidenceError::Invalid(reason("bundle-not-prepared")))?;
    manifest.add(&mut zip, options, "incidents.json", &json)?;
    manifest.add(&mut zip, options, "README.txt", readme(words).as_bytes())?;

    let mut sums = manifest.lines.join("\n");
    sums.push('\n');
    zip.start_file("SHA256SUMS", options)?;
    zip.write_all(sums.as_bytes())?;
    let mut out = zip.finish()?;
    out.flush()?;
    Ok(BundleOutcome {
        incidents: u32::try_from(evidence.entries.len()).unwrap_or(u32::MAX),
        files: u32::try_from(files.len()).unwrap_or(u32::MAX),
    })
}

/// The README: its sentences in the reader's language, laid out around the names of the files,
/// the commands and the headings' underlines, which are the same in every language.
fn readme(words: &Words) -> String {
    // A heading, and its underline as long as it.
    let heading = |id: &str, rule: &str| {
        let title = words.get(id);
        let underline = rule.repeat(title.chars().count());
        [title, underline]
    };
    let mut lines = Vec::new();
    lines.extend(heading("bundle-readme-title", "="));
    lines.push(String::new());
    // Each file's description hangs beside its name.
    for (name, id) in [
        ("incidents.json", "bundle-readme-incidents"),
        ("attachments/", "bundle-readme-attachments"),
        ("SHA256SUMS", "bundle-readme-sums"),
    ] {
        let text = words.get(id);
        for (i, line) in text.lines().enumerate() {
            let name = if i == 0 { name } else { "" };
            lines.push(format!("{name:<width$}{line}", width = 17));
        }
    }
    lines.push(String::new());
    lines.extend(heading("bundle-readme-checking-files", "-"));
    lines.push("Linux:   sha256sum -c SHA256SUMS".to_owned());
    lines.push("macOS:   shasum -a 256 -c SHA256SUMS".to_owned());
    lines.push(format!("Windows: {}", words.get("bundle-readme-windows")));
    lines.push(String::new());
    lines.extend(heading("bundle-readme-checking-log", "-"));
    lines.extend(words.get("bundle-readme-log").lines().map(str::to_owned));
    let mut text = lines.join("\n");
    text.push('\n');
    // A plain text file: the isolation marks help only where the language reads right to left.
    if words.rtl() {
        text
    } else {
        harbour_words::without_isolation(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attachment_names_are_safe_and_keep_their_extension() {
        assert_eq!(safe_name(1, "photo 1.png"), "attachments/001-photo_1.png");
        assert_eq!(
            safe_name(2, "../../etc/passwd"),
            "attachments/002-_.._etc_passwd"
        );
        assert_eq!(safe_name(3, ""), "attachments/003-file");
        let long = format!("{}.jpeg", "a".repeat(200));
        let named = safe_name(4, &long);
        assert!(named.ends_with(".jpeg") && named.len() < 100, "{named}");
    }
}
