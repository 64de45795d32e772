//! App-wide state, one context each, provided by [`crate::app`]: who is signed in
//! ([`session`]), the connection ([`connection`]), the public search ([`search`], which
//! survives a visit to a 求人票), a job seeker's MyPage data ([`mypage`], its hidden employers in [`hidden_employers`]), the one-shot notice
//! ([`notice`]), the keyboard focus ([`focus`]) and the language shown ([`lang`]). Everything else belongs to a page. Each is a
//! [`store::Store`] changed by edits.

pub mod connection;
pub mod focus;
pub mod hidden_employers;
pub mod lang;
pub mod mypage;
pub mod notice;
pub mod search;
pub mod session;
pub mod store;
