//! The 求人者マイページ: its opening (a 認証キー flow), the employer's home (the 事業所登録), the
//! 求人一覧 ([`postings`]) and one posting, in the eight-step editor or published ([`posting`]);
//! a published posting's 応募者一覧 ([`applicants`]) and one applicant with 採否 ([`applicant`]).

pub mod applicant;
pub mod applicants;
pub mod home;
pub mod opening;
pub mod posting;
pub mod postings;
pub mod seekers;
pub mod sent_requests;
