//! A stand-in for the advocate's app, for trying the person's side by hand (and for screenshots):
//! shows a pairing code, pairs, then sends and receives every second, adding a line to the
//! shared "escape bag" section once the person has shared it.
//!
//! Usage: cargo run -p harbour-share --example advocate -- http://127.0.0.1:8787 [code-file]
//! The code is printed (and written to code-file if given); the phrase is printed when the
//! person's app joins, and confirmed at once.

use std::time::Duration;

use harbour_share::{meeting, sync_now};
use harbour_store::{Section, Store};
use harbour_sync::pairing::PairingCode;

type AnyResult<T> = Result<T, Box<dyn std::error::Error>>;

#[tokio::main(flavor = "current_thread")]
async fn main() -> AnyResult<()> {
    let mut args = std::env::args().skip(1);
    let relay = args.next().ok_or("usage: advocate RELAY_URL [code-file]")?;
    let code_file = args.next();
    let code = PairingCode::generate()?;
    println!("code: {}", code.display().as_str());
    if let Some(file) = &code_file {
        std::fs::write(file, code.display().as_bytes())?;
    }
    let check = meeting::advocate(&relay, &code, Duration::from_secs(600)).await?;
    println!("phrase: {}", check.phrase());
    let mut store = Store::open(rusqlite::Connection::open_in_memory()?)?;
    let mut link = check.confirm().await?;
    link.save(&mut store)?;
    let client = link.relay_client()?;
    let mut wrote = false;
    loop {
        match sync_now(&mut store, &mut link, &client).await {
            Ok(received) if !received.is_empty() => println!("received {}", received.len()),
            Ok(_) => {}
            Err(e) => {
                println!("stopped: {e}");
                return Ok(());
            }
        }
        let section = store.plan_section(Section::EscapeBag)?;
        if !wrote && !section.notes.is_empty() {
            store.set_section_notes(
                Section::EscapeBag,
                &format!(
                    "{}\nAdvocate: keep a copy of the injunction in the bag too.",
                    section.notes
                ),
            )?;
            wrote = true;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
