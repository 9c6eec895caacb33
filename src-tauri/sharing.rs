//! Sharing with an advocate: pairing in person, choosing what is shared, syncing, and stopping.
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
    Exchanged, HostInvitation, Invitation, Link, LiveControl, LiveNews, PhraseCheck, Received,
    ShareError, VaultAccess, engine, exchange,
};
use harbour_store::{
    DocumentKind, FileArrival, INCIDENT_LOG_ID, PLAN_DOC_ID, RISK_SCREENINGS_ID, RecordsCheck,
    RiskScreening, Section, SharedIncident, Store, is_record_view,
};
use harbour_sync::pairing::Role;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use tokio::sync::{oneshot, watch};
use ts_rs::TS;

use crate::caseload::SharingState;
use crate::error::{ApiError, ErrorCode};
use crate::session::{LIVE_IDS, LiveHandle, LiveState, Session};

/// How long the person's app waits for the advocate's at each step of pairing, and the
/// advocate's for the person to type the code.
const PAIRING_WAIT: Duration = Duration::from_secs(10 * 60);

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

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SharingStatus {
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

#[derive(Clone, Serialize, TS)]
#[ts(export)]
pub struct PairingCodeView {
    /// Four groups of four, to read out or type.
    pub code: String,
    /// The whole invitation (address, code, key fingerprint) as text, for copying; the QR code
    /// holds the same.
    pub invitation: String,
    pub qr: QrView,
}

/// A QR code for the page to draw: `modules` is `width` rows of `width` characters, `1` dark,
/// `0` light, with no quiet zone (the page draws one).
#[derive(Clone, Serialize, TS)]
#[ts(export)]
pub struct QrView {
    pub width: u32,
    pub modules: String,
}

// Both hold a one-time code.
impl std::fmt::Debug for PairingCodeView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PairingCodeView(***)")
    }
}

impl std::fmt::Debug for QrView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "QrView({}, ***)", self.width)
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PairingPhrase {
    /// Four words both screens must show.
    pub phrase: String,
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

fn live_state(session: &Session) -> LiveState {
    session
        .sharing()
        .live
        .as_ref()
        .map_or(LiveState::Off, |live| live.state)
}

fn status(store: &Store, live: LiveState) -> Result<SharingStatus, ApiError> {
    let link = Link::load(store)?;
    let shared: std::collections::HashSet<String> = store
        .shared_documents()?
        .into_iter()
        .map(|d| d.id)
        .collect();
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
    if link.as_ref().is_none_or(|l| l.role() == Role::Client) {
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
    let last_synced = harbour_share::last_synced(store)?;
    let stuck = match &link {
        Some(l) if !l.is_revoked() => {
            let stuck = harbour_share::stuck(store)?;
            SyncStuck {
                here: stuck.here,
                there: stuck.there,
            }
        }
        _ => SyncStuck::default(),
    };
    Ok(SharingStatus {
        state: match &link {
            None => SharingState::Off,
            Some(l) if l.is_revoked() => SharingState::Ended,
            Some(_) => SharingState::On,
        },
        role: link.as_ref().map(|l| match l.role() {
            Role::Client => SharingRole::Client,
            Role::Advocate => SharingRole::Advocate,
        }),
        relay: link.as_ref().map(|l| l.relay().to_owned()),
        last_synced,
        live,
        stuck,
        items,
    })
}

#[tauri::command]
pub fn sharing_status(session: State<'_, Session>) -> Result<SharingStatus, ApiError> {
    let live = live_state(&session);
    session.with_vault(|vault| status(vault.records(), live))
}

/// Shares one plan section, contact or checklist, or stops sharing it. Sharing any plan section
/// also shares the plan's stage and review date.
#[tauri::command]
pub fn set_shared(
    session: State<'_, Session>,
    id: String,
    shared: bool,
) -> Result<SharingStatus, ApiError> {
    let live = live_state(&session);
    session.with_vault(|vault| {
        let store = vault.records_mut();
        if is_record_view(&id) {
            if Link::load(store)?.is_some_and(|l| l.role() == Role::Advocate) {
                return Err(ApiError::new(
                    ErrorCode::Invalid,
                    reason("sharing-person-choose-share-their-own"),
                ));
            }
            if shared {
                // Made (or brought up to date) from the records first, then shared.
                store.prepare_record_view(&id)?;
                store.share_document(&id)?;
            } else {
                store.unshare_document(&id)?;
            }
            return status(vault.records(), live);
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
            store.share_document(&id)?;
            if kind == DocumentKind::PlanSection {
                store.share_document(PLAN_DOC_ID)?;
            }
        } else {
            store.unshare_document(&id)?;
            let any_section = store
                .shared_documents()?
                .iter()
                .any(|d| d.kind == DocumentKind::PlanSection);
            if !any_section {
                store.unshare_document(PLAN_DOC_ID)?;
            }
        }
        status(vault.records(), live)
    })
}

/// The relay address as typed: `https://…`, or plain `http://` to this computer (for testing).
fn relay_address(text: &str) -> Result<String, ApiError> {
    let text = text.trim().trim_end_matches('/');
    // The scheme and host are case-insensitive (so `HTTPS://Relay.example.org` is the same
    // address); a path, behind a proxy, is not, and stays as typed.
    let host_end = text
        .find("://")
        .map(|at| {
            text[at + 3..]
                .find('/')
                .map_or(text.len(), |end| at + 3 + end)
        })
        .unwrap_or(text.len());
    let text = &format!(
        "{}{}",
        text[..host_end].to_ascii_lowercase(),
        &text[host_end..]
    );
    let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"];
    // No `user@` before the host: `http://localhost:80@elsewhere` would look like this computer
    // and go elsewhere, and `https://relay.example.org@elsewhere` would hide where it goes.
    let has_userinfo = text[..host_end].contains('@');
    let secure = text.starts_with("https://") && text.len() > "https://".len();
    let local = loopback
        .iter()
        .any(|l| text == *l || text.starts_with(&format!("{l}:")));
    if (secure || local) && !has_userinfo && !text.contains(char::is_whitespace) {
        Ok(text.to_owned())
    } else {
        Err(ApiError::new(
            ErrorCode::Invalid,
            reason("sharing-address-should-start-https-your"),
        ))
    }
}

fn already_linked() -> ApiError {
    ApiError::new(
        ErrorCode::Conflict,
        reason("sharing-already-set-up-stop-first"),
    )
}

fn no_link_yet(session: &Session) -> Result<u64, ApiError> {
    let epoch = session.epoch();
    session.with_vault(|vault| {
        if Link::exists(vault.records())? {
            return Err(already_linked());
        }
        Ok(epoch)
    })
}

/// The advocate's side of pairing adopts the person's documents into the records open now, so
/// it is only offered inside a case of the caseload (a compartment of its own): from the
/// advocate's own records it would merge the person's plan into theirs (plan sections have the
/// same ids everywhere). The person's side, for the same reason, is not offered inside a case.
fn in_a_case(session: &Session) -> Result<bool, ApiError> {
    session.with_vault(|vault| Ok(vault.open_case_id().is_some()))
}

/// The advocate's side: a new invitation to show (a QR code, and the code to type), for
/// pairing through `relay`.
#[tauri::command]
pub fn pairing_host(
    session: State<'_, Session>,
    relay: String,
) -> Result<PairingCodeView, ApiError> {
    if !in_a_case(&session)? {
        return Err(ApiError::new(
            ErrorCode::NotAvailable,
            reason("sharing-open-persons-case-your-caseload"),
        ));
    }
    let relay = relay_address(&relay)?;
    no_link_yet(&session)?;
    let invitation = HostInvitation::new(&relay)?;
    let text = invitation.text();
    let qr = harbour_share::qr_modules(&text)?;
    let view = PairingCodeView {
        code: invitation.code().display().to_string(),
        invitation: text.to_string(),
        qr: QrView {
            width: u32::try_from(qr.width).unwrap_or(0),
            modules: qr.dark.iter().map(|d| if *d { '1' } else { '0' }).collect(),
        },
    };
    let mut slot = session.sharing();
    slot.pairing = None;
    slot.invitation = Some(invitation);
    Ok(view)
}

/// The advocate's side: waits for the person's app to join with the invitation shown.
#[tauri::command]
pub async fn pairing_wait(session: State<'_, Session>) -> Result<PairingPhrase, ApiError> {
    let epoch = no_link_yet(&session)?;
    let invitation = session.sharing().invitation.take().ok_or_else(|| {
        ApiError::new(
            ErrorCode::Invalid,
            reason("sharing-start-again-show-new-code"),
        )
    })?;
    wait_for_phrase(&session, epoch, invitation.wait(PAIRING_WAIT)).await
}

/// The person's side: joins the advocate's app with the code it shows and the address typed, or
/// with the whole invitation pasted into the code box (then `relay` may be empty).
#[tauri::command]
pub async fn pairing_join(
    session: State<'_, Session>,
    relay: String,
    code: String,
) -> Result<PairingPhrase, ApiError> {
    let mut invitation = Invitation::read(&code, &relay)?;
    invitation.relay = relay_address(&invitation.relay)?;
    if in_a_case(&session)? {
        return Err(ApiError::new(
            ErrorCode::Invalid,
            reason("sharing-case-show-code-person-type"),
        ));
    }
    let epoch = no_link_yet(&session)?;
    wait_for_phrase(&session, epoch, invitation.join(PAIRING_WAIT)).await
}

/// Waits for the other app (unless Cancel or a hide comes first), then holds the pairing for
/// the person to compare the words.
async fn wait_for_phrase(
    session: &Session,
    epoch: u64,
    waiting: impl std::future::Future<Output = Result<PhraseCheck, ShareError>>,
) -> Result<PairingPhrase, ApiError> {
    let cancel = session.sharing().cancel.clone();
    let check = tokio::select! {
        check = waiting => check?,
        () = cancel.notified() => {
            return Err(ApiError::new(
                ErrorCode::Invalid,
                reason("sharing-pairing-cancelled-shared"),
            ))
        }
    };
    if session.epoch() != epoch {
        check.abort().await;
        return Err(ApiError::locked());
    }
    let phrase = check.phrase();
    session.sharing().pairing = Some(check);
    Ok(PairingPhrase { phrase })
}

/// Both screens show the same words: finish pairing and keep the link in the vault.
#[tauri::command]
pub async fn pairing_confirm(session: State<'_, Session>) -> Result<SharingStatus, ApiError> {
    let epoch = session.epoch();
    let check = session.sharing().pairing.take().ok_or_else(|| {
        ApiError::new(
            ErrorCode::Invalid,
            reason("sharing-start-again-pairing-under-way"),
        )
    })?;
    let link = check.confirm().await?;
    session.with_vault_since(epoch, |vault| {
        if Link::exists(vault.records())? {
            return Err(already_linked());
        }
        link.save(vault.records_mut())?;
        crate::caseload::note_open_case(vault)?;
        status(vault.records(), LiveState::Off)
    })
}

/// The words differ, or the person changed their mind: nothing is kept.
#[tauri::command]
pub async fn pairing_abort(session: State<'_, Session>) -> Result<(), ApiError> {
    let check = {
        let mut slot = session.sharing();
        slot.invitation = None;
        // A pairing still waiting on the other app gives up now.
        slot.cancel.notify_waiters();
        slot.pairing.take()
    };
    if let Some(check) = check {
        check.abort().await;
    }
    Ok(())
}

/// Marks the session's sync as running; the guard clears it.
struct Busy<'a>(&'a Session);

impl Drop for Busy<'_> {
    fn drop(&mut self) {
        self.0.sharing().busy = false;
    }
}

fn already_busy() -> ApiError {
    ApiError::new(ErrorCode::Busy, reason("sharing-busy"))
}

/// Takes this session's link (reading it from the vault the first time), so no lock is held
/// while the network is used.
fn take_link(session: &Session) -> Result<(Busy<'_>, Link, u64), ApiError> {
    let epoch = session.epoch();
    {
        let mut slot = session.sharing();
        if slot.busy || slot.live.is_some() {
            return Err(already_busy());
        }
        slot.busy = true;
    }
    let busy = Busy(session);
    let link = load_link(session)?;
    Ok((busy, link, epoch))
}

/// The link kept for this opening, or the one in the vault.
fn load_link(session: &Session) -> Result<Link, ApiError> {
    let cached = session.sharing().link.take();
    match cached {
        Some(link) => Ok(link),
        None => session
            .with_vault(|vault| Ok(Link::load(vault.records())?))?
            .ok_or_else(|| ApiError::new(ErrorCode::Invalid, reason("sharing-not-set-up"))),
    }
}

/// Puts the link back for the rest of this opening, unless the vault was hidden meanwhile.
fn return_link(session: &Session, epoch: u64, link: Link) {
    let mut slot = session.sharing();
    if session.epoch() == epoch {
        slot.link = Some(link);
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

/// Sends what is unsent and takes in what the other side sent. While working together that
/// happens by itself, and this does nothing.
#[tauri::command]
pub async fn sync_now(session: State<'_, Session>) -> Result<SyncDone, ApiError> {
    if session.sharing().live.is_some() {
        return Ok(SyncDone::default());
    }
    let (_busy, mut link, epoch) = take_link(&session)?;
    let vault = OpenSince {
        session: &session,
        epoch,
    };
    // Pressed by the person: a round of catching up still owed goes now, not after its pause.
    let result = match vault.with_store(harbour_share::have::pressed) {
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

/// Starts working together: until stopped or hidden, edits go across as they are saved, the
/// other side's arrive by themselves, and each side sees whether the other is here.
#[tauri::command]
pub fn live_start<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
) -> Result<SharingStatus, ApiError> {
    let epoch = session.epoch();
    {
        let mut slot = session.sharing();
        if slot.live.is_some() {
            drop(slot);
            return sharing_status(session);
        }
        if slot.busy {
            return Err(already_busy());
        }
        // Reserved in the same breath as the check, so no second caller loads the link too.
        slot.busy = true;
    }
    let busy = Busy(&session);
    let link = load_link(&session)?;
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
    sharing_status(session)
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

/// Stops working together; what is unsent goes with the next sync.
#[tauri::command]
pub async fn live_stop(session: State<'_, Session>) -> Result<SharingStatus, ApiError> {
    end_live(&session).await?;
    sharing_status(session)
}

/// Ends the live session, if there is one, and waits until it has put the link back.
async fn end_live(session: &Session) -> Result<(), ApiError> {
    let live = {
        let mut slot = session.sharing();
        let live = slot.live.take();
        if live.is_some() {
            // Until the task has put the link back, nothing else may load a second copy.
            slot.busy = true;
        }
        live
    };
    let Some(live) = live else { return Ok(()) };
    let busy = Busy(session);
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

/// Stops sharing everything at once: the other side is told, the relay deletes the mailbox and
/// everything in it, and this vault forgets the link and what was shared. What is on this
/// computer stays.
#[tauri::command]
pub async fn stop_sharing(session: State<'_, Session>) -> Result<SharingStatus, ApiError> {
    end_live(&session).await?;
    let (_busy, mut link, epoch) = take_link(&session)?;
    let notice = session.with_vault_since(epoch, |vault| {
        Ok(engine::begin_stop(vault.records_mut(), &mut link)?)
    })?;
    let relay = link.relay_client()?;
    let owner = link.role() == harbour_sync::pairing::Role::Client;
    if let Err(e) = relay.close_mailbox(&link.mailbox(), notice, owner).await {
        return_link(&session, epoch, link);
        return Err(e.into());
    }
    session.with_vault_since(epoch, sharing_cleared)
}

/// Forgets the link and what was shared, in the records open now (what is in them stays), and
/// notes it in the caseload; the status afterwards.
fn sharing_cleared(vault: &mut harbour_vault::UnlockedVault) -> Result<SharingStatus, ApiError> {
    vault.records_mut().end_sharing()?;
    crate::caseload::note_open_case(vault)?;
    status(vault.records(), LiveState::Off)
}

/// Clears the details of sharing that has ended, on this computer only, without the relay: for
/// when stopping could not reach it (no network, or the relay is gone). Sharing was already
/// stopped here (nothing more is sent or received); the other side isn't told, and the relay
/// keeps its sealed copies until it removes them itself. Only for sharing that has ended, so a
/// working link is never dropped without the other side being told.
#[tauri::command]
pub async fn forget_sharing(session: State<'_, Session>) -> Result<SharingStatus, ApiError> {
    end_live(&session).await?;
    let (_busy, link, epoch) = take_link(&session)?;
    if !link.is_revoked() {
        return_link(&session, epoch, link);
        return Err(ApiError::new(
            ErrorCode::Invalid,
            reason("sharing-stop-sharing-first-clears-sharing"),
        ));
    }
    drop(link);
    session.with_vault_since(epoch, sharing_cleared)
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
        Ok(SharedRecords {
            incidents: store.shared_incidents()?,
            screenings: store.shared_risk_screenings()?,
            arrivals: store.file_arrivals()?,
            check: store.shared_records_check()?,
            incomplete: Link::load(store)?.is_some_and(|l| !l.is_revoked())
                && harbour_share::stuck(store)?.here,
        })
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::relay_address;

    #[test]
    fn a_relay_address_is_read_as_typed_but_for_case_in_its_scheme_and_host() {
        assert_eq!(
            relay_address(" HTTPS://Relay.Example.org/ ").unwrap(),
            "https://relay.example.org"
        );
        assert_eq!(
            relay_address("https://Example.org:8443/Harbour/Relay").unwrap(),
            "https://example.org:8443/Harbour/Relay"
        );
        assert_eq!(
            relay_address("HTTP://LOCALHOST:7000").unwrap(),
            "http://localhost:7000"
        );
        for refused in [
            "",
            "https://",
            "http://relay.example.org",
            "relay.example.org",
            "https://a b",
            "http://localhost:80@elsewhere.example",
            "http://127.0.0.1:1@elsewhere.example/",
            "https://relay.example.org@elsewhere.example",
        ] {
            assert!(relay_address(refused).is_err(), "{refused}");
        }
    }
}
