//! The forms' pure logic: what a screen holds as typed, the checks made before asking the
//! service (which checks everything again with the same domain rules), how the service's
//! refusals are placed at their boxes, and what the screens show. Nothing here touches the DOM
//! or JavaScript, so all of it is unit-tested natively (`cargo test -p shigoto-frontend`).

pub mod account;
pub mod application;
pub mod apply;
pub mod counselling;
pub mod edit;
pub mod email_change;
pub mod employer;
pub mod introductions;
pub mod key_flow;
pub mod messages;
pub mod mypage;
pub mod offices;
pub mod problem;
pub mod profile;
pub mod publication;
pub mod requests;
pub mod row_action;
pub mod search;
pub mod seeker_record;
pub mod seeking;
pub mod settings;
pub mod status;
