//! メッセージ of a job seeker or an employer: the threads ([`list`]) and one thread ([`thread`]).

pub mod list;
pub mod thread;
