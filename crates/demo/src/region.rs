//! Regional facts the generator leans on: rough population (for weighting), the phone area
//! code and postal-code range of each prefecture, its minimum wage (for wage levels), how
//! metropolitan it is, and weighted picking of municipalities from the refdata code list.

use std::sync::OnceLock;

use shigoto_refdata::Municipality;

use crate::dice::{Cumulative, Dice};

/// How urban a prefecture is, which moves wages, car commuting and the mix of businesses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tier {
    /// 東京都, 神奈川県, 大阪府, 愛知県.
    Metro,
    /// Prefectures with a large city (札幌, 仙台, さいたま, 千葉, 京都, 神戸, 広島, 福岡 ...).
    Urban,
    Rural,
}

/// Facts about one prefecture.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PrefInfo {
    pub code: &'static str,
    /// Population in units of 10,000 (2020 census, rounded).
    pub population: u32,
    /// Phone area code of the prefectural capital (leading 0 included).
    pub area_code: &'static str,
    /// First three digits of its postal codes, inclusive range.
    pub postal: (u16, u16),
    /// 地域別最低賃金 (yen per hour), roughly.
    pub min_wage: u32,
    pub tier: Tier,
}

const fn p(
    code: &'static str,
    population: u32,
    area_code: &'static str,
    postal: (u16, u16),
    min_wage: u32,
    tier: Tier,
) -> PrefInfo {
    PrefInfo {
        code,
        population,
        area_code,
        postal,
        min_wage,
        tier,
    }
}

use Tier::{Metro, Rural, Urban};

/// The 47 prefectures, in code order.
pub(crate) const PREFECTURES: [PrefInfo; 47] = [
    p("01", 522, "011", (40, 99), 1075, Urban),
    p("02", 124, "017", (30, 39), 1029, Rural),
    p("03", 121, "019", (20, 29), 1031, Rural),
    p("04", 230, "022", (980, 989), 1038, Urban),
    p("05", 96, "018", (10, 19), 1031, Rural),
    p("06", 107, "023", (990, 999), 1032, Rural),
    p("07", 183, "024", (960, 979), 1033, Rural),
    p("08", 287, "029", (300, 319), 1074, Rural),
    p("09", 193, "028", (320, 329), 1068, Rural),
    p("10", 194, "027", (370, 379), 1063, Rural),
    p("11", 734, "048", (330, 369), 1141, Urban),
    p("12", 628, "043", (260, 299), 1140, Urban),
    p("13", 1405, "03", (100, 208), 1226, Metro),
    p("14", 924, "045", (210, 259), 1225, Metro),
    p("15", 220, "025", (940, 959), 1050, Rural),
    p("16", 103, "076", (930, 939), 1062, Rural),
    p("17", 113, "076", (920, 929), 1054, Rural),
    p("18", 77, "0776", (910, 919), 1053, Rural),
    p("19", 81, "055", (400, 409), 1052, Rural),
    p("20", 205, "026", (380, 399), 1061, Rural),
    p("21", 198, "058", (500, 509), 1065, Rural),
    p("22", 363, "054", (410, 439), 1097, Urban),
    p("23", 754, "052", (440, 499), 1140, Metro),
    p("24", 177, "059", (510, 519), 1087, Rural),
    p("25", 141, "077", (520, 529), 1080, Rural),
    p("26", 258, "075", (600, 629), 1122, Urban),
    p("27", 884, "06", (530, 599), 1177, Metro),
    p("28", 547, "078", (650, 679), 1116, Urban),
    p("29", 132, "0742", (630, 639), 1051, Rural),
    p("30", 92, "073", (640, 649), 1045, Rural),
    p("31", 55, "0857", (680, 689), 1030, Rural),
    p("32", 67, "0852", (690, 699), 1033, Rural),
    p("33", 189, "086", (700, 719), 1047, Rural),
    p("34", 280, "082", (720, 739), 1085, Urban),
    p("35", 134, "083", (740, 759), 1043, Rural),
    p("36", 72, "088", (770, 779), 1046, Rural),
    p("37", 95, "087", (760, 769), 1036, Rural),
    p("38", 133, "089", (790, 799), 1033, Rural),
    p("39", 69, "088", (780, 789), 1023, Rural),
    p("40", 514, "092", (800, 839), 1057, Urban),
    p("41", 81, "0952", (840, 849), 1030, Rural),
    p("42", 131, "095", (850, 859), 1031, Rural),
    p("43", 174, "096", (860, 869), 1034, Rural),
    p("44", 112, "097", (870, 879), 1035, Rural),
    p("45", 107, "0985", (880, 889), 1023, Rural),
    p("46", 159, "099", (890, 899), 1026, Rural),
    p("47", 147, "098", (900, 909), 1023, Rural),
];

/// The facts of a prefecture by position (0 = 北海道).
pub(crate) fn pref(index: usize) -> &'static PrefInfo {
    &PREFECTURES[index.min(PREFECTURES.len() - 1)]
}

/// The name of a prefecture (「東京都」).
pub(crate) fn pref_name(code: &str) -> &'static str {
    shigoto_refdata::prefecture(code).map_or("", |p| p.name)
}

/// What sort of place a municipality is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// A ward of a designated city (札幌市中央区) or a Tokyo special ward.
    Ward,
    City,
    Town,
    Village,
}

/// One municipality with what the generator derives from its name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Muni {
    pub code: &'static str,
    pub name: &'static str,
    pub place: Place,
    /// The name without 郡 and the 市/区/町/村 ending: 「札幌」 for 札幌市中央区, 「当別」 for 石狩郡当別町.
    pub stem: &'static str,
    /// For a designated-city ward, the ward's own stem (「中央」); otherwise equal to `stem`.
    pub local: &'static str,
}

impl Muni {
    fn of(m: &'static Municipality) -> Self {
        let name = m.name;
        let without_county = name.split_once('郡').map_or(name, |(_, rest)| rest);
        let ward_of_city = name
            .find('市')
            .filter(|&at| at > 0)
            .map(|at| (&name[..at], &name[at + '市'.len_utf8()..]))
            .and_then(|(city, ward)| Some((city, ward.strip_suffix('区')?)))
            .filter(|(_, ward)| !ward.is_empty());
        let (place, stem, local) = if let Some((city, ward)) = ward_of_city {
            (Place::Ward, city, ward)
        } else if let Some(stem) = name.strip_suffix('区') {
            (Place::Ward, stem, stem)
        } else if let Some(stem) = name.strip_suffix('市') {
            (Place::City, stem, stem)
        } else if let Some(stem) = without_county.strip_suffix('町') {
            (Place::Town, stem, stem)
        } else {
            let stem = without_county.strip_suffix('村').unwrap_or(without_county);
            (Place::Village, stem, stem)
        };
        Muni {
            code: m.code,
            name,
            place,
            stem: if stem.is_empty() { name } else { stem },
            local: if local.is_empty() { name } else { local },
        }
    }

    /// 「札幌市」 for a designated-city ward, the name itself otherwise.
    pub(crate) fn city_name(&self) -> String {
        if self.place == Place::Ward && self.stem != self.local {
            format!("{}市", self.stem)
        } else {
            self.name.to_owned()
        }
    }
}

/// The municipalities of one prefecture with their picking weights.
pub(crate) struct PrefMunis {
    pub list: Vec<Muni>,
    weights: Cumulative,
}

fn muni_tables() -> &'static [PrefMunis] {
    static TABLES: OnceLock<Vec<PrefMunis>> = OnceLock::new();
    TABLES.get_or_init(|| {
        PREFECTURES
            .iter()
            .map(|info| {
                let list: Vec<Muni> = shigoto_refdata::municipalities_of(info.code)
                    .map(Muni::of)
                    .collect();
                let weights = Cumulative::new(list.iter().map(|m| match m.place {
                    Place::Ward => 45,
                    Place::City => 30,
                    Place::Town => 8,
                    Place::Village => 2,
                }));
                PrefMunis { list, weights }
            })
            .collect()
    })
}

/// The municipalities of the prefecture at `index`.
pub(crate) fn munis(index: usize) -> &'static PrefMunis {
    let tables = muni_tables();
    &tables[index.min(tables.len() - 1)]
}

/// A municipality of the prefecture at `index`, bigger places more often.
pub(crate) fn pick_muni(dice: &mut Dice, index: usize) -> (usize, &'static Muni) {
    let table = munis(index);
    let at = dice
        .weighted(&table.weights)
        .min(table.list.len().saturating_sub(1));
    (at, &table.list[at])
}

/// Prefecture positions weighted by population (Tokyo weighted up: postings concentrate there).
pub(crate) fn pref_weights() -> &'static Cumulative {
    static TABLE: OnceLock<Cumulative> = OnceLock::new();
    TABLE.get_or_init(|| {
        Cumulative::new(PREFECTURES.iter().map(|p| {
            let boost = if p.code == "13" { 13 } else { 10 };
            u64::from(p.population) * boost / 10
        }))
    })
}

/// A phone number in the prefecture: the area code and a local number, 10 digits in all.
pub(crate) fn phone(dice: &mut Dice, info: &PrefInfo) -> String {
    let area = info.area_code;
    match area.len() {
        2 => format!(
            "{area}-{:04}-{:04}",
            dice.between(3000, 6999),
            dice.between(0, 9999)
        ),
        3 => format!(
            "{area}-{:03}-{:04}",
            dice.between(200, 899),
            dice.between(0, 9999)
        ),
        _ => format!(
            "{area}-{:02}-{:04}",
            dice.between(20, 89),
            dice.between(0, 9999)
        ),
    }
}

/// A postal code 「NNN-NNNN」 within the prefecture's range.
pub(crate) fn postal_code(dice: &mut Dice, info: &PrefInfo) -> String {
    let (low, high) = info.postal;
    format!(
        "{:03}-{:04}",
        dice.between(u32::from(low), u32::from(high)),
        dice.between(1, 99) * 100 + dice.between(0, 99) / 10 * 10
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_refdata() {
        for (i, info) in PREFECTURES.iter().enumerate() {
            assert_eq!(info.code, format!("{:02}", i + 1));
            assert!(shigoto_refdata::prefecture(info.code).is_some());
            assert!(!munis(i).list.is_empty(), "{}", info.code);
            assert!(info.postal.0 <= info.postal.1);
        }
    }

    #[test]
    fn municipality_names_are_split() {
        let sapporo = munis(0).list.iter().find(|m| m.code == "01101");
        let sapporo = sapporo.map(|m| (m.place, m.stem, m.local, m.city_name()));
        assert_eq!(
            sapporo,
            Some((Place::Ward, "札幌", "中央", "札幌市".to_owned()))
        );
        let chiyoda = munis(12).list.iter().find(|m| m.code == "13101");
        assert_eq!(
            chiyoda.map(|m| (m.place, m.stem)),
            Some((Place::Ward, "千代田"))
        );
        assert!(munis(0)
            .list
            .iter()
            .any(|m| m.place == Place::Town && !m.stem.contains('郡')));
    }

    #[test]
    fn phones_have_ten_digits() {
        let mut dice = Dice::new(1, crate::dice::Stream::Job, 0);
        for info in &PREFECTURES {
            let number = phone(&mut dice, info);
            assert_eq!(
                number.chars().filter(char::is_ascii_digit).count(),
                10,
                "{number}"
            );
            assert!(number.starts_with('0'));
        }
    }
}
