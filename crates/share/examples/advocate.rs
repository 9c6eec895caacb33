//! A stand-in for the advocate's app, for trying the person's side by hand (and for screenshots):
//! shows a pairing code, pairs, then sends and receives every second, adding a line to the
//! shared "escape bag" section once the person has shared it.
//!
//! Usage: cargo run -p harbour-share --example advocate -- http://127.0.0.1:8787 [code-file]
//! [--live]. The code and the whole invitation are printed (and written to code-file and
//! `<code-file>.invitation` if given); the phrase is printed when
//! the person's app joins, and confirmed at once. After each send that brought something it
//! prints the ids of what the person shares with it (`holds: …`). With `--live` it works together in a live
//! session instead, looking at the escape bag section once it has arrived, and prints what
//! happens (`live: On`, `presence: …`, `changed: …`, `files here: …`).

use std::time::Duration;

use harbour_share::{HostInvitation, LiveControl, LiveNews, VaultAccess, sync_now};
use harbour_store::{Section, Store};

use harbour_store::LinkId;
/// The only link here: the vault pairs once.
const LINK: LinkId = LinkId::FIRST;

type AnyResult<T> = Result<T, Box<dyn std::error::Error>>;

#[tokio::main(flavor = "current_thread")]
async fn main() -> AnyResult<()> {
    let live = std::env::args().any(|a| a == "--live");
    let mut args = std::env::args().skip(1).filter(|a| a != "--live");
    let relay = args
        .next()
        .ok_or("usage: advocate RELAY_URL [code-file] [--live]")?;
    let code_file = args.next();
    let invitation = HostInvitation::new(&relay)?;
    let code = invitation.code().display();
    println!("code: {}", code.as_str());
    println!("invitation: {}", invitation.text().as_str());
    if let Some(file) = &code_file {
        std::fs::write(file, code.as_bytes())?;
        std::fs::write(format!("{file}.invitation"), invitation.text().as_bytes())?;
    }
    let check = invitation.wait(Duration::from_secs(600)).await?;
    println!("phrase: {}", check.phrase());
    let mut store = Store::open(rusqlite::Connection::open_in_memory()?)?;
    let mut link = check.confirm().await?;
    link.save(&mut store)?;
    if live {
        return work_together(&mut store, link).await;
    }
    let client = link.relay_client()?;
    let mut wrote = false;
    loop {
        match sync_now(&mut store, &mut link, &client).await {
            Ok(received) if !received.is_empty() => {
                println!("received {}", received.len());
                // What the person shares with this app, by document id (none: an empty line).
                let held: Vec<String> = store
                    .shared_documents(LINK)?
                    .into_iter()
                    .map(|d| d.id)
                    .collect();
                println!("holds: {}", held.join(" "));
            }
            Ok(_) => {}
            Err(e) => {
                println!("stopped: {e}");
                return Ok(());
            }
        }
        wrote = wrote || add_line(&mut store)?;
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Adds the advocate's line to the escape bag notes once the person's notes have arrived.
fn add_line(store: &mut Store) -> Result<bool, harbour_store::StoreError> {
    let section = store.plan_section(Section::EscapeBag)?;
    if section.notes.is_empty() {
        return Ok(false);
    }
    store.set_section_notes(
        Section::EscapeBag,
        &format!(
            "{}\nAdvocate: keep a copy of the injunction in the bag too.",
            section.notes
        ),
    )?;
    Ok(true)
}

/// Works together in a live session until the person stops sharing.
async fn work_together(store: &mut Store, mut link: harbour_share::Link) -> AnyResult<()> {
    let vault = std::sync::Mutex::new(store);
    let (_stop, stop) = tokio::sync::oneshot::channel();
    let (viewing, viewing_rx) = tokio::sync::watch::channel(None);
    let control = LiveControl {
        stop,
        viewing: viewing_rx,
    };
    let mut tell = |news: LiveNews| match news {
        LiveNews::Changed(ids) => {
            println!("changed: {}", ids.join(" "));
            // The person's incident log, read-only: how many incidents it shows.
            if ids.iter().any(|id| id == harbour_store::INCIDENT_LOG_ID)
                && let Ok(shared) = vault.with_store(|s| Ok(s.shared_incidents()?))
            {
                println!("incidents: {}", shared.len());
                // Whether each is what the person's app signed.
                if let Ok(check) = vault.with_store(|s| Ok(s.shared_records_check(LINK)?)) {
                    println!(
                        "unchecked: {} signer: {}",
                        check.unchecked.len(),
                        check.signer.as_deref().unwrap_or("none")
                    );
                }
                // Files the person chose to show, here whole.
                if let Ok(arrivals) = vault.with_store(|s| Ok(s.file_arrivals()?)) {
                    let here = arrivals.iter().filter(|a| a.here).count();
                    if here > 0 {
                        println!("files here: {here}");
                    }
                }
            }
            // The escape bag's last line, to show what arrived.
            if let Ok(notes) = vault.with_store(|s| Ok(s.plan_section(Section::EscapeBag)?.notes)) {
                println!("bag: {}", notes.lines().last().unwrap_or_default());
            }
        }
        LiveNews::Presence(p) => println!(
            "presence: {} {}",
            if p.here { "here" } else { "gone" },
            p.viewing.unwrap_or_default()
        ),
        other => println!("live: {other:?}"),
    };
    let writer = async {
        loop {
            tokio::time::sleep(Duration::from_millis(200)).await;
            if let Ok(true) = vault.with_store(|store| Ok(add_line(store)?)) {
                viewing.send_replace(Some(Section::EscapeBag.document_id()));
                println!("wrote");
                return;
            }
        }
    };
    let running = harbour_share::live::run(&vault, &mut link, control, &mut tell);
    tokio::pin!(running);
    let result = tokio::select! {
        result = &mut running => result,
        () = writer => running.await,
    };
    match result {
        Ok(()) => println!("stopped: sharing ended"),
        Err(e) => println!("stopped: {e}"),
    }
    Ok(())
}
