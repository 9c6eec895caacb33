//! Sharing with an advocate: the sync engine on top of the vault ([`harbour_store`]) and the
//! sealed frames ([`harbour_sync`]).
//!
//! - [`engine`]: what to send (every change not yet sent of each shared document, sealed) and
//!   what to do with what arrives (open, check for replays, apply in one transaction).
//! - [`link`]: the link between a person's vault and their advocate's copy, kept in the vault.
//! - [`client`]: the relay client (signed HTTP requests, a WebSocket for live sessions).
//! - [`meeting`]: pairing over the relay: both apps meet in a mailbox derived from the one-time
//!   code, run SPAKE2, compare the phrase and hand over the case key and device keys.
//! - [`invitation`]: what the advocate's screen shows to pair (a QR code, or the code to type)
//!   and how the person's app reads it.
//! - [`content`]: how one document's changes are laid out inside a frame.
//! - [`have`]: each side's account of what it holds, so what the relay lost is sent again and
//!   a sync that stays stuck is told to the person.
//! - [`vault`]: how the engine reaches the open vault, a quick step at a time.
//! - [`live`]: catching up over plain HTTP, and working together in a live session (edits sent
//!   as they are saved, the other side's applied as they arrive, presence passed on).
//!
//! Nothing here touches the network until the person has turned sharing on and paired.

pub mod client;
pub mod content;
pub mod engine;
pub mod file_part;
pub mod have;
pub mod invitation;
pub mod link;
pub mod live;
pub mod meeting;
pub mod vault;

use harbour_store::StoreError;
use harbour_sync::FrameError;
use harbour_sync::pairing::PairingError;
use thiserror::Error;

pub use client::{LiveEvent, LiveSession, RelayClient};
pub use engine::{
    Outgoing, Presence, Receipt, Received, Skip, delivered, have_due, prepare, receive,
    receive_batch,
};
pub use have::{Stuck, Taken, stuck};
pub use invitation::{HostInvitation, Invitation, QrModules, qr_modules};
pub use link::{Link, last_synced, record_synced};
pub use live::{Exchanged, LiveControl, LiveNews, exchange};
pub use meeting::PhraseCheck;
pub use vault::VaultAccess;

#[derive(Debug, Error)]
pub enum ShareError {
    #[error("the relay could not be reached")]
    Offline,
    #[error("the relay's address is neither https nor this computer")]
    Insecure,
    #[error("the relay gave an answer this app did not understand")]
    Relay,
    #[error("the relay did not allow this device")]
    NotAllowed,
    #[error("this computer's clock is minutes away from the relay's, so the relay refuses it")]
    ClockWrong,
    #[error("the shared mailbox no longer exists")]
    Gone,
    #[error("the relay already has something different there")]
    Conflict,
    #[error("the relay is busy; try again shortly")]
    Busy,
    #[error("a change is too large to send")]
    TooLarge,
    #[error("what arrived could not be read")]
    Unreadable,
    #[error("the saved sharing details are damaged")]
    Damaged,
    #[error("sharing was stopped")]
    Revoked,
    #[error("the other app did not answer in time")]
    TimedOut,
    #[error("the vault was closed")]
    Closed,
    #[error("someone else shared with already has that name")]
    NameTaken,
    #[error("the system random number generator is unavailable")]
    Random,
    #[error(transparent)]
    Frame(#[from] FrameError),
    #[error(transparent)]
    Pairing(#[from] PairingError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Applies what has arrived and sends what is unsent, over plain HTTP: the way to catch up
/// after being offline. What each received frame did, in order; `Revoked` if the mailbox is
/// gone (the other side stopped sharing).
pub async fn sync_now(
    store: &mut harbour_store::Store,
    link: &mut Link,
    relay: &RelayClient,
) -> Result<Vec<Received>, ShareError> {
    let done = live::exchange(&std::sync::Mutex::new(store), link, relay).await?;
    if done.gone {
        return Err(ShareError::Revoked);
    }
    if done.received.contains(&Received::Ended) {
        live::ended_by_the_other_side(link, relay).await;
    }
    Ok(done.received)
}

/// Stops sharing everything through `link`, at once: a sealed notice to the other side, then the
/// relay deletes the mailbox and all it holds, then this vault forgets the link, the keys and
/// what was shared through it (the documents themselves stay, and so do other links). If the
/// relay cannot be reached, the link stays, marked as ended so nothing more is sent, and calling
/// this again finishes the job.
pub async fn stop_sharing(
    store: &mut harbour_store::Store,
    link: &mut Link,
    relay: &RelayClient,
) -> Result<(), ShareError> {
    let notice = engine::begin_stop(store, link)?;
    relay
        .close_mailbox(
            &link.mailbox(),
            notice,
            link.role() == harbour_sync::pairing::Role::Client,
        )
        .await?;
    store.end_sharing(link.id())?;
    Ok(())
}
