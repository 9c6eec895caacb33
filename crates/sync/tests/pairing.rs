//! Pairing: the same code gives both sides the same phrase and key; a wrong code or someone in
//! the middle gives different phrases and failed confirmations, so pairing is abandoned.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use harbour_sync::pairing::{Paired, PairingCode, PairingError, Role, start};

/// The four messages in their order (see the module docs), between two honest sides.
fn pair(advocate_code: &PairingCode, client_code: &PairingCode) -> (Paired, Paired) {
    let advocate = start(advocate_code, Role::Advocate);
    let client = start(client_code, Role::Client);
    let commitment = client.commitment();
    let advocate_message = advocate.message().to_vec();
    let client_message = client.message().to_vec();
    let advocate = advocate.finish(&client_message, Some(&commitment)).unwrap();
    let client = client.finish(&advocate_message, None).unwrap();
    (advocate, client)
}

#[test]
fn the_same_code_gives_the_same_phrase_and_a_working_key() {
    let code = PairingCode::generate().unwrap();
    let typed = PairingCode::parse(&code.display().to_lowercase().replace('-', " ")).unwrap();
    let (advocate, client) = pair(&code, &typed);
    assert_eq!(advocate.phrase(), client.phrase());
    assert_eq!(advocate.phrase().split(' ').count(), 4);
    let (to_client, to_advocate) = (advocate.confirmation(), client.confirmation());
    let advocate = advocate.confirm(&to_advocate).unwrap();
    let client = client.confirm(&to_client).unwrap();
    // What follows confirmation is sealed under the pairing key, in both directions.
    let sealed = advocate
        .seal(1, b"advocate device key + first case key")
        .unwrap();
    assert_eq!(
        client.open(&sealed).unwrap().as_slice(),
        b"advocate device key + first case key"
    );
    let back = client.seal(1, b"client device key").unwrap();
    assert_eq!(
        advocate.open(&back).unwrap().as_slice(),
        b"client device key"
    );
    // A side cannot be fed its own message back as if the other had sent it.
    assert!(advocate.open(&sealed).is_err());
}

#[test]
fn a_wrong_code_gives_different_phrases_and_fails_confirmation() {
    let (advocate, client) = pair(
        &PairingCode::generate().unwrap(),
        &PairingCode::generate().unwrap(),
    );
    assert_ne!(advocate.phrase(), client.phrase());
    let to_advocate = client.confirmation();
    assert_eq!(
        advocate.confirm(&to_advocate).unwrap_err(),
        PairingError::Mismatch
    );
}

/// The middle sits between the two apps and answers each itself, using `its_code`.
fn pair_through_the_middle(code: &PairingCode, its_code: &PairingCode) -> [Paired; 4] {
    let advocate = start(code, Role::Advocate);
    let client = start(code, Role::Client);
    let fake_client = start(its_code, Role::Client);
    let fake_advocate = start(its_code, Role::Advocate);
    // 1. The client's commitment reaches the middle; the middle commits to its own message.
    let client_commitment = client.commitment();
    let fake_commitment = fake_client.commitment();
    // 2. Each advocate message goes out; 3. each client reveals.
    let (advocate_msg, fake_advocate_msg) = (
        advocate.message().to_vec(),
        fake_advocate.message().to_vec(),
    );
    let (client_msg, fake_client_msg) = (client.message().to_vec(), fake_client.message().to_vec());
    [
        advocate
            .finish(&fake_client_msg, Some(&fake_commitment))
            .unwrap(),
        client.finish(&fake_advocate_msg, None).unwrap(),
        fake_client.finish(&advocate_msg, None).unwrap(),
        fake_advocate
            .finish(&client_msg, Some(&client_commitment))
            .unwrap(),
    ]
}

#[test]
fn someone_in_the_middle_without_the_code_is_caught() {
    let code = PairingCode::generate().unwrap();
    let [advocate, client, fake_client, fake_advocate] =
        pair_through_the_middle(&code, &PairingCode::generate().unwrap());
    // The two real people read out different phrases.
    assert_ne!(advocate.phrase(), client.phrase());
    // No confirmation checks out: not the middle's own, not the real ones passed through.
    let (real_from_client, real_from_advocate) = (client.confirmation(), advocate.confirmation());
    assert_eq!(
        advocate.confirm(&real_from_client).unwrap_err(),
        PairingError::Mismatch
    );
    assert_eq!(
        client.confirm(&fake_advocate.confirmation()).unwrap_err(),
        PairingError::Mismatch
    );
    assert_eq!(
        fake_client.confirm(&real_from_advocate).unwrap_err(),
        PairingError::Mismatch
    );
}

#[test]
fn someone_in_the_middle_who_saw_the_code_still_shows_different_phrases() {
    // With the code, the middle completes both exchanges and its confirmations pass: only the
    // phrase read aloud shows it. The commitment keeps it from searching for a match, so the
    // phrases agree only by a 1 in 2^32 chance.
    let code = PairingCode::generate().unwrap();
    let [advocate, client, fake_client, fake_advocate] = pair_through_the_middle(&code, &code);
    assert_ne!(advocate.phrase(), client.phrase());
    assert_eq!(advocate.phrase(), fake_client.phrase());
    assert_eq!(client.phrase(), fake_advocate.phrase());
}

#[test]
fn a_message_that_does_not_match_its_commitment_ends_the_pairing() {
    let code = PairingCode::generate().unwrap();
    let advocate = start(&code, Role::Advocate);
    let client = start(&code, Role::Client);
    let other = start(&code, Role::Client);
    // Committed to one message, revealed another (chosen after seeing the advocate's).
    assert_eq!(
        advocate
            .finish(other.message(), Some(&client.commitment()))
            .unwrap_err(),
        PairingError::Mismatch
    );
    // The advocate never finishes without a commitment.
    let advocate = start(&code, Role::Advocate);
    assert_eq!(
        advocate.finish(client.message(), None).unwrap_err(),
        PairingError::Mismatch
    );
}

#[test]
fn typed_codes_are_read_forgivingly_and_nonsense_is_refused() {
    let code = PairingCode::generate().unwrap();
    let shown = code.display();
    assert_eq!(shown.len(), 19);
    assert_eq!(&*PairingCode::parse(&shown).unwrap().display(), &*shown);
    // O for 0 and l for 1 are what people mistype.
    let typo = shown.replace('0', "O").replace('1', "l");
    assert_eq!(&*PairingCode::parse(&typo).unwrap().display(), &*shown);
    for bad in [
        "",
        "ABC",
        "7KQ2-M9XD-4TFB-0C8",
        "7KQ2-M9XD-4TFB-0C8HH",
        "7KQ2-M9XD-4TFB-0C8U",
    ] {
        assert_eq!(
            PairingCode::parse(bad).unwrap_err(),
            PairingError::BadCode,
            "{bad}"
        );
    }
    // A garbled message is refused, not accepted.
    assert!(
        start(&code, Role::Client)
            .finish(b"not a spake2 message", None)
            .is_err()
    );
}
