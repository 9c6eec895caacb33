//! Pairing over the relay.
//!
//! Both apps derive, from the one-time code, a meeting mailbox and a relay key that lets either
//! of them write there; the relay sees only random-looking ids. Then, in order (see
//! [`harbour_sync::pairing`] for why the client commits first):
//!
//! | tag | from     | what                                                            |
//! |-----|----------|-----------------------------------------------------------------|
//! | 1   | client   | commitment to its SPAKE2 message                                |
//! | 2   | advocate | SPAKE2 message                                                  |
//! | 3   | client   | SPAKE2 message                                                  |
//! | 4/5 | each     | confirmation value (after the phrase is on both screens)        |
//! | 6   | advocate | sealed: case mailbox, advocate device key, first case key       |
//! | 7   | client   | sealed: client device key                                       |
//! | 8   | advocate | sealed: the case mailbox exists; the client removes the meeting |
//!
//! Every message is padded to a frame size bucket. A wrong confirmation (someone in between,
//! or a mistyped code) ends pairing on both sides and removes the meeting mailbox.

use std::time::{Duration, Instant};

use ed25519_dalek::SigningKey;
use harbour_sync::pairing::{self, Confirmed, Paired, PairingCode, PairingError, Role};
use harbour_sync::{CaseKey, SIZE_BUCKETS};
use zeroize::Zeroizing;

use crate::ShareError;
use crate::client::RelayClient;
use crate::link::Link;

const POLL: Duration = Duration::from_millis(100);

const COMMITMENT: u8 = 1;
const ADVOCATE_MESSAGE: u8 = 2;
const CLIENT_MESSAGE: u8 = 3;
const ADVOCATE_CONFIRMATION: u8 = 4;
const CLIENT_CONFIRMATION: u8 = 5;
const OFFER: u8 = 6;
const CLIENT_DEVICE: u8 = 7;
const READY: u8 = 8;

fn random<const N: usize>() -> Result<Zeroizing<[u8; N]>, ShareError> {
    let mut b = Zeroizing::new([0u8; N]);
    getrandom::fill(b.as_mut()).map_err(|_| ShareError::Random)?;
    Ok(b)
}

/// A fresh device key for a case's mailbox.
pub fn new_device_key() -> Result<SigningKey, ShareError> {
    Ok(SigningKey::from_bytes(&*random::<32>()?))
}

fn padded(tag: u8, payload: &[u8]) -> Result<Vec<u8>, ShareError> {
    let needed = 3 + payload.len();
    let bucket = SIZE_BUCKETS
        .into_iter()
        .find(|b| *b >= needed)
        .ok_or(ShareError::TooLarge)?;
    let mut out = Vec::with_capacity(bucket);
    out.push(tag);
    out.extend_from_slice(&(payload.len() as u16).to_be_bytes());
    out.extend_from_slice(payload);
    out.resize(bucket, 0);
    Ok(out)
}

fn unpadded(message: &[u8]) -> Option<(u8, &[u8])> {
    let len = usize::from(u16::from_be_bytes([*message.get(1)?, *message.get(2)?]));
    Some((message[0], message.get(3..3 + len)?))
}

/// The meeting mailbox, spoken to with the key both sides derive from the code.
struct Meeting {
    relay: RelayClient,
    mailbox: [u8; 32],
    cursor: u64,
    mine: Vec<u64>,
    timeout: Duration,
}

impl Meeting {
    async fn open(
        relay_url: &str,
        code: &PairingCode,
        timeout: Duration,
    ) -> Result<Meeting, ShareError> {
        let key = SigningKey::from_bytes(&code.derive("relay key"));
        let mailbox = *code.derive("relay mailbox");
        let relay = RelayClient::new(relay_url, key)?;
        // Whoever comes first creates it; the second gets "already there, same writers".
        relay
            .create_mailbox(&mailbox, &[relay.public_key()], &[relay.public_key()])
            .await?;
        Ok(Meeting {
            relay,
            mailbox,
            cursor: 0,
            mine: Vec::new(),
            timeout,
        })
    }

    async fn say(&mut self, tag: u8, payload: &[u8]) -> Result<(), ShareError> {
        let seq = self
            .relay
            .post(&self.mailbox, padded(tag, payload)?)
            .await?;
        self.mine.push(seq);
        Ok(())
    }

    /// Waits for the other side's message with `tag`.
    async fn hear(&mut self, tag: u8) -> Result<Zeroizing<Vec<u8>>, ShareError> {
        let deadline = Instant::now() + self.timeout;
        loop {
            for (seq, message) in self.relay.read(&self.mailbox, self.cursor).await? {
                self.cursor = seq;
                if self.mine.contains(&seq) {
                    continue;
                }
                match unpadded(&message) {
                    Some((t, payload)) if t == tag => return Ok(Zeroizing::new(payload.to_vec())),
                    // Something out of order, or not from the other app: pairing cannot go on.
                    Some((t, _)) if t > tag => return Err(PairingError::BadMessage.into()),
                    _ => {}
                }
            }
            if Instant::now() >= deadline {
                return Err(ShareError::TimedOut);
            }
            tokio::time::sleep(POLL).await;
        }
    }

    async fn remove(self) {
        let _ = self.relay.delete_mailbox(&self.mailbox).await;
    }
}

/// Pairing with the phrase on screen: the person and the advocate read it aloud, then either
/// [`confirm`](PhraseCheck::confirm) or [`abort`](PhraseCheck::abort).
pub struct PhraseCheck {
    meeting: Meeting,
    paired: Paired,
    side: Side,
    relay_url: String,
}

/// Which side this app is, with what that side brings to the hand-over.
enum Side {
    /// With the device key it hands over, made before the invitation was shown.
    Advocate(SigningKey),
    /// With its check on that key: the fingerprint from the invitation, if one was pasted.
    Client(Option<String>),
}

impl Side {
    fn role(&self) -> Role {
        match self {
            Side::Advocate(_) => Role::Advocate,
            Side::Client(_) => Role::Client,
        }
    }
}

impl std::fmt::Debug for PhraseCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PhraseCheck({:?}, ***)", self.side.role())
    }
}

/// The advocate's side: opens the meeting for the code it shows, and waits for the client.
pub async fn advocate(
    relay_url: &str,
    code: &PairingCode,
    timeout: Duration,
) -> Result<PhraseCheck, ShareError> {
    advocate_with_key(relay_url, code, new_device_key()?, timeout).await
}

/// [`advocate`] with the device key this side will write to the case's mailbox with, made
/// beforehand so that an invitation can show its fingerprint (see [`crate::invitation`]).
pub async fn advocate_with_key(
    relay_url: &str,
    code: &PairingCode,
    device: SigningKey,
    timeout: Duration,
) -> Result<PhraseCheck, ShareError> {
    let mut meeting = Meeting::open(relay_url, code, timeout).await?;
    let commitment = meeting.hear(COMMITMENT).await?;
    let handshake = pairing::start(code, Role::Advocate);
    meeting.say(ADVOCATE_MESSAGE, handshake.message()).await?;
    let theirs = meeting.hear(CLIENT_MESSAGE).await?;
    let paired = match handshake.finish(&theirs, Some(&commitment)) {
        Ok(p) => p,
        Err(e) => {
            meeting.remove().await;
            return Err(e.into());
        }
    };
    Ok(PhraseCheck {
        meeting,
        paired,
        side: Side::Advocate(device),
        relay_url: relay_url.to_owned(),
    })
}

/// The client's side: joins the meeting for the code it was given.
pub async fn client(
    relay_url: &str,
    code: &PairingCode,
    timeout: Duration,
) -> Result<PhraseCheck, ShareError> {
    client_expecting(relay_url, code, None, timeout).await
}

/// [`client`], checking that the advocate's device key handed over after pairing has the
/// fingerprint its invitation showed (a mismatch ends pairing before anything of this side's
/// is handed over).
pub async fn client_expecting(
    relay_url: &str,
    code: &PairingCode,
    expected: Option<&str>,
    timeout: Duration,
) -> Result<PhraseCheck, ShareError> {
    let mut meeting = Meeting::open(relay_url, code, timeout).await?;
    let handshake = pairing::start(code, Role::Client);
    meeting.say(COMMITMENT, &handshake.commitment()).await?;
    let theirs = meeting.hear(ADVOCATE_MESSAGE).await?;
    meeting.say(CLIENT_MESSAGE, handshake.message()).await?;
    let paired = handshake.finish(&theirs, None)?;
    Ok(PhraseCheck {
        meeting,
        paired,
        side: Side::Client(expected.map(str::to_owned)),
        relay_url: relay_url.to_owned(),
    })
}

impl PhraseCheck {
    /// The four words to read aloud.
    pub fn phrase(&self) -> String {
        self.paired.phrase()
    }

    /// The phrase matched on both screens: swap confirmations and hand over the keys. The
    /// caller keeps the new link in the vault ([`Link::save`] gives it a new number). An
    /// advocate's side should check first that the vault has none ([`Link::exists`]): one link
    /// per case, so an advocate's caseload keeps each case in its own vault; the person's side
    /// may hold one per person they share with.
    pub async fn confirm(self) -> Result<Link, ShareError> {
        let PhraseCheck {
            mut meeting,
            paired,
            side,
            relay_url,
        } = self;
        let role = side.role();
        let (mine, theirs) = match role {
            Role::Advocate => (ADVOCATE_CONFIRMATION, CLIENT_CONFIRMATION),
            Role::Client => (CLIENT_CONFIRMATION, ADVOCATE_CONFIRMATION),
        };
        meeting.say(mine, &paired.confirmation()).await?;
        let their_confirmation = meeting.hear(theirs).await?;
        let confirmed = match paired.confirm(&their_confirmation) {
            Ok(c) => c,
            Err(e) => {
                meeting.remove().await;
                return Err(e.into());
            }
        };
        let link = match side {
            Side::Advocate(device) => hand_over(&mut meeting, &confirmed, &relay_url, device).await,
            Side::Client(expected) => {
                take_over(&mut meeting, &confirmed, &relay_url, expected.as_deref()).await
            }
        };
        // The sealed case key must not stay on the relay, whatever happened.
        if role == Role::Client || link.is_err() {
            meeting.remove().await;
        }
        link
    }

    /// The phrases differed (or the person changed their mind): nothing is kept.
    pub async fn abort(self) {
        self.meeting.remove().await;
    }
}

async fn hand_over(
    meeting: &mut Meeting,
    confirmed: &Confirmed,
    relay_url: &str,
    device: SigningKey,
) -> Result<Link, ShareError> {
    let mailbox = *random::<32>()?;
    let key = CaseKey::generate(1)?;
    let mut offer = Zeroizing::new(Vec::with_capacity(100));
    offer.extend_from_slice(&mailbox);
    offer.extend_from_slice(&device.verifying_key().to_bytes());
    offer.extend_from_slice(&key.epoch().to_be_bytes());
    offer.extend_from_slice(key.expose_secret());
    meeting.say(OFFER, &confirmed.seal(1, &offer)?).await?;
    let sealed = meeting.hear(CLIENT_DEVICE).await?;
    let client_device: [u8; 32] = confirmed
        .open(&sealed)?
        .as_slice()
        .try_into()
        .map_err(|_| PairingError::BadMessage)?;
    let relay = RelayClient::new(relay_url, device.clone())?;
    // The person's device owns the case's mailbox: only it may replace the writers or delete
    // it; the advocate's may post and read.
    relay
        .create_mailbox(
            &mailbox,
            &[device.verifying_key().to_bytes(), client_device],
            &[client_device],
        )
        .await?;
    meeting.say(READY, &confirmed.seal(2, b"ready")?).await?;
    Link::new(
        Role::Advocate,
        relay_url,
        mailbox,
        device,
        client_device,
        key,
    )
}

async fn take_over(
    meeting: &mut Meeting,
    confirmed: &Confirmed,
    relay_url: &str,
    expected: Option<&str>,
) -> Result<Link, ShareError> {
    let offer = confirmed.open(&meeting.hear(OFFER).await?)?;
    if offer.len() != 100 {
        return Err(PairingError::BadMessage.into());
    }
    let field = |range: std::ops::Range<usize>| -> Result<[u8; 32], ShareError> {
        offer[range]
            .try_into()
            .map_err(|_| PairingError::BadMessage.into())
    };
    let mailbox = field(0..32)?;
    let advocate_device = field(32..64)?;
    if let Some(expected) = expected
        && !pairing::same_fingerprint(expected, &pairing::key_fingerprint(&advocate_device))
    {
        return Err(PairingError::KeyMismatch.into());
    }
    let epoch = u32::from_be_bytes([offer[64], offer[65], offer[66], offer[67]]);
    let key = CaseKey::from_bytes(epoch, field(68..100)?);
    let device = new_device_key()?;
    meeting
        .say(
            CLIENT_DEVICE,
            &confirmed.seal(1, &device.verifying_key().to_bytes())?,
        )
        .await?;
    let ready = confirmed.open(&meeting.hear(READY).await?)?;
    if ready.as_slice() != b"ready" {
        return Err(PairingError::BadMessage.into());
    }
    // The advocate's app made the mailbox: creating it again with the same writers, this
    // device its only owner, succeeds only if that is what it made (an app that kept the
    // ownership for itself, or let another key in, is found here and pairing stops).
    let relay = RelayClient::new(relay_url, device.clone())?;
    let mine = device.verifying_key().to_bytes();
    match relay
        .create_mailbox(&mailbox, &[advocate_device, mine], &[mine])
        .await
    {
        Ok(()) => {}
        Err(ShareError::Conflict | ShareError::NotAllowed) => {
            return Err(PairingError::BadMessage.into());
        }
        Err(e) => return Err(e),
    }
    Link::new(
        Role::Client,
        relay_url,
        mailbox,
        device,
        advocate_device,
        key,
    )
}
