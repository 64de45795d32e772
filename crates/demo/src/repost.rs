//! Reposts: the same job posted again by its employer with one small edit, as staffing firms
//! and chains do (the copies that flood real result lists). From index [`REPOST_WINDOW`] on,
//! [`REPOST_PERCENT`] percent of the postings that do not open a new employer (three in four)
//! repost one of the [`REPOST_WINDOW`] postings before them, which may itself be a repost: 6%
//! of all postings. The copy gets its own 求人番号 and 受付年月日 and one edit:
//! a word of 仕事内容 changed ([`Edit::Word`]), the wage moved by a step ([`Edit::Wage`]) or
//! the workplace moved to another municipality of the prefecture ([`Edit::Place`]). Each
//! repost is labelled with the posting it copies, so tests can measure how well search groups
//! them.

use shigoto_shared::{JobSheet, WageKind};

use crate::dice::Dice;
use crate::employer::Employer;
use crate::{place, region};

/// Percent of the postings that do not open an employer that are reposts.
pub const REPOST_PERCENT: u32 = 8;
/// How far back a repost's original is, in postings.
pub const REPOST_WINDOW: u64 = 64;

/// The one edit a repost makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Edit {
    Word,
    Wage,
    Place,
}

/// Words of 仕事内容 a repost may say another way.
const REWORDINGS: [(&str, &str); 6] = [
    ("担当します", "お任せします"),
    ("行います", "していただきます"),
    ("お願いします", "お任せします"),
    ("です。", "となります。"),
    ("できます", "可能です"),
    ("業務", "仕事"),
];

/// The posting that posting `index` reposts, if it is a repost. Every fourth posting opens a
/// new employer and is never a repost, so reposts keep the pool of one employer per four
/// postings.
pub(crate) fn original(dice: &mut Dice, index: u64) -> Option<u64> {
    if index < REPOST_WINDOW || index.is_multiple_of(4) || !dice.chance(REPOST_PERCENT) {
        return None;
    }
    Some(index - 1 - dice.below(REPOST_WINDOW as usize) as u64)
}

/// Makes one small edit to a copy of `employer`'s posting.
pub(crate) fn edit(dice: &mut Dice, sheet: &mut JobSheet, employer: &Employer) -> Edit {
    let edit = dice.pick(&[Edit::Word, Edit::Wage, Edit::Place], Edit::Word);
    match edit {
        Edit::Word => reword(dice, &mut sheet.work.description),
        Edit::Wage => {
            let step = match sheet.wage.kind {
                WageKind::Hourly => 10 * dice.between(1, 5),
                WageKind::Daily => 100 * dice.between(1, 5),
                WageKind::Monthly => 5_000 * dice.between(1, 4),
            };
            sheet.wage.base_min = sheet.wage.base_min.saturating_add(step);
            sheet.wage.base_max = sheet.wage.base_max.saturating_add(step);
        }
        Edit::Place => {
            let (_, muni) = region::pick_muni(dice, employer.pref_index);
            let workplace = &mut sheet.work.place;
            workplace.municipality_code = muni.code.to_owned();
            workplace.locality = shigoto_refdata::locality(muni.code).unwrap_or_default();
            workplace.address_line = Some(place::address_line(dice, muni, false));
            let (station, minutes) = place::station(dice, muni);
            workplace.nearest_station = station;
            workplace.station_minutes = minutes;
        }
    }
    edit
}

/// Says one word of `text` another way (or adds a short sentence when none of the words is
/// there).
fn reword(dice: &mut Dice, text: &mut String) {
    let present: Vec<(&str, &str)> = REWORDINGS
        .iter()
        .copied()
        .filter(|(from, _)| text.contains(from))
        .collect();
    match present.get(dice.below(present.len().max(1))) {
        Some((from, to)) => *text = text.replacen(from, to, 1),
        None => text.push_str("未経験の方も歓迎します。"),
    }
}
