//! Property: 2 to 5 copies of a shared section, each edited on its own, exchanging their
//! changes in random order, with duplicates and some copies cut off for a while, end up the
//! same, with every edit any of them made (every character typed, every item added).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use harbour_store::*;
use proptest::prelude::*;
use rusqlite::Connection;

use harbour_store::LinkId;
/// The only link these tests make.
const LINK: LinkId = LinkId::FIRST;

const SECTION: Section = Section::EscapeBag;

#[derive(Debug, Clone)]
enum Step {
    /// Insert a unique word into the notes at a position (a fraction of the length).
    Write {
        at: u8,
    },
    AddItem,
    /// Send everything not yet sent.
    Send,
    /// Deliver one message already sent (it stays sent: the same one may come again).
    Deliver {
        message: u16,
    },
    /// Cut this copy off, or join it back.
    ToggleCut,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => any::<u8>().prop_map(|at| Step::Write { at }),
        2 => Just(Step::AddItem),
        3 => Just(Step::Send),
        5 => any::<u16>().prop_map(|message| Step::Deliver { message }),
        1 => Just(Step::ToggleCut),
    ]
}

struct Replica {
    store: Store,
    cut: bool,
}

struct Message {
    from: usize,
    changes: Vec<Vec<u8>>,
}

fn send(replicas: &mut [Replica], r: usize, messages: &mut Vec<Message>) {
    let id = SECTION.document_id();
    let sent = replicas[r].store.shared_documents(LINK).unwrap()[0]
        .sent_heads
        .clone();
    let (changes, heads) = replicas[r].store.document_changes(&id, &sent).unwrap();
    if !changes.is_empty() {
        messages.push(Message { from: r, changes });
    }
    replicas[r]
        .store
        .mark_document_sent(LINK, &id, &heads)
        .unwrap();
}

fn deliver(replicas: &mut [Replica], to: usize, message: &Message) {
    replicas[to]
        .store
        .apply_document_changes(
            LINK,
            &SECTION.document_id(),
            &message.changes,
            Unshared::Refuse,
        )
        .unwrap();
}

fn run(count: usize, steps: Vec<(usize, Step)>, final_order: Vec<u32>) {
    let id = SECTION.document_id();
    let mut replicas: Vec<Replica> = (0..count)
        .map(|_| {
            let mut store = Store::open(Connection::open_in_memory().unwrap()).unwrap();
            store.share_document(LINK, &id).unwrap();
            // Every copy starts from the same built-in first change, already known to all.
            let heads = store.document_heads(&id).unwrap();
            store.mark_document_sent(LINK, &id, &heads).unwrap();
            Replica { store, cut: false }
        })
        .collect();
    let mut messages: Vec<Message> = Vec::new();
    let mut words = Vec::new();
    let mut items = Vec::new();

    for (n, (who, step)) in steps.into_iter().enumerate() {
        let r = who % count;
        match step {
            Step::Write { at } => {
                let word = format!("w{r}x{n}");
                let notes = replicas[r].store.plan_section(SECTION).unwrap().notes;
                let chars: Vec<char> = notes.chars().collect();
                let at = chars.len() * usize::from(at) / 255;
                // Insert at a word boundary so words written elsewhere are never split.
                let at = (at..chars.len())
                    .find(|i| chars[*i] == ' ')
                    .unwrap_or(chars.len());
                let mut new: String = chars[..at].iter().collect();
                new.push(' ');
                new.push_str(&word);
                new.extend(chars[at..].iter());
                replicas[r].store.set_section_notes(SECTION, &new).unwrap();
                words.push(word);
            }
            Step::AddItem => {
                let item = replicas[r]
                    .store
                    .add_plan_item(SECTION, &format!("item {r}/{n}"))
                    .unwrap();
                items.push(item.id);
            }
            Step::Send => send(&mut replicas, r, &mut messages),
            Step::Deliver { message } => {
                if messages.is_empty() {
                    continue;
                }
                let m = &messages[usize::from(message) % messages.len()];
                if m.from != r && !replicas[r].cut && !replicas[m.from].cut {
                    deliver(&mut replicas, r, m);
                }
            }
            Step::ToggleCut => replicas[r].cut = !replicas[r].cut,
        }
    }

    // Everyone joins back, sends what is left, and everything reaches everyone once, in a
    // random order; then all of it again (duplicates of everything) changes nothing.
    for r in 0..count {
        replicas[r].cut = false;
        send(&mut replicas, r, &mut messages);
    }
    let mut order: Vec<usize> = (0..messages.len()).collect();
    order.sort_by_key(|i| final_order.get(*i).copied().unwrap_or(0));
    let mut settled = None;
    for _ in 0..2 {
        for &i in &order {
            for to in 0..count {
                if messages[i].from != to {
                    deliver(&mut replicas, to, &messages[i]);
                }
            }
        }
        let first = replicas[0].store.plan_section(SECTION).unwrap();
        let heads = replicas[0].store.document_heads(&id).unwrap();
        for (r, replica) in replicas.iter().enumerate() {
            assert_eq!(
                replica.store.plan_section(SECTION).unwrap(),
                first,
                "copy {r}"
            );
            assert_eq!(
                replica.store.document_heads(&id).unwrap(),
                heads,
                "copy {r}"
            );
        }
        // Text merges character by character. The notes are saved by diffing old against new
        // text, and when a new word repeats what is next to it ("w0x3" then "w0x33") the diff
        // may record other characters as the inserted ones, so a word written at the same spot
        // on another copy can land inside it. What must hold: not one character is lost or
        // doubled (only insertions were made), and each word's characters keep their order.
        let written: usize = words.iter().map(|w| w.chars().count() + 1).sum();
        assert_eq!(first.notes.chars().count(), written, "{}", first.notes);
        for word in &words {
            let mut rest = first.notes.chars();
            assert!(
                word.chars().all(|c| rest.any(|n| n == c)),
                "{word} lost: {}",
                first.notes
            );
        }
        for item in &items {
            assert!(
                first.items.iter().any(|i| &i.id == item),
                "item {item} lost"
            );
        }
        if let Some(settled) = &settled {
            assert_eq!(&first, settled, "duplicates changed something");
        }
        settled = Some(first);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn copies_converge_whatever_the_delivery(
        count in 2usize..=5,
        steps in proptest::collection::vec((0usize..5, step()), 1..50),
        final_order in proptest::collection::vec(any::<u32>(), 0..60),
    ) {
        run(count, steps, final_order);
    }
}

#[test]
fn changes_delivered_newest_first_still_converge() {
    // A fixed case the random search might take a while to find: three writes sent one at a
    // time, delivered in reverse to a copy that was cut off the whole time.
    let steps = vec![
        (0, Step::ToggleCut),
        (1, Step::Write { at: 0 }),
        (1, Step::Send),
        (1, Step::Write { at: 255 }),
        (1, Step::Send),
        (1, Step::AddItem),
        (1, Step::Send),
    ];
    run(2, steps, vec![3, 2, 1]);
}
