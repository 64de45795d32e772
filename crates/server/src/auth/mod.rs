//! Authentication: password hashing (argon2id, off the async runtime, bounded), random secrets
//! (session tokens and 認証キー), sessions and the request extractor that names the caller.

pub mod caller;
pub mod keys;
pub mod passwords;
pub mod secrets;
pub mod viewer;
