//! The link between one person's vault and one other person's copy of the case (their
//! advocate's, or the officer's or solicitor's: a person may have several links, each with its
//! own mailbox, keys and choice of what is shared; an advocate's copy has one).
//!
//! Kept in the vault under the link's number (`share_state`, encrypted with everything else),
//! never anywhere else: where the relay is, the mailbox, this device's relay key and the other
//! side's, the case keys by epoch, this device's frame counter, what has been accepted from each
//! sender, how far through the mailbox this device has read, and what the person calls them.

use std::fmt;

use ed25519_dalek::SigningKey;
use harbour_store::{LinkId, Store};
use harbour_sync::pairing::Role;
use harbour_sync::{CaseKey, ReplayGuard};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::ShareError;

const STATE_KEY: &str = "link";
/// When this device last exchanged anything with the relay (RFC 3339).
const LAST_SYNCED: &str = "last_synced";
/// What the person calls the other side of a link ("my advocate", "the officer"): their own
/// words, only ever shown inside the unlocked app.
const NAME: &str = "name";
/// The longest name kept, in characters.
pub const MAX_NAME_CHARS: usize = 60;

/// Records that this device has just exchanged with the relay through `link`.
pub fn record_synced(store: &mut Store, link: LinkId) -> Result<(), ShareError> {
    store.set_share_state(
        link,
        LAST_SYNCED,
        chrono::Utc::now().to_rfc3339().as_bytes(),
    )?;
    Ok(())
}

/// When this device last exchanged with the relay through `link`, if it ever did.
pub fn last_synced(
    store: &Store,
    link: LinkId,
) -> Result<Option<chrono::DateTime<chrono::Utc>>, ShareError> {
    Ok(store
        .share_state(link, LAST_SYNCED)?
        .and_then(|b| std::str::from_utf8(&b).ok().map(str::to_owned))
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(&t).ok())
        .map(|t| t.with_timezone(&chrono::Utc)))
}

pub struct Link {
    /// `LinkId(0)` until first saved, when the vault gives it its number.
    pub(crate) id: LinkId,
    pub(crate) role: Role,
    pub(crate) relay: String,
    pub(crate) mailbox: [u8; 32],
    pub(crate) device: SigningKey,
    pub(crate) peer_device: [u8; 32],
    pub(crate) sender: [u8; 16],
    pub(crate) next_counter: u64,
    /// Oldest first; the last is the one new frames are sealed with.
    pub(crate) keys: Vec<CaseKey>,
    pub(crate) guard: ReplayGuard,
    pub(crate) cursor: u64,
    pub(crate) revoked: bool,
}

impl fmt::Debug for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Link")
            .field("id", &self.id.0)
            .field("role", &self.role)
            .field("epoch", &self.keys.last().map(CaseKey::epoch))
            .field("cursor", &self.cursor)
            .field("revoked", &self.revoked)
            .finish_non_exhaustive()
    }
}

/// How the link is written into the vault. Holds secrets: zeroized on drop, never logged.
#[derive(Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
struct Record {
    advocate: bool,
    relay: String,
    mailbox: String,
    device: String,
    peer_device: String,
    sender: String,
    next_counter: u64,
    keys: Vec<(u32, String)>,
    guard: Vec<(String, u64)>,
    /// Counters below each sender's highest still to come (saved since frames may be late).
    #[serde(default)]
    late: Vec<(String, Vec<u64>)>,
    cursor: u64,
    revoked: bool,
}

fn unhex<const N: usize>(text: &str) -> Result<[u8; N], ShareError> {
    let bytes = Zeroizing::new(hex::decode(text).map_err(|_| ShareError::Damaged)?);
    bytes.as_slice().try_into().map_err(|_| ShareError::Damaged)
}

fn random_sender() -> Result<[u8; 16], ShareError> {
    let mut sender = [0u8; 16];
    getrandom::fill(&mut sender).map_err(|_| ShareError::Random)?;
    Ok(sender)
}

impl Link {
    /// A new link: `keys` holds the first case key.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        role: Role,
        relay: &str,
        mailbox: [u8; 32],
        device: SigningKey,
        peer_device: [u8; 32],
        key: CaseKey,
    ) -> Result<Link, ShareError> {
        Ok(Link {
            id: LinkId(0),
            role,
            relay: relay.to_owned(),
            mailbox,
            device,
            peer_device,
            sender: random_sender()?,
            next_counter: 1,
            keys: vec![key],
            guard: ReplayGuard::default(),
            cursor: 0,
            revoked: false,
        })
    }

    pub fn role(&self) -> Role {
        self.role
    }

    /// The link's number in the vault (`LinkId(0)` until first saved).
    pub fn id(&self) -> LinkId {
        self.id
    }

    /// The public keys whose frames this link opens: the paired device's and this device's own
    /// (what it sent comes back in reads).
    pub(crate) fn devices(&self) -> [[u8; 32]; 2] {
        [self.peer_device, self.device.verifying_key().to_bytes()]
    }

    pub fn relay(&self) -> &str {
        &self.relay
    }

    pub fn mailbox(&self) -> [u8; 32] {
        self.mailbox
    }

    /// This device's relay key (public half).
    pub fn device_key(&self) -> [u8; 32] {
        self.device.verifying_key().to_bytes()
    }

    pub fn peer_device_key(&self) -> [u8; 32] {
        self.peer_device
    }

    /// The relay sequence number of the last message this device has dealt with.
    pub fn cursor(&self) -> u64 {
        self.cursor
    }

    pub fn epoch(&self) -> u32 {
        self.keys.last().map_or(0, CaseKey::epoch)
    }

    pub fn is_revoked(&self) -> bool {
        self.revoked
    }

    /// Marks sharing as ended (nothing more is sent) and saves that in the vault.
    pub fn mark_revoked(&mut self, store: &mut Store) -> Result<(), ShareError> {
        self.revoked = true;
        self.save(store)
    }

    pub(crate) fn current_key(&self) -> Result<&CaseKey, ShareError> {
        self.keys.last().ok_or(ShareError::Damaged)
    }

    pub(crate) fn key_for(&self, epoch: u32) -> Option<&CaseKey> {
        self.keys.iter().find(|k| k.epoch() == epoch)
    }

    /// A client for this link's relay, speaking with this device's key.
    pub fn relay_client(&self) -> Result<crate::RelayClient, ShareError> {
        crate::RelayClient::new(&self.relay, self.device.clone())
    }

    /// Whether the vault holds any link (ended or not).
    pub fn exists(store: &Store) -> Result<bool, ShareError> {
        Ok(!Link::ids(store)?.is_empty())
    }

    /// Every link the vault holds (ended or not), in the order they were made.
    pub fn ids(store: &Store) -> Result<Vec<LinkId>, ShareError> {
        Ok(store.links_with(STATE_KEY)?)
    }

    /// Every link the vault holds, in the order they were made.
    pub fn all(store: &Store) -> Result<Vec<Link>, ShareError> {
        let mut links = Vec::new();
        for id in Link::ids(store)? {
            links.extend(Link::load(store, id)?);
        }
        Ok(links)
    }

    /// The only link of a vault that can hold one (an advocate's copy of a case), or the first.
    pub fn first(store: &Store) -> Result<Option<Link>, ShareError> {
        match Link::ids(store)?.first() {
            Some(id) => Link::load(store, *id),
            None => Ok(None),
        }
    }

    /// What the person calls the other side of `link`, if they named it.
    pub fn name(store: &Store, link: LinkId) -> Result<Option<String>, ShareError> {
        Ok(store
            .share_state(link, NAME)?
            .and_then(|b| String::from_utf8(b.to_vec()).ok())
            .filter(|n| !n.is_empty()))
    }

    /// Names the other side of `link` (trimmed, at most [`MAX_NAME_CHARS`] characters; empty
    /// forgets the name). `Err(NameTaken)` if another link has that name (letter case and
    /// spaces aside): two people with one name could be mistaken for each other.
    pub fn set_name(store: &mut Store, link: LinkId, name: &str) -> Result<(), ShareError> {
        let name: String = name.trim().chars().take(MAX_NAME_CHARS).collect();
        let key = |n: &str| {
            n.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        if !name.is_empty() {
            for other in Link::ids(store)?.into_iter().filter(|id| *id != link) {
                if Link::name(store, other)?.is_some_and(|n| key(&n) == key(&name)) {
                    return Err(ShareError::NameTaken);
                }
            }
        }
        store.set_share_state(link, NAME, name.as_bytes())?;
        Ok(())
    }

    /// Reads link `id` from the vault, if there is one.
    pub fn load(store: &Store, id: LinkId) -> Result<Option<Link>, ShareError> {
        let Some(bytes) = store.share_state(id, STATE_KEY)? else {
            return Ok(None);
        };
        let record: Record = serde_json::from_slice(&bytes).map_err(|_| ShareError::Damaged)?;
        let mut keys = Vec::with_capacity(record.keys.len());
        for (epoch, key) in &record.keys {
            keys.push(CaseKey::from_bytes(*epoch, unhex(key)?));
        }
        let mut guard = Vec::with_capacity(record.guard.len());
        for (sender, highest) in &record.guard {
            guard.push((unhex(sender)?, *highest));
        }
        let mut late = Vec::with_capacity(record.late.len());
        for (sender, counters) in &record.late {
            late.push((unhex(sender)?, counters.clone()));
        }
        Ok(Some(Link {
            id,
            role: if record.advocate {
                Role::Advocate
            } else {
                Role::Client
            },
            relay: record.relay.clone(),
            mailbox: unhex(&record.mailbox)?,
            device: SigningKey::from_bytes(&unhex(&record.device)?),
            peer_device: unhex(&record.peer_device)?,
            // A new sender id every time the vault is opened: a vault restored from an older
            // backup would otherwise reuse counters the other side has already accepted, and
            // what it sends would be dropped as replays.
            sender: random_sender()?,
            next_counter: 1,
            keys,
            guard: ReplayGuard::from_entries(guard, late),
            cursor: record.cursor,
            revoked: record.revoked,
        }))
    }

    /// Writes the link into the vault; the first time, under a new number (never one given
    /// before in this vault).
    pub fn save(&mut self, store: &mut Store) -> Result<(), ShareError> {
        if self.id == LinkId(0) {
            self.id = store.new_link()?;
        }
        // Ended: nothing more is shared through it, so a document shared next with someone
        // else is made afresh (the link itself stays until the relay is told).
        if self.revoked {
            store.retire_link(self.id)?;
        }
        let record = Record {
            advocate: self.role == Role::Advocate,
            relay: self.relay.clone(),
            mailbox: hex::encode(self.mailbox),
            device: hex::encode(self.device.to_bytes()),
            peer_device: hex::encode(self.peer_device),
            sender: hex::encode(self.sender),
            next_counter: self.next_counter,
            keys: self
                .keys
                .iter()
                .map(|k| (k.epoch(), hex::encode(k.expose_secret())))
                .collect(),
            guard: self
                .guard
                .entries()
                .map(|(s, c)| (hex::encode(s), c))
                .collect(),
            late: self
                .guard
                .late()
                .map(|(s, counters)| (hex::encode(s), counters))
                .collect(),
            cursor: self.cursor,
            revoked: self.revoked,
        };
        let bytes = Zeroizing::new(serde_json::to_vec(&record).map_err(|_| ShareError::Damaged)?);
        store.set_share_state(self.id, STATE_KEY, &bytes)?;
        Ok(())
    }
}
