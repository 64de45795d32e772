//! Procedures that span several steps of one screen: the 認証キー flow ([`key_flow`]) and the
//! specs of the flows made of it ([`specs`]).

pub mod key_flow;
pub mod specs;
