//! Sharing with an advocate: pairing in person, choosing what is shared, syncing, and stopping.
//!
//! A person may share with several people (their advocate, the officer in the case, a
//! solicitor), each paired on their own: every command about a link takes its number (`link`;
//! left out, the first). Each has their own choice of what is shared and is stopped on their
//! own; the app works together live with one of them at a time. An advocate's case has one link.
//!
//! Nothing here touches the network until the person starts pairing. Work that waits on the
//! network is done in three steps, so the vault is never held while waiting: read what is needed
//! from the open vault; talk to the relay; then write the result, but only if the vault has not
//! been hidden meanwhile ([`Session::with_vault_since`]), so nothing can land in another vault
//! (such as the decoy) opened in between. The case link and any pairing under way are kept in
//! the session for this opening only, and every hide or lock drops them.

use harbour_reason::reason;
use std::sync::atomic::Ordering;
use std::time::Duration;

use chrono::{DateTime, Utc};
use harbour_share::{
    Exchanged, Link, LiveControl, LiveNews, Received, ShareError, VaultAccess, engine, exchange,
};
use harbour_store::{
    DocumentKind, FileArrival, INCIDENT_LOG_ID, LinkId, PLAN_DOC_ID, RISK_SCREENINGS_ID,
    RecordsCheck, RiskScreening, Section, SharedIncident, Store, is_record_view,
};
use harbour_sync::pairing::Role;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use tokio::sync::{oneshot, watch};
use ts_rs::TS;

use crate::caseload::SharingState;
use crate::error::{ApiError, ErrorCode};
use crate::session::{LIVE_IDS, LiveHandle, LiveState, Session};

/// Events sent to the page while working together.
pub const LIVE_EVENT: &str = "sharing-live";
pub const CHANGED_EVENT: &str = "sharing-changed";
pub const PRESENCE_EVENT: &str = "sharing-presence";

impl From<ShareError> for ApiError {
    fn from(e: ShareError) -> ApiError {
        use ErrorCode as C;
        match e {
            ShareError::Offline | ShareError::Busy => {
                ApiError::new(C::Offline, reason("sharing-offline"))
            }
            ShareError::TimedOut => ApiError::new(C::Offline, reason("sharing-no-answer")),
            ShareError::ClockWrong => ApiError::new(C::Offline, reason("sharing-clock-wrong")),
            ShareError::Revoked | ShareError::Gone => {
                ApiError::new(C::SharingEnded, reason("sharing-ended"))
            }
            ShareError::Pairing(harbour_sync::pairing::PairingError::Mismatch) => {
                ApiError::new(C::Mismatch, reason("sharing-mismatch"))
            }
            ShareError::Pairing(harbour_sync::pairing::PairingError::BadCode) => {
                ApiError::new(C::Invalid, reason("sharing-code-malformed"))
            }
            ShareError::Pairing(harbour_sync::pairing::PairingError::KeyMismatch) => {
                ApiError::new(C::Mismatch, reason("sharing-advocates-app-isnt-one-showed"))
            }
            ShareError::Store(e) => e.into(),
            ShareError::Closed => ApiError::locked(),
            ShareError::NameTaken => ApiError::new(C::Conflict, reason("sharing-name-taken")),
            _ => ApiError::new(C::Internal, reason("sharing-failed")),
        }
    }
}

/// Whether the other person is here, and the shared document they are looking at.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export, rename = "Presence")]
pub struct PresenceView {
    pub here: bool,
    pub viewing: Option<String>,
}

/// Documents the other side changed (their edits are in the vault already).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RemoteChange {
    pub documents: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum SharingRole {
    /// The person whose plan it is.
    Client,
    Advocate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ShareableKind {
    PlanSection,
    Contact,
    Checklist,
    /// The incident log, shared read-only.
    IncidentLog,
    /// The risk screenings, shared read-only.
    RiskScreenings,
}

/// Something the person can choose to share.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ShareableItem {
    pub id: String,
    pub kind: ShareableKind,
    pub title: String,
    pub shared: bool,
}

/// Someone the person shares with (or did, until sharing ended), for the list on the screen.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SharedWith {
    pub link: u32,
    /// What the person calls them, in their own words, if they named them.
    pub name: Option<String>,
    /// `on`, or `ended` (the other side stopped, or stopping could not reach the relay).
    pub state: SharingState,
}

/// Sharing with one person (`link`), and everyone shared with.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SharingStatus {
    /// Whom the rest is about (`None` when sharing is off).
    pub link: Option<u32>,
    pub name: Option<String>,
    /// Everyone shared with, in the order they were paired.
    pub people: Vec<SharedWith>,
    /// Whom the app is working together with, if anyone (`live` is that session's state).
    pub live_link: Option<u32>,
    pub state: SharingState,
    pub role: Option<SharingRole>,
    pub relay: Option<String>,
    #[ts(type = "string | null")]
    pub last_synced: Option<DateTime<Utc>>,
    pub live: LiveState,
    /// Catching up with the other side is stuck (see `harbour_share::have`).
    pub stuck: SyncStuck,
    pub items: Vec<ShareableItem>,
}

/// What has not got across after being sent again, in plain terms for the page.
#[derive(Debug, Clone, Copy, Default, Serialize, TS)]
#[ts(export)]
pub struct SyncStuck {
    /// Changes the other side sent have not arrived here, after asking again.
    pub here: bool,
    /// The other side still lacks changes sent from here, after sending them again.
    pub there: bool,
}

#[derive(Debug, Clone, Default, Serialize, TS)]
#[ts(export)]
pub struct SyncDone {
    pub sent: u32,
    pub received: u32,
    /// Frames that could not be used (damaged, replayed or refused).
    pub skipped: u32,
    /// The other side stopped sharing.
    pub ended: bool,
}

/// The live session's link and state, if there is one.
pub(crate) fn live_state(session: &Session) -> Option<(LinkId, LiveState)> {
    session
        .sharing()
        .live
        .as_ref()
        .map(|live| (live.link, live.state))
}

/// Sharing with `which` (or the first person shared with, if `which` is gone or not given).
pub(crate) fn status(
    store: &Store,
    live: Option<(LinkId, LiveState)>,
    which: Option<LinkId>,
) -> Result<SharingStatus, ApiError> {
    let links = Link::all(store)?;
    let link = which
        .and_then(|id| links.iter().find(|l| l.id() == id))
        .or(links.first());
    let shared: std::collections::HashSet<String> = match link {
        Some(link) => store
            .shared_documents(link.id())?
            .into_iter()
            .map(|d| d.id)
            .collect(),
        None => std::collections::HashSet::new(),
    };
    let mut people = Vec::with_capacity(links.len());
    for other in &links {
        people.push(SharedWith {
            link: other.id().0,
            name: Link::name(store, other.id())?,
            state: if other.is_revoked() {
                SharingState::Ended
            } else {
                SharingState::On
            },
        });
    }
    let mut items = Vec::new();
    for section in Section::ALL {
        let id = section.document_id();
        items.push(ShareableItem {
            shared: shared.contains(&id),
            id,
            kind: ShareableKind::PlanSection,
            title: section.title().to_owned(),
        });
    }
    for contact in store.list_contacts()? {
        items.push(ShareableItem {
            shared: shared.contains(&contact.id),
            id: contact.id,
            kind: ShareableKind::Contact,
            title: contact.fields.name,
        });
    }
    for checklist in store.list_checklists()? {
        items.push(ShareableItem {
            shared: shared.contains(&checklist.id),
            id: checklist.id,
            kind: ShareableKind::Checklist,
            title: checklist.title,
        });
    }
    // Only the person shares their own log and screenings; an advocate's copy is read-only.
    if link.is_none_or(|l| l.role() == Role::Client) {
        for (id, kind, title) in [
            (INCIDENT_LOG_ID, ShareableKind::IncidentLog, "Incident log"),
            (
                RISK_SCREENINGS_ID,
                ShareableKind::RiskScreenings,
                "Risk screening",
            ),
        ] {
            items.push(ShareableItem {
                shared: shared.contains(id),
                id: id.to_owned(),
                kind,
                title: title.to_owned(),
            });
        }
    }
    let last_synced = match link {
        Some(l) => harbour_share::last_synced(store, l.id())?,
        None => None,
    };
    let stuck = match link {
        Some(l) if !l.is_revoked() => {
            let stuck = harbour_share::stuck(store, l.id())?;
            SyncStuck {
                here: stuck.here,
                there: stuck.there,
            }
        }
        _ => SyncStuck::default(),
    };
    Ok(SharingStatus {
        link: link.map(|l| l.id().0),
        name: match link {
            Some(l) => Link::name(store, l.id())?,
            None => None,
        },
        people,
        live_link: live.map(|(id, _)| id.0),
        state: match link {
            None => SharingState::Off,
            Some(l) if l.is_revoked() => SharingState::Ended,
            Some(_) => SharingState::On,
        },
        role: link.map(|l| match l.role() {
            Role::Client => SharingRole::Client,
            Role::Advocate => SharingRole::Advocate,
        }),
        relay: link.map(|l| l.relay().to_owned()),
        last_synced,
        live: live.map_or(LiveState::Off, |(_, state)| state),
        stuck,
        items,
    })
}

#[tauri::command]
pub fn sharing_status(
    session: State<'_, Session>,
    link: Option<u32>,
) -> Result<SharingStatus, ApiError> {
    status_of(&session, link.map(LinkId))
}

/// Sharing with `which`, in the records open now.
fn status_of(session: &Session, which: Option<LinkId>) -> Result<SharingStatus, ApiError> {
    let live = live_state(session);
    session.with_vault(|vault| status(vault.records(), live, which))
}

fn not_set_up() -> ApiError {
    ApiError::new(ErrorCode::Invalid, reason("sharing-not-set-up"))
}

/// The link meant: `which`, if the vault holds it, or else the first.
fn resolve(session: &Session, which: Option<u32>) -> Result<LinkId, ApiError> {
    session.with_vault(|vault| {
        let ids = Link::ids(vault.records())?;
        match which {
            Some(n) => ids.into_iter().find(|id| id.0 == n),
            None => ids.first().copied(),
        }
        .ok_or_else(not_set_up)
    })
}

/// Shares one plan section, contact or checklist with the person on `link` (the first if
/// left out), or stops sharing it with them. Sharing any plan section also shares the plan's
/// stage and review date.
#[tauri::command]
pub fn set_shared(
    session: State<'_, Session>,
    link: Option<u32>,
    id: String,
    shared: bool,
) -> Result<SharingStatus, ApiError> {
    let link = resolve(&session, link)?;
    let live = live_state(&session);
    session.with_vault(|vault| {
        let store = vault.records_mut();
        // Ended: nothing more goes to them, and nothing is to be chosen for them.
        let this = Link::load(store, link)?;
        if this.as_ref().is_some_and(Link::is_revoked) {
            return Err(ShareError::Revoked.into());
        }
        if is_record_view(&id) {
            if this.is_some_and(|l| l.role() == Role::Advocate) {
                return Err(ApiError::new(
                    ErrorCode::Invalid,
                    reason("sharing-person-choose-share-their-own"),
                ));
            }
            if shared {
                // Made (or brought up to date) from the records first, then shared.
                store.prepare_record_view(&id)?;
                store.share_document(link, &id)?;
            } else {
                store.unshare_document(link, &id)?;
            }
            return status(vault.records(), live, Some(link));
        }
        let kind = store
            .list_documents()?
            .into_iter()
            .find(|(doc, _)| *doc == id)
            .map(|(_, kind)| kind)
            .ok_or_else(|| ApiError::new(ErrorCode::NotFound, reason("sharing-not-found")))?;
        if kind == DocumentKind::Plan {
            return Err(ApiError::new(
                ErrorCode::Invalid,
                reason("sharing-choose-plan-section"),
            ));
        }
        if shared {
            store.share_document(link, &id)?;
            if kind == DocumentKind::PlanSection {
                store.share_document(link, PLAN_DOC_ID)?;
            }
        } else {
            store.unshare_document(link, &id)?;
            let any_section = store
                .shared_documents(link)?
                .iter()
                .any(|d| d.kind == DocumentKind::PlanSection);
            if !any_section {
                store.unshare_document(link, PLAN_DOC_ID)?;
            }
        }
        status(vault.records(), live, Some(link))
    })
}

/// Names the person on `link` (their own words, only ever shown in the unlocked app; empty
/// forgets the name).
#[tauri::command]
pub fn name_link(
    session: State<'_, Session>,
    link: u32,
    name: String,
) -> Result<SharingStatus, ApiError> {
    let link = resolve(&session, Some(link))?;
    let live = live_state(&session);
    session.with_vault(|vault| {
        Link::set_name(vault.records_mut(), link, &name)?;
        status(vault.records(), live, Some(link))
    })
}

/// Marks a sync, stop or hand-back as running with one link; the guard clears that link only.
struct Busy<'a>(&'a Session, LinkId);

impl Drop for Busy<'_> {
    fn drop(&mut self) {
        self.0.sharing().busy.remove(&self.1);
    }
}

fn already_busy() -> ApiError {
    ApiError::new(ErrorCode::Busy, reason("sharing-busy"))
}

/// Takes this session's link `id` (reading it from the vault the first time), so no lock is
/// held while the network is used. One sync or stop at a time, and never one with the person
/// a live session is with (it holds their link).
fn take_link(session: &Session, id: LinkId) -> Result<(Busy<'_>, Link, u64), ApiError> {
    let epoch = session.epoch();
    {
        let mut slot = session.sharing();
        if slot.busy.contains(&id) || slot.live.as_ref().is_some_and(|live| live.link == id) {
            return Err(already_busy());
        }
        slot.busy.insert(id);
    }
    let busy = Busy(session, id);
    let link = load_link(session, id)?;
    Ok((busy, link, epoch))
}

/// Link `id` as kept for this opening, or as the vault holds it.
fn load_link(session: &Session, id: LinkId) -> Result<Link, ApiError> {
    let cached = {
        let mut slot = session.sharing();
        slot.links
            .iter()
            .position(|l| l.id() == id)
            .map(|at| slot.links.swap_remove(at))
    };
    match cached {
        Some(link) => Ok(link),
        None => session
            .with_vault(|vault| Ok(Link::load(vault.records(), id)?))?
            .ok_or_else(not_set_up),
    }
}

/// Puts the link back for the rest of this opening, unless the vault was hidden meanwhile.
fn return_link(session: &Session, epoch: u64, link: Link) {
    let mut slot = session.sharing();
    if session.epoch() == epoch {
        slot.links.retain(|l| l.id() != link.id());
        slot.links.push(link);
    }
}

/// The open vault for work that waited on the network: refused once hidden (nothing can land
/// in another vault opened since, such as the decoy), and not counted as the person's activity.
struct OpenSince<'a> {
    session: &'a Session,
    epoch: u64,
}

impl VaultAccess for OpenSince<'_> {
    fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, ShareError>,
    ) -> Result<T, ShareError> {
        self.session
            .quietly_since(self.epoch, |vault| f(vault.records_mut()))
            .unwrap_or(Err(ShareError::Closed))
    }
}

/// Sends what is unsent to the person on `link` (the first if left out) and takes in what
/// they sent. While working together with them that happens by itself, and this does nothing.
#[tauri::command]
pub async fn sync_now(
    session: State<'_, Session>,
    link: Option<u32>,
) -> Result<SyncDone, ApiError> {
    let id = resolve(&session, link)?;
    if session
        .sharing()
        .live
        .as_ref()
        .is_some_and(|live| live.link == id)
    {
        return Ok(SyncDone::default());
    }
    let (_busy, mut link, epoch) = take_link(&session, id)?;
    let vault = OpenSince {
        session: &session,
        epoch,
    };
    // Pressed by the person: a round of catching up still owed goes now, not after its pause.
    let result = match vault.with_store(|store| harbour_share::have::pressed(store, id)) {
        Err(e) => Err(e),
        Ok(()) => match link.relay_client() {
            Ok(relay) => exchange(&vault, &mut link, &relay).await,
            Err(e) => Err(e),
        },
    };
    return_link(&session, epoch, link);
    Ok(sync_done(&result?))
}

fn sync_done(exchanged: &Exchanged) -> SyncDone {
    let mut done = SyncDone {
        sent: u32::try_from(exchanged.sent).unwrap_or(u32::MAX),
        ended: exchanged.ended(),
        ..SyncDone::default()
    };
    for r in &exchanged.received {
        match r {
            Received::Changed { .. } | Received::FilePart(_) => done.received += 1,
            Received::Skipped(_) => done.skipped += 1,
            Received::Ended | Received::Own | Received::Seen | Received::Have(_) => {}
        }
    }
    done
}

/// Starts working together with the person on `link` (the first if left out): until stopped
/// or hidden, edits go across as they are saved, theirs arrive by themselves, and each side
/// sees whether the other is here. With one person at a time.
#[tauri::command]
pub fn live_start<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    link: Option<u32>,
) -> Result<SharingStatus, ApiError> {
    let link_id = resolve(&session, link)?;
    let epoch = session.epoch();
    {
        let mut slot = session.sharing();
        if let Some(live) = &slot.live {
            if live.link != link_id {
                return Err(ApiError::new(
                    ErrorCode::Busy,
                    reason("sharing-live-with-someone-else"),
                ));
            }
            drop(slot);
            return status_of(&session, Some(link_id));
        }
        if slot.busy.contains(&link_id) {
            return Err(already_busy());
        }
        // Reserved in the same breath as the check, so no second caller loads the link too.
        slot.busy.insert(link_id);
    }
    let busy = Busy(&session, link_id);
    let link = load_link(&session, link_id)?;
    if link.is_revoked() {
        return_link(&session, epoch, link);
        return Err(ShareError::Revoked.into());
    }
    let (stop_tx, stop) = oneshot::channel();
    let (viewing_tx, viewing) = watch::channel(None);
    let (finished_tx, finished) = oneshot::channel();
    let id = LIVE_IDS.fetch_add(1, Ordering::Relaxed);
    {
        let mut slot = session.sharing();
        if session.epoch() != epoch {
            return Err(ApiError::locked());
        }
        slot.live = Some(LiveHandle {
            id,
            link: link_id,
            state: LiveState::Connecting,
            stop: stop_tx,
            viewing: viewing_tx,
            finished,
        });
    }
    // From here the live handle keeps everything else off the link.
    drop(busy);
    let control = LiveControl { stop, viewing };
    tauri::async_runtime::spawn(work_together(app, epoch, id, link, control, finished_tx));
    status_of(&session, Some(link_id))
}

/// The live session's task: runs until stopped, hidden, or sharing ends, then puts the link
/// back and tells the page.
async fn work_together<R: Runtime>(
    app: AppHandle<R>,
    epoch: u64,
    id: u64,
    mut link: Link,
    control: LiveControl,
    finished: oneshot::Sender<()>,
) {
    let session = app.state::<Session>();
    let vault = OpenSince {
        session: &session,
        epoch,
    };
    let mut tell = |news: LiveNews| tell_page(&app, &session, epoch, id, news);
    // How it ended is told as news, or does not matter (the vault was hidden).
    let _ = harbour_share::live::run(&vault, &mut link, control, &mut tell).await;
    return_link(&session, epoch, link);
    {
        let mut slot = session.sharing();
        if slot.live.as_ref().is_some_and(|live| live.id == id) {
            slot.live = None;
        }
    }
    if session.epoch() == epoch {
        let _ = app.emit(LIVE_EVENT, LiveState::Off);
    }
    drop(finished);
}

/// Passes news from the live session to the page, only while the vault it began in is open.
fn tell_page<R: Runtime>(
    app: &AppHandle<R>,
    session: &Session,
    epoch: u64,
    id: u64,
    news: LiveNews,
) {
    if session.epoch() != epoch {
        return;
    }
    let state = match news {
        LiveNews::Connecting => LiveState::Connecting,
        LiveNews::On => LiveState::On,
        LiveNews::Offline => LiveState::Offline,
        LiveNews::Refused { clock: true } => LiveState::ClockWrong,
        LiveNews::Refused { clock: false } => LiveState::Refused,
        LiveNews::Changed(documents) => {
            let _ = app.emit(CHANGED_EVENT, RemoteChange { documents });
            return;
        }
        LiveNews::Presence(p) => {
            let presence = PresenceView {
                here: p.here,
                viewing: p.viewing,
            };
            let _ = app.emit(PRESENCE_EVENT, presence);
            return;
        }
        // The page asks for the status again when told the session's state, and the status
        // says what is stuck.
        LiveNews::Stuck(_) => {
            let now = session
                .sharing()
                .live
                .as_ref()
                .filter(|l| l.id == id)
                .map(|l| l.state);
            if let Some(state) = now {
                let _ = app.emit(LIVE_EVENT, state);
            }
            return;
        }
        // The task ends next and says so.
        LiveNews::Ended => return,
    };
    if let Some(live) = session.sharing().live.as_mut().filter(|l| l.id == id) {
        live.state = state;
    }
    let _ = app.emit(LIVE_EVENT, state);
}

/// Stops working together (with whoever it is); what is unsent goes with the next sync. The
/// status after is of `link` (the person on screen), or of whom the session was with.
#[tauri::command]
pub async fn live_stop(
    session: State<'_, Session>,
    link: Option<u32>,
) -> Result<SharingStatus, ApiError> {
    let with = live_state(&session).map(|(link, _)| link);
    end_live(&session, None).await?;
    status_of(&session, link.map(LinkId).or(with))
}

/// Ends the live session (only if it is with `only`, when given), and waits until it has put
/// the link back.
async fn end_live(session: &Session, only: Option<LinkId>) -> Result<(), ApiError> {
    let live = {
        let mut slot = session.sharing();
        let live = match (&slot.live, only) {
            (Some(live), Some(only)) if live.link != only => None,
            _ => slot.live.take(),
        };
        if let Some(live) = &live {
            // Until the task has put the link back, nothing else may load a second copy.
            slot.busy.insert(live.link);
        }
        live
    };
    let Some(live) = live else { return Ok(()) };
    let busy = Busy(session, live.link);
    let _ = live.stop.send(());
    // The task says goodbye (at most a couple of seconds) and puts the link back.
    let ended = tokio::time::timeout(Duration::from_secs(15), live.finished).await;
    drop(busy);
    if ended.is_err() {
        return Err(already_busy());
    }
    Ok(())
}

/// What the person is looking at, for the other side to see while working together. Only a
/// shared document is ever named (the live session checks before passing it on).
#[tauri::command]
pub fn live_viewing(session: State<'_, Session>, document: Option<String>) -> Result<(), ApiError> {
    let document = document.filter(|d| d.len() <= 200);
    if let Some(live) = &session.sharing().live {
        live.viewing.send_replace(document);
    }
    Ok(())
}

/// Stops sharing everything with the person on `link` (the first if left out) at once: they
/// are told, the relay deletes the mailbox and everything in it, and this vault forgets the
/// link and what was shared with them. What is on this computer stays, and so does sharing
/// with anyone else.
#[tauri::command]
pub async fn stop_sharing(
    session: State<'_, Session>,
    link: Option<u32>,
) -> Result<SharingStatus, ApiError> {
    let id = resolve(&session, link)?;
    end_live(&session, Some(id)).await?;
    let (_busy, mut link, epoch) = take_link(&session, id)?;
    let notice = session.with_vault_since(epoch, |vault| {
        Ok(engine::begin_stop(vault.records_mut(), &mut link)?)
    })?;
    let relay = link.relay_client()?;
    let owner = link.role() == harbour_sync::pairing::Role::Client;
    if let Err(e) = relay.close_mailbox(&link.mailbox(), notice, owner).await {
        return_link(&session, epoch, link);
        return Err(e.into());
    }
    let live = live_state(&session);
    session.with_vault_since(epoch, |vault| sharing_cleared(vault, id, live))
}

/// Forgets `link` and what was shared through it, in the records open now (what is in them
/// stays), and notes it in the caseload; the status afterwards (of whoever is left).
fn sharing_cleared(
    vault: &mut harbour_vault::UnlockedVault,
    link: LinkId,
    live: Option<(LinkId, LiveState)>,
) -> Result<SharingStatus, ApiError> {
    vault.records_mut().end_sharing(link)?;
    crate::caseload::note_open_case(vault)?;
    status(vault.records(), live, None)
}

/// Clears the details of sharing that has ended, on this computer only, without the relay: for
/// when stopping could not reach it (no network, or the relay is gone). Sharing was already
/// stopped here (nothing more is sent or received); the other side isn't told, and the relay
/// keeps its sealed copies until it removes them itself. Only for sharing that has ended, so a
/// working link is never dropped without the other side being told.
#[tauri::command]
pub async fn forget_sharing(
    session: State<'_, Session>,
    link: Option<u32>,
) -> Result<SharingStatus, ApiError> {
    let id = resolve(&session, link)?;
    end_live(&session, Some(id)).await?;
    let (_busy, link, epoch) = take_link(&session, id)?;
    if !link.is_revoked() {
        return_link(&session, epoch, link);
        return Err(ApiError::new(
            ErrorCode::Invalid,
            reason("sharing-stop-sharing-first-clears-sharing"),
        ));
    }
    drop(link);
    let live = live_state(&session);
    session.with_vault_since(epoch, |vault| sharing_cleared(vault, id, live))
}

/// The person's incident log and risk screenings as they share them (read-only), in the records
/// open now: what an advocate sees in the person's case. Empty when nothing is shared.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SharedRecords {
    pub incidents: Vec<SharedIncident>,
    pub screenings: Vec<RiskScreening>,
    /// How much of each file the person shows is here.
    pub arrivals: Vec<FileArrival>,
    /// Whose key signed what is shown, and which entries do not check against it.
    pub check: RecordsCheck,
    /// Changes the person sent have not arrived after asking again: this may not be all.
    pub incomplete: bool,
}

#[tauri::command]
pub fn shared_records(session: State<'_, Session>) -> Result<SharedRecords, ApiError> {
    session.with_vault(|vault| {
        let store = vault.records();
        // An advocate's case has one link: the person's.
        let link = Link::first(store)?;
        Ok(SharedRecords {
            incidents: store.shared_incidents()?,
            screenings: store.shared_risk_screenings()?,
            arrivals: store.file_arrivals()?,
            check: match &link {
                Some(link) => store.shared_records_check(link.id())?,
                None => RecordsCheck::default(),
            },
            incomplete: match &link {
                Some(link) => !link.is_revoked() && harbour_share::stuck(store, link.id())?.here,
                None => false,
            },
        })
    })
}
