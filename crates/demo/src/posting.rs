//! Assembles one 求人票 from its parts: picks the employer, the occupation from the employer's
//! sector, the category, work style and employment type, then fills every section so that the
//! sections agree with each other.

use std::sync::OnceLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use shigoto_domain::{validity, JobNumber};
use shigoto_shared::{
    AgeLimit, ConditionsSection, EmployerSection, EmploymentType, JobCategory, JobSheet, JobStatus,
    NotesSection, PublicationRange, RemoteWork, ResultNotice, SelectionSection, WorkPlace,
    WorkSection, WorkStyle,
};

use crate::compose::{self, Context, NoteInput};
use crate::dice::{Cumulative, Dice, Stream};
use crate::employer::{Employer, Policy};
use crate::hours;
use crate::kind::{Kind, Params, Pattern, Remote};
use crate::names::Form;
use crate::occupation::{self, Profile};
use crate::place;
use crate::region::{self, Place, Tier};
use crate::repost;
use crate::sector::{Facility, Sector, SECTORS};
use crate::text;
use crate::wage::{self, WageInput};

/// Postings per block of employers, and employers per block: about four postings each.
const BLOCK: u64 = 256;
const SLOTS: u64 = 64;

/// Facilities whose label reads as a workplace type in a title (not 「本社」).
const GENERIC_FACILITIES: &[&str] = &[
    "本社",
    "派遣先企業",
    "事業所",
    "本社工場",
    "第二工場",
    "工場",
    "工事現場",
    "営業所",
    "本社営業部",
    "制作部",
    "編集部",
    "支店",
    "本店",
];

/// Words that mark a leading role.
const LEADER_WORDS: &[&str] = &[
    "店長",
    "施設長",
    "支配人",
    "所長",
    "責任者",
    "マネージャー",
    "管理職",
    "取締役",
    "役員",
    "事務局長",
    "理事",
    "リーダー",
    "船長",
    "機関長",
];

/// The employer key of posting `index`: the first posting of every fourth position opens a new
/// employer of the block, the others return to one already opened.
fn employer_key(dice: &mut Dice, index: u64) -> u64 {
    let block = index / BLOCK;
    let position = index % BLOCK;
    let opened = position / 4 + 1;
    let slot = if position.is_multiple_of(4) {
        position / 4
    } else {
        // Uniform over the employers opened so far: the earliest post most (about 15 of the
        // block's 256 postings for the first, one for the last).
        (dice.below(opened as usize) as u64).min(opened - 1)
    };
    block * SLOTS + slot
}

/// Occupation tables per sector and facility: positions in `occupation::profiles()` and weights.
struct MixTable {
    positions: Vec<usize>,
    weights: Cumulative,
}

fn mix_tables() -> &'static Vec<Vec<MixTable>> {
    static TABLES: OnceLock<Vec<Vec<MixTable>>> = OnceLock::new();
    TABLES.get_or_init(|| {
        SECTORS
            .iter()
            .map(|sector| {
                sector
                    .facilities
                    .iter()
                    .map(|facility| {
                        let mix = facility.mix.unwrap_or(sector.mix);
                        let known: Vec<(usize, u32)> = mix
                            .iter()
                            .filter_map(|(code, w)| Some((occupation::position(code)?, *w)))
                            .collect();
                        MixTable {
                            positions: known.iter().map(|(p, _)| *p).collect(),
                            weights: Cumulative::new(known.iter().map(|(_, w)| u64::from(*w))),
                        }
                    })
                    .collect()
            })
            .collect()
    })
}

/// One draw of an occupation (its position in `occupation::profiles()`) from the employer's mix.
fn draw_profile(dice: &mut Dice, employer: &Employer) -> usize {
    let tables = mix_tables();
    let table = tables
        .get(employer.sector_index)
        .and_then(|t| t.get(employer.facility_index));
    let at = table
        .and_then(|t| t.positions.get(dice.weighted(&t.weights)).copied())
        .unwrap_or(0);
    at.min(occupation::profiles().len() - 1)
}

/// How many times a fresh posting draws again to avoid an occupation its employer already posts.
const PROFILE_REDRAWS: usize = 32;

/// The occupation of a fresh posting: drawn from the employer's mix, and drawn again (a few
/// times at most) while it is one the employer's earlier postings of the block took. So an
/// employer's fresh postings are different jobs, and the only near-duplicates of the demo set are
/// its labelled reposts (`crate::repost`).
fn choose_profile(dice: &mut Dice, employer: &Employer, taken: &[usize]) -> usize {
    let mut at = draw_profile(dice, employer);
    for _ in 0..PROFILE_REDRAWS {
        if !taken.contains(&at) {
            break;
        }
        at = draw_profile(dice, employer);
    }
    at
}

/// The occupations the fresh postings of a block took, in order (`None` for reposts), as the
/// postings themselves draw them.
struct BlockPlan {
    seed: u64,
    block: u64,
    today: NaiveDate,
    taken: Vec<Option<(u64, usize)>>,
}

impl BlockPlan {
    fn build(seed: u64, block: u64, today: NaiveDate) -> Self {
        let mut employers: std::collections::HashMap<u64, Employer> = Default::default();
        let mut taken: Vec<Option<(u64, usize)>> = Vec::with_capacity(BLOCK as usize);
        for index in block * BLOCK..(block + 1) * BLOCK {
            if repost::original(&mut Dice::new(seed, Stream::Repost, index), index).is_some() {
                taken.push(None);
                continue;
            }
            let mut dice = Dice::new(seed, Stream::Job, index);
            let key = employer_key(&mut dice, index);
            let employer = employers
                .entry(key)
                .or_insert_with(|| Employer::generate(seed, key, today).0);
            let before = profiles_of(&taken, key);
            taken.push(Some((key, choose_profile(&mut dice, employer, &before))));
        }
        BlockPlan {
            seed,
            block,
            today,
            taken,
        }
    }
}

/// The occupations employer `key` took among `taken`.
fn profiles_of(taken: &[Option<(u64, usize)>], key: u64) -> Vec<usize> {
    taken
        .iter()
        .flatten()
        .filter(|(k, _)| *k == key)
        .map(|(_, profile)| *profile)
        .collect()
}

/// The occupations employer `key` took in the fresh postings before `index` in its block. The
/// plans of the last two blocks are kept per thread (a repost reads its original's block, which
/// may be the one before).
fn taken_before(seed: u64, index: u64, today: NaiveDate, key: u64) -> Vec<usize> {
    thread_local! {
        static PLANS: std::cell::RefCell<Vec<BlockPlan>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let block = index / BLOCK;
    let position = (index % BLOCK) as usize;
    PLANS.with(|plans| {
        let mut plans = plans.borrow_mut();
        let found = plans
            .iter()
            .position(|p| p.seed == seed && p.block == block && p.today == today);
        let at = match found {
            Some(at) => at,
            None => {
                if plans.len() >= 2 {
                    plans.remove(0);
                }
                plans.push(BlockPlan::build(seed, block, today));
                plans.len() - 1
            }
        };
        profiles_of(&plans[at].taken[..position], key)
    })
}

fn category(dice: &mut Dice, kind: Kind, sector: &Sector) -> JobCategory {
    let seasonal_sector = matches!(
        sector.key,
        "agriculture" | "fishery" | "hotel" | "food_mfg" | "warehouse" | "leisure" | "forestry"
    );
    if seasonal_sector && dice.chance(12) {
        return JobCategory::Seasonal;
    }
    let roll = dice.between(0, 999);
    let new_graduate_fits = !matches!(
        kind,
        Kind::Doctor | Kind::Manager | Kind::Housekeeping | Kind::Performer | Kind::Legal
    );
    match roll {
        0..=29 => JobCategory::Disability,
        30..=79 if new_graduate_fits => JobCategory::NewGraduate,
        80..=84
            if matches!(
                kind,
                Kind::Construction
                    | Kind::Civil
                    | Kind::Factory
                    | Kind::Farm
                    | Kind::Fishery
                    | Kind::Forestry
            ) =>
        {
            JobCategory::Migrant
        }
        _ => JobCategory::General,
    }
}

fn employment(
    dice: &mut Dice,
    style: WorkStyle,
    category: JobCategory,
    kind: Kind,
    employer: &Employer,
) -> EmploymentType {
    if style == WorkStyle::PartTime {
        return EmploymentType::PartTime;
    }
    match category {
        JobCategory::Seasonal | JobCategory::Migrant => return EmploymentType::NonRegular,
        JobCategory::NewGraduate => return EmploymentType::Regular,
        _ => {}
    }
    if employer.sector.dispatch {
        return if dice.chance(65) {
            EmploymentType::DispatchFixed
        } else {
            EmploymentType::DispatchIndefinite
        };
    }
    if employer.form == Form::Public || employer.sector.key == "public" {
        return if kind == Kind::Public {
            EmploymentType::Regular
        } else {
            EmploymentType::NonRegular
        };
    }
    if kind == Kind::Manager || dice.chance(70) {
        EmploymentType::Regular
    } else {
        EmploymentType::NonRegular
    }
}

fn contract(
    dice: &mut Dice,
    employment: EmploymentType,
    category: JobCategory,
) -> (Option<u16>, bool) {
    if category == JobCategory::Seasonal {
        return (Some(dice.between(2, 6) as u16), false);
    }
    if category == JobCategory::Migrant {
        return (Some(dice.between(3, 6) as u16), dice.chance(50));
    }
    let months = match employment {
        EmploymentType::Regular | EmploymentType::DispatchIndefinite => None,
        EmploymentType::NonRegular => match dice.between(0, 9) {
            0..=4 => Some(12),
            5..=6 => Some(6),
            _ => None,
        },
        EmploymentType::DispatchFixed => Some(if dice.chance(50) { 3 } else { 6 }),
        EmploymentType::PartTime => match dice.between(0, 19) {
            0..=10 => None,
            11..=13 => Some(6),
            14..=18 => Some(12),
            _ => Some(3),
        },
    };
    (months, months.is_some() && dice.chance(90))
}

fn pattern(profile: &Profile, params: &Params, employer: &Employer) -> Pattern {
    if profile.code == "362" {
        return Pattern::Visit;
    }
    let key = employer.sector.key;
    if profile.kind == Kind::Cook
        && matches!(
            key,
            "care_facility" | "hospital" | "nursery" | "food_service" | "disability"
        )
    {
        return Pattern::Kitchen;
    }
    if !params.care_cluster {
        return params.pattern;
    }
    let site = employer.facility.pattern.or(match key {
        "clinic" | "dental" | "pharmacy" | "bodycare" => Some(Pattern::Clinic),
        "home_care" => Some(Pattern::Visit),
        "care_facility" | "disability" | "hospital" => Some(Pattern::Care24),
        _ => None,
    });
    match site {
        Some(Pattern::Care24)
            if !matches!(profile.kind, Kind::Care | Kind::Nurse | Kind::MedAide) =>
        {
            Pattern::Day
        }
        Some(site) => site,
        None => params.pattern,
    }
}

fn title(
    dice: &mut Dice,
    profile: &Profile,
    facility: &Facility,
    style: WorkStyle,
) -> (String, Vec<&'static str>) {
    let chosen = &profile.titles[dice
        .below(profile.titles.len())
        .min(profile.titles.len() - 1)];
    let generic = GENERIC_FACILITIES.contains(&facility.label);
    let mut text = if generic {
        chosen.text.replace("（{f}）", "")
    } else {
        chosen.text.replace("{f}", facility.label)
    };
    if style == WorkStyle::PartTime && !text.contains('（') && dice.chance(40) {
        text.push_str("（パート）");
    }
    (text, chosen.licenses.clone())
}

fn licenses(
    dice: &mut Dice,
    profile: &Profile,
    required: Vec<&'static str>,
    category: JobCategory,
) -> Vec<String> {
    let mut out: Vec<String> = required.into_iter().map(str::to_owned).collect();
    if category != JobCategory::NewGraduate {
        for optional in &profile.optional {
            if out.len() < 3
                && dice.chance(optional.percent)
                && !out.iter().any(|l| l == optional.name)
            {
                out.push(optional.name.to_owned());
            }
        }
    }
    out
}

fn education(
    dice: &mut Dice,
    kind: Kind,
    params: &Params,
    category: JobCategory,
) -> Option<String> {
    let academic = matches!(
        kind,
        Kind::It
            | Kind::DevEngineer
            | Kind::Researcher
            | Kind::Legal
            | Kind::Teacher
            | Kind::Manager
            | Kind::Sales
            | Kind::Office
            | Kind::Accounting
            | Kind::ProdEngineer
    );
    if category == JobCategory::NewGraduate {
        return Some(
            if academic {
                dice.pick(
                    &[
                        "大学卒業見込み（学部不問）",
                        "大学・短大・専門学校卒業見込み",
                        "大学院・大学卒業見込み（理系）",
                    ][..if matches!(
                        kind,
                        Kind::It | Kind::DevEngineer | Kind::Researcher | Kind::ProdEngineer
                    ) {
                        3
                    } else {
                        2
                    }],
                    "大学卒業見込み",
                )
            } else {
                dice.pick(
                    &["高校卒業見込み", "高校・専門学校卒業見込み"],
                    "高校卒業見込み",
                )
            }
            .to_owned(),
        );
    }
    if !dice.chance(params.education) {
        return None;
    }
    let level = if academic && dice.chance(60) {
        "大学卒業以上"
    } else {
        match dice.between(0, 9) {
            0..=6 => "高校卒業以上",
            7..=8 => "専修学校卒業以上",
            _ => "短大卒業以上",
        }
    };
    Some(level.to_owned())
}

fn age_limit(
    dice: &mut Dice,
    employment: EmploymentType,
    retirement_age: Option<u8>,
    night: bool,
    kind: Kind,
) -> AgeLimit {
    let none = AgeLimit {
        min: None,
        max: None,
        reason: None,
    };
    if night && matches!(kind, Kind::Security | Kind::Factory | Kind::Logistics) && dice.chance(30)
    {
        return AgeLimit {
            min: Some(18),
            max: None,
            reason: Some("労働基準法等法令の規定により年齢制限がある（深夜業）".to_owned()),
        };
    }
    if employment != EmploymentType::Regular {
        return none;
    }
    let roll = dice.between(0, 99);
    match retirement_age {
        Some(age) if roll < 7 => AgeLimit {
            min: None,
            // Applicants must be below the retirement age: 定年60歳 → 「59歳以下」.
            max: Some(age - 1),
            reason: Some("定年を上限".to_owned()),
        },
        _ if (7..10).contains(&roll) => AgeLimit {
            min: None,
            max: Some(dice.pick(&[29, 34, 35, 39], 35)),
            reason: Some(
                "長期勤続によるキャリア形成を図る観点から、若年者等を期間の定めのない労働契約の対象として募集・採用するため"
                    .to_owned(),
            ),
        },
        _ => none,
    }
}

fn received_on(dice: &mut Dice, today: NaiveDate) -> NaiveDate {
    static WEIGHTS: OnceLock<Cumulative> = OnceLock::new();
    let weights = WEIGHTS.get_or_init(|| Cumulative::new((0..60u64).map(|d| 75 - d)));
    let mut days = dice.weighted(weights) as i64;
    // Offices receive postings on weekdays: move weekend days back to Friday (forward to
    // Monday near the 60-day edge). Today and yesterday stay as drawn.
    if days >= 2 {
        let date = today - Duration::days(days);
        let (back, forward) = match date.weekday() {
            Weekday::Sat => (1, -2),
            Weekday::Sun => (2, -1),
            _ => (0, 0),
        };
        days = if days + back <= 59 {
            days + back
        } else {
            days + forward
        };
    }
    today - Duration::days(days.max(0))
}

fn publication(dice: &mut Dice) -> (PublicationRange, bool) {
    let range = match dice.between(0, 99) {
        0..=69 => PublicationRange::Full,
        70..=79 => PublicationRange::RegisteredOnly,
        80..=94 => PublicationRange::NoCompanyName,
        _ => PublicationRange::NotPublished,
    };
    let online = matches!(
        range,
        PublicationRange::Full | PublicationRange::RegisteredOnly
    ) && dice.chance(40);
    (range, online)
}

/// 求人番号: the office code and a serial that is a bijection of the index below 10^8.
fn job_number(office_code: &str, seed: u64, index: u64) -> String {
    const SERIALS: u64 = 100_000_000;
    let offset = (seed ^ 0x5DEE_CE66_D1CE_4E5B).wrapping_mul(0x2545_F491_4F6C_DD1D) % SERIALS;
    let serial = (index % SERIALS * 48_271 + offset) % SERIALS;
    let code = office_code.parse::<u32>().unwrap_or(13_010);
    match JobNumber::from_parts(code, u32::try_from(serial).unwrap_or(0)) {
        Some(number) => number.to_string(),
        None => format!("{code:05}-{serial:08}"),
    }
}

fn car_commute(dice: &mut Dice, place: Place, tier: Tier) -> bool {
    let percent = match (place, tier) {
        (Place::Ward, Tier::Metro) => 8,
        (Place::Ward, _) => 35,
        (Place::City, Tier::Metro) => 40,
        (Place::City, Tier::Urban) => 65,
        (Place::City, Tier::Rural) => 85,
        (Place::Town | Place::Village, _) => 95,
    };
    dice.chance(percent)
}

fn selection(
    dice: &mut Dice,
    kind: Kind,
    category: JobCategory,
    employer: &Employer,
    experienced: bool,
    licensed: bool,
    dispatch: bool,
) -> SelectionSection {
    let big_team = matches!(
        kind,
        Kind::Factory
            | Kind::Logistics
            | Kind::Care
            | Kind::Security
            | Kind::Cleaning
            | Kind::Retail
            | Kind::Server
            | Kind::Inspection
    );
    let openings = match dice.between(0, 99) {
        0..=54 => 1,
        55..=79 => 2,
        80..=94 => dice.between(3, 5),
        _ if big_team || dispatch => dice.between(5, 10),
        _ => 3,
    } as u16;
    let methods: &[&str] = if category == JobCategory::NewGraduate {
        &["書類選考", "筆記試験", "面接"]
    } else {
        match dice.between(0, 9) {
            0..=5 => &["面接"],
            6..=8 => &["書類選考", "面接"],
            _ if matches!(kind, Kind::Driver | Kind::Beauty | Kind::Cook) => &["面接", "実技試験"],
            _ => &["面接", "適性検査"],
        }
    };
    let mut documents = "ハローワーク紹介状、履歴書（写真貼付）".to_owned();
    if experienced
        || matches!(
            kind,
            Kind::It | Kind::DevEngineer | Kind::Legal | Kind::Manager
        )
    {
        documents.push_str("、職務経歴書");
    }
    if licensed {
        documents.push_str("、資格証の写し");
    }
    if category == JobCategory::NewGraduate {
        documents.push_str("、卒業見込証明書、成績証明書");
    }
    let locality = shigoto_refdata::locality(employer.muni.code).unwrap_or_default();
    SelectionSection {
        openings,
        methods: methods.iter().map(|m| (*m).to_owned()).collect(),
        result_within_days: dice.pick(&[5, 7, 7, 10, 14], 7),
        documents,
        place: Some(format!("{locality}{}", employer.address_line)),
        contact: Some(employer.contact.clone()),
        // Derived, not drawn, so the dice stream (and every demo posting) stays as it was.
        notice_by: if category == JobCategory::NewGraduate {
            ResultNotice::Mail.label().to_owned()
        } else {
            [ResultNotice::Mail, ResultNotice::Phone]
                .map(ResultNotice::label)
                .join("、")
        },
    }
}

fn conditions(
    dice: &mut Dice,
    style: WorkStyle,
    employment: EmploymentType,
    category: JobCategory,
    weekly_minutes: u32,
    employer: &Employer,
    policy: &Policy,
) -> ConditionsSection {
    let full = style == WorkStyle::FullTime;
    let employment_insurance = full || weekly_minutes >= 20 * 60;
    let social = if full {
        employer.form != Form::Individual || employer.employees_total >= 5 || dice.chance(50)
    } else {
        weekly_minutes >= 30 * 60 || (weekly_minutes >= 20 * 60 && employer.employees_total > 50)
    };
    let regular = employment == EmploymentType::Regular;
    let retirement_age = if regular || dice.chance(50) {
        policy.retirement_age
    } else {
        None
    };
    ConditionsSection {
        employment_insurance,
        workers_compensation: true,
        health_insurance: social,
        pension: social,
        retirement_allowance: policy.retirement_allowance && (regular || dice.chance(20)),
        retirement_age,
        rehiring: retirement_age.is_some() && policy.rehiring,
        housing: policy.housing
            || category == JobCategory::Migrant
            || (category == JobCategory::Seasonal && dice.chance(50)),
        childcare: policy.childcare,
    }
}

/// The posting `index` of the demo set `seed` as of `today`, with its employer.
/// Posting number `index`: a repost of an earlier one ([`crate::repost`]) or a fresh one; with
/// the 求人番号 of the posting it reposts.
pub(crate) fn posting(
    seed: u64,
    index: u64,
    today: NaiveDate,
) -> (JobSheet, Employer, Option<String>) {
    let mut dice = Dice::new(seed, Stream::Repost, index);
    let Some(original) = repost::original(&mut dice, index) else {
        let (sheet, employer) = fresh(seed, index, today);
        return (sheet, employer, None);
    };
    // The original comes first in the set (a lower index), so the chain ends.
    let (mut sheet, employer, _) = posting(seed, original, today);
    let copied = std::mem::replace(
        &mut sheet.job_number,
        job_number(&employer.office.code, seed, index),
    );
    sheet.received_on = received_on(&mut dice, today);
    sheet.referral_deadline =
        validity::referral_deadline(sheet.received_on, sheet.graduation_year.is_some());
    if let Some(year) = sheet.graduation_year.as_mut() {
        *year = sheet.referral_deadline.year();
    }
    repost::edit(&mut dice, &mut sheet, &employer);
    (sheet, employer, Some(copied))
}

/// A posting made afresh from its own random stream.
fn fresh(seed: u64, index: u64, today: NaiveDate) -> (JobSheet, Employer) {
    let mut dice = Dice::new(seed, Stream::Job, index);
    let key = employer_key(&mut dice, index);
    let (employer, policy) = Employer::generate(seed, key, today);
    let taken = taken_before(seed, index, today, key);
    let profile = &occupation::profiles()[choose_profile(&mut dice, &employer, &taken)];
    let kind = profile.kind;
    let params = kind.params();
    let category = category(&mut dice, kind, employer.sector);
    let style = if matches!(category, JobCategory::NewGraduate | JobCategory::Migrant) {
        WorkStyle::FullTime
    } else if dice.chance(params.part_time) {
        WorkStyle::PartTime
    } else {
        WorkStyle::FullTime
    };
    let employment = employment(&mut dice, style, category, kind, &employer);
    let dispatch = matches!(
        employment,
        EmploymentType::DispatchFixed | EmploymentType::DispatchIndefinite
    );
    let (contract_months, contract_renewable) = contract(&mut dice, employment, category);
    let (title, required) = title(&mut dice, profile, employer.facility, style);
    let leader = LEADER_WORDS.iter().any(|w| title.contains(w));
    let licenses = licenses(&mut dice, profile, required, category);

    // 就業場所: mostly the employer's own address, sometimes another site in the prefecture.
    let info = employer.pref();
    let elsewhere = dice.chance(
        if matches!(
            employer.sector.key,
            "care_facility"
                | "retail"
                | "restaurant"
                | "staffing"
                | "security"
                | "building_service"
                | "trucking"
                | "warehouse"
                | "hotel"
                | "home_care"
                | "construction"
        ) {
            35
        } else {
            12
        },
    );
    let (muni, address_line, station, station_minutes) = if elsewhere {
        let (_, muni) = region::pick_muni(&mut dice, employer.pref_index);
        let line = place::address_line(&mut dice, muni, false);
        let (station, minutes) = place::station(&mut dice, muni);
        (muni, line, station, minutes)
    } else {
        (
            employer.muni,
            employer.address_line.clone(),
            employer.station.clone(),
            employer.station_minutes,
        )
    };
    let car = car_commute(&mut dice, muni.place, info.tier);
    let parking = if car {
        dice.chance(90)
    } else {
        dice.chance(15)
    };
    let city = muni.city_name();

    let pattern = pattern(profile, &params, &employer);
    let (hours, facts) = hours::hours(&mut dice, pattern, style, policy.weekends);
    let outcome = wage::wage(
        &mut dice,
        &WageInput {
            kind,
            params,
            style,
            employment,
            category,
            pref: info,
            policy: &policy,
            licensed: !licenses.is_empty(),
            leader,
        },
    );
    let conditions = conditions(
        &mut dice,
        style,
        employment,
        category,
        facts.weekly_minutes,
        &employer,
        &policy,
    );
    let age = age_limit(
        &mut dice,
        employment,
        conditions.retirement_age,
        facts.night,
        kind,
    );
    let education = education(&mut dice, kind, &params, category);
    let experience_percent = match kind {
        Kind::Manager => 80,
        Kind::It | Kind::DevEngineer | Kind::BuildEngineer | Kind::Legal | Kind::Doctor => 50,
        _ => 20,
    };
    let experience = (category != JobCategory::NewGraduate && dice.chance(experience_percent))
        .then(|| {
            dice.pick(text::kind_text(kind).experience, "同職種の経験")
                .to_owned()
        });
    let remote = match params.remote {
        Remote::Often if dice.chance(12) => RemoteWork::Full,
        Remote::Often if dice.chance(50) => RemoteWork::Partial,
        Remote::Sometimes if dice.chance(15) => RemoteWork::Partial,
        _ => RemoteWork::None,
    };
    let transfer = employment == EmploymentType::Regular
        && dice.chance(if employer.employees_total > 300 {
            30
        } else {
            3
        });
    let uij_turn = dice.chance(if info.tier == Tier::Rural { 18 } else { 5 });
    let trial_months = if matches!(category, JobCategory::Seasonal) {
        None
    } else {
        policy.trial_months
    };

    let facility_text = if GENERIC_FACILITIES.contains(&employer.facility.label)
        && employer.facility.label != "本社"
    {
        "当社"
    } else {
        employer.facility.label
    };
    let description = compose::description(
        &mut dice,
        profile,
        &Context {
            facility: facility_text,
            city: &city,
            people: employer.employees_site,
        },
    );

    let received_on = received_on(&mut dice, today);
    let new_graduate = category == JobCategory::NewGraduate;
    let referral_deadline = validity::referral_deadline(received_on, new_graduate);
    let status = if dice.chance(5) {
        JobStatus::Closed
    } else {
        JobStatus::Open
    };
    let (publication, online_application) = publication(&mut dice);
    let experienced = experience.is_some();
    let selection = selection(
        &mut dice,
        kind,
        category,
        &employer,
        experienced,
        !licenses.is_empty(),
        dispatch,
    );
    let special = compose::special_notes(
        &mut dice,
        &NoteInput {
            kind,
            style,
            employment,
            category,
            wage: &outcome.section,
            fixed_overtime_hours: outcome.fixed_overtime_hours,
            shift_count: hours.shifts.len(),
            night: facts.night,
            contract_months,
            trial_months,
            car_commute: car,
            parking,
            licensed: !licenses.is_empty(),
            uij_turn,
            remote,
            city: &city,
            received_month: received_on.month(),
            graduation_year: referral_deadline.year(),
        },
    );
    let remarks = compose::remarks(&mut dice, policy.smoking);

    let employer_locality = shigoto_refdata::locality(employer.muni.code).unwrap_or_default();
    let sheet = JobSheet {
        job_number: job_number(&employer.office.code, seed, index),
        received_on,
        referral_deadline,
        receiving_office: employer.office.name.clone(),
        category,
        work_style: style,
        status,
        publication,
        online_application,
        graduation_year: new_graduate.then(|| referral_deadline.year()),
        employer: EmployerSection {
            name: Some(employer.name.clone()),
            name_kana: employer.name_kana.clone(),
            office_number: Some(employer.office_number.clone()),
            postal_code: Some(employer.postal_code.clone()),
            address: Some(format!("{employer_locality}{}", employer.address_line)),
            phone: Some(employer.phone.clone()),
            homepage: employer.homepage.clone(),
            representative: employer.representative.clone(),
            corporate_number: employer.corporate_number.clone(),
            business: employer.business.clone(),
            features: employer.features.clone(),
            employees_total: employer.employees_total,
            employees_site: employer.employees_site,
            founded_year: employer.founded_year,
            capital_man_yen: employer.capital_man_yen,
        },
        work: WorkSection {
            title,
            occupation_code: profile.code.to_owned(),
            description,
            employment_type: employment,
            contract_months,
            contract_renewable,
            place: WorkPlace {
                prefecture_code: info.code.to_owned(),
                municipality_code: muni.code.to_owned(),
                locality: shigoto_refdata::locality(muni.code).unwrap_or_default(),
                address_line: Some(address_line),
                nearest_station: station,
                station_minutes,
                car_commute: car,
                parking,
            },
            transfer,
            remote_work: remote,
            uij_turn,
            age,
            education,
            experience,
            licenses,
            trial_months,
        },
        wage: outcome.section,
        hours,
        conditions,
        selection,
        notes: NotesSection { special, remarks },
        employer_hidden: false,
    };
    (sheet, employer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn employer_keys_open_one_employer_per_four_postings() {
        for count in [1u64, 3, 4, 5, 100, 256, 1_000] {
            let mut keys = std::collections::BTreeSet::new();
            for index in 0..count {
                let mut dice = Dice::new(1, Stream::Job, index);
                keys.insert(employer_key(&mut dice, index));
            }
            assert_eq!(keys.len() as u64, count.div_ceil(4), "count {count}");
        }
    }

    #[test]
    fn job_numbers_are_a_bijection_of_the_index() {
        let mut seen = std::collections::BTreeSet::new();
        for index in 0..50_000 {
            let number = job_number("13010", 7, index);
            assert!(JobNumber::parse(&number).is_ok(), "{number}");
            assert!(seen.insert(number[6..].to_owned()));
        }
    }
}
