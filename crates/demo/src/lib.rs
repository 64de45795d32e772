//! Deterministic generator of realistic demo job postings (求人票) for Shigoto.
//!
//! `job(config, i)` builds posting number `i` from the demo seed, the index and `today` alone:
//! a ChaCha stream seeded from (seed, i) picks the employer, the occupation, the conditions and
//! the text, so a million postings can be generated lazily, in any order, and the same
//! configuration always gives the same sheets. Employers come from a pool of about one per four
//! postings; each is generated from its own key, so all its postings agree on its name, address,
//! business and policies. Offices (受理安定所) are fixed: a few per prefecture.
//!
//! Sheets are emitted unredacted (`employer_hidden` is false); the service applies the
//! publication range when it shows them.
//!
//! Module map: `dice` (random stream), `region` (prefecture facts, municipalities), `office`,
//! `names`, `sector` (業種 and their occupation mixes), `occupation` (one profile per 小分類),
//! `kind` (job families), `text` (phrase tables), `employer`, `place` (addresses), `hours`,
//! `wage`, `compose` (仕事内容 and notes), `posting` (assembles a sheet), `repost` (copies of
//! earlier postings with a small edit, labelled); `posting_forms`
//! (hand-written 求人申込み forms for the demo employer and tests).

mod compose;
mod dice;
mod employer;
mod hours;
mod kind;
mod names;
mod occupation;
mod office;
mod place;
mod posting;
pub mod posting_forms;
mod region;
pub mod repost;
mod sector;
mod text;
mod wage;

use chrono::NaiveDate;

/// What to generate: `count` postings of the demo set `seed`, dated relative to `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoConfig {
    pub seed: u64,
    pub count: usize,
    pub today: NaiveDate,
}

/// One generated posting: the full, unredacted sheet plus the employer it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoJob {
    pub sheet: shigoto_shared::JobSheet,
    pub employer: DemoEmployer,
    /// 求人番号 of the posting this one reposts with a small edit ([`repost`]), the label
    /// tests measure the grouping of near-duplicates against.
    pub repost_of: Option<String>,
}

/// The employer of a demo posting.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DemoEmployer {
    /// Stable id within the demo set (same seed): equal keys mean the same employer.
    pub key: u64,
    /// 事業所番号, e.g. 「1301-123456-7」.
    pub office_number: String,
    /// 事業所名.
    pub name: String,
}

/// A Hello Work office (受理安定所) used by the demo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoOffice {
    /// 5 digits: the prefecture code and three more (「13010」).
    pub code: String,
    /// 「ハローワーク札幌」.
    pub name: String,
    pub prefecture_code: String,
    pub address: String,
    pub phone: String,
    /// Opening hours.
    pub hours: String,
}

/// The demo's Hello Work offices, in code order: at least two per prefecture (59 海外 has
/// none). The same in every demo set.
pub fn offices() -> Vec<DemoOffice> {
    office::table().offices.clone()
}

/// Which demo office covers each municipality (管轄), as `(municipality code, office code)` in
/// municipality code order: every municipality of the 47 prefectures is covered by an office
/// of its own prefecture.
pub fn office_jurisdictions() -> Vec<(String, String)> {
    office::jurisdictions()
}

/// Posting number `index` (0-based) of the demo set. Depends only on `config.seed`, `index`
/// and `config.today`, not on `config.count` or on other postings. Job numbers are unique for
/// indexes below 100,000,000.
pub fn job(config: &DemoConfig, index: usize) -> DemoJob {
    let (sheet, employer, repost_of) = posting::posting(config.seed, index as u64, config.today);
    DemoJob {
        sheet,
        repost_of,
        employer: DemoEmployer {
            key: employer.key,
            office_number: employer.office_number,
            name: employer.name,
        },
    }
}

/// Postings `0..config.count`, generated lazily.
pub fn jobs(config: &DemoConfig) -> impl Iterator<Item = DemoJob> + '_ {
    (0..config.count).map(move |index| job(config, index))
}
