//! Reusable pieces of the screens: the header with its connection indicator and menu bar, a
//! controlled `<select>`, the area and 職業分類 pickers, the page navigation of the result list,
//! the live hints under a new password and the step indicator of the account procedures.

pub mod area_picker;
pub mod header;
pub mod occupation_picker;
pub mod paging;
pub mod password_hints;
pub mod select;
pub mod steps;
