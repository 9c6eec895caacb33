//! Routine-change and tech-safety checklists: built-in templates seeded on first open, custom
//! lists and items, done dates, and recurring items that come due again after a period.
//! Reminders are only ever computed here and shown inside the app ([`Store::due_items`]); nothing
//! is scheduled with the operating system, which could reveal the app.
//!
//! Each checklist with its items is one shareable document (see [`crate::documents`]). Built-in
//! checklists have fixed ids and fixed item ids so that two vaults' copies merge cleanly.

use automerge::transaction::Transactable;
use automerge::{ObjId, ObjType, ROOT};
use chrono::{DateTime, Days, Months, Utc};
use harbour_reason::reason;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::documents::{Doc, DocumentKind, ensure_map, put_opt, put_text};
use crate::search::{self, SearchKind};
use crate::time::{from_micros, new_id, to_micros, truncate, valid_micros};
use crate::{Context, Store, StoreError};

/// An item is a line to tick, not a page; longer texts also cost the text merge time while the
/// vault is held (it grows with the square of the length).
const MAX_TEXT_CHARS: usize = 2_000;

/// How often a done item comes due again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum Recurrence {
    /// Done once is done.
    None,
    EveryNDays(u32),
    Weekly,
    Monthly,
}

impl Recurrence {
    fn code(self) -> String {
        match self {
            Recurrence::None => "none".into(),
            Recurrence::EveryNDays(n) => format!("days:{n}"),
            Recurrence::Weekly => "weekly".into(),
            Recurrence::Monthly => "monthly".into(),
        }
    }

    fn from_code(code: &str) -> Recurrence {
        match code {
            "weekly" => Recurrence::Weekly,
            "monthly" => Recurrence::Monthly,
            other => other
                .strip_prefix("days:")
                .and_then(|n| n.parse().ok())
                .filter(|n| *n > 0)
                .map_or(Recurrence::None, Recurrence::EveryNDays),
        }
    }

    fn validate(self) -> Result<(), StoreError> {
        match self {
            Recurrence::EveryNDays(0) => Err(StoreError::invalid(reason(
                "checklists-repeating-item-needs-repeat-every",
            ))),
            Recurrence::EveryNDays(n) if n > 3660 => Err(StoreError::invalid(reason(
                "checklists-repeating-item-repeat-most-every",
            ))),
            _ => Ok(()),
        }
    }

    /// When an item done at `done_at` comes due again, if ever.
    pub fn next_due(self, done_at: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self {
            Recurrence::None => None,
            Recurrence::EveryNDays(n) => done_at.checked_add_days(Days::new(u64::from(n))),
            Recurrence::Weekly => done_at.checked_add_days(Days::new(7)),
            Recurrence::Monthly => done_at.checked_add_months(Months::new(1)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChecklistItem {
    pub id: String,
    pub checklist_id: String,
    pub text: String,
    pub done_at: Option<DateTime<Utc>>,
    pub recurrence: Recurrence,
    pub position: i64,
}

impl ChecklistItem {
    /// Never done, or done long enough ago that its recurrence brings it back.
    pub fn is_due(&self, now: DateTime<Utc>) -> bool {
        match self.done_at {
            None => true,
            Some(done) => self.recurrence.next_due(done).is_some_and(|due| due <= now),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Checklist {
    pub id: String,
    pub title: String,
    /// Shown before the list is used, e.g. that changing device settings can alert the abuser.
    pub warning: Option<String>,
    pub builtin: bool,
    pub items: Vec<ChecklistItem>,
}

struct Template {
    id: &'static str,
    title: &'static str,
    warning: Option<&'static str>,
    items: &'static [(&'static str, Recurrence)],
}

/// Whether `id` is a built-in checklist's (whose first change every vault makes alike).
pub(crate) fn is_template_id(id: &str) -> bool {
    TEMPLATES.iter().any(|t| t.id == id)
}

/// Built-in checklists.
///
/// FROZEN: these ids, titles, warnings, item texts, recurrences and their order form each
/// built-in checklist's deterministic first change (see [`crate::documents`]). Editing them
/// changes the genesis change hash and breaks merging between vaults created by different
/// versions; `tests/crdt.rs` pins the hashes. To change built-in content, add a later change
/// (a migration step) instead.
const TEMPLATES: &[Template] = &[
    Template {
        id: "checklist:changing-routines",
        title: "Changing routines",
        warning: None,
        items: &[
            (
                "Vary the routes I take to regular places",
                Recurrence::Weekly,
            ),
            ("Vary the times I leave and arrive", Recurrence::Weekly),
            ("Travel with someone else when I can", Recurrence::None),
            (
                "Share my journey or ETA with someone I trust",
                Recurrence::None,
            ),
            (
                "Avoid posting where I am or where I will be, or photos that show it",
                Recurrence::None,
            ),
            (
                "Ask friends and family not to post my location or photos of me",
                Recurrence::None,
            ),
            (
                "Tell someone at work or school what is happening and agree a plan",
                Recurrence::None,
            ),
            (
                "Ask to be on the electoral register anonymously",
                Recurrence::None,
            ),
            ("Redirect my post or use a PO box", Recurrence::None),
            (
                "Use different shops, gyms or cafés from time to time",
                Recurrence::Monthly,
            ),
            ("Keep my phone charged and with me", Recurrence::None),
        ],
    },
    Template {
        id: "checklist:devices-and-accounts",
        title: "Devices and accounts",
        warning: Some(
            "Changing settings or passwords can alert the other person that you are taking \
             steps, and for some people that makes things more dangerous. If you are not sure, \
             talk to a support service first, and make changes from a device they have never \
             had access to.",
        ),
        items: &[
            (
                "Check Find My / Find My Device and who can see my location",
                Recurrence::Monthly,
            ),
            (
                "Check location sharing in maps, messaging and social apps",
                Recurrence::Monthly,
            ),
            (
                "Check which devices are signed in to my accounts",
                Recurrence::Monthly,
            ),
            (
                "List accounts we share or that they may know the password to",
                Recurrence::None,
            ),
            (
                "Check my bag, coat and car for tracking tags (AirTag, Tile, SmartTag)",
                Recurrence::Weekly,
            ),
            (
                "Check for unknown apps, profiles or device management on my phone",
                Recurrence::Monthly,
            ),
            (
                "Change passwords from a safe device, starting with email",
                Recurrence::None,
            ),
            (
                "Turn on two-step verification for email, banking and social media",
                Recurrence::None,
            ),
            (
                "Check email forwarding rules and recovery phone numbers",
                Recurrence::Monthly,
            ),
            (
                "Check smart home devices, doorbells and cameras they could access",
                Recurrence::None,
            ),
            (
                "Check the car's app and connected services",
                Recurrence::None,
            ),
        ],
    },
];

fn write_item(
    am: &mut automerge::AutoCommit,
    items: &ObjId,
    id: &str,
    text: &str,
    recurrence: Recurrence,
    position: i64,
) -> Result<(), StoreError> {
    let item = am.put_object(items, id, ObjType::Map)?;
    put_text(am, &item, "text", text)?;
    put_opt::<i64>(am, &item, "done_at", None)?;
    am.put(&item, "recurrence", recurrence.code())?;
    am.put(&item, "position", position)?;
    Ok(())
}

/// A checklist about to be created.
struct NewList<'a> {
    id: &'a str,
    title: &'a str,
    warning: Option<&'a str>,
    builtin: bool,
    items: &'a [(String, Recurrence)],
    position: i64,
}

fn create_list(conn: &Connection, ctx: &Context, list: NewList<'_>) -> Result<(), StoreError> {
    let NewList {
        id,
        title,
        warning,
        builtin,
        items,
        position,
    } = list;
    let mut doc = Doc::create(ctx, id, DocumentKind::Checklist, |am| {
        put_text(am, &ROOT, "title", title)?;
        put_opt(am, &ROOT, "warning", warning)?;
        am.put(ROOT, "builtin", builtin)?;
        am.put(ROOT, "deleted", false)?;
        am.put(ROOT, "position", position)?;
        let map = ensure_map(am, &ROOT, "items")?;
        for (n, (text, recurrence)) in items.iter().enumerate() {
            let item_id = if builtin {
                format!("{id}:{:02}", n + 1)
            } else {
                new_id()
            };
            write_item(am, &map, &item_id, text, *recurrence, n as i64 + 1)?;
        }
        Ok(())
    })?;
    doc.save(conn)
}

pub(crate) fn seed(conn: &Connection, ctx: &Context) -> Result<(), StoreError> {
    for (n, t) in TEMPLATES.iter().enumerate() {
        let items: Vec<(String, Recurrence)> =
            t.items.iter().map(|(s, r)| ((*s).to_owned(), *r)).collect();
        create_list(
            conn,
            ctx,
            NewList {
                id: t.id,
                title: t.title,
                warning: t.warning,
                builtin: true,
                items: &items,
                position: n as i64 + 1,
            },
        )?;
    }
    Ok(())
}

/// Decoy vault: the abuse-specific templates go, ordinary household lists come in.
pub(crate) fn seed_decoy(
    conn: &Connection,
    ctx: &Context,
    words: &harbour_words::Words,
) -> Result<(), StoreError> {
    for t in TEMPLATES {
        if let Some(mut doc) = Doc::load_opt(conn, ctx, t.id)? {
            put_opt(&mut doc.am, &ROOT, "deleted", Some(true))?;
            doc.save(conn)?;
        }
    }
    let lists: [(&str, &[(&str, Recurrence)]); 2] = [
        (
            "decoy-list-weekly",
            &[
                ("decoy-list-weekly-bins", Recurrence::Weekly),
                ("decoy-list-weekly-plants", Recurrence::EveryNDays(3)),
                ("decoy-list-weekly-meter", Recurrence::Monthly),
                ("decoy-list-weekly-bed", Recurrence::Weekly),
            ],
        ),
        (
            "decoy-list-shopping",
            &[
                ("decoy-list-shopping-milk", Recurrence::None),
                ("decoy-list-shopping-bread", Recurrence::None),
                ("decoy-list-shopping-washing-up", Recurrence::None),
                ("decoy-list-shopping-card", Recurrence::None),
            ],
        ),
    ];
    for (n, (title, items)) in lists.into_iter().enumerate() {
        let title = words.get(title);
        let items: Vec<(String, Recurrence)> =
            items.iter().map(|(s, r)| (words.get(s), *r)).collect();
        create_list(
            conn,
            ctx,
            NewList {
                id: &new_id(),
                title: &title,
                warning: None,
                builtin: false,
                items: &items,
                position: 10 + n as i64,
            },
        )?;
    }
    Ok(())
}

pub(crate) fn derive(conn: &Connection, doc: &Doc) -> Result<(), StoreError> {
    let old_ids: Vec<String> = {
        let mut stmt = conn.prepare("SELECT id FROM checklist_items WHERE checklist_id = ?1")?;
        stmt.query_map([&doc.id], |r| r.get(0))?
            .collect::<Result<_, _>>()?
    };
    for id in &old_ids {
        search::remove(conn, SearchKind::ChecklistItem, id)?;
    }
    conn.execute(
        "DELETE FROM checklist_items WHERE checklist_id = ?1",
        [&doc.id],
    )?;
    conn.execute("DELETE FROM checklists WHERE id = ?1", [&doc.id])?;
    if doc.bool(&ROOT, "deleted") {
        return Ok(());
    }
    let title = doc.text(&ROOT, "title");
    conn.execute(
        "INSERT INTO checklists(id, title, warning, builtin, position)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        (
            &doc.id,
            &title,
            doc.opt_str(&ROOT, "warning"),
            doc.bool(&ROOT, "builtin"),
            doc.opt_i64(&ROOT, "position").unwrap_or(0),
        ),
    )?;
    for (id, obj) in doc.map_entries(&ROOT, "items") {
        let text = doc.text(&obj, "text");
        conn.execute(
            "INSERT INTO checklist_items(id, checklist_id, text, done_at, recurrence, position)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            (
                &id,
                &doc.id,
                &text,
                // Not an instant (hostile or broken remote copy): treated as not done.
                valid_micros(doc.opt_i64(&obj, "done_at")),
                doc.opt_str(&obj, "recurrence").map_or_else(
                    || Recurrence::None.code(),
                    |c| Recurrence::from_code(&c).code(),
                ),
                doc.opt_i64(&obj, "position").unwrap_or(0),
            ),
        )?;
        search::upsert(conn, SearchKind::ChecklistItem, &id, &title, &text)?;
    }
    Ok(())
}

const ITEM_COLUMNS: &str = "id, checklist_id, text, done_at, recurrence, position";

type ItemRow = (String, String, String, Option<i64>, String, i64);

fn item_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ItemRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
    ))
}

fn to_item(
    (id, checklist_id, text, done_at, recurrence, position): ItemRow,
) -> Result<ChecklistItem, StoreError> {
    Ok(ChecklistItem {
        id,
        checklist_id,
        text,
        done_at: done_at.map(from_micros).transpose()?,
        recurrence: Recurrence::from_code(&recurrence),
        position,
    })
}

fn validate_text(text: &str) -> Result<&str, StoreError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(StoreError::invalid(reason(
            "checklists-write-something-item",
        )));
    }
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(StoreError::invalid(reason("checklists-too-long")));
    }
    Ok(text)
}

impl Store {
    /// All checklists (built-in first, then in the order created) with their items.
    pub fn list_checklists(&self) -> Result<Vec<Checklist>, StoreError> {
        let ids: Vec<String> = {
            let mut stmt = self
                .conn
                .prepare("SELECT id FROM checklists ORDER BY builtin DESC, position, id")?;
            stmt.query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        ids.iter().map(|id| self.checklist(id)).collect()
    }

    pub fn checklist(&self, id: &str) -> Result<Checklist, StoreError> {
        let (title, warning, builtin): (String, Option<String>, bool) = self
            .conn
            .query_row(
                "SELECT title, warning, builtin FROM checklists WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {ITEM_COLUMNS} FROM checklist_items WHERE checklist_id = ?1
             ORDER BY position, id"
        ))?;
        let items = stmt
            .query_map([id], item_row)?
            .map(|r| r.map_err(StoreError::from).and_then(to_item))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Checklist {
            id: id.to_owned(),
            title,
            warning,
            builtin,
            items,
        })
    }

    pub fn checklist_item(&self, id: &str) -> Result<ChecklistItem, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!("SELECT {ITEM_COLUMNS} FROM checklist_items WHERE id = ?1"),
                [id],
                item_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound)?;
        to_item(row)
    }

    /// Creates an empty custom checklist.
    pub fn create_checklist(&mut self, title: &str) -> Result<Checklist, StoreError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(StoreError::invalid(reason("checklists-give-list-name")));
        }
        if title.chars().count() > 500 {
            return Err(StoreError::invalid(reason("causing-harm-name-too-long")));
        }
        let id = new_id();
        let position: i64 = self.conn.query_row(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM checklists",
            [],
            |r| r.get(0),
        )?;
        self.write(|tx, ctx| {
            create_list(
                tx,
                ctx,
                NewList {
                    id: &id,
                    title,
                    warning: None,
                    builtin: false,
                    items: &[],
                    position,
                },
            )
        })?;
        self.checklist(&id)
    }

    pub fn rename_checklist(&mut self, id: &str, title: &str) -> Result<Checklist, StoreError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(StoreError::invalid(reason("checklists-give-list-name")));
        }
        // As at creation: a long name costs the text merge time while the vault is held.
        if title.chars().count() > 500 || title.chars().any(char::is_control) {
            return Err(StoreError::invalid(reason(
                "checklists-name-too-long-characters-name",
            )));
        }
        self.edit_checklist(id, |doc| put_text(&mut doc.am, &ROOT, "title", title))?;
        self.checklist(id)
    }

    /// Deletes a checklist (built-in ones too: the person may not want them).
    pub fn delete_checklist(&mut self, id: &str) -> Result<(), StoreError> {
        self.edit_checklist(id, |doc| put_opt(&mut doc.am, &ROOT, "deleted", Some(true)))
    }

    pub fn add_checklist_item(
        &mut self,
        checklist_id: &str,
        text: &str,
        recurrence: Recurrence,
    ) -> Result<ChecklistItem, StoreError> {
        let text = validate_text(text)?;
        recurrence.validate()?;
        let id = new_id();
        let position: i64 = self.conn.query_row(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM checklist_items WHERE checklist_id = ?1",
            [checklist_id],
            |r| r.get(0),
        )?;
        self.edit_checklist(checklist_id, |doc| {
            let items = doc.root_map("items")?;
            write_item(&mut doc.am, &items, &id, text, recurrence, position)
        })?;
        self.checklist_item(&id)
    }

    pub fn update_checklist_item(
        &mut self,
        id: &str,
        text: &str,
        recurrence: Recurrence,
    ) -> Result<ChecklistItem, StoreError> {
        let text = validate_text(text)?;
        recurrence.validate()?;
        self.edit_checklist_item(id, |doc, item| {
            put_text(&mut doc.am, item, "text", text)?;
            put_opt(&mut doc.am, item, "recurrence", Some(recurrence.code()))
        })
    }

    /// Marks an item done at `at` (usually now; a person may also record "I did this
    /// yesterday"). A recurring item comes due again one period after `at`.
    pub fn mark_checklist_item_done(
        &mut self,
        id: &str,
        at: DateTime<Utc>,
    ) -> Result<ChecklistItem, StoreError> {
        let at = to_micros(truncate(at));
        self.edit_checklist_item(id, |doc, item| {
            put_opt(&mut doc.am, item, "done_at", Some(at))
        })
    }

    pub fn mark_checklist_item_undone(&mut self, id: &str) -> Result<ChecklistItem, StoreError> {
        self.edit_checklist_item(id, |doc, item| {
            put_opt::<i64>(&mut doc.am, item, "done_at", None)
        })
    }

    pub fn move_checklist_item(
        &mut self,
        id: &str,
        position: i64,
    ) -> Result<ChecklistItem, StoreError> {
        self.edit_checklist_item(id, |doc, item| {
            put_opt(&mut doc.am, item, "position", Some(position))
        })
    }

    pub fn delete_checklist_item(&mut self, id: &str) -> Result<(), StoreError> {
        let item = self.checklist_item(id)?;
        self.edit_checklist(&item.checklist_id, |doc| {
            let items = doc.root_map("items")?;
            doc.am.delete(&items, id)?;
            Ok(())
        })
    }

    /// Items across all checklists that are due at `now`: never done, or done and their
    /// recurrence period has passed since. Ordered by checklist, then position.
    pub fn due_items(&self, now: DateTime<Utc>) -> Result<Vec<ChecklistItem>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT i.id, i.checklist_id, i.text, i.done_at, i.recurrence, i.position
             FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id
             ORDER BY c.builtin DESC, c.position, c.id, i.position, i.id",
        )?;
        let items = stmt
            .query_map([], item_row)?
            .map(|r| r.map_err(StoreError::from).and_then(to_item))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(items.into_iter().filter(|i| i.is_due(now)).collect())
    }

    fn edit_checklist(
        &mut self,
        id: &str,
        edit: impl FnOnce(&mut Doc) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        self.write(|tx, ctx| {
            let mut doc = Doc::load_kind(tx, ctx, id, DocumentKind::Checklist)?;
            if doc.bool(&ROOT, "deleted") {
                return Err(StoreError::NotFound);
            }
            edit(&mut doc)?;
            doc.save(tx)
        })
    }

    fn edit_checklist_item(
        &mut self,
        id: &str,
        edit: impl FnOnce(&mut Doc, &ObjId) -> Result<(), StoreError>,
    ) -> Result<ChecklistItem, StoreError> {
        let checklist_id = self.checklist_item(id)?.checklist_id;
        self.edit_checklist(&checklist_id, |doc| {
            let item = doc.map_entry("items", id).ok_or(StoreError::NotFound)?;
            edit(doc, &item)
        })?;
        self.checklist_item(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn recurrence_codes_round_trip() {
        for r in [
            Recurrence::None,
            Recurrence::EveryNDays(1),
            Recurrence::EveryNDays(45),
            Recurrence::Weekly,
            Recurrence::Monthly,
        ] {
            assert_eq!(Recurrence::from_code(&r.code()), r);
        }
    }

    #[test]
    fn monthly_uses_calendar_months() {
        let jan31 = Utc.with_ymd_and_hms(2025, 1, 31, 9, 0, 0).unwrap();
        let due = Recurrence::Monthly.next_due(jan31).unwrap();
        assert_eq!(due, Utc.with_ymd_and_hms(2025, 2, 28, 9, 0, 0).unwrap());
    }

    /// The page shows an unchanged built-in list in the language in use, recognising it by its
    /// English (ui/src/builtins.ts): that English must be these words exactly.
    #[test]
    fn the_page_knows_each_built_in_list_word_for_word() {
        let words = crate::page_words::english("builtins.ftl");
        for t in TEMPLATES {
            let key = t.id.trim_start_matches("checklist:");
            let said = |suffix: &str| {
                words
                    .get(&format!("builtin-checklist-{key}{suffix}"))
                    .cloned()
            };
            assert_eq!(said("").as_deref(), Some(t.title), "{}", t.id);
            assert_eq!(said("-warning").as_deref(), t.warning, "{}", t.id);
            for (n, (text, _)) in t.items.iter().enumerate() {
                assert_eq!(
                    said(&format!("-{:02}", n + 1)).as_deref(),
                    Some(*text),
                    "{} {n}",
                    t.id
                );
            }
        }
    }
}
