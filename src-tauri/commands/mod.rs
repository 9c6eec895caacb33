//! Thin command functions, one file per area: take DTOs, call the core, map errors. No domain
//! logic lives here. Areas with more to them (sharing, the caseload, evidence, imports, drafts)
//! have modules of their own beside this folder.

pub mod attachments;
pub mod backup;
pub mod contacts;
pub mod incidents;
pub mod opening;
pub mod plan;
pub mod settings;
