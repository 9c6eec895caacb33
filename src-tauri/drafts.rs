//! Drafts: what the person is writing and has not saved, kept so that a hide never costs a word.
//!
//! The page tells Rust what each form with unsaved text holds as it is typed (`draft_keep`), and
//! Rust keeps it in memory, tied to this opening of the vault. It goes into the vault:
//! - when the person moves to another screen (the page asks: `now`);
//! - every few seconds while typing goes on (so a crash costs little);
//! - at every hide and auto-lock, after the disguise is on screen and before the keys are wiped
//!   (the vault taken out of the session carries them, and closing it writes them);
//! - before an advocate's open case is switched, into the case they were written in, and before
//!   a restore replaces the records.
//!
//! Keeps never wait for a command holding the vault (a backup step): they run on the main
//! thread. What they could not write then is written at the next chance; a hide that finds the
//! vault busy writes it, from a thread of its own, as soon as the command is done, and an unlock
//! in between does that first.
//!
//! What was kept in one opening is written only into the vault of that opening, never into one
//! opened after a hide (such as the decoy): every opening starts with an empty set, and a keep
//! that arrives once the vault is hidden is refused. A draft is finished by the command that saves
//! its form (in the same hold of the vault, so a hide can never leave a saved form's draft to be
//! offered again) or by the person discarding it. The page never sends a keep for a form while
//! its save is on the way, except in a quick exit, marked `unless_saved`.

use harbour_reason::reason;
use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use harbour_store::{DraftFields, check_draft};
use harbour_vault::UnlockedVault;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::error::{ApiError, ErrorCode};
use crate::session::Session;

/// While typing goes on, what is kept in memory reaches the vault at least this often.
const WRITE_EVERY: Duration = Duration::from_secs(5);
/// Forms one page can have open at once are few; more than this is not a person typing.
pub const MAX_PENDING: usize = 64;

/// A form's unsaved contents as the page describes them.
#[derive(Deserialize, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct DraftIn {
    /// The form's key: the same form has the same key each time it opens ("incident",
    /// "notes:Home", "step:<id>"), so a draft refills the form it came from.
    pub id: String,
    /// What the offer shows ("A new incident", "Notes for Home").
    pub label: String,
    /// The form's contents (JSON written and read by the page).
    pub body: String,
    /// Files imported into the form, not yet part of any record.
    pub attachments: Vec<String>,
    /// Sent with a quick exit while the form's save was on its way: keep it only if that save
    /// did not happen (else it would be offered back, and saved twice).
    #[serde(default)]
    pub unless_saved: bool,
}

/// A kept draft, to offer back.
#[derive(Serialize, TS)]
#[ts(export)]
pub struct DraftView {
    pub id: String,
    pub label: String,
    pub body: String,
    pub attachments: Vec<String>,
    #[ts(type = "string")]
    pub saved_at: DateTime<Utc>,
}

// Drafts hold what the person wrote: never printed.
impl std::fmt::Debug for DraftIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DraftIn").finish_non_exhaustive()
    }
}

impl std::fmt::Debug for DraftView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DraftView").finish_non_exhaustive()
    }
}

/// One draft held in memory; its text is wiped when it is dropped.
struct Held {
    label: Zeroizing<String>,
    body: Zeroizing<String>,
    attachments: Vec<String>,
    /// Already in the vault as it is now.
    written: bool,
}

impl Held {
    fn fields<'a>(&'a self, id: &'a str) -> DraftFields<'a> {
        DraftFields {
            id,
            label: &self.label,
            body: &self.body,
            attachments: &self.attachments,
        }
    }
}

/// The drafts of one opening of the vault, in memory. Lock order: the vault's slot before this.
#[derive(Default)]
pub struct PendingDrafts {
    /// The opening (session epoch) the held drafts were made in.
    of: Option<u64>,
    /// Whether the page's keeps are still taken: from the opening until it ends (a hide), even
    /// if the vault is busy then and its drafts are written only when it is free.
    taking: bool,
    held: BTreeMap<String, Held>,
    /// Drafts whose form was saved (or which were discarded) in this opening.
    finished: BTreeSet<String>,
    last_write: Option<Instant>,
}

/// Drafts taken out of memory to be written into the vault they were made in.
#[must_use = "write the drafts into the vault they were made in"]
#[derive(Default)]
pub struct TakenDrafts(Vec<(String, Held)>);

impl TakenDrafts {
    /// Writes each draft into the open records (the case open when they were made, or the
    /// person's own). Every draft is tried, even after one fails; returns the ids that failed.
    pub fn write_into(&self, vault: &mut UnlockedVault) -> Result<(), (ApiError, Vec<String>)> {
        let mut failed = Vec::new();
        let mut first_error = None;
        for (id, held) in &self.0 {
            if let Err(e) = vault.records_mut().save_draft(&held.fields(id)) {
                failed.push(id.clone());
                first_error.get_or_insert(e);
            }
        }
        match first_error {
            Some(e) => Err((e.into(), failed)),
            None => Ok(()),
        }
    }
}

impl PendingDrafts {
    /// A vault was opened (or switched to other records) in `epoch`: start empty, for it.
    pub fn open(&mut self, epoch: u64) {
        *self = PendingDrafts {
            of: Some(epoch),
            taking: true,
            ..PendingDrafts::default()
        };
    }

    /// Opening `epoch` ended (a hide): no keep is taken any more; what is held waits for the
    /// vault to be taken out ([`PendingDrafts::take_for`]).
    pub fn stop(&mut self, epoch: u64) {
        if self.of == Some(epoch) {
            self.taking = false;
        }
    }

    /// The drafts of opening `opening` not yet in the vault, as that vault is taken out of the
    /// session; whatever else is held is dropped.
    pub fn take_for(&mut self, opening: u64) -> TakenDrafts {
        let all = std::mem::take(self);
        if all.of != Some(opening) {
            return TakenDrafts::default();
        }
        TakenDrafts(all.held.into_iter().filter(|(_, h)| !h.written).collect())
    }

    /// Keeps (in memory) what a form holds now, if it belongs to the opening `epoch`.
    fn keep(&mut self, epoch: u64, draft: DraftIn) -> Result<(), ApiError> {
        if !self.taking || self.of != Some(epoch) {
            return Err(ApiError::locked());
        }
        check_draft(&DraftFields {
            id: &draft.id,
            label: &draft.label,
            body: &draft.body,
            attachments: &draft.attachments,
        })?;
        if draft.unless_saved && self.finished.contains(&draft.id) {
            return Ok(());
        }
        if !self.held.contains_key(&draft.id) && self.held.len() >= MAX_PENDING {
            return Err(ApiError::new(
                ErrorCode::Invalid,
                reason("drafts-too-many-at-once"),
            ));
        }
        self.held.insert(
            draft.id,
            Held {
                label: Zeroizing::new(draft.label),
                body: Zeroizing::new(draft.body),
                attachments: draft.attachments,
                written: false,
            },
        );
        Ok(())
    }

    /// Copies out the drafts not yet in the vault, marking them written (the caller writes them
    /// while holding the vault, and marks again the ones that failed).
    fn unwritten(&mut self, epoch: u64) -> TakenDrafts {
        if self.of != Some(epoch) {
            return TakenDrafts::default();
        }
        self.last_write = Some(Instant::now());
        TakenDrafts(
            self.held
                .iter_mut()
                .filter(|(_, held)| !held.written)
                .map(|(id, held)| {
                    held.written = true;
                    let copy = Held {
                        label: held.label.clone(),
                        body: held.body.clone(),
                        attachments: held.attachments.clone(),
                        written: true,
                    };
                    (id.clone(), copy)
                })
                .collect(),
        )
    }

    fn write_due(&self) -> bool {
        self.held.values().any(|h| !h.written)
            && self.last_write.is_none_or(|at| at.elapsed() >= WRITE_EVERY)
    }

    /// A failed write: those drafts are to be written again.
    fn mark_unwritten(&mut self, ids: &[String]) {
        for id in ids {
            if let Some(held) = self.held.get_mut(id) {
                held.written = false;
            }
        }
    }

    /// Called while the vault is held, so what is held belongs to the vault in the slot (even
    /// if a hide is already waiting for it).
    fn finish(&mut self, id: &str) {
        self.held.remove(id);
        self.finished.insert(id.to_owned());
    }
}

impl Session {
    /// Keeps what a form holds now. With `now`, or when the last write is a few seconds old,
    /// what is held also goes into the vault, unless a command holds it (a backup step): this
    /// runs on the main thread, which must never wait for one, and what is held is written at the
    /// next chance, at the latest by the next hide.
    pub fn keep_draft(&self, draft: DraftIn, now: bool) -> Result<(), ApiError> {
        let epoch = self.epoch();
        let due = {
            let mut pending = self.drafts();
            pending.keep(epoch, draft)?;
            now || pending.write_due()
        };
        if due {
            self.write_drafts(epoch, false)?;
        }
        Ok(())
    }

    /// Keeps what a form holds now in memory only (a quick exit: the hide writes it, after the
    /// disguise is on screen).
    pub fn hold_draft(&self, draft: DraftIn) -> Result<(), ApiError> {
        let epoch = self.epoch();
        self.drafts().keep(epoch, draft)
    }

    /// Writes the drafts of opening `epoch` that are not in the vault yet. `wait`: wait for a
    /// busy vault (else they go at the next chance).
    fn write_drafts(&self, epoch: u64, wait: bool) -> Result<(), ApiError> {
        let write = |vault: &mut UnlockedVault| self.write_drafts_into(vault, epoch);
        if wait {
            self.with_vault_since(epoch, write)
        } else {
            // Typing must never wait on a long backup step.
            self.try_with_vault_since(epoch, write).unwrap_or(Ok(()))
        }
    }

    /// Writes the drafts of opening `epoch` not in the vault yet into `vault`, which the caller
    /// holds (and which belongs to that opening). Those that fail stay to be written again.
    pub fn write_drafts_into(&self, vault: &mut UnlockedVault, epoch: u64) -> Result<(), ApiError> {
        let copies = self.drafts().unwritten(epoch);
        copies.write_into(vault).map_err(|(e, failed)| {
            self.drafts().mark_unwritten(&failed);
            e
        })
    }

    /// Every kept draft of the open records, what is only in memory included.
    pub fn kept_drafts(&self) -> Result<Vec<DraftView>, ApiError> {
        let epoch = self.epoch();
        self.write_drafts(epoch, true)?;
        self.with_vault_since(epoch, |vault| {
            Ok(vault
                .records()
                .drafts()?
                .into_iter()
                .map(|d| DraftView {
                    id: d.id,
                    label: d.label,
                    body: d.body,
                    attachments: d.attachments,
                    saved_at: d.saved_at,
                })
                .collect())
        })
    }

    /// The form behind draft `id` was saved, or the person discarded it: forgotten in memory
    /// and in the vault. Called while `vault` is held, right after the save.
    pub fn finish_draft(&self, vault: &mut UnlockedVault, id: &str) -> Result<(), ApiError> {
        self.drafts().finish(id);
        vault.records_mut().discard_draft(id)?;
        Ok(())
    }
}

/// What a form holds now (on every change, at most one call at a time); `now` when the person
/// is leaving the screen, so it is in the vault at once.
#[tauri::command]
pub fn draft_keep(session: State<'_, Session>, draft: DraftIn, now: bool) -> Result<(), ApiError> {
    session.keep_draft(draft, now)
}

/// The drafts to offer back ("You were writing this"). Off the main thread: it may wait for a
/// command holding the vault.
#[tauri::command(async)]
pub fn drafts(session: State<'_, Session>) -> Result<Vec<DraftView>, ApiError> {
    session.kept_drafts()
}

/// The person chose Discard (or cancelled the form): the draft and the files only it carried go.
/// Off the main thread, like `drafts`.
#[tauri::command(async)]
pub fn draft_discard(session: State<'_, Session>, id: String) -> Result<(), ApiError> {
    session.with_vault(|vault| session.finish_draft(vault, &id))
}

/// Finishes the draft (if any) of a form that `vault` has just saved. The save stands even if
/// the draft cannot be removed from the vault now (a full disk): it is forgotten in memory, and
/// what is left in the vault is offered at the next unlock, where it can be discarded.
pub fn saved(session: &Session, vault: &mut UnlockedVault, draft: Option<&str>) {
    if let Some(id) = draft {
        let _ = session.finish_draft(vault, id);
    }
}
