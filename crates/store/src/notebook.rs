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

    /// Makes this (fresh) store an everyday notebook with a few pages drawn from the pool.
    /// Running it twice adds nothing.
    pub fn seed_notebook(&mut self) -> Result<(), StoreError> {
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
            for (title, body, days_ago) in first_pages()? {
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
/// `{n}` in them a number of its own.
fn first_pages() -> Result<Vec<(String, String, i64)>, StoreError> {
    let mut pool: Vec<&(&str, &str)> = POOL.iter().collect();
    let count = 7 + random_below(6)? as usize;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count.min(pool.len()) {
        let (title, body) = pool.swap_remove(random_below(pool.len() as u32)? as usize);
        let mut text = String::with_capacity(body.len());
        let mut rest = *body;
        while let Some(at) = rest.find("{n}") {
            text.push_str(&rest[..at]);
            text.push_str(&(2 + random_below(40)?).to_string());
            rest = &rest[at + 3..];
        }
        text.push_str(rest);
        out.push(((*title).to_owned(), text, i64::from(1 + random_below(420)?)));
    }
    Ok(out)
}

/// Dull pages anyone might keep. Nothing about safety, health or anyone's troubles, and nothing
/// that could contradict a life the other person knows: no named people, pets, car, places the
/// person would have to be, or hints at other notes. The person is told to look through them,
/// delete what does not fit and add their own.
const POOL: &[(&str, &str)] = &[
    (
        "Shopping",
        "Milk\nBread\nEggs\nWashing-up liquid\nBin bags\nTea bags\nApples",
    ),
    (
        "Big shop",
        "Pasta x{n}\nTinned tomatoes\nRice\nCereal\nToilet roll\nFrozen peas\nCheese",
    ),
    (
        "Bin days",
        "Black bin: every other Tuesday\nRecycling: Thursday\nGarden waste: check the collection dates",
    ),
    (
        "Meter readings",
        "Electric: {n}{n}{n}{n}\nGas: {n}{n}{n}\nTake a photo next time as well",
    ),
    (
        "Recipes to try",
        "Lentil soup\nBanana bread (use the brown bananas)\nTray bake with peppers and halloumi\nSomething with the rest of the spinach",
    ),
    (
        "Banana bread",
        "3 ripe bananas\n75g melted butter\n150g sugar\n1 egg\n1 tsp vanilla\n1 tsp bicarb\n190g flour\n\n175C for about 50 min",
    ),
    (
        "Films to watch",
        "Paddington 2\nThe Holdovers\nThat documentary about the bees\nAnything with Olivia Colman",
    ),
    (
        "Garden",
        "Cut back the hedge before the birds nest\nTomato seeds in March\nBuy compost (about {n} bags)\nFix the gate latch",
    ),
    (
        "Plants",
        "Water the basil every other day\nPeace lily: once a week\nCactus: leave it alone\nRepot the spider plant",
    ),
    (
        "Packing",
        "Chargers\nSuncream\nRain coat whatever the forecast says\nBooks\nSnacks for the train\nAdaptor",
    ),
    (
        "To do",
        "Return the parcel\nBook the boiler service\nSort the cupboard under the stairs\nCancel the magazine",
    ),
    (
        "Weekend",
        "Saturday: tidy up, market if it's dry\nSunday: roast, start the jigsaw",
    ),
    (
        "Cleaning",
        "Descale the kettle\nOven (buy the spray)\nWash the curtains\nDefrost the freezer\nHoover under the beds",
    ),
    (
        "Wifi",
        "Router is the white box in the hall\nTurn it off and on if the telly stops\nCall them if it drops more than {n} times a day",
    ),
    (
        "DIY",
        "Shelf in the kitchen: {n} screws, rawlplugs\nFix the dripping tap (washer)\nTouch up the paint in the hall\nNew bulb for the landing",
    ),
    (
        "Walks",
        "Canal path and back: about {n} minutes\nThe park loop\nBluebells in April",
    ),
    (
        "Crossword words",
        "Ennui\nOboe\nEtui\nAloe\nErne (a sea eagle)",
    ),
    (
        "Podcasts",
        "The one about old houses\nHistory episodes\nThat comedy panel show",
    ),
    (
        "Music",
        "Find the album from the summer\nFleetwood Mac\nPlaylist for cleaning",
    ),
    (
        "Gift ideas",
        "Nice candle\nGarden voucher\nSocks (always)\nThe cookbook from the shop window",
    ),
    (
        "Soup",
        "Onion, carrot, celery\nStock cube\nLentils or split peas\nSimmer {n} minutes\nBlend half",
    ),
    (
        "Sunday roast",
        "Chicken in at 190C, about {n} min per 500g plus 20\nPotatoes parboiled 10 min\nGravy granules\nCarrots and peas",
    ),
    (
        "Energy saving",
        "Lower the thermostat a degree\nDraught excluder for the back door\nWash at 30\nTimer for the immersion",
    ),
    (
        "Fitness",
        "Walk {n} thousand steps\nStretch in the morning\nTry the free yoga video\nDrink more water",
    ),
    (
        "Kitchen",
        "Need a new frying pan\nSharpen the knives\nOrganise the tin cupboard\nThrow out the old spices",
    ),
    (
        "Clothes",
        "Winter coat to the cleaner\nShoes reheeled\nSort the drawer for the charity shop\nGloves",
    ),
    (
        "Knitting",
        "Scarf for winter: {n} balls of the grey wool\nNeedles size 5\nLook up a simple hat pattern",
    ),
    (
        "Tea and coffee",
        "Tea bags running low\nDecaf for the evening\nDescale the kettle first",
    ),
    (
        "Freezer",
        "Peas\nSoup x{n}\nBread (sliced)\nUse up the fish fingers",
    ),
    (
        "Batteries",
        "AA x{n} for the remote and the clock\nSmoke alarm: press the test button monthly",
    ),
    (
        "Pancakes",
        "100g flour\n2 eggs\n300ml milk\nPinch of salt\nRest {n} minutes",
    ),
    (
        "Jigsaw",
        "{n}00 pieces, the one with the lighthouse\nEdges first\nSky last",
    ),
    (
        "Houseplants to get",
        "Pothos\nSnake plant\nSomething that likes the bathroom",
    ),
    (
        "Spring clean",
        "Windows inside and out\nFridge shelves\nDoor handles and switches\nUnder the sofa cushions",
    ),
    (
        "Takeaway menu",
        "Number {n}: the noodles\nExtra rice\nPrawn crackers",
    ),
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
        a.seed_notebook().unwrap();
        a.seed_notebook().unwrap();
        assert_eq!(a.space().unwrap(), Space::Notebook);
        let pages = a.notebook_pages().unwrap();
        assert!((7..=12).contains(&pages.len()), "{}", pages.len());
        assert!(pages.iter().all(|p| !p.body.contains("{n}")));
        // Two installs: different pages, dates or numbers (the chance of the same is nil).
        let mut b = store();
        b.seed_notebook().unwrap();
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
        ];
        for (title, body) in POOL {
            let text = format!("{title} {body}").to_lowercase();
            for word in text.split(|c: char| !c.is_alphanumeric()) {
                assert!(!words.contains(&word), "{title}: {word}");
            }
        }
    }
}
