//! Hooks the pages share: calling the app's commands and submitting forms ([`api`]),
//! reading what a page shows ([`load`]), and reading it again on a timer ([`every`]).

pub mod api;
pub mod every;
pub mod load;
