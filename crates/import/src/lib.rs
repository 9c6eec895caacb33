//! Messages brought in as evidence. Most stalking is messages, calls and posts; typing each into
//! its own form does not scale to the hundreds a person may have. This crate reads exports into
//! dated messages, and refuses a file it cannot read whole, saying which lines it could not read:
//! nothing is ever half-imported.
//!
//! - [`whatsapp`]: a WhatsApp chat export (`.txt`), from Android or iPhone, in either day/month
//!   order, with 12- or 24-hour times and messages over several lines.
//!
//! - [`message_list`]: a plain list of messages, one per line starting with its date, time and
//!   sender (pasted from a phone's texts, a spreadsheet or a backup tool), read the same way.
//! - [`archive`]: the same export "with media", a zip of the chat and the files its messages name.
//! - [`email`]: an e-mail saved as a `.eml` file, with its attached files, in any encoding.
//! - [`entries`]: the incidents the person's choice makes of a chat (each message its own entry,
//!   or all as one), ready for `Store::record_imported`, which keeps the file whole with each.
//!
//! Pure: bytes in, messages and incident fields out; the shell stores them.

pub mod archive;
pub mod email;
pub mod entries;
pub mod message_list;
pub mod whatsapp;

pub use archive::{ChatArchive, MediaFile, is_zip, read_whatsapp_zip};
pub use email::{Email, EmailError, EmailFile, read_email};
pub use entries::{ChatChoice, TooMuchForOne, entries_of};
pub use message_list::read_message_list;
pub use whatsapp::{ChatExport, DateOrder, ImportError, Message, read_whatsapp};
