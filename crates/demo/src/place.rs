//! Fictional street addresses and nearest stations inside real municipalities.

use crate::dice::Dice;
use crate::region::{Muni, Place};

/// Town names (町名) used in city addresses.
const TOWNS: &[&str] = &[
    "本町",
    "中央",
    "栄町",
    "旭町",
    "緑町",
    "若葉町",
    "東町",
    "西町",
    "南町",
    "北町",
    "幸町",
    "錦町",
    "元町",
    "新町",
    "宮下町",
    "宮前",
    "松原",
    "桜木町",
    "日吉町",
    "柳町",
    "大手町",
    "城東",
    "港町",
    "泉町",
    "寿町",
    "末広町",
    "昭和町",
    "住吉町",
    "春日町",
    "八幡町",
    "天神町",
    "清水町",
    "扇町",
    "花園町",
    "富士見町",
    "平和町",
    "朝日町",
    "曙町",
    "千歳町",
    "宮本町",
];

/// 大字 names used in town and village addresses.
const AZA: &[&str] = &[
    "上野", "下田", "中島", "大原", "小山", "高田", "石田", "川口", "新田", "本郷", "西原", "東山",
    "北野", "南原", "大谷", "中村", "荒井", "竹田", "今井", "長沢",
];

/// Building names for offices in cities.
const BUILDINGS: &[&str] = &[
    "第一ビル",
    "中央ビル",
    "駅前ビル",
    "センタービル",
    "第二ビル",
    "スクエア",
    "プラザビル",
];

/// The part of an address after the municipality: 「栄町2丁目3番4号」, 「大字上野123番地」.
pub(crate) fn address_line(dice: &mut Dice, muni: &Muni, building: bool) -> String {
    match muni.place {
        Place::Ward | Place::City => {
            let town = dice.pick(TOWNS, "本町");
            let (a, b, c) = (dice.between(1, 5), dice.between(1, 25), dice.between(1, 30));
            let mut line = if dice.chance(50) {
                format!("{town}{a}丁目{b}番{c}号")
            } else {
                format!("{town}{a}-{b}-{c}")
            };
            if building {
                let name = dice.pick(BUILDINGS, "第一ビル");
                let floor = dice.between(1, 8);
                line.push_str(&format!(" {}{name}{floor}階", muni.local));
            }
            line
        }
        Place::Town | Place::Village => {
            if dice.chance(50) {
                let aza = dice.pick(AZA, "本郷");
                format!("大字{aza}{}番地", dice.between(1, 2999))
            } else {
                let town = dice.pick(TOWNS, "本町");
                format!("{town}{}-{}", dice.between(1, 999), dice.between(1, 20))
            }
        }
    }
}

/// A nearest station and the walk to it, or `None` where the place is off the railway.
pub(crate) fn station(dice: &mut Dice, muni: &Muni) -> (Option<String>, Option<u16>) {
    let (none_percent, walk) = match muni.place {
        Place::Ward => (0, (2, 12)),
        Place::City => (5, (3, 20)),
        Place::Town => (35, (5, 30)),
        Place::Village => (70, (10, 40)),
    };
    if dice.chance(none_percent) {
        return (None, None);
    }
    let name = if muni.place != Place::Ward && dice.chance(55) {
        format!("{}駅", muni.local)
    } else {
        let town = dice.pick(TOWNS, "本町");
        format!("{}駅", town.trim_end_matches('町'))
    };
    let minutes = dice.between(walk.0, walk.1);
    (Some(name), u16::try_from(minutes).ok())
}
