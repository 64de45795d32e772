//! Hooks the pages share: calling the app's commands and submitting forms ([`api`]), and
//! reading what a page shows ([`load`]).

pub mod api;
pub mod load;
