//! Reusable pieces of the screens: the header with its connection indicator, a controlled
//! `<select>`, the area and 職業分類 pickers, and the page navigation of the result list.

pub mod area_picker;
pub mod header;
pub mod occupation_picker;
pub mod paging;
pub mod select;
