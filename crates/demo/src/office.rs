//! The Hello Work offices (公共職業安定所) of the demo: a few per prefecture, named after real
//! cities taken from the municipality list (「ハローワーク札幌」), each covering a run of the
//! prefecture's municipalities. Offices do not depend on the demo seed.

use std::sync::OnceLock;

use crate::dice::{Dice, Stream};
use crate::place;
use crate::region::{self, Place, PREFECTURES};
use crate::DemoOffice;

/// Opening hours shown for every office.
const HOURS: &str = "8:30〜17:15（土日祝・年末年始を除く）";

/// Seed of the office stream: offices are the same in every demo set.
const OFFICE_SEED: u64 = 0x6861_6c6c_6f77_6f72;

pub(crate) struct OfficeTable {
    pub offices: Vec<DemoOffice>,
    /// For each prefecture position, for each of its municipalities (in refdata order), the
    /// position in `offices` of the office that covers it.
    pub coverage: Vec<Vec<usize>>,
}

/// How many offices a prefecture gets.
fn office_count(population: u32) -> usize {
    (2 + population as usize / 130).min(12)
}

fn build() -> OfficeTable {
    let mut offices: Vec<DemoOffice> = Vec::new();
    let mut names = std::collections::BTreeSet::new();
    let mut coverage = Vec::with_capacity(PREFECTURES.len());
    for (pref_index, info) in PREFECTURES.iter().enumerate() {
        let munis = &region::munis(pref_index).list;
        // Candidate office towns: each city (a designated city once, at its first ward) and
        // each Tokyo ward, in code order.
        let mut candidates: Vec<usize> = Vec::new();
        for (i, m) in munis.iter().enumerate() {
            let is_city = matches!(m.place, Place::City | Place::Ward);
            let seen = candidates.iter().any(|&c| munis[c].stem == m.stem);
            if is_city && !seen {
                candidates.push(i);
            }
        }
        if candidates.is_empty() {
            candidates.push(0);
        }
        let count = office_count(info.population).min(candidates.len()).max(1);
        // The first cities in code order are the large ones (the capital, 函館, 旭川 …); the
        // rest of the offices are spread over the remaining cities.
        let leading = count.div_ceil(2);
        let rest = &candidates[leading.min(candidates.len())..];
        let spread = count - leading;
        let mut chosen: Vec<usize> = candidates[..leading].to_vec();
        chosen.extend((0..spread).map(|k| rest[k * rest.len() / spread.max(1)]));
        chosen.sort_unstable();
        chosen.dedup();
        let first = offices.len();
        for (k, &muni_index) in chosen.iter().enumerate() {
            let muni = &munis[muni_index];
            let mut dice = Dice::new(OFFICE_SEED, Stream::Office, (pref_index * 100 + k) as u64);
            let locality = shigoto_refdata::locality(muni.code).unwrap_or_default();
            let mut address = format!("{locality}{}", place::address_line(&mut dice, muni, false));
            if dice.chance(40) {
                address.push_str(&format!(" {}合同庁舎{}階", muni.stem, dice.between(1, 5)));
            }
            let mut name = format!("ハローワーク{}", muni.stem);
            if !names.insert(name.clone()) {
                // Two prefectures have a city of that name (府中, 伊達): say which one.
                let pref = region::pref_name(info.code);
                let short = pref.trim_end_matches(['都', '府', '県']);
                name = format!("{name}（{short}）");
                names.insert(name.clone());
            }
            offices.push(DemoOffice {
                code: format!("{}{:03}", info.code, (k + 1) * 10),
                name,
                prefecture_code: info.code.to_owned(),
                address,
                phone: region::phone(&mut dice, info),
                hours: HOURS.to_owned(),
            });
        }
        let mut covering = Vec::with_capacity(munis.len());
        for i in 0..munis.len() {
            let k = chosen.iter().rposition(|&c| c <= i).unwrap_or(0);
            covering.push(first + k);
        }
        coverage.push(covering);
    }
    OfficeTable { offices, coverage }
}

pub(crate) fn table() -> &'static OfficeTable {
    static TABLE: OnceLock<OfficeTable> = OnceLock::new();
    TABLE.get_or_init(build)
}

/// The office covering municipality `muni_index` of the prefecture at `pref_index`.
pub(crate) fn covering(pref_index: usize, muni_index: usize) -> &'static DemoOffice {
    let table = table();
    let at = table
        .coverage
        .get(pref_index)
        .and_then(|c| c.get(muni_index))
        .copied()
        .unwrap_or(0);
    &table.offices[at.min(table.offices.len() - 1)]
}

/// Every municipality with the code of the office covering it.
pub(crate) fn jurisdictions() -> Vec<(String, String)> {
    let table = table();
    let mut rows = Vec::new();
    for (pref_index, covering) in table.coverage.iter().enumerate() {
        for (muni, &at) in region::munis(pref_index).list.iter().zip(covering) {
            rows.push((muni.code.to_owned(), table.offices[at].code.clone()));
        }
    }
    rows.sort_unstable();
    rows
}
