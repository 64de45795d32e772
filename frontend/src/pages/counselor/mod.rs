//! The counselors' work: 窓口での求職登録, 仮登録の本登録, 事業所登録の審査 and 求人受理 (the
//! list of filed postings, [`posting_queue`], and the review of one, [`posting_review`]), and
//! the office's 操作の記録 ([`actions`]).

pub mod actions;
pub mod counselling;
pub mod counter;
pub mod employer_review;
pub mod introduce;
pub mod posting_queue;
pub mod posting_review;
pub mod provisional;
pub mod referrals;
pub mod seeker_desk;
pub mod seeker_messages;
pub mod seeker_record;
