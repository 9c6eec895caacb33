//! A stand-in for the person's app, the mirror of `advocate.rs`, for trying the advocate's side
//! (a case in the caseload) by hand and for screenshots: joins with the code the advocate's app
//! shows, confirms the phrase at once, then shares the escape bag notes, two incidents (one with
//! a picture shown to the advocate and a file kept back) and a risk screening, and sends and receives every second until sharing ends.
//!
//! Usage: cargo run -p harbour-share --example person -- http://127.0.0.1:8787 CODE, where CODE
//! is the code the case shows or its whole invitation (then the address is not used).

use std::time::Duration;

use chrono::{Duration as Days, Utc};
use harbour_share::{Invitation, sync_now};
use harbour_store::{
    INCIDENT_LOG_ID, IncidentFields, IncidentKind, Instrument, NewScreening, PLAN_DOC_ID,
    RISK_SCREENINGS_ID, RiskAnswer, RiskAnswered, Section, Store, risk_questions,
};

use harbour_store::LinkId;
/// The only link here: the vault pairs once.
const LINK: LinkId = LinkId::FIRST;

type AnyResult<T> = Result<T, Box<dyn std::error::Error>>;

#[tokio::main(flavor = "current_thread")]
async fn main() -> AnyResult<()> {
    let mut args = std::env::args().skip(1);
    let relay = args.next().ok_or("usage: person RELAY_URL CODE")?;
    let code = args.next().ok_or("usage: person RELAY_URL CODE")?;
    let check = Invitation::read(&code, &relay)?
        .join(Duration::from_secs(600))
        .await?;
    println!("phrase: {}", check.phrase());
    let mut store = Store::open(rusqlite::Connection::open_in_memory()?)?;
    let mut link = check.confirm().await?;
    link.save(&mut store)?;

    store.set_section_notes(Section::EscapeBag, "Bag at Jo's: passport, charger, cash.")?;
    let mut parked = IncidentFields::new(
        Utc::now() - Days::days(3),
        IncidentKind::Loitering,
        "Parked across the road for about an hour, engine running.",
    );
    parked.location = "Outside home".into();
    parked.vehicle = "Silver hatchback".into();
    // A picture the person shows their advocate, and a note they keep to themselves.
    let photo = store.add_attachment(
        "car-outside.png",
        "image/png",
        include_bytes!("../../../icons/128x128.png"),
    )?;
    let kept = store.add_attachment("my-notes.txt", "text/plain", b"Only for me.")?;
    parked.attachments = vec![photo.id.clone(), kept.id];
    let parked_id = store.record_incident(&parked)?.id;
    store.record_incident(&IncidentFields::new(
        Utc::now() - Days::days(1),
        IncidentKind::Messages,
        "Twelve messages before work, then calls from a withheld number.",
    ))?;
    let answers: Vec<RiskAnswered> = risk_questions()
        .into_iter()
        .filter(|q| q.instrument == Instrument::Stalking)
        .take(4)
        .enumerate()
        .map(|(i, q)| RiskAnswered {
            code: q.code,
            answer: if i % 2 == 0 {
                RiskAnswer::Yes
            } else {
                RiskAnswer::No
            },
        })
        .collect();
    let today = Utc::now().date_naive();
    store.record_risk_screening(
        &NewScreening::alone(
            Instrument::Stalking,
            answers,
            "Went through it with my advocate.",
            today,
        ),
        today,
    )?;
    store.share_document(LINK, &Section::EscapeBag.document_id())?;
    store.share_document(LINK, PLAN_DOC_ID)?;
    for id in [INCIDENT_LOG_ID, RISK_SCREENINGS_ID] {
        store.prepare_record_view(id)?;
        store.share_document(LINK, id)?;
    }
    store.set_file_shared(&parked_id, &photo.id, true)?;
    let client = link.relay_client()?;
    loop {
        if let Err(e) = sync_now(&mut store, &mut link, &client).await {
            println!("stopped: {e}");
            return Ok(());
        }
        println!("synced");
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
