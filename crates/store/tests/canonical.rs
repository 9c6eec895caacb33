//! The canonical encoding is decodable (hence injective) and sensitive to every field.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use harbour_store::canonical::{
    AttachmentRef, DOMAIN, RevisionPreimage, decode_revision, encode_revision,
};
use harbour_store::{
    Behaviour, IncidentFields, IncidentKind, IncidentLink, LinkKind, PoliceContact,
};
use proptest::prelude::*;

fn time() -> impl Strategy<Value = DateTime<Utc>> {
    (-2_000_000_000_000_000i64..4_000_000_000_000_000i64)
        .prop_map(|us| DateTime::<Utc>::from_timestamp_micros(us).unwrap())
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), ".{0,12}", "[a-c\u{0}]{0,4}"]
}

prop_compose! {
    fn preimage()(
        prev_hash in any::<[u8; 32]>(),
        seq in any::<u64>(),
        incident_id in text(),
        revision in any::<u32>(),
        recorded_at in time(),
        occurred_at in time(),
        occurred_until in prop::option::of(time()),
        kind in 0usize..12,
        behaviours in prop::collection::btree_set(0usize..4, 0..=4),
        texts in prop::collection::vec(text(), 10),
        attachments in prop::collection::vec((text(), any::<[u8; 32]>(), text(), text(), any::<u64>()), 0..3),
        links in prop::collection::vec((any::<bool>(), text(), text()), 0..3),
    ) -> RevisionPreimage {
        let attachments: Vec<AttachmentRef> = attachments
            .into_iter()
            .map(|(id, sha256, file_name, media_type, size)| AttachmentRef { id, sha256, file_name, media_type, size })
            .collect();
        RevisionPreimage {
            prev_hash, seq, incident_id, revision, recorded_at,
            fields: IncidentFields {
                occurred_at, occurred_until,
                location: texts[0].clone(),
                kind: IncidentKind::ALL[kind],
                behaviours: behaviours.into_iter().map(|b| Behaviour::ALL[b]).collect::<BTreeSet<_>>(),
                description: texts[1].clone(),
                perpetrator_appearance: texts[2].clone(),
                vehicle: texts[3].clone(),
                witnesses: texts[4].clone(),
                impact_on_victim: texts[5].clone(),
                impact_on_daily_life: texts[6].clone(),
                police: PoliceContact { officer: texts[7].clone(), crime_reference: texts[8].clone() },
                reported_to: texts[9].clone(),
                attachments: attachments.iter().map(|a| a.id.clone()).collect(),
                links: links
                    .into_iter()
                    .map(|(person, target, label)| IncidentLink {
                        kind: if person { LinkKind::Person } else { LinkKind::Breach },
                        target,
                        label,
                    })
                    .collect(),
            },
            attachments,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn decode_inverts_encode(p in preimage()) {
        let bytes = encode_revision(&p);
        prop_assert_eq!(decode_revision(&bytes).unwrap(), p);
    }

    #[test]
    fn different_inputs_give_different_bytes(a in preimage(), b in preimage()) {
        prop_assert_eq!(a == b, encode_revision(&a) == encode_revision(&b));
        prop_assert_eq!(a == b, a.hash() == b.hash());
    }

    #[test]
    fn moving_text_between_fields_changes_bytes(p in preimage(), s in "[a-z]{1,5}") {
        // The classic concatenation ambiguity: "ab"+"c" vs "a"+"bc".
        let mut x = p.clone();
        x.fields.location = format!("{}{s}", p.fields.location);
        let mut y = p.clone();
        y.fields.description = format!("{s}{}", p.fields.description);
        prop_assert_ne!(encode_revision(&x), encode_revision(&y));
    }

    #[test]
    fn truncated_or_extended_bytes_do_not_decode(p in preimage(), cut in any::<prop::sample::Index>()) {
        let bytes = encode_revision(&p);
        let n = cut.index(bytes.len());
        prop_assert!(decode_revision(&bytes[..n]).is_err());
        let mut longer = bytes.clone();
        longer.push(0);
        prop_assert!(decode_revision(&longer).is_err());
    }
}

#[test]
fn encoding_is_stable() {
    // A fixed vector: if this changes, existing chains stop verifying. Add a new version instead.
    let p = RevisionPreimage {
        prev_hash: [0; 32],
        seq: 1,
        incident_id: "i".into(),
        revision: 1,
        recorded_at: DateTime::<Utc>::from_timestamp_micros(1).unwrap(),
        fields: IncidentFields {
            occurred_at: DateTime::<Utc>::from_timestamp_micros(0).unwrap(),
            kind: IncidentKind::Calls,
            behaviours: BTreeSet::from([Behaviour::Repeated, Behaviour::Fixated]),
            description: "d".into(),
            ..IncidentFields::default()
        },
        attachments: vec![],
    };
    assert_eq!(
        hex::encode(p.hash()),
        "e279b0ff133eced6f50486f5ed62e0f5de8fc6c1313eb12c007286d47e7d9198"
    );
}

#[test]
fn encoding_with_attachment_is_stable_and_covers_its_metadata() {
    // A fixed vector for the attachment layout (id, sha256, file_name, media_type, size).
    let base = RevisionPreimage {
        prev_hash: [0; 32],
        seq: 1,
        incident_id: "i".into(),
        revision: 1,
        recorded_at: DateTime::<Utc>::from_timestamp_micros(1).unwrap(),
        fields: IncidentFields {
            occurred_at: DateTime::<Utc>::from_timestamp_micros(0).unwrap(),
            kind: IncidentKind::Calls,
            attachments: vec!["a".into()],
            ..IncidentFields::default()
        },
        attachments: vec![AttachmentRef {
            id: "a".into(),
            sha256: [7; 32],
            file_name: "car.jpg".into(),
            media_type: "image/jpeg".into(),
            size: 1234,
        }],
    };
    assert_eq!(
        hex::encode(base.hash()),
        "3bbec458cd3ae616c71dd4189b1ec7b670cd757f4fa4b6236036121b9eef0ed8"
    );
    let variants: [fn(&mut AttachmentRef); 3] = [
        |a| a.file_name = "other.jpg".into(),
        |a| a.media_type = "image/png".into(),
        |a| a.size = 1235,
    ];
    for change in variants {
        let mut p = base.clone();
        change(&mut p.attachments[0]);
        assert_ne!(p.hash(), base.hash());
    }
}

#[test]
fn links_make_version_two_and_are_covered_while_a_revision_without_stays_version_one() {
    let base = RevisionPreimage {
        prev_hash: [0; 32],
        seq: 1,
        incident_id: "i".into(),
        revision: 1,
        recorded_at: DateTime::<Utc>::from_timestamp_micros(1).unwrap(),
        fields: IncidentFields {
            occurred_at: DateTime::<Utc>::from_timestamp_micros(0).unwrap(),
            kind: IncidentKind::Calls,
            behaviours: BTreeSet::from([Behaviour::Repeated, Behaviour::Fixated]),
            description: "d".into(),
            ..IncidentFields::default()
        },
        attachments: vec![],
    };
    let v1 = encode_revision(&base);
    assert_eq!(&v1[8 + DOMAIN.len()..8 + DOMAIN.len() + 2], &[0, 1]);
    let mut linked = base.clone();
    linked.fields.links = vec![IncidentLink {
        kind: LinkKind::Breach,
        target: "c1".into(),
        label: "“Not to contact her” (Non-molestation order, FD1)".into(),
    }];
    let v2 = encode_revision(&linked);
    assert_eq!(&v2[8 + DOMAIN.len()..8 + DOMAIN.len() + 2], &[0, 2]);
    assert_eq!(decode_revision(&v2).unwrap(), linked);
    // A fixed vector for the version 2 layout.
    assert_eq!(
        hex::encode(linked.hash()),
        "133fbbb7e9f6d1d61de83ed7ed842f48bdc2910aa81ad981b70400589ba7c8e6"
    );
    // The words are covered: a changed label, kind or target is a different record.
    for change in [
        |l: &mut IncidentLink| l.label.push('!'),
        |l: &mut IncidentLink| l.kind = LinkKind::Person,
        |l: &mut IncidentLink| l.target.push('x'),
    ] {
        let mut other = linked.clone();
        change(&mut other.fields.links[0]);
        assert_ne!(other.hash(), linked.hash());
    }
    // Version 2 with no links would be a second encoding of a version 1 record: refused.
    let mut forged = v1.clone();
    forged[8 + DOMAIN.len() + 1] = 2;
    forged.extend_from_slice(&0u32.to_be_bytes());
    assert!(decode_revision(&forged).is_err());
}
