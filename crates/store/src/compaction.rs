//! Compacting a document the first time it is shared, so the other side never receives what the
//! person wrote and then deleted before they chose to share it.
//!
//! An automerge document keeps its whole edit history, deleted text included: an old address
//! typed into a contact and then replaced is still in the contact's changes. Sharing sends
//! changes, so without this step the advocate's copy would hold (and keep) every earlier word.
//!
//! When a document starts to be shared (again), everything the other side does not hold yet is
//! replaced by **one change** that makes the document what it is now. What the other side holds
//! (`known`: the heads last sent, and of every change received from it, kept in
//! `shared_before` across unsharing and links) is kept as it is, so their copy keeps merging;
//! a document never shared keeps only its seed-made first change (the plan, its sections, the
//! built-in checklists, the record views: the other side may have made the same change, and it
//! holds no words of the person's), or nothing at all (a contact, a list of the person's own).
//!
//! The new change is made by a fresh random actor, never the document's first-change actor or
//! this session's: the other side may hold changes by those with the same sequence numbers.

use automerge::transaction::Transactable;
use automerge::{ActorId, AutoCommit, ChangeHash, ObjId, ObjType, ROOT, ReadDoc, Value};

use crate::documents::{Doc, commit, genesis_actor};
use crate::sharing::Head;
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

/// Replaces what `doc`'s history holds beyond `known` as described in the module documentation.
/// Returns false when there was nothing to drop. The caller saves the document.
pub(crate) fn compact(doc: &mut Doc, ctx: &Context, known: &[Head]) -> Result<bool, StoreError> {
    let mut keep: Vec<ChangeHash> = known
        .iter()
        .map(|h| ChangeHash(*h))
        .filter(|h| doc.am.get_change_meta_by_hash(h).is_some())
        .collect();
    if keep.is_empty() && has_shared_genesis(&doc.id) {
        let genesis = doc.am.get_changes(&[]).into_iter().find(|c| {
            c.deps().is_empty() && c.seq() == 1 && *c.actor_id() == genesis_actor(&doc.id)
        });
        keep.extend(genesis.map(|c| c.hash()));
    }
    // One change (or none) beyond what is kept holds nothing that was deleted.
    if doc.am.get_changes(&keep).len() <= 1 {
        return Ok(false);
    }
    let mut fresh = if keep.is_empty() {
        AutoCommit::new()
    } else {
        doc.am.fork_at(&keep)?
    };
    fresh.set_actor(ActorId::random());
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
