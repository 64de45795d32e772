//! The screens of the public job search: the search form, the result list and the 求人票.

pub mod job_sheet;
pub mod results;
pub mod search_form;
