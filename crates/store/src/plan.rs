//! The safety plan: thirteen sections the person fills in, a plan-wide stage (staying,
//! preparing to leave, after leaving) that selects the guidance shown, items with done dates,
//! section notes, a plan review date and a per-section "last reviewed" date.
//!
//! Guidance text is part of the app (not user data), so it lives in code and is never stored.
//! The plan header and each section are shareable documents (see [`crate::documents`]).

use automerge::ROOT;
use chrono::{DateTime, NaiveDate, Utc};
use harbour_reason::{Reason, reason};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::documents::{Doc, DocumentKind, put_opt, put_text};
use crate::search::{self, SearchKind};
use crate::sharing::Head;
use crate::time::{
    date_from_text, date_to_text, from_micros, new_id, to_micros, truncate, valid_date,
    valid_micros,
};
use crate::{Context, Store, StoreError};

/// The id of the shared document that holds the plan's stage and review date.
pub const PLAN_DOC_ID: &str = "plan";
const MAX_ITEM_CHARS: usize = 10_000;
const MAX_NOTES_CHARS: usize = 200_000;

/// A part of the safety plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum Section {
    Emergency,
    SafePlaces,
    CodeWords,
    EscapeBag,
    Documents,
    Home,
    WorkSchool,
    Travel,
    Children,
    Pets,
    OnlineSafety,
    Legal,
    Support,
}

impl Section {
    /// All sections in the order they are shown.
    pub const ALL: [Section; 13] = [
        Section::Emergency,
        Section::SafePlaces,
        Section::CodeWords,
        Section::EscapeBag,
        Section::Documents,
        Section::Home,
        Section::WorkSchool,
        Section::Travel,
        Section::Children,
        Section::Pets,
        Section::OnlineSafety,
        Section::Legal,
        Section::Support,
    ];

    /// A stable code used in ids and storage.
    pub fn code(self) -> &'static str {
        match self {
            Section::Emergency => "emergency",
            Section::SafePlaces => "safe-places",
            Section::CodeWords => "code-words",
            Section::EscapeBag => "escape-bag",
            Section::Documents => "documents",
            Section::Home => "home",
            Section::WorkSchool => "work-school",
            Section::Travel => "travel",
            Section::Children => "children",
            Section::Pets => "pets",
            Section::OnlineSafety => "online-safety",
            Section::Legal => "legal",
            Section::Support => "support",
        }
    }

    pub fn from_code(code: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The heading shown for the section.
    pub fn title(self) -> &'static str {
        match self {
            Section::Emergency => "In an emergency",
            Section::SafePlaces => "Safe places",
            Section::CodeWords => "Code words",
            Section::EscapeBag => "Escape bag",
            Section::Documents => "Important documents",
            Section::Home => "At home",
            Section::WorkSchool => "Work and school",
            Section::Travel => "Getting around",
            Section::Children => "Children",
            Section::Pets => "Pets",
            Section::OnlineSafety => "Phones, computers and accounts",
            Section::Legal => "Legal protection",
            Section::Support => "Support services",
        }
    }

    /// The id of the shared document that holds this section.
    pub fn document_id(self) -> String {
        format!("plan-section:{}", self.code())
    }

    fn from_doc_id(id: &str) -> Option<Section> {
        id.strip_prefix("plan-section:")
            .and_then(Section::from_code)
    }
}

/// Where the person is in their situation; selects the guidance shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum PlanStage {
    Staying,
    PreparingToLeave,
    AfterLeaving,
}

impl PlanStage {
    fn code(self) -> &'static str {
        match self {
            PlanStage::Staying => "staying",
            PlanStage::PreparingToLeave => "preparing-to-leave",
            PlanStage::AfterLeaving => "after-leaving",
        }
    }

    fn from_code(code: &str) -> Option<PlanStage> {
        Some(match code {
            "staying" => PlanStage::Staying,
            "preparing-to-leave" => PlanStage::PreparingToLeave,
            "after-leaving" => PlanStage::AfterLeaving,
            _ => return None,
        })
    }
}

/// One thing to do or remember in a section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanItem {
    pub id: String,
    pub section: Section,
    pub text: String,
    pub done_at: Option<DateTime<Utc>>,
    pub position: i64,
}

impl PlanItem {
    pub fn is_done(&self) -> bool {
        self.done_at.is_some()
    }
}

/// A section as the person has filled it in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanSection {
    pub section: Section,
    pub notes: String,
    pub last_reviewed: Option<NaiveDate>,
    pub items: Vec<PlanItem>,
}

/// The whole plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub stage: PlanStage,
    pub review_date: Option<NaiveDate>,
    pub sections: Vec<PlanSection>,
}

/// Guidance shown at the top of a section for the chosen stage. Written to inform, not to
/// instruct: the person knows their situation best.
pub fn guidance(section: Section, stage: PlanStage) -> &'static str {
    use PlanStage::*;
    use Section::*;
    match (section, stage) {
        (Emergency, Staying) => {
            "If you are in danger, call 999. If you cannot speak, call 999 from a mobile, listen, \
             then press 55 when asked (the Silent Solution) so the operator knows it is a real \
             call. It may help to decide now which room is safest (near a way out, away from \
             kitchens and anything that could be used to hurt you)."
        }
        (Emergency, PreparingToLeave) => {
            "Keep 999 in mind at every step. If you cannot speak, call 999 from a mobile and \
             press 55 when asked (the Silent Solution). Think about when leaving would be safest \
             and who you could call at that moment."
        }
        (Emergency, AfterLeaving) => {
            "You can still call 999 at any time you feel in danger. If you cannot speak, call \
             999 from a mobile and press 55 when asked (the Silent Solution). You may want to \
             ask the police to flag your new address so calls from it are treated urgently."
        }
        (SafePlaces, Staying) => {
            "Note places you could go at short notice: a neighbour, a friend, a shop or a \
             library that stays open late. Write down how you would get there."
        }
        (SafePlaces, PreparingToLeave) => {
            "List where you could stay on the day you leave and for the first few nights, and \
             how to reach a refuge through a helpline if you need one."
        }
        (SafePlaces, AfterLeaving) => {
            "Think about places near your new routine where you could go if you feel followed: \
             busy shops, a police station, a friend's home."
        }
        (CodeWords, _) => {
            "A code word or sign agreed with people you trust can tell them you need help \
             without anyone else knowing. Write down what it means and what they should do."
        }
        (EscapeBag, Staying) => {
            "Some people keep a small bag hidden or with someone they trust: spare keys, money, \
             medicines, a charger and copies of documents. Only do this if it is safe for you."
        }
        (EscapeBag, PreparingToLeave) => {
            "List what you want to take: documents, medicines, bank cards, phone and charger, \
             things that matter to you and to your children. You can add to the bag slowly."
        }
        (EscapeBag, AfterLeaving) => {
            "Note anything you left behind that you may need; the police can sometimes go with \
             you to collect belongings."
        }
        (Documents, _) => {
            "Passports, birth certificates, driving licence, bank details, tenancy or mortgage \
             papers, benefit letters, court orders. Photos or copies kept somewhere safe can \
             help if the originals cannot be reached."
        }
        (Home, Staying) => {
            "Think about which rooms have a way out and a phone signal, and which to avoid when \
             things feel tense."
        }
        (Home, PreparingToLeave) => {
            "Note anything about the home that matters for leaving safely: times when you are \
             usually alone, who has keys, where important things are kept."
        }
        (Home, AfterLeaving) => {
            "You may want to change locks, add door chains, lights or a video doorbell, and ask \
             about a free home security check through local support services."
        }
        (WorkSchool, _) => {
            "Someone at work or school you trust can help: checking calls, walking you to your \
             car or bus, keeping your address private, and knowing what to do if the person \
             turns up."
        }
        (Travel, _) => {
            "Changing routes and times, travelling with others and letting someone know when to \
             expect you can make it harder to be followed."
        }
        (Children, _) => {
            "Note who may collect your children from school or nursery, and who must not. \
             Children can learn a simple way to call 999 and a safe place to go."
        }
        (Pets, _) => {
            "Some services can foster pets while you are in a refuge. Note vet details and \
             anything you would need to take for them."
        }
        (OnlineSafety, _) => {
            "Phones, cars, accounts and shared devices can reveal where you are. Changing \
             settings can alert the other person, so it may be safer to make changes from a \
             device they have never had access to, or with advice from a support service first."
        }
        (Legal, _) => {
            "The police can apply for a Stalking Protection Order; you can apply to a court for \
             a non-molestation order, and a solicitor or support service can help. Breaking an \
             order is a crime: record every breach in the incident log and report it."
        }
        (Support, _) => {
            "Write down the services and people who help you, how to reach them and when. The \
             support directory in this app has numbers you can use."
        }
    }
}

/// `too_long`: said when `text` is longer than `max` characters.
fn validate_text(text: &str, max: usize, too_long: Reason) -> Result<(), StoreError> {
    if text.chars().count() > max {
        return Err(StoreError::invalid(too_long));
    }
    Ok(())
}

/// First run: the plan header and one (empty) document per section.
///
/// FROZEN: what is written here (and the section and stage codes it uses) is each plan
/// document's deterministic first change (see [`crate::documents`]). Editing it changes the
/// genesis change hashes and breaks merging between vaults created by different versions;
/// `tests/crdt.rs` pins the hashes. Guidance text is not stored, so it may change freely.
pub(crate) fn seed(conn: &Connection, ctx: &Context) -> Result<(), StoreError> {
    let mut plan = Doc::create(ctx, PLAN_DOC_ID, DocumentKind::Plan, |am| {
        am_put(am, "stage", PlanStage::Staying.code())?;
        put_opt::<String>(am, &ROOT, "review_date", None)
    })?;
    plan.save(conn)?;
    for section in Section::ALL {
        let mut doc = Doc::create(
            ctx,
            &section.document_id(),
            DocumentKind::PlanSection,
            |am| {
                am_put(am, "section", section.code())?;
                put_text(am, &ROOT, "notes", "")?;
                put_opt::<String>(am, &ROOT, "last_reviewed", None)?;
                crate::documents::ensure_map(am, &ROOT, "items").map(|_| ())
            },
        )?;
        doc.save(conn)?;
    }
    Ok(())
}

fn am_put(am: &mut automerge::AutoCommit, key: &str, value: &str) -> Result<(), StoreError> {
    use automerge::transaction::Transactable;
    am.put(ROOT, key, value)?;
    Ok(())
}

pub(crate) fn derive_plan(conn: &Connection, doc: &Doc) -> Result<(), StoreError> {
    if doc.id != PLAN_DOC_ID {
        return Err(StoreError::Corrupt("unexpected plan document".into()));
    }
    let stage = doc
        .opt_str(&ROOT, "stage")
        .and_then(|s| PlanStage::from_code(&s))
        .unwrap_or(PlanStage::Staying);
    let review = doc
        .opt_str(&ROOT, "review_date")
        .and_then(|s| valid_date(&s));
    conn.execute(
        "INSERT INTO plan(doc_id, stage, review_date) VALUES (?1, ?2, ?3)
         ON CONFLICT(doc_id) DO UPDATE SET stage = excluded.stage, review_date = excluded.review_date",
        (&doc.id, stage.code(), review.map(date_to_text)),
    )?;
    Ok(())
}

pub(crate) fn derive_section(conn: &Connection, doc: &Doc) -> Result<(), StoreError> {
    let section = Section::from_doc_id(&doc.id)
        .ok_or_else(|| StoreError::Corrupt("unexpected plan section document".into()))?;
    let notes = doc.text(&ROOT, "notes");
    let reviewed = doc
        .opt_str(&ROOT, "last_reviewed")
        .and_then(|s| valid_date(&s));
    conn.execute(
        "INSERT INTO plan_sections(section, doc_id, notes, last_reviewed) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(section) DO UPDATE SET notes = excluded.notes,
                                            last_reviewed = excluded.last_reviewed",
        (section.code(), &doc.id, &notes, reviewed.map(date_to_text)),
    )?;
    if notes.is_empty() {
        search::remove(conn, SearchKind::PlanNotes, section.code())?;
    } else {
        search::upsert(
            conn,
            SearchKind::PlanNotes,
            section.code(),
            section.title(),
            &notes,
        )?;
    }

    let old_ids: Vec<String> = {
        let mut stmt = conn.prepare("SELECT id FROM plan_items WHERE doc_id = ?1")?;
        stmt.query_map([&doc.id], |r| r.get(0))?
            .collect::<Result<_, _>>()?
    };
    for id in &old_ids {
        search::remove(conn, SearchKind::PlanItem, id)?;
    }
    conn.execute("DELETE FROM plan_items WHERE doc_id = ?1", [&doc.id])?;
    for (id, obj) in doc.map_entries(&ROOT, "items") {
        let text = doc.text(&obj, "text");
        // A done date that cannot be an instant (only a hostile or broken remote copy holds
        // one) reads as "not done" rather than making the whole plan unreadable.
        let done_at = valid_micros(doc.opt_i64(&obj, "done_at"));
        let position = doc.opt_i64(&obj, "position").unwrap_or(0);
        conn.execute(
            "INSERT INTO plan_items(id, section, doc_id, text, done_at, position)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            (&id, section.code(), &doc.id, &text, done_at, position),
        )?;
        search::upsert(conn, SearchKind::PlanItem, &id, section.title(), &text)?;
    }
    Ok(())
}

fn item_from_row(
    r: &rusqlite::Row<'_>,
) -> rusqlite::Result<(String, String, String, Option<i64>, i64)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

fn to_item(row: (String, String, String, Option<i64>, i64)) -> Result<PlanItem, StoreError> {
    let (id, section, text, done_at, position) = row;
    Ok(PlanItem {
        id,
        section: Section::from_code(&section)
            .ok_or_else(|| StoreError::Corrupt("unknown plan section".into()))?,
        text,
        done_at: done_at.map(from_micros).transpose()?,
        position,
    })
}

const ITEM_COLUMNS: &str = "id, section, text, done_at, position";

impl Store {
    /// The whole plan: stage, review date and every section with its items.
    pub fn plan(&self) -> Result<Plan, StoreError> {
        let (stage, review): (String, Option<String>) = self.conn.query_row(
            "SELECT stage, review_date FROM plan WHERE doc_id = ?1",
            [PLAN_DOC_ID],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let mut sections = Vec::with_capacity(Section::ALL.len());
        for section in Section::ALL {
            sections.push(self.plan_section(section)?);
        }
        Ok(Plan {
            stage: PlanStage::from_code(&stage)
                .ok_or_else(|| StoreError::Corrupt("unknown plan stage".into()))?,
            review_date: review.as_deref().map(date_from_text).transpose()?,
            sections,
        })
    }

    /// One section with its items in order.
    pub fn plan_section(&self, section: Section) -> Result<PlanSection, StoreError> {
        let (notes, reviewed): (String, Option<String>) = self
            .conn
            .query_row(
                "SELECT notes, last_reviewed FROM plan_sections WHERE section = ?1",
                [section.code()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {ITEM_COLUMNS} FROM plan_items WHERE section = ?1 ORDER BY position, id"
        ))?;
        let items = stmt
            .query_map([section.code()], item_from_row)?
            .map(|r| r.map_err(StoreError::from).and_then(to_item))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(PlanSection {
            section,
            notes,
            last_reviewed: reviewed.as_deref().map(date_from_text).transpose()?,
            items,
        })
    }

    pub fn plan_item(&self, id: &str) -> Result<PlanItem, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!("SELECT {ITEM_COLUMNS} FROM plan_items WHERE id = ?1"),
                [id],
                item_from_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound)?;
        to_item(row)
    }

    pub fn set_plan_stage(&mut self, stage: PlanStage) -> Result<(), StoreError> {
        self.write(|tx, ctx| {
            let mut doc = Doc::load_kind(tx, ctx, PLAN_DOC_ID, DocumentKind::Plan)?;
            put_opt(&mut doc.am, &ROOT, "stage", Some(stage.code()))?;
            doc.save(tx)
        })
    }

    pub fn set_plan_review_date(&mut self, date: Option<NaiveDate>) -> Result<(), StoreError> {
        self.write(|tx, ctx| {
            let mut doc = Doc::load_kind(tx, ctx, PLAN_DOC_ID, DocumentKind::Plan)?;
            put_opt(&mut doc.am, &ROOT, "review_date", date.map(date_to_text))?;
            doc.save(tx)
        })
    }

    pub fn set_section_notes(&mut self, section: Section, notes: &str) -> Result<(), StoreError> {
        self.set_section_notes_from(section, notes, &[])?;
        Ok(())
    }

    /// Sets a section's notes as edited from the version the person started from (`seen`: the
    /// section's [`Store::document_heads`] when they loaded it; empty for "the current one").
    ///
    /// If the other side's edits arrived meanwhile, the person's change is made on top of what
    /// they saw and then merged, like any concurrent edit, so neither side's words are lost;
    /// saving the whole text over the current version would delete what arrived. Heads this
    /// vault does not know (a restore in between) fall back to editing the current version.
    ///
    /// Returns the version holding exactly `notes` (before anything was merged in): what the
    /// person's next save of the same box, if they typed on meanwhile, is made from.
    pub fn set_section_notes_from(
        &mut self,
        section: Section,
        notes: &str,
        seen: &[Head],
    ) -> Result<Vec<Head>, StoreError> {
        validate_text(notes, MAX_NOTES_CHARS, reason("plan-note-too-long"))?;
        self.edit_section(section, |doc| {
            edit_as_seen(doc, seen, |am| put_text(am, &ROOT, "notes", notes))
        })
    }

    pub fn mark_section_reviewed(
        &mut self,
        section: Section,
        on: NaiveDate,
    ) -> Result<(), StoreError> {
        self.edit_section(section, |doc| {
            put_opt(&mut doc.am, &ROOT, "last_reviewed", Some(date_to_text(on)))
        })
    }

    /// Adds an item at the end of a section.
    pub fn add_plan_item(&mut self, section: Section, text: &str) -> Result<PlanItem, StoreError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(StoreError::invalid(reason(
                "checklists-write-something-item",
            )));
        }
        validate_text(text, MAX_ITEM_CHARS, reason("plan-item-too-long"))?;
        let id = new_id();
        let position: i64 = self.conn.query_row(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM plan_items WHERE section = ?1",
            [section.code()],
            |r| r.get(0),
        )?;
        self.edit_section(section, |doc| {
            use automerge::transaction::Transactable;
            let items = doc.root_map("items")?;
            let item = doc
                .am
                .put_object(&items, id.as_str(), automerge::ObjType::Map)?;
            put_text(&mut doc.am, &item, "text", text)?;
            put_opt::<i64>(&mut doc.am, &item, "done_at", None)?;
            doc.am.put(&item, "position", position)?;
            Ok(())
        })?;
        self.plan_item(&id)
    }

    pub fn update_plan_item(&mut self, id: &str, text: &str) -> Result<PlanItem, StoreError> {
        self.update_plan_item_from(id, text, &[])
    }

    /// Changes an item's text as edited from the version the person started from (`seen`: its
    /// section's [`Store::document_heads`] when they loaded it; empty for "the current one"),
    /// merged like [`Store::set_section_notes_from`], so words the other side put in the same
    /// item meanwhile are kept rather than saved over.
    pub fn update_plan_item_from(
        &mut self,
        id: &str,
        text: &str,
        seen: &[Head],
    ) -> Result<PlanItem, StoreError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(StoreError::invalid(reason(
                "checklists-write-something-item",
            )));
        }
        validate_text(text, MAX_ITEM_CHARS, reason("plan-item-too-long"))?;
        self.edit_plan_item(id, |doc, item| {
            edit_as_seen(doc, seen, |am| put_text(am, item, "text", text)).map(|_| ())
        })
    }

    /// Marks an item done at `done_at`, or not done with `None`.
    pub fn set_plan_item_done(
        &mut self,
        id: &str,
        done_at: Option<DateTime<Utc>>,
    ) -> Result<PlanItem, StoreError> {
        let done = done_at.map(|t| to_micros(truncate(t)));
        self.edit_plan_item(id, |doc, item| put_opt(&mut doc.am, item, "done_at", done))
    }

    /// Moves an item to `position` (items are ordered by position, then id).
    pub fn move_plan_item(&mut self, id: &str, position: i64) -> Result<PlanItem, StoreError> {
        self.edit_plan_item(id, |doc, item| {
            put_opt(&mut doc.am, item, "position", Some(position))
        })
    }

    pub fn delete_plan_item(&mut self, id: &str) -> Result<(), StoreError> {
        let item = self.plan_item(id)?;
        self.edit_section(item.section, |doc| {
            use automerge::transaction::Transactable;
            let items = doc.root_map("items")?;
            doc.am.delete(&items, id)?;
            Ok(())
        })
    }

    fn edit_section<T>(
        &mut self,
        section: Section,
        edit: impl FnOnce(&mut Doc) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.write(|tx, ctx| {
            let mut doc =
                Doc::load_kind(tx, ctx, &section.document_id(), DocumentKind::PlanSection)?;
            let out = edit(&mut doc)?;
            doc.save(tx)?;
            Ok(out)
        })
    }

    fn edit_plan_item(
        &mut self,
        id: &str,
        edit: impl FnOnce(&mut Doc, &automerge::ObjId) -> Result<(), StoreError>,
    ) -> Result<PlanItem, StoreError> {
        let section = self.plan_item(id)?.section;
        self.edit_section(section, |doc| {
            let item = doc.map_entry("items", id).ok_or(StoreError::NotFound)?;
            edit(doc, &item)
        })?;
        self.plan_item(id)
    }
}

/// Makes `edit` on the version `seen` (what the person was shown) and merges it into the
/// current one, like any concurrent edit, so what the other side saved since is kept; with no
/// `seen`, the current version, or one this vault doesn't know (a restore in between), it edits
/// the current version. Returns the version holding exactly this edit, before the merge.
fn edit_as_seen(
    doc: &mut Doc,
    seen: &[Head],
    edit: impl Fn(&mut automerge::AutoCommit) -> Result<(), StoreError>,
) -> Result<Vec<Head>, StoreError> {
    let seen: Vec<automerge::ChangeHash> = seen.iter().map(|h| automerge::ChangeHash(*h)).collect();
    let mut current = doc.am.get_heads();
    current.sort();
    let mut from = seen.clone();
    from.sort();
    let direct = |doc: &mut Doc| -> Result<Vec<Head>, StoreError> {
        edit(&mut doc.am)?;
        crate::documents::commit(&mut doc.am);
        Ok(doc.am.get_heads().iter().map(|h| h.0).collect())
    };
    if seen.is_empty() || from == current {
        return direct(doc);
    }
    match doc.am.fork_at(&seen) {
        Ok(mut fork) => match edit(&mut fork) {
            Ok(()) => {
                crate::documents::commit(&mut fork);
                let mine = fork.get_heads().iter().map(|h| h.0).collect();
                doc.am.merge(&mut fork)?;
                Ok(mine)
            }
            // Not there in what they saw (made since): edit what is there now.
            Err(_) => direct(doc),
        },
        Err(_) => direct(doc),
    }
}
