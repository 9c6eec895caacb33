//! Embedded, numbered schema migrations.
//!
//! Each migration is SQL compiled into the binary and recorded in `schema_migrations` once
//! applied. A landed migration is never edited: a fix is a new, higher-numbered migration, so
//! every vault on every device walks the same path.

use rusqlite::{Connection, OptionalExtension};

use crate::StoreError;

/// (version, SQL). Versions are contiguous from 1.
pub(crate) const MIGRATIONS: &[(i64, &str)] = &[
    (1, V1),
    (2, V2),
    (3, V3),
    (4, V4),
    (5, V5),
    (6, V6),
    (7, V7),
    (8, V8),
    (9, V9),
    (10, V10),
    (11, V11),
    (12, V12),
    (13, V13),
    (14, V14),
    (15, V15),
];

/// The relay's number of the last part of each file delivered to each person (see
/// `shared_files.rs`): a part the relay lost shows in the other side's account only once they
/// have read past it, as with a document's `sent_seq`.
const V15: &str = r#"
ALTER TABLE file_sends ADD COLUMN parts_seq INTEGER NOT NULL DEFAULT 0;
"#;

/// Whose each author of changes is (see `sharing.rs`): the link an automerge actor was first
/// seen coming through, so that one person cannot send changes under another's actor (or this
/// vault's own) and split that document for good; and the number of links ever made (`links`
/// row), so a link number is never given twice.
const V14: &str = r#"
CREATE TABLE actor_links (
    actor BLOB PRIMARY KEY,
    link  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TABLE links_made (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    count INTEGER NOT NULL
) STRICT;
INSERT INTO links_made(id, count)
    SELECT 1, COALESCE(MAX(n), 0) FROM (
        SELECT MAX(link) AS n FROM share_state
        UNION ALL SELECT MAX(link) FROM shared_before
        UNION ALL SELECT MAX(link) FROM shared_documents
        UNION ALL SELECT MAX(link) FROM pending_changes
        UNION ALL SELECT MAX(link) FROM file_sends);
"#;

/// Sharing with more than one person (see `sharing.rs`): everything kept per link (the pairing
/// with one other person: their mailbox and keys) is keyed by the link's number, so each person
/// has their own choice of what is shared, their own record of what was sent to them and what
/// they hold, and their own state. A vault from before holds at most one link: number 1. SQLite
/// cannot change a primary key, so each table is made anew and copied.
const V13: &str = r#"
CREATE TABLE shared_documents_v13 (
    link       INTEGER NOT NULL,
    id         TEXT NOT NULL,
    sent_heads BLOB NOT NULL,
    sent_seq   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (link, id)
) STRICT;
INSERT INTO shared_documents_v13(link, id, sent_heads, sent_seq)
    SELECT 1, id, sent_heads, sent_seq FROM shared_documents;
DROP TABLE shared_documents;
ALTER TABLE shared_documents_v13 RENAME TO shared_documents;

CREATE TABLE pending_changes_v13 (
    link     INTEGER NOT NULL,
    document TEXT NOT NULL,
    hash     BLOB NOT NULL,
    bytes    BLOB NOT NULL,
    PRIMARY KEY (link, document, hash)
) STRICT;
INSERT INTO pending_changes_v13(link, document, hash, bytes)
    SELECT 1, document, hash, bytes FROM pending_changes;
DROP TABLE pending_changes;
ALTER TABLE pending_changes_v13 RENAME TO pending_changes;

CREATE TABLE share_state_v13 (
    link  INTEGER NOT NULL,
    key   TEXT NOT NULL,
    value BLOB NOT NULL,
    PRIMARY KEY (link, key)
) STRICT;
INSERT INTO share_state_v13(link, key, value) SELECT 1, key, value FROM share_state;
DROP TABLE share_state;
ALTER TABLE share_state_v13 RENAME TO share_state;

CREATE TABLE shared_before_v13 (
    link  INTEGER NOT NULL,
    id    TEXT NOT NULL,
    known BLOB NOT NULL,
    whole INTEGER NOT NULL,
    PRIMARY KEY (link, id)
) STRICT;
INSERT INTO shared_before_v13(link, id, known, whole) SELECT 1, id, known, whole FROM shared_before;
DROP TABLE shared_before;
ALTER TABLE shared_before_v13 RENAME TO shared_before;

CREATE TABLE file_sends_v13 (
    link       INTEGER NOT NULL,
    sha256     BLOB NOT NULL,
    parts_sent INTEGER NOT NULL,
    PRIMARY KEY (link, sha256)
) STRICT, WITHOUT ROWID;
INSERT INTO file_sends_v13(link, sha256, parts_sent) SELECT 1, sha256, parts_sent FROM file_sends;
DROP TABLE file_sends;
ALTER TABLE file_sends_v13 RENAME TO file_sends;
"#;

/// The relay's number for the message that last carried each shared document's changes: the
/// other side's account of what it holds counts only once it has read that far (`have.rs` in
/// the sync engine).
const V12: &str = r#"
ALTER TABLE shared_documents ADD COLUMN sent_seq INTEGER NOT NULL DEFAULT 0;
"#;

/// Files shown to the advocate (see `shared_files.rs`): on the person's side what they chose
/// and how many parts of each the relay stored; on the advocate's side the parts as they come
/// and each file once it is whole and checked.
const V11: &str = r#"
CREATE TABLE files_to_share (
    incident_id   TEXT NOT NULL,
    attachment_id TEXT NOT NULL,
    chosen_at     INTEGER NOT NULL,
    PRIMARY KEY (incident_id, attachment_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE file_sends (
    sha256     BLOB PRIMARY KEY,
    parts_sent INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
-- The SHA-256 of each part of a chosen file, 32 bytes each in order: named in the view.
CREATE TABLE file_part_hashes (
    sha256 BLOB PRIMARY KEY,
    hashes BLOB NOT NULL
) STRICT;
-- The advocate's side: the files the person's view names now, with each part's hash.
CREATE TABLE listed_files (
    sha256      BLOB PRIMARY KEY,
    size        INTEGER NOT NULL,
    part_hashes BLOB NOT NULL
) STRICT;
CREATE TABLE received_files (
    sha256   BLOB PRIMARY KEY,
    size     INTEGER NOT NULL,
    first_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TABLE received_file_parts (
    sha256 BLOB NOT NULL,
    part   INTEGER NOT NULL,
    bytes  BLOB NOT NULL,
    PRIMARY KEY (sha256, part)
) STRICT;
CREATE TABLE received_file_blobs (
    sha256 BLOB PRIMARY KEY,
    bytes  BLOB NOT NULL
) STRICT;
"#;

/// An advocate's part added to a risk screening after it was saved (see `risk_sign_offs.rs`):
/// dated rows, the latest shown; the screening itself never changes.
const V10: &str = r#"
CREATE TABLE risk_sign_offs (
    id           TEXT PRIMARY KEY,
    screening_id TEXT NOT NULL,
    made_at      INTEGER NOT NULL,
    -- JSON: the SignOff (who, judgement, escalation, MARAC referral, next review)
    sign_off     TEXT NOT NULL
) STRICT;
CREATE INDEX risk_sign_offs_by_screening ON risk_sign_offs(screening_id);
"#;

/// The person causing harm and the orders they are under (see `causing_harm.rs`, `orders.rs`),
/// and what each entry names or breached (`incident_links.rs`): links are part of an entry's
/// chained record, so they are append-only like the revisions they belong to.
const V9: &str = r#"
CREATE TABLE harm_profiles (
    id         TEXT PRIMARY KEY,
    -- JSON: name, aliases, relationship, description, vehicles, addresses, workplaces,
    -- social_media, photo (an attachment id)
    fields     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE TABLE court_orders (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    profile_id TEXT,
    made_by    TEXT NOT NULL,
    reference  TEXT NOT NULL,
    -- YYYY-MM-DD
    made_on    TEXT,
    expires_on TEXT,
    note       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE TABLE order_conditions (
    id       TEXT PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES court_orders(id),
    position INTEGER NOT NULL,
    text     TEXT NOT NULL
) STRICT;
CREATE INDEX order_conditions_by_order ON order_conditions(order_id);
CREATE TABLE incident_revision_links (
    seq       INTEGER NOT NULL REFERENCES incident_revisions(seq),
    position  INTEGER NOT NULL,
    -- 'person' | 'breach'
    kind      TEXT NOT NULL,
    target_id TEXT NOT NULL,
    -- the words pointed to when the entry was written
    label     TEXT NOT NULL,
    PRIMARY KEY (seq, position)
) WITHOUT ROWID;
CREATE INDEX revision_links_by_target ON incident_revision_links(target_id, kind);
CREATE TRIGGER revision_links_no_update BEFORE UPDATE ON incident_revision_links
BEGIN SELECT RAISE(ABORT, 'incident revisions are append-only'); END;
CREATE TRIGGER revision_links_no_delete BEFORE DELETE ON incident_revision_links
BEGIN SELECT RAISE(ABORT, 'incident revisions are append-only'); END;
"#;

/// Risk screenings that follow practice (see `risk.rs`): which screening was used, and what came
/// with the answers (the day it was done, who did it, an advocate's judgement, MARAC referral
/// and next review) as JSON; screenings kept before are the earlier set, done on their save day.
/// The caseload keeps each case's latest risk picture, so the list shows without opening every
/// case.
const V8: &str = r#"
ALTER TABLE risk_screenings ADD COLUMN instrument TEXT NOT NULL DEFAULT 'earlier';
ALTER TABLE risk_screenings ADD COLUMN sign_off TEXT NOT NULL DEFAULT '{}';
ALTER TABLE cases ADD COLUMN risk TEXT;
"#;

/// What the other side holds of each document ever shared (see `compaction.rs`): the heads last
/// sent and those of every change received from it, so that sharing a document (again) sends
/// what it holds now as one change on top of that, and nothing deleted meanwhile. `whole`: the
/// other side may hold any of its history (a vault that had a link before this version cannot
/// tell what it shared, then stopped sharing, or received), so it is never rebuilt.
const V7: &str = r#"
CREATE TABLE shared_before (
    id    TEXT PRIMARY KEY,
    -- 32-byte change hashes, concatenated
    known BLOB NOT NULL,
    whole INTEGER NOT NULL
) STRICT;
INSERT INTO shared_before(id, known, whole)
    SELECT id, x'', 1 FROM documents WHERE EXISTS (SELECT 1 FROM share_state)
        OR id IN (SELECT id FROM shared_documents);
"#;

/// The everyday notebook (see `notebook.rs`): what the second PIN opens by default.
const V6: &str = r#"
CREATE TABLE notebook_pages (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
"#;

/// Drafts (see `drafts.rs`): what was being written when the app hid, and the files each carries
/// (kept by the unlock-time sweep of unused files while the draft exists).
const V5: &str = r#"
CREATE TABLE drafts (
    id       TEXT PRIMARY KEY,
    label    TEXT NOT NULL,
    -- the page's description of the half-filled form (JSON)
    body     TEXT NOT NULL,
    saved_at INTEGER NOT NULL
) STRICT;
CREATE TABLE draft_attachments (
    draft_id      TEXT NOT NULL REFERENCES drafts(id),
    position      INTEGER NOT NULL,
    attachment_id TEXT NOT NULL REFERENCES attachments(id),
    PRIMARY KEY (draft_id, position)
) WITHOUT ROWID;
CREATE INDEX draft_attachments_by_attachment ON draft_attachments(attachment_id);
"#;

/// An advocate's caseload (see `caseload.rs`): one row per person they support, whose records
/// live in a compartment of their own (a separate database); what is here never leaves this
/// vault: the advocate's label for the case, their private notes, and the last known state of
/// sharing, so the list shows without opening every case.
const V4: &str = r#"
CREATE TABLE cases (
    id          TEXT PRIMARY KEY,
    label       TEXT NOT NULL,
    notes       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    -- 'off' (not paired yet) | 'on' | 'ended'
    sharing     TEXT NOT NULL,
    last_synced INTEGER
) STRICT;
"#;

/// Sharing with an advocate (see `sharing.rs`): which documents are shared and what was last
/// sent of each, changes that arrived before the ones they build on, and the link's own state
/// (opaque to the store, written by the sync engine).
const V3: &str = r#"
CREATE TABLE shared_documents (
    id         TEXT PRIMARY KEY,
    -- the document's heads when its changes were last sent: 32-byte hashes, concatenated
    sent_heads BLOB NOT NULL
) STRICT;
CREATE TABLE pending_changes (
    document TEXT NOT NULL,
    hash     BLOB NOT NULL,
    bytes    BLOB NOT NULL,
    PRIMARY KEY (document, hash)
) STRICT;
CREATE TABLE share_state (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) STRICT;
"#;

/// Risk screenings: dated, append-only answer sets (see `risk.rs`).
const V2: &str = r#"
CREATE TABLE risk_screenings (
    id       TEXT PRIMARY KEY,
    taken_at INTEGER NOT NULL,
    -- JSON object: question code -> "no" | "not-sure" | "yes"
    answers  TEXT NOT NULL,
    note     TEXT NOT NULL
) STRICT;
CREATE INDEX risk_screenings_taken ON risk_screenings(taken_at);
"#;

const V1: &str = r#"
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) STRICT;

-- The per-vault ed25519 signing key for incident revisions. SQLCipher encrypts it at rest.
CREATE TABLE vault_keys (
    purpose    TEXT PRIMARY KEY,
    secret_key BLOB NOT NULL,
    public_key BLOB NOT NULL
) STRICT;

-- Shareable documents (automerge). Every SQL row below that is marked "derived" is rebuilt
-- from these bytes in the same transaction as the change.
CREATE TABLE documents (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    bytes      BLOB NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX documents_kind ON documents(kind);

-- derived: plan (stage, review date)
CREATE TABLE plan (
    doc_id      TEXT PRIMARY KEY,
    stage       TEXT NOT NULL,
    review_date TEXT
) STRICT;

-- derived: one row per plan section document
CREATE TABLE plan_sections (
    section       TEXT PRIMARY KEY,
    doc_id        TEXT NOT NULL UNIQUE,
    notes         TEXT NOT NULL,
    last_reviewed TEXT
) STRICT;

-- derived
CREATE TABLE plan_items (
    id       TEXT PRIMARY KEY,
    section  TEXT NOT NULL,
    doc_id   TEXT NOT NULL,
    text     TEXT NOT NULL,
    done_at  INTEGER,
    position INTEGER NOT NULL
) STRICT;
CREATE INDEX plan_items_doc ON plan_items(doc_id);
CREATE INDEX plan_items_section ON plan_items(section, position, id);

-- derived
CREATE TABLE contacts (
    id                    TEXT PRIMARY KEY,
    name                  TEXT NOT NULL,
    relationship          TEXT NOT NULL,
    how_to_reach          TEXT NOT NULL,
    code_word             TEXT NOT NULL,
    what_they_know        TEXT NOT NULL,
    may_call_in_emergency INTEGER NOT NULL,
    check_in              TEXT NOT NULL,
    safe_times            TEXT NOT NULL,
    created_at            INTEGER NOT NULL
) STRICT;

-- derived
CREATE TABLE checklists (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    warning    TEXT,
    builtin    INTEGER NOT NULL,
    position   INTEGER NOT NULL
) STRICT;

-- derived
CREATE TABLE checklist_items (
    id           TEXT PRIMARY KEY,
    checklist_id TEXT NOT NULL,
    text         TEXT NOT NULL,
    done_at      INTEGER,
    recurrence   TEXT NOT NULL,
    position     INTEGER NOT NULL
) STRICT;
CREATE INDEX checklist_items_list ON checklist_items(checklist_id, position, id);

-- Incident evidence: append-only revisions in one hash chain (seq = insertion order).
CREATE TABLE incident_revisions (
    seq                    INTEGER PRIMARY KEY,
    incident_id            TEXT NOT NULL,
    revision               INTEGER NOT NULL,
    recorded_at            INTEGER NOT NULL,
    occurred_at            INTEGER NOT NULL,
    occurred_until         INTEGER,
    location               TEXT NOT NULL,
    kind                   TEXT NOT NULL,
    behaviours             TEXT NOT NULL,
    description            TEXT NOT NULL,
    perpetrator_appearance TEXT NOT NULL,
    vehicle                TEXT NOT NULL,
    witnesses              TEXT NOT NULL,
    impact_on_victim       TEXT NOT NULL,
    impact_on_daily_life   TEXT NOT NULL,
    police_officer         TEXT NOT NULL,
    crime_reference        TEXT NOT NULL,
    reported_to            TEXT NOT NULL,
    prev_hash              BLOB NOT NULL,
    hash                   BLOB NOT NULL,
    signature              BLOB NOT NULL,
    UNIQUE (incident_id, revision)
);
CREATE TRIGGER incident_revisions_no_update BEFORE UPDATE ON incident_revisions
BEGIN SELECT RAISE(ABORT, 'incident revisions are append-only'); END;
CREATE TRIGGER incident_revisions_no_delete BEFORE DELETE ON incident_revisions
BEGIN SELECT RAISE(ABORT, 'incident revisions are append-only'); END;

-- Evidence files. Bytes live in the database so SQLCipher encrypts them.
CREATE TABLE attachments (
    id         TEXT PRIMARY KEY,
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     BLOB NOT NULL,
    added_at   INTEGER NOT NULL
);
CREATE TABLE attachment_blobs (
    attachment_id TEXT PRIMARY KEY REFERENCES attachments(id),
    bytes         BLOB NOT NULL
);
CREATE TRIGGER attachments_no_update BEFORE UPDATE ON attachments
BEGIN SELECT RAISE(ABORT, 'attachments are immutable'); END;
CREATE TRIGGER attachment_blobs_no_update BEFORE UPDATE ON attachment_blobs
BEGIN SELECT RAISE(ABORT, 'attachments are immutable'); END;

-- Which attachments a revision carries, in order; part of that revision's hash.
CREATE TABLE incident_revision_attachments (
    seq           INTEGER NOT NULL REFERENCES incident_revisions(seq),
    position      INTEGER NOT NULL,
    attachment_id TEXT NOT NULL REFERENCES attachments(id),
    PRIMARY KEY (seq, position)
) WITHOUT ROWID;
CREATE INDEX revision_attachments_by_attachment ON incident_revision_attachments(attachment_id);
CREATE TRIGGER revision_attachments_no_update BEFORE UPDATE ON incident_revision_attachments
BEGIN SELECT RAISE(ABORT, 'incident revisions are append-only'); END;
CREATE TRIGGER revision_attachments_no_delete BEFORE DELETE ON incident_revision_attachments
BEGIN SELECT RAISE(ABORT, 'incident revisions are append-only'); END;
-- An attachment that evidence points at can never be removed.
CREATE TRIGGER attachments_no_delete_linked BEFORE DELETE ON attachments
WHEN EXISTS (SELECT 1 FROM incident_revision_attachments WHERE attachment_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'attachment is part of an incident record'); END;
CREATE TRIGGER attachment_blobs_no_delete_linked BEFORE DELETE ON attachment_blobs
WHEN EXISTS (SELECT 1 FROM incident_revision_attachments WHERE attachment_id = OLD.attachment_id)
BEGIN SELECT RAISE(ABORT, 'attachment is part of an incident record'); END;

-- Materialised latest revision per incident, for fast listing. Derived, so updatable.
CREATE TABLE incidents_current (
    incident_id       TEXT PRIMARY KEY,
    head_seq          INTEGER NOT NULL,
    revision          INTEGER NOT NULL,
    occurred_at       INTEGER NOT NULL,
    kind              TEXT NOT NULL,
    first_recorded_at INTEGER NOT NULL
);
CREATE INDEX incidents_current_occurred ON incidents_current(occurred_at DESC, incident_id DESC);
CREATE INDEX incidents_current_kind ON incidents_current(kind, occurred_at DESC, incident_id DESC);

CREATE TABLE support_services (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    phone       TEXT NOT NULL,
    description TEXT NOT NULL,
    hours       TEXT NOT NULL,
    region      TEXT NOT NULL,
    builtin     INTEGER NOT NULL,
    hidden      INTEGER NOT NULL DEFAULT 0,
    position    INTEGER NOT NULL
) STRICT;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Full-text search. `search_keys` gives each searchable record a stable rowid so a record's
-- entry can be replaced by rowid (an FTS5 lookup by an UNINDEXED column would scan).
CREATE TABLE search_keys (
    rowid INTEGER PRIMARY KEY,
    kind  TEXT NOT NULL,
    id    TEXT NOT NULL,
    UNIQUE (kind, id)
) STRICT;
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 2'
);
"#;

/// Applies every migration not yet recorded. Returns true if the database was empty before
/// (first run), so the caller seeds built-in data in the same transaction.
pub(crate) fn migrate(conn: &Connection) -> Result<bool, StoreError> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            applied_at INTEGER NOT NULL
        )",
    )?;
    let current: i64 = conn
        .query_row("SELECT MAX(version) FROM schema_migrations", [], |r| {
            r.get::<_, Option<i64>>(0)
        })
        .optional()?
        .flatten()
        .unwrap_or(0);
    let known = MIGRATIONS.last().map(|(v, _)| *v).unwrap_or(0);
    if current > known {
        return Err(StoreError::NewerSchema {
            found: current,
            known,
        });
    }
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > current) {
        conn.execute_batch(sql)?;
        conn.execute(
            "INSERT INTO schema_migrations(version, applied_at) VALUES (?1, ?2)",
            (version, crate::time::to_micros(crate::time::now())),
        )?;
    }
    Ok(current == 0)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// A vault from before several links (version 12) keeps its one link, what it shared and
    /// sent, what was waiting and what the other side held, all under link 1.
    #[test]
    fn a_vault_with_one_link_keeps_it_all_as_link_one() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)",
        )
        .unwrap();
        for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v <= 12) {
            conn.execute_batch(sql).unwrap();
            conn.execute(
                "INSERT INTO schema_migrations(version, applied_at) VALUES (?1, 0)",
                [version],
            )
            .unwrap();
        }
        conn.execute_batch(
            "INSERT INTO share_state(key, value) VALUES ('link', x'7b7d'), ('last_synced', x'31');
             INSERT INTO shared_documents(id, sent_heads, sent_seq) VALUES ('plan', x'01', 7);
             INSERT INTO pending_changes(document, hash, bytes) VALUES ('plan', x'02', x'03');
             INSERT INTO shared_before(id, known, whole) VALUES ('plan', x'04', 0);
             INSERT INTO file_sends(sha256, parts_sent) VALUES (x'05', 2);",
        )
        .unwrap();

        assert!(!migrate(&conn).unwrap());

        let one = |sql: &str| -> (i64, String) {
            conn.query_row(sql, [], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
        };
        assert_eq!(
            one("SELECT link, group_concat(key) FROM share_state GROUP BY link"),
            (1, "last_synced,link".into())
        );
        assert_eq!(
            one("SELECT link, id || sent_seq FROM shared_documents"),
            (1, "plan7".into())
        );
        assert_eq!(
            one("SELECT link, document FROM pending_changes"),
            (1, "plan".into())
        );
        assert_eq!(
            one("SELECT link, id FROM shared_before"),
            (1, "plan".into())
        );
        assert_eq!(
            one("SELECT link, hex(sha256) || parts_sent FROM file_sends"),
            (1, "052".into())
        );
        // Another link's rows sit beside link 1's.
        conn.execute_batch(
            "INSERT INTO shared_documents(link, id, sent_heads) VALUES (2, 'plan', x'');
             INSERT INTO share_state(link, key, value) VALUES (2, 'link', x'7b7d');",
        )
        .unwrap();
    }
}
