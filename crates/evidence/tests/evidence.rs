//! The report and the bundle, read back the way their readers will: the PDF through
//! `pdftotext` (poppler-utils), the bundle as a zip, sealed bundles through the backup decoder.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::io::Read;
use std::process::Command;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Utc};
use harbour_evidence::{
    BundleLock, EvidenceError, EvidenceRequest, PlanSheetRequest, write_bundle, write_plan_sheet,
    write_report,
};
use harbour_store::{
    Behaviour, CompletedBy, ContactFields, HarmProfileFields, IncidentFields, IncidentKind,
    IncidentLink, Instrument, Judgement, LinkKind, NewScreening, OrderCondition, OrderFields,
    OrderKind, RiskAnswer, RiskAnswered, RiskLevel, Section, SignOff, Store,
};
use harbour_vault::{BackupPassphrase, BackupSecret, KdfParams, open_backup_stream};
use harbour_words::Words;
use rusqlite::Connection;
use sha2::{Digest, Sha256};

const PLAN_CANARY: &str = "CANARY-ADDR 17 Larkspur Mews";
const CONTACT_CANARY: &str = "CANARY-CONTACT Bernadette";
const CODE_WORD: &str = "CANARY-CODEWORD blue umbrella";
const UNCHOSEN: &str = "CANARY-UNCHOSEN van parked opposite";
/// An 8x8 red PNG.
const PNG_HEX: &str = "89504e470d0a1a0a0000000d49484452000000080000000808020000004b6d29dc0000001149444154789c633821278715310c2d090090bf4101b29f3e220000000049454e44ae426082";

struct Fixture {
    _dir: tempfile::TempDir,
    store: Store,
    chosen: Vec<String>,
    unchosen: String,
    plan_item: String,
    contact: String,
    png_sha: String,
}

fn at(d: u32, h: u32, m: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 10, d, h, m, 0).unwrap()
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(Connection::open(dir.path().join("v.db")).unwrap()).unwrap();
    let plan_item = store
        .add_plan_item(Section::SafePlaces, PLAN_CANARY)
        .unwrap()
        .id;
    let contact = store
        .add_contact(&ContactFields {
            name: CONTACT_CANARY.into(),
            relationship: "sister".into(),
            code_word: CODE_WORD.into(),
            ..ContactFields::default()
        })
        .unwrap()
        .id;
    let png = hex::decode(PNG_HEX).unwrap();
    let picture = store
        .add_attachment("doorstep photo.png", "image/png", &png)
        .unwrap();

    let mut first = IncidentFields::new(
        at(3, 21, 40),
        IncidentKind::Following,
        "He followed me from the station and said \"you can't hide from me\".",
    );
    first.location = "Station Road".into();
    first.behaviours = BTreeSet::from([Behaviour::Fixated, Behaviour::Repeated]);
    first.impact_on_daily_life = "I now take a taxi home.".into();
    first.police.crime_reference = "CR-4471/26".into();
    let first = store.record_incident(&first).unwrap();

    let unchosen = store
        .record_incident(&IncidentFields::new(
            at(5, 8, 0),
            IncidentKind::Loitering,
            UNCHOSEN,
        ))
        .unwrap()
        .id;

    let mut third = IncidentFields::new(at(9, 7, 15), IncidentKind::Damage, "Tyres slashed.");
    third.location = "Outside work".into();
    third.attachments = vec![picture.id.clone()];
    let third = store.record_incident(&third).unwrap();
    // A correction: the earlier wording must still be in the report, as an earlier version.
    let mut corrected = third.current.fields.clone();
    corrected.description = "All four tyres slashed overnight.".into();
    store.revise_incident(&third.id, &corrected).unwrap();

    Fixture {
        _dir: dir,
        store,
        chosen: vec![third.id, first.id],
        unchosen,
        plan_item,
        contact,
        png_sha: picture.sha256,
    }
}

fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/setup.sh");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// One page of the PDF as text.
fn pdf_page_text(pdf: &[u8], page: u32) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    let page = page.to_string();
    let out = Command::new("pdftotext")
        .args(["-f", &page, "-l", &page])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/setup.sh");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// pdftotext may lay out columns in any order: compare with whitespace removed.
fn squeezed(s: &str) -> String {
    s.split_whitespace().collect()
}

fn request(ids: &[String]) -> EvidenceRequest {
    EvidenceRequest {
        incident_ids: ids.to_vec(),
        name: "A. Person".into(),
        embed_images: true,
        ..EvidenceRequest::default()
    }
}

#[test]
fn report_holds_every_chosen_incident_with_both_times_hashes_and_chain_head_and_nothing_else() {
    let f = fixture();
    let tz = FixedOffset::east_opt(3600).unwrap();
    let (pdf, outcome) = write_report(&f.store, &request(&f.chosen), &tz, Utc::now()).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(outcome.incidents, 2);
    let text = pdf_text(&pdf);
    let flat = squeezed(&text);
    assert_eq!(outcome.pages as usize, text.matches('\u{c}').count());

    for expected in [
        "A. Person",
        "Incidents in this report",
        "Incident 1 of 2: Following",
        "Incident 2 of 2: Damage to property",
        "He followed me from the station and said \"you can't hide from me\".",
        "I now take a taxi home.",
        "CR-4471/26",
        "Fixated, Repeated",
        "All four tyres slashed overnight.",
        // The earlier version is shown as a version, with its own wording.
        "Version 1 of 2",
        "Tyres slashed.",
        // Occurred-at, in the chosen zone with its offset.
        "Sat 3 Oct 2026, 22:40 (UTC+01:00)",
        "Fri 9 Oct 2026, 08:15 (UTC+01:00)",
        "doorstep photo.png",
        "2 incidents over 7 days",
    ] {
        assert!(
            flat.contains(&squeezed(expected)),
            "missing {expected:?} in:\n{text}"
        );
    }
    // Recorded-at of every chosen incident and every version, and every hash.
    for id in &f.chosen {
        let incident = f.store.incident(id).unwrap();
        let recorded = incident
            .first_recorded_at
            .with_timezone(&tz)
            .format("%-d %b %Y, %H:%M:%S")
            .to_string();
        assert!(
            flat.contains(&squeezed(&recorded)),
            "recorded-at {recorded}"
        );
        for version in f.store.incident_history(id).unwrap() {
            assert!(
                flat.contains(&version.hash),
                "hash of version {}",
                version.revision
            );
        }
    }
    assert!(flat.contains(&f.png_sha), "attachment SHA-256");
    let head = f.store.chain_head().unwrap().unwrap();
    assert!(flat.contains(&head.hash), "chain head");
    assert!(flat.contains(&f.store.incident_signing_public_key().unwrap()));
    assert!(text.contains("every hash, link and"), "chain status");

    for unwanted in [PLAN_CANARY, CONTACT_CANARY, UNCHOSEN] {
        assert!(
            !flat.contains(&squeezed(unwanted)),
            "{unwanted:?} must not be in the report"
        );
    }
    // And the PDF bytes hold no plain copy either (text is in compressed content streams).
    for unwanted in [PLAN_CANARY, CONTACT_CANARY, UNCHOSEN] {
        assert!(
            !pdf.windows(unwanted.len())
                .any(|w| w == unwanted.as_bytes())
        );
    }
}

#[test]
fn plan_items_and_contacts_appear_only_when_chosen_one_by_one() {
    let f = fixture();
    let mut req = request(&f.chosen);
    req.plan_item_ids = vec![f.plan_item.clone()];
    req.contact_ids = vec![f.contact.clone()];
    let (pdf, _) = write_report(&f.store, &req, &Utc, Utc::now()).unwrap();
    let flat = squeezed(&pdf_text(&pdf));
    assert!(flat.contains(&squeezed(PLAN_CANARY)));
    assert!(flat.contains(&squeezed(CONTACT_CANARY)));
    assert!(!flat.contains(&squeezed(UNCHOSEN)));
    // A chosen contact's code word stays out, in the report and in the bundle.
    assert!(!flat.contains(&squeezed(CODE_WORD)));
    let mut out = Vec::new();
    write_bundle(
        &f.store,
        &req,
        &Words::english(),
        &Utc,
        Utc::now(),
        BundleLock::Plain,
        &mut out,
    )
    .unwrap();
    let json = String::from_utf8(read_zip(out)["incidents.json"].clone()).unwrap();
    assert!(json.contains(CONTACT_CANARY) && json.contains(PLAN_CANARY));
    assert!(!json.contains(CODE_WORD));
}

#[test]
fn chosen_screenings_are_in_the_report_with_sign_off_and_published_numbers_and_others_are_not() {
    let mut f = fixture();
    let today = Utc::now().date_naive();
    let answer = |code: &str, answer| RiskAnswered {
        code: code.into(),
        answer,
    };
    let judged = f
        .store
        .record_risk_screening(
            &NewScreening {
                instrument: Instrument::DomesticAbuse,
                answers: vec![
                    answer("da-strangling", RiskAnswer::Yes),
                    answer("da-separation", RiskAnswer::Yes),
                    answer("da-money", RiskAnswer::NotSure),
                ],
                note: String::new(),
                completed_on: today,
                sign_off: SignOff {
                    completed_by: CompletedBy::WithAdvocate,
                    advocate: "Sam Ortiz, IDVA".into(),
                    judgement: Some(Judgement {
                        level: RiskLevel::High,
                        refer_to_marac: true,
                        reason: "CANARY-REASON strangled after she left".into(),
                    }),
                    escalation: false,
                    marac_referred_on: Some(today),
                    review_on: today.succ_opt(),
                },
            },
            today,
        )
        .unwrap();
    f.store
        .record_risk_screening(
            &NewScreening::alone(
                Instrument::Stalking,
                vec![answer("st-follows", RiskAnswer::Yes)],
                "CANARY-UNCHOSEN-SCREENING",
                today,
            ),
            today,
        )
        .unwrap();
    let mut req = request(&f.chosen);
    req.screening_ids = vec![judged.id.clone()];
    let (pdf, _) = write_report(&f.store, &req, &Utc, Utc::now()).unwrap();
    if let Some(path) = std::env::var_os("HARBOUR_SAMPLE_SCREENING_PDF") {
        std::fs::write(path, &pdf).unwrap();
    }
    let text = pdf_text(&pdf);
    let flat = squeezed(&text);
    for expected in [
        "Domestic abuse screening (DASH areas)",
        "The person with their advocate, Sam Ortiz, IDVA",
        "2 of 24 questions (3 answered)",
        "14 or more yes answers: not reached",
        "refers to a MARAC on judgement",
        "CANARY-REASON strangled after she left",
        "MARAC criteria metProfessional judgement",
        // Question 15 with the app's words and its answer; 20 as not known; 1 not answered.
        "15Have they ever tried to strangle, choke, smother or drown you?Yes",
        "20Are there money problems",
        "Not known",
        "1Were you hurt the last time something happened?Not answered",
    ] {
        assert!(flat.contains(&squeezed(expected)), "{expected} in:\n{text}");
    }
    assert!(!flat.contains("CANARY-UNCHOSEN-SCREENING"));
    assert!(!flat.contains(&squeezed("Stalking screening (S-DASH areas)")));
    // Without a choice, no screening at all.
    let (pdf, _) = write_report(&f.store, &request(&f.chosen), &Utc, Utc::now()).unwrap();
    assert!(!squeezed(&pdf_text(&pdf)).contains("CANARY-REASON"));
    // In the bundle too, and a screening no longer there is refused whole.
    let mut out = Vec::new();
    write_bundle(
        &f.store,
        &req,
        &Words::english(),
        &Utc,
        Utc::now(),
        BundleLock::Plain,
        &mut out,
    )
    .unwrap();
    let json = String::from_utf8(read_zip(out)["incidents.json"].clone()).unwrap();
    assert!(json.contains("CANARY-REASON") && !json.contains("CANARY-UNCHOSEN-SCREENING"));
    req.screening_ids.push("gone".into());
    assert!(matches!(
        write_report(&f.store, &req, &Utc, Utc::now()),
        Err(EvidenceError::Invalid(_))
    ));
}

#[test]
fn breaches_are_counted_on_the_entries_together_page_and_people_and_orders_go_in_only_when_ticked()
{
    let mut f = fixture();
    let jpeg = hex::decode(JPEG_EXIF_HEX).unwrap();
    let photo = f
        .store
        .add_attachment("darren.jpg", "image/jpeg", &jpeg)
        .unwrap();
    let person = f
        .store
        .add_harm_profile(&HarmProfileFields {
            name: "CANARY-PERSON Darren".into(),
            vehicles: "Blue Corsa".into(),
            photo: Some(photo.id.clone()),
            ..HarmProfileFields::default()
        })
        .unwrap();
    let scan = &jpeg[jpeg.len() - 20..];
    let order = f
        .store
        .add_court_order(&OrderFields {
            kind: OrderKind::StalkingProtectionOrder,
            profile_id: Some(person.id.clone()),
            made_by: "Leeds Magistrates".into(),
            reference: "SPO/7".into(),
            // Made on the second entry's day: the first is dated before it.
            made_on: NaiveDate::from_ymd_opt(2026, 10, 21),
            expires_on: None,
            conditions: vec![OrderCondition {
                id: String::new(),
                text: "Not to contact her".into(),
            }],
            note: String::new(),
        })
        .unwrap();
    let condition = order.fields.conditions[0].id.clone();
    let mut ids = f.chosen.clone();
    for day in [20, 21] {
        let mut e = IncidentFields::new(at(day, 9, 0), IncidentKind::Messages, "texted");
        e.links = vec![IncidentLink {
            kind: LinkKind::Breach,
            target: condition.clone(),
            label: String::new(),
        }];
        ids.push(f.store.record_incident(&e).unwrap().id);
    }
    // A second order worded the same way is a different condition: counted apart. It ended
    // before the entry marked as breaching it.
    let mut same_words = order.fields.clone();
    same_words.conditions[0].id = String::new();
    same_words.made_on = NaiveDate::from_ymd_opt(2026, 1, 1);
    same_words.expires_on = NaiveDate::from_ymd_opt(2026, 10, 21);
    let other = f.store.add_court_order(&same_words).unwrap();
    let mut e = IncidentFields::new(at(22, 9, 0), IncidentKind::Messages, "again");
    e.links = vec![IncidentLink {
        kind: LinkKind::Breach,
        target: other.fields.conditions[0].id.clone(),
        label: String::new(),
    }];
    ids.push(f.store.record_incident(&e).unwrap().id);
    let (pdf, _) = write_report(&f.store, &request(&ids), &Utc, Utc::now()).unwrap();
    let flat = squeezed(&pdf_text(&pdf));
    assert!(
        flat.contains(&squeezed(
            "“Not to contact her” (Stalking Protection Order, SPO/7): 2 entries:"
        )),
        "{flat}"
    );
    // Said of the entry dated before its order was made, not of the one on the day it was.
    assert!(
        flat.contains(&squeezed("(20 Oct 2026, before the order was made), entry")),
        "{flat}"
    );
    assert!(flat.contains(&squeezed("(21 Oct 2026).")), "{flat}");
    assert!(
        flat.contains(&squeezed(
            "“Not to contact her” (Stalking Protection Order, SPO/7): 1 entry:"
        )),
        "{flat}"
    );
    assert!(
        flat.contains(&squeezed("(22 Oct 2026, after the order ended).")),
        "{flat}"
    );
    assert!(
        !flat.contains("CANARY-PERSON"),
        "the profile only when ticked"
    );
    assert!(!pdf.windows(scan.len()).any(|w| w == scan), "nor its photo");
    let mut req = request(&ids);
    req.profile_ids = vec![person.id.clone()];
    req.order_ids = vec![order.id.clone()];
    let (pdf, _) = write_report(&f.store, &req, &Utc, Utc::now()).unwrap();
    let flat = squeezed(&pdf_text(&pdf));
    for wanted in [
        "CANARY-PERSON Darren",
        "Blue Corsa",
        "Stalking Protection Order, SPO/7",
        "AgainstCANARY-PERSON Darren",
        "Condition 1Not to contact her",
        // On each entry's own page too, as worded when it was written.
        "Marked as breaching“Not to contact her” (Stalking Protection Order, SPO/7)",
        // The profile's photo, printed with its hash.
        &format!("Photodarren.jpg (SHA-256 {})", photo.sha256),
    ] {
        assert!(flat.contains(&squeezed(wanted)), "{wanted}");
    }
    assert!(
        pdf.windows(scan.len()).any(|w| w == scan),
        "the ticked profile's photo is drawn"
    );
    req.order_ids.push("gone".into());
    assert!(matches!(
        write_report(&f.store, &req, &Utc, Utc::now()),
        Err(EvidenceError::Invalid(_))
    ));
}

#[test]
fn the_plan_alone_holds_the_plan_and_the_contacts_only_when_asked_and_nothing_from_the_log() {
    let mut f = fixture();
    let tz = FixedOffset::east_opt(0).unwrap();
    f.store
        .set_section_notes(Section::SafePlaces, "The café by the park opens at seven.")
        .unwrap();
    let done = f
        .store
        .add_plan_item(Section::Travel, "Sit near the driver")
        .unwrap();
    f.store
        .set_plan_item_done(&done.id, Some(at(18, 9, 0)))
        .unwrap();
    f.store
        .set_plan_stage(harbour_store::PlanStage::PreparingToLeave)
        .unwrap();

    let (pdf, outcome) = write_plan_sheet(
        &f.store,
        &PlanSheetRequest::default(),
        &Words::english(),
        &tz,
        at(20, 12, 0),
    )
    .unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(outcome.contacts, 0);
    assert!(outcome.steps >= 2);
    let text = pdf_text(&pdf);
    let flat = squeezed(&text);
    assert!(text.contains("My plan"), "{text}");
    // A page found on a printer: where the person is, only when asked; never the word "safety",
    // not even in the PDF's own title.
    assert!(!flat.contains(&squeezed("Preparing to leave")), "{text}");
    assert!(!text.to_lowercase().contains("safety"), "{text}");
    assert!(
        !String::from_utf8_lossy(&pdf)
            .to_lowercase()
            .contains("safety")
    );
    assert!(flat.contains(&squeezed(PLAN_CANARY)), "{text}");
    assert!(
        flat.contains(&squeezed("The café by the park opens at seven.")),
        "{text}"
    );
    // A step done says so (and when); one not done does not.
    assert!(
        flat.contains(&squeezed("☑ Sit near the driver (done")),
        "{text}"
    );
    assert!(
        flat.contains(&squeezed(&format!("☐ {PLAN_CANARY}"))),
        "{text}"
    );
    // Not asked: no contact, no code word. Never anything from the incident log.
    for absent in [
        CONTACT_CANARY,
        CODE_WORD,
        UNCHOSEN,
        "Tyres slashed",
        "Station Road",
    ] {
        assert!(
            !flat.contains(&squeezed(absent)),
            "{absent} must not be in the plan: {text}"
        );
    }

    let (pdf, outcome) = write_plan_sheet(
        &f.store,
        &PlanSheetRequest {
            with_contacts: true,
            with_stage: true,
        },
        &Words::english(),
        &tz,
        at(20, 12, 0),
    )
    .unwrap();
    assert_eq!(outcome.contacts, 1);
    let flat = squeezed(&pdf_text(&pdf));
    assert!(flat.contains(&squeezed("Where I am now Preparing to leave")));
    // The contact's emergency box was left unticked: nothing is said for it.
    assert!(!flat.contains(&squeezed("In an emergency")));
    assert!(flat.contains(&squeezed(CONTACT_CANARY)));
    assert!(flat.contains(&squeezed(CODE_WORD)));
    assert!(!flat.contains(&squeezed(UNCHOSEN)));
}

#[test]
fn the_entries_together_page_counts_and_quotes_and_never_judges() {
    let mut f = fixture();
    // A third chosen entry marked Fixated: the first and the latest so marked are quoted, not
    // the one between.
    let mut between = IncidentFields::new(
        at(6, 10, 0),
        IncidentKind::Messages,
        "Twelve messages before breakfast.",
    );
    between.behaviours = BTreeSet::from([Behaviour::Fixated]);
    let between = f.store.record_incident(&between).unwrap();
    let mut latest = IncidentFields::new(
        at(12, 22, 5),
        IncidentKind::Following,
        "Parked opposite the house\nuntil midnight.",
    );
    latest.behaviours = BTreeSet::from([Behaviour::Fixated, Behaviour::Unwanted]);
    latest.impact_on_daily_life = "I no longer go out after dark.".into();
    let latest = f.store.record_incident(&latest).unwrap();
    let mut ids = f.chosen.clone();
    ids.extend([between.id, latest.id]);

    let tz = FixedOffset::east_opt(0).unwrap();
    let (pdf, _) = write_report(&f.store, &request(&ids), &tz, at(20, 12, 0)).unwrap();
    let page = pdf_page_text(&pdf, 2);
    let flat = squeezed(&page);
    assert!(page.contains("The entries together"), "{page}");
    assert!(
        flat.contains(&squeezed("4 incidents over 10 days")),
        "{page}"
    );
    assert!(
        flat.contains(&squeezed("between 3 Oct 2026 and 12 Oct 2026")),
        "{page}"
    );
    assert!(
        flat.contains(&squeezed("3 Oct 2026, Following (entry 1)")),
        "{page}"
    );
    assert!(
        flat.contains(&squeezed("12 Oct 2026, Following (entry 4)")),
        "{page}"
    );
    // Counts by type and by behaviour.
    assert!(flat.contains(&squeezed("Following 2")), "{page}");
    assert!(flat.contains(&squeezed("Fixated 3 incidents")), "{page}");
    assert!(flat.contains(&squeezed("Obsessed 0 incidents")), "{page}");
    assert!(flat.contains(&squeezed("Unwanted 1 incident")), "{page}");
    // Fixated: the first and the latest quoted (the latest on one line), not the one between.
    assert!(flat.contains(&squeezed("you can't hide from me")), "{page}");
    assert!(
        flat.contains(&squeezed(
            "“Parked opposite the house until midnight.” (12 Oct 2026, entry 4)"
        )),
        "{page}"
    );
    assert!(
        !flat.contains(&squeezed("Twelve messages before breakfast")),
        "{page}"
    );
    // The effect on daily life, each quoted with its entry.
    assert!(flat.contains(&squeezed("in 2 entries")), "{page}");
    assert!(
        flat.contains(&squeezed("“I now take a taxi home.” (3 Oct 2026, entry 1)")),
        "{page}"
    );
    assert!(
        flat.contains(&squeezed(
            "“I no longer go out after dark.” (12 Oct 2026, entry 4)"
        )),
        "{page}"
    );
    // It describes; it never names an offence or the people.
    let lower = page.to_lowercase();
    for judged in [
        "harass",
        "stalk",
        "offence",
        "guilty",
        "crime",
        "victim",
        "perpetrator",
        "abuser",
    ] {
        assert!(!lower.contains(judged), "the page says {judged}: {page}");
    }
}

#[test]
fn refused_requests_say_why() {
    let f = fixture();
    let cases = [
        request(&[]),
        request(&["no-such-incident".to_owned()]),
        EvidenceRequest {
            plan_item_ids: vec!["no-such-item".into()],
            ..request(&f.chosen)
        },
        EvidenceRequest {
            from: chrono::NaiveDate::from_ymd_opt(2026, 10, 9),
            until: chrono::NaiveDate::from_ymd_opt(2026, 10, 1),
            ..request(&f.chosen)
        },
    ];
    for req in cases {
        match write_report(&f.store, &req, &Utc, Utc::now()) {
            Err(EvidenceError::Invalid(why)) => assert!(!why.code().is_empty()),
            other => panic!("expected a refusal, got {:?}", other.map(|(_, o)| o)),
        }
    }
}

fn read_zip(bytes: Vec<u8>) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut files = std::collections::BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut data = Vec::new();
        file.read_to_end(&mut data).unwrap();
        files.insert(file.name().unwrap().into_owned(), data);
    }
    files
}

fn check_bundle(f: &Fixture, files: &std::collections::BTreeMap<String, Vec<u8>>) {
    // The manifest covers every other file and every sum is right.
    let sums = String::from_utf8(files["SHA256SUMS"].clone()).unwrap();
    let mut listed = BTreeSet::new();
    for line in sums.lines() {
        let (sum, path) = line.split_once("  ").unwrap();
        assert_eq!(hex::encode(Sha256::digest(&files[path])), sum, "{path}");
        listed.insert(path.to_owned());
    }
    let others: BTreeSet<String> = files
        .keys()
        .filter(|k| *k != "SHA256SUMS")
        .cloned()
        .collect();
    assert_eq!(listed, others);

    // The original picture, byte for byte.
    let picture = files
        .iter()
        .find(|(k, _)| k.starts_with("attachments/") && k.ends_with("doorstep_photo.png"))
        .unwrap();
    assert_eq!(picture.1, &hex::decode(PNG_HEX).unwrap());

    let json: serde_json::Value = serde_json::from_slice(&files["incidents.json"]).unwrap();
    assert_eq!(json["format"], "harbour-evidence-bundle");
    let incidents = json["incidents"].as_array().unwrap();
    assert_eq!(incidents.len(), 2);
    // Chronological, every version, with hashes and signatures.
    assert_eq!(incidents[0]["id"], f.chosen[1]);
    let versions = incidents[1]["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0]["fields"]["description"], "Tyres slashed.");
    let history = f.store.incident_history(&f.chosen[0]).unwrap();
    assert_eq!(versions[1]["hash"], history[1].hash);
    assert_eq!(versions[1]["signature"], history[1].signature);
    assert_eq!(
        json["chain_head"]["hash"],
        f.store.chain_head().unwrap().unwrap().hash
    );
    assert_eq!(json["chain_at_export"]["status"], "intact");
    let text = String::from_utf8_lossy(&files["incidents.json"]);
    for unwanted in [PLAN_CANARY, CONTACT_CANARY, UNCHOSEN, f.unchosen.as_str()] {
        assert!(!text.contains(unwanted), "{unwanted}");
    }
}

#[test]
fn plain_bundle_is_a_zip_with_json_original_files_and_a_checked_manifest() {
    let f = fixture();
    let mut out = Vec::new();
    let outcome = write_bundle(
        &f.store,
        &request(&f.chosen),
        &Words::english(),
        &Utc,
        Utc::now(),
        BundleLock::Plain,
        &mut out,
    )
    .unwrap();
    assert_eq!((outcome.incidents, outcome.files), (2, 1));
    check_bundle(&f, &read_zip(out));
}

/// The chosen incidents' bundle, locked with `passphrase` (the quickest Argon2 settings).
fn locked_bundle(f: &Fixture, passphrase: &BackupPassphrase) -> Vec<u8> {
    let mut sealed = Vec::new();
    write_bundle(
        &f.store,
        &request(&f.chosen),
        &Words::english(),
        &Utc,
        Utc::now(),
        BundleLock::Passphrase(passphrase, KdfParams::FLOOR),
        &mut sealed,
    )
    .unwrap();
    sealed
}

#[test]
fn locked_bundle_opens_only_with_its_passphrase_and_holds_the_same_zip() {
    let f = fixture();
    let passphrase = BackupPassphrase::new("correct horse battery").unwrap();
    let sealed = locked_bundle(&f, &passphrase);
    assert!(
        !sealed.windows(4).any(|w| w == b"PK\x03\x04"),
        "no zip in the clear"
    );
    let png = hex::decode(PNG_HEX).unwrap();
    assert!(!sealed.windows(png.len()).any(|w| w == png.as_slice()));

    let wrong = BackupPassphrase::new("incorrect horse battery").unwrap();
    assert!(
        open_backup_stream(
            sealed.as_slice(),
            Vec::new(),
            BackupSecret::Passphrase(&wrong)
        )
        .is_err()
    );
    let mut zip = Vec::new();
    open_backup_stream(
        sealed.as_slice(),
        &mut zip,
        BackupSecret::Passphrase(&passphrase),
    )
    .unwrap();
    check_bundle(&f, &read_zip(zip));
}

/// For looking at the report by eye: `HARBOUR_REPORT_OUT=/tmp/r.pdf cargo test -p
/// harbour-evidence write_sample -- --ignored`.
#[test]
#[ignore]
fn write_sample() {
    let f = fixture();
    let mut req = request(&f.chosen);
    req.plan_item_ids = vec![f.plan_item.clone()];
    // HARBOUR_REPORT_LANGUAGES="en-GB ur" for a report in those languages.
    if let Ok(codes) = std::env::var("HARBOUR_REPORT_LANGUAGES") {
        req.languages = codes.split_whitespace().map(str::to_owned).collect();
    }
    let (pdf, _) = write_report(
        &f.store,
        &req,
        &FixedOffset::east_opt(0).unwrap(),
        Utc::now(),
    )
    .unwrap();
    std::fs::write(std::env::var("HARBOUR_REPORT_OUT").unwrap(), pdf).unwrap();
}

#[test]
fn a_locked_export_offered_as_a_backup_is_refused_as_damaged() {
    let f = fixture();
    let passphrase = BackupPassphrase::new("correct horse battery").unwrap();
    let sealed = locked_bundle(&f, &passphrase);
    let scratch = tempfile::tempdir().unwrap();
    let err = harbour_vault::CheckedBackup::read(
        scratch.path(),
        sealed.as_slice(),
        BackupSecret::Passphrase(&passphrase),
    )
    .unwrap_err();
    assert!(
        matches!(err, harbour_vault::VaultError::Corrupt(_)),
        "{err:?}"
    );
    // Its scratch copy is gone again.
    assert_eq!(std::fs::read_dir(scratch.path()).unwrap().count(), 0);
}

/// An 8x8 JPEG with an Exif (APP1) segment holding a GPS-like canary.
const JPEG_EXIF_HEX: &str = "ffd8ffe1002345786966000043414e4152592d4750532035312e353037324e20302e3132373657ffe000104a46494600010100000100010000ffdb0043000302020302020303030304030304050805050404050a070706080c0a0c0c0b0a0b0b0d0e12100d0e110e0b0b1016101113141515150c0f171816141812141514ffdb00430103040405040509050509140d0b0d1414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414ffc00011080008000803011100021101031101ffc40014000100000000000000000000000000000007ffc40014100100000000000000000000000000000000ffc40014010100000000000000000000000000000007ffc40014110100000000000000000000000000000000ffda000c03010002110311003f0017358c9fffd9";

fn report_with_attachment(name: &str, media_type: &str, bytes: &[u8]) -> (Vec<u8>, bool) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(Connection::open(dir.path().join("v.db")).unwrap()).unwrap();
    let file = store.add_attachment(name, media_type, bytes).unwrap();
    let mut fields = IncidentFields::new(at(2, 9, 0), IncidentKind::Damage, "Photo of the car.");
    fields.attachments = vec![file.id];
    let id = store.record_incident(&fields).unwrap().id;
    let (pdf, outcome) = write_report(&store, &request(&[id]), &Utc, Utc::now()).unwrap();
    (pdf, outcome.pictures_left_out)
}

#[test]
fn a_jpeg_goes_into_the_report_without_its_exif_location() {
    let jpeg = hex::decode(JPEG_EXIF_HEX).unwrap();
    let (pdf, left_out) = report_with_attachment("car.jpg", "image/jpeg", &jpeg);
    assert!(!left_out);
    // The picture's scan data is in the PDF byte for byte (so a search of the bytes means
    // something), and the Exif canary is not.
    let scan = &jpeg[jpeg.len() - 20..];
    assert!(
        pdf.windows(scan.len()).any(|w| w == scan),
        "the JPEG is embedded"
    );
    assert!(!pdf.windows(10).any(|w| w == b"CANARY-GPS"));
}

#[test]
fn a_damaged_photo_leaves_the_picture_out_but_never_the_report() {
    let mut png = hex::decode(PNG_HEX).unwrap();
    // Keep the header readable, break the compressed pixels.
    let idat = png.windows(4).position(|w| w == b"IDAT").unwrap();
    for b in &mut png[idat + 4..idat + 12] {
        *b ^= 0x5a;
    }
    let (pdf, left_out) = report_with_attachment("broken.png", "image/png", &png);
    assert!(left_out);
    let text = squeezed(&pdf_text(&pdf));
    assert!(text.contains("broken.png") && text.contains(&hex::encode(Sha256::digest(&png))));
}

/// What poppler's `pdfinfo` says of a PDF, with `args`.
fn pdfinfo(pdf: &[u8], args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdfinfo")
        .args(args)
        .arg(&path)
        .output()
        .expect("pdfinfo (poppler-utils) is installed by scripts/setup.sh");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Whether poppler finds the PDF tagged (it has a structure tree a screen reader follows).
fn tagged(pdf: &[u8]) -> bool {
    pdfinfo(pdf, &[])
        .lines()
        .any(|l| l.starts_with("Tagged:") && l.ends_with("yes"))
}

/// A screen reader reads the report in order (headings, tables with header cells, pictures with
/// what they show), and a records office can keep it: krilla refuses to write a PDF that fails
/// its PDF/UA-1 or PDF/A-2b checks, and the file says which it meets.
#[test]
fn the_report_is_tagged_for_screen_readers_and_declared_pdf_ua_1_and_pdf_a_2b() {
    let jpeg = hex::decode(JPEG_EXIF_HEX).unwrap();
    let (pdf, left_out) = report_with_attachment("car.jpg", "image/jpeg", &jpeg);
    assert!(!left_out);
    assert!(tagged(&pdf));
    let meta = pdfinfo(&pdf, &["-meta"]);
    assert!(meta.contains("<pdfaid:part>2</pdfaid:part>"), "{meta}");
    assert!(
        meta.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "{meta}"
    );
    assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), "{meta}");
    let tree = pdfinfo(&pdf, &["-struct-text"]);
    for element in ["H1", "H2", "H3", "P", "Table", "TR", "TH", "TD", "Figure"] {
        assert!(
            tree.lines().any(|l| l.trim_start().starts_with(element)),
            "no {element} in the tag tree:\n{tree}"
        );
    }
    assert!(tree.contains("Incident log"), "{tree}");
    // The picture is described, not only placed.
    assert!(
        pdf.windows(b"car.jpg".len())
            .filter(|w| *w == b"car.jpg")
            .count()
            >= 1,
        "the picture's description names it"
    );
}

#[test]
fn the_plan_sheet_is_tagged_and_archival_too() {
    let f = fixture();
    let (pdf, _) = harbour_evidence::write_plan_sheet(
        &f.store,
        &harbour_evidence::PlanSheetRequest {
            with_contacts: true,
            with_stage: true,
        },
        &Words::english(),
        &Utc,
        Utc::now(),
    )
    .unwrap();
    assert!(tagged(&pdf));
    let meta = pdfinfo(&pdf, &["-meta"]);
    assert!(
        meta.contains("<pdfuaid:part>1</pdfuaid:part>")
            && meta.contains("<pdfaid:part>2</pdfaid:part>")
    );
    let tree = pdfinfo(&pdf, &["-struct-text"]);
    assert!(
        tree.lines().any(|l| l.trim_start().starts_with("H1")),
        "{tree}"
    );
}

/// A character the report's font does not have (an emoji, Urdu, Gurmukhi) is forbidden in a
/// PDF/A or PDF/UA file: the report is still made, tagged, only without claiming either.
/// The fonts embedded in a PDF, as pdffonts names them (subset prefixes removed).
fn pdf_fonts(pdf: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdffonts")
        .arg(&path)
        .output()
        .expect("pdffonts (poppler-utils) is installed by scripts/setup.sh");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .skip(2)
        .filter_map(|l| l.split_whitespace().next())
        .map(|name| name.split_once('+').map_or(name, |(_, n)| n).to_owned())
        .collect()
}

#[test]
fn words_in_urdu_punjabi_arabic_and_welsh_are_drawn_in_fonts_that_have_them_and_read_back_in_order()
{
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(Connection::open(dir.path().join("v.db")).unwrap()).unwrap();
    // No number in it: pdftotext puts the runs of a line in the order they are seen when the
    // page reads left to right, so a number in an Urdu sentence in an English report comes back
    // in the wrong place (the PDF is right: a report in Urdu reads it back in order, below).
    let urdu = "وہ رات کو گھر کے باہر کھڑا تھا اور دروازہ کھٹکھٹایا";
    let punjabi = "ਉਸਨੇ ਮੈਨੂੰ ਕੰਮ ਤੋਂ ਘਰ ਤੱਕ ਪਿੱਛਾ ਕੀਤਾ";
    let arabic = "قال إنه سيعود غداً";
    let welsh = "Roedd e'n aros wrth y tŷ; ŵyr, ŷd";
    let mut ids = Vec::new();
    for (day, text) in [(3, urdu), (4, punjabi), (5, arabic), (6, welsh)] {
        let fields = IncidentFields::new(at(day, 9, 0), IncidentKind::Following, text);
        ids.push(store.record_incident(&fields).unwrap().id);
    }
    let (pdf, _) = write_report(&store, &request(&ids), &Utc, Utc::now()).unwrap();
    // Every character has a glyph now, so the report still claims (and krilla checked) both.
    let meta = pdfinfo(&pdf, &["-meta"]);
    assert!(
        meta.contains("pdfuaid:part") && meta.contains("pdfaid:part"),
        "{meta}"
    );
    let fonts = pdf_fonts(&pdf);
    for family in [
        "NotoNaskhArabic-Regular",
        "NotoSansGurmukhi-Regular",
        "DejaVuSans",
    ] {
        assert!(
            fonts.iter().any(|f| f == family),
            "{family} not in {fonts:?}"
        );
    }
    // Each description reads back word for word, in the order it was written.
    let text = pdf_text(&pdf);
    for words in [urdu, punjabi, arabic, welsh] {
        assert!(
            readable(&text).contains(&readable(words)),
            "{words:?} not read back from:\n{text}"
        );
    }
    // In a report in Urdu, a number in an Urdu sentence is read back where it was written.
    let counted = "اس نے 3 بار دروازہ کھٹکھٹایا";
    let fields = IncidentFields::new(at(7, 9, 0), IncidentKind::Following, counted);
    let id = store.record_incident(&fields).unwrap().id;
    let in_urdu = EvidenceRequest {
        languages: vec!["ur".into()],
        ..request(&[id])
    };
    let (pdf, _) = write_report(&store, &in_urdu, &Utc, Utc::now()).unwrap();
    let text = pdf_text(&pdf);
    assert!(readable(&text).contains(&readable(counted)), "{text}");
}

/// Text to compare with what pdftotext read: no spaces (columns), none of the direction marks
/// pdftotext puts around right-to-left runs, and no Arabic vowel marks (it reads a mark written
/// after its letter before it, reversing the two with the word).
fn readable(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(*c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
                && !matches!(*c, '\u{064B}'..='\u{0652}')
        })
        .collect()
}

/// The words of a PDF with their boxes, as pdftotext -bbox gives them: (word, x min, x max).
fn pdf_words(pdf: &[u8]) -> Vec<(String, f32, f32)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-bbox", "-f", "1", "-l", "1"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/setup.sh");
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    html.lines()
        .filter_map(|line| {
            let line = line.trim();
            let rest = line.strip_prefix("<word ")?;
            let attr = |name: &str| -> Option<f32> {
                let at = rest.find(&format!("{name}=\""))? + name.len() + 2;
                rest[at..].split('"').next()?.parse().ok()
            };
            let word = rest.split_once('>')?.1.strip_suffix("</word>")?.to_owned();
            Some((word, attr("xMin")?, attr("xMax")?))
        })
        .collect()
}

#[test]
fn a_report_in_urdu_is_set_from_the_right_and_one_in_both_languages_has_a_whole_part_in_each() {
    let f = fixture();
    let urdu = harbour_words::Words::new("ur");
    let english = harbour_words::Words::english();
    let in_urdu = EvidenceRequest {
        languages: vec!["ur".into()],
        ..request(&f.chosen)
    };
    let (pdf, urdu_outcome) = write_report(&f.store, &in_urdu, &Utc, Utc::now()).unwrap();
    let text = squeezed(&pdf_text(&pdf));
    assert!(
        text.contains(&squeezed(&urdu.get("report-title"))),
        "{text}"
    );
    assert!(
        !text.contains(&squeezed(&english.get("report-how-to-read"))),
        "English in the Urdu report"
    );
    // What the person wrote is kept as written, in English.
    assert!(text.contains(&squeezed("Tyres slashed.")));
    // Set from the right: the title's words end at the right margin (595 - 54 points).
    let words = pdf_words(&pdf);
    let right = words.iter().map(|(_, _, x)| *x).fold(0.0_f32, f32::max);
    let left = words.iter().map(|(_, x, _)| *x).fold(f32::MAX, f32::min);
    assert!(right > 530.0, "nothing reaches the right margin: {right}");
    assert!(left > 54.0 - 1.0, "{left}");
    // Archival and tagged in Urdu too (Naskh has every letter used).
    let meta = pdfinfo(&pdf, &["-meta"]);
    assert!(
        meta.contains("pdfuaid:part") && meta.contains("pdfaid:part"),
        "{meta}"
    );

    let both = EvidenceRequest {
        languages: vec!["en-GB".into(), "ur".into()],
        ..request(&f.chosen)
    };
    let (pdf, both_outcome) = write_report(&f.store, &both, &Utc, Utc::now()).unwrap();
    let text = squeezed(&pdf_text(&pdf));
    for words in [&english, &urdu] {
        assert!(text.contains(&squeezed(&words.get("report-title"))));
        assert!(text.contains(&squeezed(&words.get("report-how-to-read"))));
    }
    // English first, on page 1.
    assert!(squeezed(&pdf_page_text(&pdf, 1)).contains(&squeezed(&english.get("report-title"))));
    assert!(both_outcome.pages > urdu_outcome.pages);
    // An unknown language is not a reason to fail: the report is in English.
    let unknown = EvidenceRequest {
        languages: vec!["xx".into()],
        ..request(&f.chosen)
    };
    let (pdf, _) = write_report(&f.store, &unknown, &Utc, Utc::now()).unwrap();
    assert!(squeezed(&pdf_text(&pdf)).contains(&squeezed(&english.get("report-title"))));
}

#[test]
fn a_report_holding_characters_the_font_lacks_is_still_made_without_the_claim() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(Connection::open(dir.path().join("v.db")).unwrap()).unwrap();
    let fields = IncidentFields::new(
        at(2, 9, 0),
        IncidentKind::Messages,
        // Chinese: in none of the fonts embedded (DejaVu Sans, Noto Naskh Arabic, Noto Sans
        // Gurmukhi); Urdu and Punjabi are drawn now.
        "He wrote 你好 and then: تم کہاں ہو؟ ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ",
    );
    let id = store.record_incident(&fields).unwrap().id;
    let (pdf, _) = write_report(&store, &request(&[id]), &Utc, Utc::now()).unwrap();
    assert!(tagged(&pdf));
    let meta = pdfinfo(&pdf, &["-meta"]);
    assert!(
        !meta.contains("pdfuaid") && !meta.contains("pdfaid"),
        "{meta}"
    );
    let text = pdf_text(&pdf);
    assert!(squeezed(&text).contains(&squeezed("He wrote")), "{text}");
}
