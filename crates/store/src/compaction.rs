//! Compacting a document the first time it is shared, so the other side never receives what the
//! person wrote and then deleted before they chose to share it.
//!
//! An automerge document keeps its whole edit history, deleted text included: an old address
//! typed into a contact and then replaced is still in the contact's changes. Sharing sends
//! changes, so without this step the advocate's copy would hold (and keep) every earlier word.
//!
//! On the first share over the current link, the document's history is replaced by at most two
//! changes:
//!
//! - its **genesis** change, kept byte for byte only where it is the seed's deterministic first
//!   change (the plan, its sections, the built-in checklists, the record views): the other side
//!   may hold the same change, and merging relies on it; it carries no words of the person's;
//! - **one change** that makes the document what it is now, made by this session's actor.
//!
//! Every other document (a contact, a list of the person's own) is rebuilt as a single new
//! genesis change: its first change held the person's first words, and nobody else has it.
//!
//! Never done to a document that was shared before over the current link (`shared_before`): the
//! other side already holds its old history, and a rebuilt one would not merge with it. Ending
//! sharing forgets that list, because a new link starts with an other side that holds nothing.

use automerge::transaction::Transactable;
use automerge::{AutoCommit, ObjId, ObjType, ROOT, ReadDoc, Value};

use crate::documents::{Doc, commit, genesis_actor};
use crate::{Context, StoreError};

/// Ids whose first change the seed makes the same way in every vault.
fn has_shared_genesis(id: &str) -> bool {
    id == crate::plan::PLAN_DOC_ID
        || id == crate::shared_records::INCIDENT_LOG_ID
        || id == crate::shared_records::RISK_SCREENINGS_ID
        || crate::plan::Section::ALL
            .iter()
            .any(|s| s.document_id() == id)
        || crate::checklists::is_template_id(id)
}

/// Replaces `doc`'s history as described in the module documentation. Returns false when there
/// was nothing to drop (a history of one change). The caller saves the document.
pub(crate) fn compact(doc: &mut Doc, ctx: &Context) -> Result<bool, StoreError> {
    let changes = doc.am.get_changes(&[]);
    if changes.len() <= 1 {
        return Ok(false);
    }
    let genesis = changes
        .iter()
        .find(|c| c.deps().is_empty() && c.seq() == 1 && *c.actor_id() == genesis_actor(&doc.id));
    let mut fresh = match genesis {
        Some(genesis) if has_shared_genesis(&doc.id) => {
            let mut fresh = AutoCommit::new();
            fresh.apply_changes([genesis.clone()])?;
            fresh.set_actor(ctx.actor.clone());
            fresh
        }
        _ => AutoCommit::new().with_actor(genesis_actor(&doc.id)),
    };
    copy_map(&doc.am, &ROOT, &mut fresh, &ROOT)?;
    commit(&mut fresh);
    // The rebuilt document must read exactly as the old one did: anything less would lose words.
    if fresh.hydrate(ROOT, None)? != doc.am.hydrate(ROOT, None)? {
        return Err(StoreError::Corrupt(
            "a document could not be prepared for sharing".into(),
        ));
    }
    fresh.set_actor(ctx.actor.clone());
    doc.am = fresh;
    Ok(true)
}

/// Makes map `d` of `dst` hold what map `s` of `src` holds, reusing `dst`'s objects where they
/// are of the same type (so text the genesis change created keeps its identity and merges).
fn copy_map(
    src: &AutoCommit,
    s: &ObjId,
    dst: &mut AutoCommit,
    d: &ObjId,
) -> Result<(), StoreError> {
    let wanted: Vec<String> = src.keys(s).collect();
    let stale: Vec<String> = dst.keys(d).filter(|k| !wanted.contains(k)).collect();
    for key in stale {
        dst.delete(d, key.as_str())?;
    }
    for key in wanted {
        let Some((value, sid)) = src.get(s, key.as_str())? else {
            continue;
        };
        match value {
            Value::Scalar(v) => {
                let same = matches!(
                    dst.get(d, key.as_str())?,
                    Some((Value::Scalar(old), _)) if old.as_ref() == v.as_ref()
                );
                if !same {
                    dst.put(d, key.as_str(), v.into_owned())?;
                }
            }
            Value::Object(kind) => {
                let did = match dst.get(d, key.as_str())? {
                    Some((Value::Object(k), did)) if k == kind => did,
                    _ => dst.put_object(d, key.as_str(), kind)?,
                };
                copy_object(src, &sid, kind, dst, &did)?;
            }
        }
    }
    Ok(())
}

fn copy_object(
    src: &AutoCommit,
    s: &ObjId,
    kind: ObjType,
    dst: &mut AutoCommit,
    d: &ObjId,
) -> Result<(), StoreError> {
    match kind {
        ObjType::Map | ObjType::Table => copy_map(src, s, dst, d),
        ObjType::Text => {
            let text = src.text(s)?;
            if dst.text(d)? != text {
                dst.update_text(d, text)?;
            }
            Ok(())
        }
        ObjType::List => {
            // Lists are rebuilt whole: nothing of the person's is a list today, and a rebuilt
            // list reads the same.
            for i in (0..dst.length(d)).rev() {
                dst.delete(d, i)?;
            }
            for i in 0..src.length(s) {
                let Some((value, sid)) = src.get(s, i)? else {
                    continue;
                };
                match value {
                    Value::Scalar(v) => dst.insert(d, i, v.into_owned())?,
                    Value::Object(k) => {
                        let did = dst.insert_object(d, i, k)?;
                        copy_object(src, &sid, k, dst, &did)?;
                    }
                }
            }
            Ok(())
        }
    }
}
