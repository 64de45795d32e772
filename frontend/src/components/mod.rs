//! Reusable pieces of the screens: the header with its connection indicator and menu bar, a
//! controlled `<select>`, the area and 職業分類 pickers, the page navigation of the result list,
//! the live hints under a new password and the step indicator of the account procedures, and
//! the parts the account forms share: the refusal helpers, the 利用規約 step, the 認証キー and
//! new password boxes, and the person-detail rows; a job seeker's お気に入り toggle, saved search
//! conditions, the header's sync indicator and the refused edits; a result's 「ほか n件の類似求人」
//! (`similar_postings`); [`nav_link::NavLink`], a
//! link to a route.

pub mod activity_card;
pub mod anonymous_profile;
pub mod application_documents;
pub mod area_picker;
pub mod confirm_box;
pub mod counted_nav;
pub mod facet_counts;
pub mod favorite_button;
pub mod form_field;
pub mod header;
pub mod key_flow_view;
pub mod key_password_fields;
pub mod mail_notifications;
pub mod message_list;
pub mod nav_link;
pub mod notice_opener;
pub mod occupation_picker;
pub mod paging;
pub mod password_hints;
pub mod person_fields;
pub mod posting_reminders;
pub mod profile_fields;
pub mod profile_summary;
pub mod rejections;
pub mod saved_searches;
pub mod seeker_finder;
pub mod seeking;
pub mod select;
pub mod similar_postings;
pub mod steps;
pub mod sync_indicator;
pub mod terms_step;
