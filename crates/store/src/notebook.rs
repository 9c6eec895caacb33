//! The everyday notebook: what the second PIN opens by default. A decoy that showed the safety
//! app's own menus would confirm, to someone who forced the second PIN out of the person, that
//! there is a safety app; so the decoy is a plain private notebook (the kind a "calculator with a
//! hidden notebook" app offers), with pages the person can add to, and nothing about safety
//! anywhere.
//!
//! Which space a store opens as is kept inside it (`store_meta` key `space`): the real vault and
//! a decoy made to look like the app have none (the app), a notebook decoy says `notebook`.
//! Its first pages are drawn at random from a pool of dull household notes, with their own dates
//! and numbers, so no two installs look alike.

use chrono::{DateTime, Duration, Utc};
use harbour_reason::reason;
use harbour_words::Words;
use rusqlite::{OptionalExtension, params};

use crate::time::{from_micros, new_id, now, to_micros};
use crate::{Store, StoreError};

const MAX_TITLE_CHARS: usize = 200;
/// A long page is a few thousand words; this is far beyond that.
pub const MAX_PAGE_BYTES: usize = 256 * 1024;
pub const MAX_PAGES: usize = 5000;

/// What a store opens as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Space {
    /// The app itself (the real vault, or a decoy with everyday content in the app's menus).
    App,
    /// The everyday notebook.
    Notebook,
}

/// A page of the notebook.
#[derive(Clone, PartialEq, Eq)]
pub struct NotebookPage {
    pub id: String,
    pub title: String,
    pub body: String,
    pub updated_at: DateTime<Utc>,
}

// Someone's own words: never in a log.
impl std::fmt::Debug for NotebookPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NotebookPage")
            .field("updated_at", &self.updated_at)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// What this store opens as.
    pub fn space(&self) -> Result<Space, StoreError> {
        let value: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT value FROM store_meta WHERE key = 'space'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(match value.as_deref() {
            Some(b"notebook") => Space::Notebook,
            _ => Space::App,
        })
    }

    /// Makes this (fresh) store an everyday notebook with a few pages drawn from the pool, in
    /// `words`' language.
    /// Running it twice adds nothing.
    pub fn seed_notebook(&mut self, words: &Words) -> Result<(), StoreError> {
        self.write(|tx, _| {
            let done: Option<Vec<u8>> = tx
                .query_row(
                    "SELECT value FROM store_meta WHERE key = 'space'",
                    [],
                    |r| r.get(0),
                )
                .optional()?;
            if done.is_some() {
                return Ok(());
            }
            tx.execute(
                "INSERT INTO store_meta(key, value) VALUES ('space', CAST('notebook' AS BLOB))",
                [],
            )?;
            let today = now();
            for (title, body, days_ago) in first_pages(words)? {
                let at = to_micros(
                    today - Duration::days(days_ago) - Duration::minutes(random_below(900)?.into()),
                );
                tx.execute(
                    "INSERT INTO notebook_pages(id, title, body, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?4)",
                    params![new_id(), title, body, at],
                )?;
            }
            Ok(())
        })
    }

    /// Every page, the most recently changed first.
    pub fn notebook_pages(&self) -> Result<Vec<NotebookPage>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, title, body, updated_at FROM notebook_pages ORDER BY updated_at DESC, id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(id, title, body, at)| {
                Ok(NotebookPage {
                    id,
                    title,
                    body,
                    updated_at: from_micros(at)?,
                })
            })
            .collect()
    }

    /// Adds a page (`id` None) or rewrites one.
    pub fn save_notebook_page(
        &mut self,
        id: Option<&str>,
        title: &str,
        body: &str,
    ) -> Result<NotebookPage, StoreError> {
        if title.chars().count() > MAX_TITLE_CHARS {
            return Err(StoreError::invalid(reason("notebook-title-too-long")));
        }
        if body.len() > MAX_PAGE_BYTES {
            return Err(StoreError::invalid(reason("notebook-page-too-long-keep")));
        }
        if title.trim().is_empty() && body.trim().is_empty() {
            return Err(StoreError::invalid(reason("notebook-page-empty")));
        }
        let at = now();
        self.write(|tx, _| {
            let id = match id {
                Some(id) => {
                    let changed = tx.execute(
                        "UPDATE notebook_pages SET title = ?2, body = ?3, updated_at = ?4 WHERE id = ?1",
                        params![id, title, body, to_micros(at)],
                    )?;
                    if changed == 0 {
                        return Err(StoreError::NotFound);
                    }
                    id.to_owned()
                }
                None => {
                    let count: i64 =
                        tx.query_row("SELECT count(*) FROM notebook_pages", [], |r| r.get(0))?;
                    if usize::try_from(count).unwrap_or(usize::MAX) >= MAX_PAGES {
                        return Err(StoreError::invalid(reason("notebook-too-many-pages-add-another")));
                    }
                    let id = new_id();
                    tx.execute(
                        "INSERT INTO notebook_pages(id, title, body, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?4)",
                        params![id, title, body, to_micros(at)],
                    )?;
                    id
                }
            };
            Ok(NotebookPage {
                id,
                title: title.to_owned(),
                body: body.to_owned(),
                updated_at: at,
            })
        })
    }

    pub fn remove_notebook_page(&mut self, id: &str) -> Result<(), StoreError> {
        self.write(|tx, _| {
            if tx.execute("DELETE FROM notebook_pages WHERE id = ?1", [id])? == 0 {
                return Err(StoreError::NotFound);
            }
            Ok(())
        })
    }
}

fn random_below(n: u32) -> Result<u32, StoreError> {
    let r = getrandom::u32().map_err(|_| StoreError::invalid(reason("notebook-no-random")))?;
    Ok(r % n.max(1))
}

/// Seven to twelve pages from the pool, in random order, dated over the last year or so, each
/// number in them one of its own.
fn first_pages(words: &Words) -> Result<Vec<(String, String, i64)>, StoreError> {
    let mut pool: Vec<&(&str, &str)> = POOL.iter().collect();
    let count = 7 + random_below(6)? as usize;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count.min(pool.len()) {
        let (title, body) = pool.swap_remove(random_below(pool.len() as u32)? as usize);
        // Each `{ $n }` is drawn as the mark, then each mark becomes a number of its own.
        // Without isolation marks: the page is plain text the person edits.
        let marked =
            harbour_words::without_isolation(&words.with(body, &[("n", NUMBER_MARK.into())]));
        let mut text = String::with_capacity(marked.len());
        for (i, piece) in marked.split(NUMBER_MARK).enumerate() {
            // Small numbers: a count of things bought or done (a range wider than this gave
            // "33 balls of wool" and pasta "x39", which read as made up).
            if i > 0 {
                text.push_str(&(2 + random_below(8)?).to_string());
            }
            text.push_str(piece);
        }
        out.push((
            harbour_words::without_isolation(&words.get(title)),
            text,
            i64::from(1 + random_below(420)?),
        ));
    }
    Ok(out)
}

/// Stands for a number while a page's words are put together (a character no message has).
const NUMBER_MARK: &str = "\u{E000}";

/// Dull pages anyone might keep (title and body, in `harbour-words`' files, where translators
/// are asked to keep them so). Nothing about safety, health or anyone's troubles, and nothing
/// that could contradict a life the other person knows: no named people, pets, car, places the
/// person would have to be, or hints at other notes; nothing about packing, travel or moving,
/// which can look like planning to leave. The person is told to look through them,
/// delete what does not fit and add their own.
const POOL: &[(&str, &str)] = &[
    ("decoy-shopping-title", "decoy-shopping"),
    ("decoy-big-shop-title", "decoy-big-shop"),
    ("decoy-bin-days-title", "decoy-bin-days"),
    ("decoy-meter-readings-title", "decoy-meter-readings"),
    ("decoy-recipes-to-try-title", "decoy-recipes-to-try"),
    ("decoy-banana-bread-title", "decoy-banana-bread"),
    ("decoy-films-to-watch-title", "decoy-films-to-watch"),
    ("decoy-garden-title", "decoy-garden"),
    ("decoy-plants-title", "decoy-plants"),
    ("decoy-to-do-title", "decoy-to-do"),
    ("decoy-weekend-title", "decoy-weekend"),
    ("decoy-cleaning-title", "decoy-cleaning"),
    ("decoy-wifi-title", "decoy-wifi"),
    ("decoy-diy-title", "decoy-diy"),
    ("decoy-walks-title", "decoy-walks"),
    ("decoy-crossword-words-title", "decoy-crossword-words"),
    ("decoy-podcasts-title", "decoy-podcasts"),
    ("decoy-music-title", "decoy-music"),
    ("decoy-gift-ideas-title", "decoy-gift-ideas"),
    ("decoy-soup-title", "decoy-soup"),
    ("decoy-sunday-roast-title", "decoy-sunday-roast"),
    ("decoy-energy-saving-title", "decoy-energy-saving"),
    ("decoy-fitness-title", "decoy-fitness"),
    ("decoy-kitchen-title", "decoy-kitchen"),
    ("decoy-clothes-title", "decoy-clothes"),
    ("decoy-knitting-title", "decoy-knitting"),
    ("decoy-tea-and-coffee-title", "decoy-tea-and-coffee"),
    ("decoy-freezer-title", "decoy-freezer"),
    ("decoy-batteries-title", "decoy-batteries"),
    ("decoy-pancakes-title", "decoy-pancakes"),
    ("decoy-jigsaw-title", "decoy-jigsaw"),
    ("decoy-houseplants-to-get-title", "decoy-houseplants-to-get"),
    ("decoy-spring-clean-title", "decoy-spring-clean"),
    ("decoy-takeaway-menu-title", "decoy-takeaway-menu"),
];

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn store() -> Store {
        Store::open(rusqlite::Connection::open_in_memory().unwrap()).unwrap()
    }

    #[test]
    fn a_notebook_is_seeded_once_with_pages_of_its_own() {
        let mut a = store();
        assert_eq!(a.space().unwrap(), Space::App);
        a.seed_notebook(&Words::english()).unwrap();
        a.seed_notebook(&Words::english()).unwrap();
        assert_eq!(a.space().unwrap(), Space::Notebook);
        let pages = a.notebook_pages().unwrap();
        assert!((7..=12).contains(&pages.len()), "{}", pages.len());
        assert!(
            pages
                .iter()
                .all(|p| !p.body.contains(['{', '$', '\u{E000}'])
                    && POOL.iter().all(|(t, _)| p.title != *t))
        );
        // Two installs: different pages, dates or numbers (the chance of the same is nil).
        let mut b = store();
        b.seed_notebook(&Words::english()).unwrap();
        let first = |s: &Store| -> Vec<(String, String)> {
            s.notebook_pages()
                .unwrap()
                .into_iter()
                .map(|p| (p.title, p.body))
                .collect()
        };
        assert_ne!(first(&a), first(&b));
    }

    #[test]
    fn pages_are_added_changed_and_removed_and_odd_ones_refused() {
        let mut s = store();
        let page = s
            .save_notebook_page(None, "Jobs", "Paint the fence")
            .unwrap();
        let changed = s
            .save_notebook_page(Some(&page.id), "Jobs", "Paint the fence and the shed")
            .unwrap();
        assert_eq!(s.notebook_pages().unwrap(), vec![changed]);
        assert!(s.save_notebook_page(None, " ", "\n").is_err());
        assert!(s.save_notebook_page(None, &"x".repeat(201), "").is_err());
        assert!(
            s.save_notebook_page(None, "", &"y".repeat(MAX_PAGE_BYTES + 1))
                .is_err()
        );
        assert!(matches!(
            s.save_notebook_page(Some("nope"), "a", "b"),
            Err(StoreError::NotFound)
        ));
        s.remove_notebook_page(&page.id).unwrap();
        assert!(s.notebook_pages().unwrap().is_empty());
    }

    #[test]
    fn the_pool_says_nothing_of_safety() {
        let words = [
            "safe",
            "safety",
            "abuse",
            "abuser",
            "police",
            "danger",
            "refuge",
            "escape",
            "violence",
            "stalker",
            "stalking",
            "harm",
            "risk",
            "incident",
            "incidents",
            "plan",
            "advocate",
            "support",
            "help",
            "helpline",
            "emergency",
            "court",
            "injunction",
            "order",
            "bruise",
            "hurt",
            "harbour",
            "pocketcalc",
            "calculator",
            "disguise",
            "decoy",
            // Going away can look like planning to leave.
            "packing",
            "pack",
            "suitcase",
            "passport",
            "train",
            "travel",
            "holiday",
            "moving",
            "leaving",
        ];
        let english = Words::english();
        for (title, body) in POOL {
            let text = format!("{} {}", english.get(title), english.get(body)).to_lowercase();
            for word in text.split(|c: char| !c.is_alphanumeric()) {
                assert!(!words.contains(&word), "{title}: {word}");
            }
        }
    }

    #[test]
    fn every_language_has_every_page_with_as_many_numbers_as_english() {
        let english = Words::english();
        let marks = |words: &Words, id: &str| {
            words
                .with(id, &[("n", NUMBER_MARK.into())])
                .matches(NUMBER_MARK)
                .count()
        };
        for (code, _) in harbour_words::LANGUAGES {
            let words = Words::new(code);
            for (title, body) in POOL {
                for id in [title, body] {
                    let text = words.get(id);
                    assert!(!text.trim().is_empty() && text != *id, "{code}: {id}");
                }
                assert_eq!(marks(&words, body), marks(&english, body), "{code}: {body}");
            }
        }
    }

    #[test]
    fn a_notebook_in_another_language_is_written_in_it() {
        let mut s = store();
        s.seed_notebook(&Words::new("pl")).unwrap();
        let polish = Words::new("pl");
        let titles: Vec<String> = POOL.iter().map(|(t, _)| polish.get(t)).collect();
        let pages = s.notebook_pages().unwrap();
        assert!(pages.iter().all(|p| titles.contains(&p.title)));
        let english = Words::english();
        // Not English: no page has an English title.
        assert!(
            pages
                .iter()
                .all(|p| POOL.iter().all(|(t, _)| english.get(t) != p.title))
        );
    }
}
