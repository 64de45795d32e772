//! The counselors' work: 窓口での求職登録, 仮登録の本登録 and 事業所登録の審査.

pub mod counter;
pub mod employer_review;
pub mod provisional;
