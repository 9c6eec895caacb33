//! The sync frame decoder on hostile input: it must refuse, never panic or allocate without
//! bound. The first input byte picks the mode: odd, the rest is the whole frame; even, the rest
//! follows a valid header prefix (magic, version, kind, epoch 1) so the sender, counter, nonce and
//! authentication checks are reached too. Both versions are opened: unsigned (pairing's) and
//! signed (a case's), the signed one against a paired device key no input can sign for.
#![no_main]

use harbour_sync::CaseKey;
use harbour_sync::frame::{epoch_of, open, open_signed};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((mode, rest)) = data.split_first() else {
        return;
    };
    let key = CaseKey::from_bytes(1, [7; 32]);
    let frame: Vec<u8> = if mode % 2 == 1 {
        rest.to_vec()
    } else {
        // Every other even mode byte: a signed frame's version.
        let version = if mode % 4 == 0 { 2 } else { 1 };
        let mut f = b"HSF1".to_vec();
        f.extend_from_slice(&[version, 1, 0, 0, 0, 1]);
        f.extend_from_slice(rest);
        // Pad to the smallest size a frame can have, so the shape check passes.
        if f.len() < 512 {
            f.resize(512, 0);
        }
        f
    };
    let _ = epoch_of(&frame);
    if open(|e| (e == 1).then_some(&key), &frame).is_ok() {
        panic!("an unauthenticated frame opened");
    }
    // A paired device's public key: no input can carry a signature that verifies under it.
    let device = [9u8; 32];
    if open_signed(|e| (e == 1).then_some(&key), &[device], &frame).is_ok() {
        panic!("an unauthenticated frame opened as signed");
    }
});
