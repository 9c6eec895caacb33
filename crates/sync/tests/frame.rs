//! Hostile frames: every way a frame can be changed, cut, replayed, delivered late or sealed with the
//! wrong key is refused, and random bytes never panic the decoder.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use harbour_sync::frame::{HEADER_LEN, epoch_of, open, seal};
use harbour_sync::{CaseKey, FrameError, FrameKind, ReplayGuard};
use proptest::prelude::*;

const ALICE: [u8; 16] = [0xA1; 16];

#[test]
fn a_frame_opens_with_its_key_and_says_who_sent_what() {
    let key = CaseKey::generate(7).unwrap();
    let frame = seal(&key, FrameKind::Change, ALICE, 42, b"plan: new safe place").unwrap();
    assert_eq!(epoch_of(&frame).unwrap(), 7);
    let opened = open(|e| (e == 7).then_some(&key), &frame).unwrap();
    assert_eq!(opened.kind, FrameKind::Change);
    assert_eq!(
        (opened.sender, opened.counter, opened.epoch),
        (ALICE, 42, 7)
    );
    assert_eq!(opened.content.as_slice(), b"plan: new safe place");
    // The content is not in the frame in the clear.
    assert!(!frame.windows(9).any(|w| w == b"safe plac"));
}

#[test]
fn every_single_bit_flip_is_refused() {
    let key = CaseKey::generate(1).unwrap();
    let frame = seal(&key, FrameKind::Presence, ALICE, 1, b"looking at: contacts").unwrap();
    for byte in 0..frame.len() {
        for bit in 0..8 {
            let mut bad = frame.clone();
            bad[byte] ^= 1 << bit;
            let result = open(|_| Some(&key), &bad);
            assert!(
                result.is_err(),
                "flip at byte {byte} bit {bit} was accepted"
            );
            if byte >= HEADER_LEN || (10..HEADER_LEN).contains(&byte) {
                assert_eq!(result.unwrap_err(), FrameError::Forged, "byte {byte}");
            }
        }
    }
}

#[test]
fn cut_short_or_lengthened_frames_are_refused() {
    let key = CaseKey::generate(1).unwrap();
    let frame = seal(&key, FrameKind::Change, ALICE, 1, &[5; 1000]).unwrap();
    for len in [0, 3, HEADER_LEN, 512, frame.len() - 1] {
        assert!(open(|_| Some(&key), &frame[..len]).is_err(), "cut to {len}");
    }
    let mut longer = frame.clone();
    longer.push(0);
    assert_eq!(open(|_| Some(&key), &longer), Err(FrameError::Malformed));
}

#[test]
fn another_key_or_an_epoch_not_held_does_not_open_it() {
    let old = CaseKey::generate(1).unwrap();
    let rotated = CaseKey::generate(2).unwrap();
    let after = seal(
        &rotated,
        FrameKind::Change,
        ALICE,
        9,
        b"written after revocation",
    )
    .unwrap();
    // A device that was removed holds only the old epoch's key.
    assert_eq!(
        open(|e| (e == 1).then_some(&old), &after),
        Err(FrameError::UnknownEpoch)
    );
    // Lying about which key it is does not help either.
    assert_eq!(open(|_| Some(&old), &after), Err(FrameError::UnknownEpoch));
    let same_epoch_other_key = CaseKey::generate(2).unwrap();
    assert_eq!(
        open(|_| Some(&same_epoch_other_key), &after),
        Err(FrameError::Forged)
    );
}

/// A frame is taken once: replayed, refused; late (a relay that delivers out of order), still
/// taken, once, within the window; and what was still to come is kept across a save.
#[test]
fn replayed_frames_are_refused_and_late_ones_taken_once() {
    let key = CaseKey::generate(1).unwrap();
    let mut guard = ReplayGuard::default();
    let frame = |sender: [u8; 16], n: u64| {
        open(
            |_| Some(&key),
            &seal(&key, FrameKind::Change, sender, n, b"x").unwrap(),
        )
        .unwrap()
    };
    guard.accept(&frame(ALICE, 1)).unwrap();
    guard.accept(&frame(ALICE, 3)).unwrap();
    assert_eq!(
        guard.accept(&frame(ALICE, 3)),
        Err(FrameError::Replayed),
        "replayed"
    );
    // Saved and read back (as the link is, in the vault) with 2 still to come.
    let mut guard = ReplayGuard::from_entries(
        guard.entries().collect::<Vec<_>>(),
        guard.late().collect::<Vec<_>>(),
    );
    guard.accept(&frame(ALICE, 2)).unwrap();
    assert_eq!(
        guard.accept(&frame(ALICE, 2)),
        Err(FrameError::Replayed),
        "a late frame is taken once"
    );
    assert_eq!(guard.accept(&frame(ALICE, 1)), Err(FrameError::Replayed));
    // Far beyond: what is more than the window below is given up on.
    guard.accept(&frame(ALICE, 3 + 1000)).unwrap();
    assert_eq!(
        guard.accept(&frame(ALICE, 500)),
        Err(FrameError::Replayed),
        "more than the window below"
    );
    guard.accept(&frame(ALICE, 1003 - 200)).unwrap();
    assert!(guard.late().map(|(_, c)| c.len()).sum::<usize>() <= 256);
    // Another sender's counters are its own.
    guard.accept(&frame([0xB0; 16], 1)).unwrap();
}

proptest! {
    #[test]
    fn random_bytes_never_panic_the_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..2100)) {
        let key = CaseKey::from_bytes(1, [3; 32]);
        let _ = open(|_| Some(&key), &bytes);
        let _ = epoch_of(&bytes);
    }

    #[test]
    fn frames_round_trip(content in proptest::collection::vec(any::<u8>(), 0..5000), counter in 1u64.., kind in 0u8..3) {
        let key = CaseKey::from_bytes(4, [9; 32]);
        let kind = [FrameKind::Change, FrameKind::Presence, FrameKind::KeyRotation][kind as usize];
        let frame = seal(&key, kind, ALICE, counter, &content).unwrap();
        let opened = open(|_| Some(&key), &frame).unwrap();
        prop_assert_eq!(opened.content.to_vec(), content);
        prop_assert_eq!(opened.counter, counter);
        prop_assert_eq!(opened.kind, kind);
    }
}
