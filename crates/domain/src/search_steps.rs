//! The steps the search form offers for its open-ended conditions (wage, annual holidays, how
//! new a posting is). They are also what the search's facets count, so the number beside each
//! choice is what choosing it finds.

use chrono::{Days, NaiveDate};
use shigoto_shared::PostedWithin;

/// 月額賃金の下限 choices (yen): from just above the lowest full-time monthly wages to where
/// few postings reach.
pub const MONTHLY_WAGES: [u32; 9] = [
    150_000, 180_000, 200_000, 220_000, 250_000, 280_000, 300_000, 350_000, 400_000,
];

/// 時給の下限 choices (yen): from around the lowest regional minimum wage upwards.
pub const HOURLY_WAGES: [u32; 9] = [900, 1_000, 1_100, 1_200, 1_300, 1_400, 1_500, 1_700, 2_000];

/// 年間休日数の下限 choices (days): 105 is the usual floor of a 週休二日 year, 120 a calendar
/// with every weekend and public holiday off.
pub const ANNUAL_HOLIDAYS: [u16; 8] = [80, 90, 100, 105, 110, 115, 120, 125];

/// 新着 choices: the most days before today a posting was received (0: today only; 1: today
/// and yesterday; 6: the last seven days, 1週間以内; 29: the last thirty days).
pub const POSTING_AGES: [u8; 6] = [0, 1, 2, 6, 13, 29];

/// The most days before today a search can ask for.
pub const MAX_POSTING_AGE: u8 = 100;

/// The age a 新着 choice of saved searches made before [`POSTING_AGES`] stands for.
pub fn posting_age_of(within: PostedWithin) -> u8 {
    match within {
        PostedWithin::TodayOrYesterday => 1,
        PostedWithin::Week => 6,
    }
}

/// The first 受付年月日 of postings at most `age` days old on `today`.
pub fn received_since(age: u8, today: NaiveDate) -> NaiveDate {
    today - Days::new(u64::from(age))
}
