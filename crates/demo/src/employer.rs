//! Demo employers (求人事業所). Each is generated from the demo seed and its own key alone, so
//! every posting of an employer shows the same name, address, business and policies.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

use crate::dice::{Cumulative, Dice, Stream};
use crate::names::{Form, Word, FAMILY, GIVEN, STEMS};
use crate::office;
use crate::place;
use crate::region::{self, Muni, Place, Tier, PREFECTURES};
use crate::sector::{Facility, Lean, Sector, SECTORS};
use crate::DemoOffice;

/// How an employer pays for commuting.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Commute {
    /// 実費支給, with a monthly cap when `Some`.
    Actual(Option<u32>),
    /// 一定額 per month.
    Fixed(u32),
    None,
}

/// Employment policies shared by all of an employer's postings.
#[derive(Debug, Clone)]
pub(crate) struct Policy {
    pub retirement_age: Option<u8>,
    pub rehiring: bool,
    pub retirement_allowance: bool,
    /// Yearly bonus in tenths of a month's pay (25 = 2.5 months); 0 when none.
    pub bonus_tenths: u32,
    /// Yearly raise range, yen per month.
    pub raise: Option<(u32, u32)>,
    /// 賃金締切日 and 賃金支払日.
    pub pay: (&'static str, &'static str),
    pub commute: Commute,
    pub housing: bool,
    pub childcare: bool,
    /// 受動喫煙対策.
    pub smoking: &'static str,
    /// The office calendar follows Saturdays, Sundays and holidays.
    pub weekends: bool,
    pub trial_months: Option<u8>,
}

/// One demo employer with everything its postings need.
#[derive(Debug, Clone)]
pub(crate) struct Employer {
    pub key: u64,
    pub sector: &'static Sector,
    /// Position of `sector` in [`SECTORS`].
    pub sector_index: usize,
    pub facility: &'static Facility,
    pub facility_index: usize,
    pub form: Form,
    pub name: String,
    pub name_kana: Option<String>,
    pub office_number: String,
    pub pref_index: usize,
    pub muni: &'static Muni,
    pub office: &'static DemoOffice,
    pub postal_code: String,
    pub address_line: String,
    pub phone: String,
    pub homepage: Option<String>,
    pub representative: Option<String>,
    pub corporate_number: Option<String>,
    pub business: String,
    pub features: String,
    pub employees_total: u32,
    pub employees_site: u32,
    pub founded_year: Option<u16>,
    pub capital_man_yen: Option<u64>,
    pub station: Option<String>,
    pub station_minutes: Option<u16>,
    /// 採用担当者 (department and name).
    pub contact: String,
}

/// Generic 会社の特長 lines.
const GENERIC_FEATURES: &[&str] = &[
    "有給休暇の取得を推進し、連続休暇も取りやすい職場です。",
    "子育て中の社員も多く、急な休みにも職場全体でフォローしています。",
    "社員旅行や懇親会など、社員同士の交流を大切にしています。",
    "ハラスメント相談窓口を設置し、安心して働ける環境づくりに努めています。",
    "定年後の再雇用制度があり、長く働き続けられます。",
    "地域の清掃活動やイベントにも積極的に参加しています。",
];

const PAY_DAYS: &[(&str, &str)] = &[
    ("末日", "翌月25日"),
    ("末日", "翌月15日"),
    ("末日", "翌月10日"),
    ("20日", "当月25日"),
    ("15日", "当月25日"),
    ("20日", "翌月5日"),
    ("25日", "翌月10日"),
    ("末日", "翌月末日"),
];

/// 法人 name endings that make a whole name by themselves.
const SOLO_NAMES: &[&str] = &[
    "仁愛会",
    "慈恵会",
    "博愛会",
    "愛育会",
    "厚生会",
    "緑会",
    "健康会",
    "白樺会",
];

/// Temple names for 宗教法人 employers.
const TEMPLES: &[&str] = &[
    "長福寺",
    "正覚寺",
    "西光寺",
    "龍泉寺",
    "光明寺",
    "浄安寺",
    "法蔵寺",
    "善福寺",
    "円通寺",
    "永明寺",
];

const SMOKING: &[&str] = &[
    "屋内禁煙",
    "屋内禁煙",
    "敷地内禁煙",
    "屋内原則禁煙（喫煙室あり）",
];

/// Prefectures without a coast: no fishing or shipping employers there.
const LANDLOCKED: &[&str] = &["09", "10", "11", "19", "20", "21", "25", "29"];

/// Sector weights for each prefecture (in [`PREFECTURES`] order).
fn sector_tables() -> &'static [Cumulative] {
    static TABLES: OnceLock<Vec<Cumulative>> = OnceLock::new();
    TABLES.get_or_init(|| {
        PREFECTURES
            .iter()
            .map(|pref| {
                Cumulative::new(SECTORS.iter().map(|s| {
                    let factor: u64 = match (s.lean, pref.tier) {
                        (Lean::Neutral, _) => 10,
                        (Lean::Metro, Tier::Metro) => 25,
                        (Lean::Metro, Tier::Urban) => 13,
                        (Lean::Metro, Tier::Rural) => 6,
                        (Lean::Rural, Tier::Metro) => 2,
                        (Lean::Rural, Tier::Urban) => 8,
                        (Lean::Rural, Tier::Rural) => 18,
                    };
                    let sea = matches!(s.key, "fishery" | "rail_sea_air");
                    if sea && LANDLOCKED.contains(&pref.code) {
                        0
                    } else {
                        u64::from(s.weight) * factor
                    }
                }))
            })
            .collect()
    })
}

fn pick_weighted<T: Copy>(dice: &mut Dice, items: &[(T, u32)], fallback: T) -> T {
    let total: u32 = items.iter().map(|(_, w)| w).sum();
    if total == 0 {
        return fallback;
    }
    let mut roll = dice.between(0, total - 1);
    for &(item, weight) in items {
        if roll < weight {
            return item;
        }
        roll -= weight;
    }
    fallback
}

/// Size class by the employer's slot: the first slots of a block post most and are the largest.
fn employees(dice: &mut Dice, key: u64, form: Form) -> (u32, u32) {
    let slot = key % 64;
    let total = match form {
        Form::Individual => dice.between(2, 15),
        Form::Public => dice.between(120, 2500),
        _ if slot < 3 => dice.between(300, 4000),
        _ if slot < 14 => dice.between(50, 300),
        _ => dice.between(4, 50),
    };
    let site = if total <= 30 {
        total
    } else {
        (total * dice.between(10, 70) / 100).max(5)
    };
    (total, site)
}

/// 法人番号: a check digit followed by 12 digits (国税庁's formula).
fn corporate_number(base: u64) -> String {
    let digits = format!("{:012}", base % 1_000_000_000_000);
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(n, b)| u32::from(b - b'0') * if n % 2 == 0 { 1 } else { 2 })
        .sum();
    format!("{}{digits}", 9 - sum % 9)
}

/// 事業所番号 「NNNN-NNNNNN-N」: the office's first four digits, a serial unique per key below
/// one million, and a check digit.
fn office_number(office_code: &str, seed: u64, key: u64) -> String {
    let offset = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) % 1_000_000;
    let serial = (key.wrapping_mul(7_919).wrapping_add(offset)) % 1_000_000;
    shigoto_domain::employer::office_number(office_code, serial as u32)
}

struct Naming {
    name: String,
    kana: Option<String>,
    homepage: Option<String>,
    form: Form,
}

fn name_public(dice: &mut Dice, template: &str, pref_code: &str, muni: &Muni) -> Naming {
    let pref = region::pref_name(pref_code);
    let pref_short = if pref == "北海道" {
        pref
    } else {
        pref.trim_end_matches(['都', '府', '県'])
    };
    let city = muni.city_name();
    let name = if template == "{city}役所" && (city.ends_with('町') || city.ends_with('村')) {
        format!("{city}役場")
    } else if template == "{pref}警察本部" && pref_code == "13" {
        "警視庁".to_owned()
    } else {
        template
            .replace("{city}", &city)
            .replace("{pref_short}", pref_short)
            .replace("{pref}", pref)
            .replace("{temple}", dice.pick(TEMPLES, TEMPLES[0]))
    };
    let form = if name.starts_with("社会福祉法人") {
        Form::Shafuku
    } else if name.starts_with("宗教法人") {
        Form::Shukyo
    } else {
        Form::Public
    };
    Naming {
        name,
        kana: None,
        homepage: None,
        form,
    }
}

fn name_private(dice: &mut Dice, sector: &Sector, facility: &Facility, form: Form) -> Naming {
    let family = dice.pick(FAMILY, FAMILY[0]);
    if form == Form::Individual {
        let ending = dice.pick(
            sector.individual,
            crate::names::w("商店", "ショウテン", "shoten"),
        );
        let (text, kana) = if ending.text == "{f}" {
            (facility.label, None)
        } else {
            (ending.text, Some(format!("{}{}", family.kana, ending.kana)))
        };
        let homepage = dice
            .chance(30)
            .then(|| format!("https://{}-{}.jp", family.roman, ending.roman));
        return Naming {
            name: format!("{}{text}", family.text),
            kana,
            homepage,
            form,
        };
    }
    let stem: Word = if form.is_company() && dice.chance(25) {
        family
    } else {
        dice.pick(STEMS, STEMS[0])
    };
    let endings = if form.is_company() || sector.assoc.is_empty() {
        sector.endings
    } else {
        sector.assoc
    };
    let ending = dice.pick(endings, crate::names::w("会", "カイ", "kai"));
    let (form_text, form_kana) = form.parts();
    let front = match form {
        Form::Kabushiki => dice.chance(55),
        Form::Yugen => dice.chance(40),
        Form::Kyodo => false,
        _ => true,
    };
    // 法人 names often stand on their own (社会福祉法人慈恵会) rather than after a stem.
    let alone = !form.is_company() && SOLO_NAMES.contains(&ending.text) && dice.chance(60);
    let (body, body_kana) = if alone {
        (ending.text.to_owned(), ending.kana.to_owned())
    } else {
        (
            format!("{}{}", stem.text, ending.text),
            format!("{}{}", stem.kana, ending.kana),
        )
    };
    let (name, kana) = if front {
        (
            format!("{form_text}{body}"),
            format!("{form_kana}　{body_kana}"),
        )
    } else {
        (
            format!("{body}{form_text}"),
            format!("{body_kana}　{form_kana}"),
        )
    };
    let homepage = dice.chance(55).then(|| {
        if alone {
            format!("https://www.{}{}", ending.roman, form.domain())
        } else {
            format!(
                "https://www.{}-{}{}",
                stem.roman,
                ending.roman,
                form.domain()
            )
        }
    });
    Naming {
        name,
        kana: Some(kana),
        homepage,
        form,
    }
}

fn contact(dice: &mut Dice, sector: &Sector, form: Form) -> String {
    let departments: &[&str] = match (form, sector.key) {
        (Form::Individual, _) => &["代表", "院長", "店主"],
        (Form::Public, _) => &["総務課 人事係", "総務課", "庶務係"],
        (_, "hospital" | "clinic" | "dental" | "care_facility" | "home_care" | "disability") => {
            &["事務長", "総務課", "施設長"]
        }
        (_, "nursery" | "education") => &["園長", "事務局", "教務課"],
        _ => &["総務部", "人事課", "管理部", "総務課 採用担当"],
    };
    let department = dice.pick(departments, "総務部");
    let family = dice.pick(FAMILY, FAMILY[0]);
    let given = dice.pick(GIVEN, GIVEN[0]);
    let department = if form == Form::Individual
        && department == "院長"
        && !matches!(sector.key, "clinic" | "dental" | "bodycare")
    {
        "代表"
    } else {
        department
    };
    format!("{department} {} {given}", family.text)
}

fn policy(dice: &mut Dice, sector: &Sector, form: Form, total: u32) -> Policy {
    let retirement_age = match form {
        Form::Individual if dice.chance(40) => None,
        Form::Public => Some(if dice.chance(50) { 60 } else { 65 }),
        _ => {
            let roll = dice.between(0, 99);
            if roll < 50 {
                Some(60)
            } else if roll < 95 {
                Some(65)
            } else {
                None
            }
        }
    };
    let rehiring = match retirement_age {
        Some(60) => true,
        Some(_) => dice.chance(60),
        None => false,
    };
    let bonus_tenths = match total {
        _ if form == Form::Individual => {
            if dice.chance(50) {
                0
            } else {
                dice.between(5, 20)
            }
        }
        0..=30 => {
            if dice.chance(30) {
                0
            } else {
                dice.between(5, 30)
            }
        }
        31..=300 => dice.between(15, 40),
        _ => dice.between(25, 50),
    };
    let raise = dice.chance(85).then(|| {
        let low = dice.stepped(1_000, 4_000, 500);
        (low, low + dice.stepped(1_000, 8_000, 500))
    });
    let commute = match dice.between(0, 99) {
        0..=54 => Commute::Actual(Some(dice.stepped(10_000, 50_000, 5_000))),
        55..=79 => Commute::Actual(None),
        80..=95 => Commute::Fixed(dice.stepped(3_000, 15_000, 1_000)),
        _ => Commute::None,
    };
    let trial_months = match dice.between(0, 99) {
        0..=54 => Some(3),
        55..=69 => Some(6),
        70..=74 => Some(1),
        _ => None,
    };
    Policy {
        retirement_age,
        rehiring,
        retirement_allowance: dice.chance(if total > 30 { 80 } else { 50 }),
        bonus_tenths,
        raise,
        pay: dice.pick(PAY_DAYS, PAY_DAYS[0]),
        commute,
        housing: dice.chance(sector.housing),
        childcare: dice.chance(sector.childcare + if total > 300 { 5 } else { 0 }),
        smoking: dice.pick(SMOKING, SMOKING[0]),
        weekends: dice.chance(50),
        trial_months,
    }
}

impl Employer {
    /// The employer with this key in the demo set of `seed`.
    pub(crate) fn generate(seed: u64, key: u64, today: NaiveDate) -> (Employer, Policy) {
        let mut dice = Dice::new(seed, Stream::Employer, key);
        let pref_index = dice.weighted(region::pref_weights());
        let info = region::pref(pref_index);
        let (muni_index, muni) = region::pick_muni(&mut dice, pref_index);
        let tables = sector_tables();
        let sector_index = dice.weighted(&tables[pref_index.min(tables.len() - 1)]);
        let sector_index = sector_index.min(SECTORS.len() - 1);
        let sector = &SECTORS[sector_index];
        let facility_weights: Vec<(usize, u32)> = sector
            .facilities
            .iter()
            .enumerate()
            .map(|(i, f)| (i, f.weight))
            .collect();
        let facility_index = pick_weighted(&mut dice, &facility_weights, 0);
        let facility = &sector.facilities[facility_index.min(sector.facilities.len() - 1)];
        let form = pick_weighted(&mut dice, sector.forms, Form::Kabushiki);
        let naming = match facility.name {
            Some(template) => name_public(&mut dice, template, info.code, muni),
            None => name_private(&mut dice, sector, facility, form),
        };
        let form = naming.form;
        let office = office::covering(pref_index, muni_index);
        let (employees_total, employees_site) = employees(&mut dice, key, form);
        let years = match form {
            Form::Individual => dice.between(1, 35),
            Form::Public => dice.between(40, 120),
            _ => dice.between(1, 75),
        };
        let founded_year = u16::try_from(today.year() - years as i32).ok();
        let capital_man_yen = match form {
            Form::Kabushiki => Some(u64::from(match employees_total {
                0..=50 => dice.stepped(300, 1_000, 100),
                51..=300 => dice.stepped(1_000, 5_000, 500),
                _ => dice.stepped(5_000, 50_000, 1_000),
            })),
            Form::Yugen => Some(u64::from(dice.stepped(300, 1_000, 100))),
            Form::Godo => Some(u64::from(dice.stepped(100, 500, 50))),
            _ => None,
        };
        let corporate_number = (form != Form::Individual).then(|| corporate_number(dice.word()));
        let representative = (form != Form::Public).then(|| {
            let family = dice.pick(FAMILY, FAMILY[0]);
            let given = dice.pick(GIVEN, GIVEN[0]);
            format!("{} {} {given}", form.head(), family.text)
        });
        let building = matches!(muni.place, Place::Ward | Place::City) && dice.chance(30);
        let address_line = place::address_line(&mut dice, muni, building);
        let (station, station_minutes) = place::station(&mut dice, muni);
        let size = dice.between(10, 120);
        let mut business = String::new();
        let line = dice.pick(sector.business, "各種サービス業");
        crate::text::fill(line, facility.label, &muni.city_name(), size, &mut business);
        let mut features = String::new();
        for at in dice.distinct(sector.features.len(), 2) {
            crate::text::fill(
                sector.features[at],
                facility.label,
                "",
                years,
                &mut features,
            );
        }
        if dice.chance(50) {
            features.push_str(dice.pick(GENERIC_FEATURES, GENERIC_FEATURES[0]));
        }
        let employer = Employer {
            key,
            sector,
            sector_index,
            facility,
            facility_index,
            form,
            name: naming.name,
            name_kana: naming.kana,
            office_number: office_number(&office.code, seed, key),
            pref_index,
            muni,
            office,
            postal_code: region::postal_code(&mut dice, info),
            address_line,
            phone: region::phone(&mut dice, info),
            homepage: naming.homepage,
            representative,
            corporate_number,
            business,
            features,
            employees_total,
            employees_site,
            founded_year,
            capital_man_yen,
            station,
            station_minutes,
            contact: contact(&mut dice, sector, form),
        };
        let policy = policy(&mut dice, sector, form, employees_total);
        (employer, policy)
    }

    /// The prefecture's facts.
    pub(crate) fn pref(&self) -> &'static region::PrefInfo {
        &PREFECTURES[self.pref_index.min(PREFECTURES.len() - 1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corporate_numbers_follow_the_check_digit_rule() {
        // Published example: 法人番号 of 国税庁 is 7000012050002.
        assert_eq!(corporate_number(12050002), "7000012050002");
    }

    #[test]
    fn office_numbers_have_the_right_shape() {
        let number = office_number("13010", 1, 42);
        let parts: Vec<&str> = number.split('-').collect();
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0], "1301");
        assert_eq!(parts[1].len(), 6);
        assert_eq!(parts[2].len(), 1);
    }

    #[test]
    fn employers_are_stable() {
        let today = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap_or_default();
        for key in 0..200 {
            let (a, _) = Employer::generate(9, key, today);
            let (b, _) = Employer::generate(9, key, today);
            assert_eq!(a.name, b.name);
            assert_eq!(a.address_line, b.address_line);
            assert!(!a.name.is_empty());
            assert!(a.employees_site <= a.employees_total);
        }
    }
}
