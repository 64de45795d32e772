//! 賃金・手当: the base wage by family, work style and region (scaled by the prefecture's minimum
//! wage), fixed allowances, 固定残業代, and the employer's pay rules written out as on a 求人票.

use shigoto_shared::{Allowance, EmploymentType, JobCategory, WageKind, WageSection, WorkStyle};

use crate::dice::Dice;
use crate::employer::{Commute, Policy};
use crate::kind::{Kind, Params};
use crate::region::PrefInfo;

/// What the wage depends on.
pub(crate) struct WageInput<'a> {
    pub kind: Kind,
    pub params: Params,
    pub style: WorkStyle,
    pub employment: EmploymentType,
    pub category: JobCategory,
    pub pref: &'a PrefInfo,
    pub policy: &'a Policy,
    pub licensed: bool,
    /// The title is a leading role (店長, 施設長, 支配人 …).
    pub leader: bool,
}

/// The wage section and the 固定残業 hours it includes, if any.
pub(crate) struct WageOutcome {
    pub section: WageSection,
    pub fixed_overtime_hours: Option<u32>,
}

/// 「12,345」.
pub(crate) fn yen(amount: u32) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn round_to(value: u64, step: u64) -> u32 {
    let step = step.max(1);
    u32::try_from((value + step / 2) / step * step).unwrap_or(u32::MAX)
}

/// Scales an amount by the regional level: `factor` is the minimum wage relative to 1,100 yen
/// (in thousandths), `power` 1 for hourly pay, 3/2 for monthly pay.
fn regional(amount: u32, min_wage: u32, monthly: bool) -> u64 {
    let factor = u64::from(min_wage) * 1000 / 1100;
    let scaled = u64::from(amount) * factor / 1000;
    if monthly {
        // factor^1.5 ≈ factor * (1 + (factor - 1) / 2)
        let half = (factor + 1000) / 2;
        scaled * half / 1000
    } else {
        scaled
    }
}

/// The wage of a posting.
pub(crate) fn wage(dice: &mut Dice, input: &WageInput<'_>) -> WageOutcome {
    let params = input.params;
    let min_wage = input.pref.min_wage;
    let hourly_floor = min_wage.div_ceil(10) * 10;
    let dispatch = matches!(
        input.employment,
        EmploymentType::DispatchFixed | EmploymentType::DispatchIndefinite
    );
    let kind = match input.style {
        WorkStyle::PartTime => WageKind::Hourly,
        WorkStyle::FullTime if dispatch && dice.chance(70) => WageKind::Hourly,
        WorkStyle::FullTime if input.category == JobCategory::NewGraduate => WageKind::Monthly,
        WorkStyle::FullTime => match params.daily {
            Some((_, _, share))
                if dice.chance(if input.employment == EmploymentType::Regular {
                    share / 2
                } else {
                    share
                }) =>
            {
                WageKind::Daily
            }
            _ => WageKind::Monthly,
        },
    };
    let (base_min, base_max) = match kind {
        WageKind::Hourly => {
            let (low, high) = if input.style == WorkStyle::FullTime {
                (params.hourly.0 + 150, params.hourly.1 + 250)
            } else {
                params.hourly
            };
            let raw = dice.stepped(low, high, 10);
            let min = round_to(regional(raw, min_wage, false), 10)
                .max(hourly_floor + dice.stepped(0, 30, 10))
                .max(1_000);
            let max = if dice.chance(40) {
                min
            } else {
                min + dice.stepped(20, 300, 10)
            };
            (min, max)
        }
        WageKind::Daily => {
            let (low, high, _) = params.daily.unwrap_or((9_000, 14_000, 0));
            let raw = dice.stepped(low, high, 500);
            let min = round_to(regional(raw, min_wage, false), 500).max(hourly_floor * 8);
            let max = if dice.chance(30) {
                min
            } else {
                min + dice.stepped(1_000, 5_000, 500)
            };
            (min, max)
        }
        WageKind::Monthly => {
            let floor = (min_wage * 165).div_ceil(1_000) * 1_000;
            if input.category == JobCategory::NewGraduate {
                let base = params.monthly.0.max(180) * 1_000 + dice.stepped(0, 25_000, 1_000);
                let min = round_to(regional(base, min_wage, true), 1_000).max(floor);
                let max = if dice.chance(60) {
                    min
                } else {
                    min + dice.stepped(5_000, 30_000, 1_000)
                };
                (min, max)
            } else {
                let mut raw =
                    dice.stepped(params.monthly.0 * 1_000, params.monthly.1 * 1_000, 1_000);
                if input.leader {
                    raw = raw * 115 / 100;
                }
                if input.employment == EmploymentType::NonRegular {
                    raw = raw * 92 / 100;
                }
                let min = round_to(regional(raw, min_wage, true), 1_000).max(floor);
                let max = if dice.chance(25) {
                    min
                } else {
                    min + round_to(u64::from(min) * u64::from(dice.between(5, 35)) / 100, 1_000)
                };
                (min, max)
            }
        }
    };
    let allowances = allowances(dice, input, kind);
    let (fixed_overtime, fixed_overtime_hours) = if kind == WageKind::Monthly
        && input.style == WorkStyle::FullTime
        && matches!(
            input.kind,
            Kind::It
                | Kind::Sales
                | Kind::Manager
                | Kind::BuildEngineer
                | Kind::Office
                | Kind::Retail
                | Kind::Creative
        )
        && dice.chance(if input.kind == Kind::Office { 5 } else { 15 })
    {
        let hours = dice.stepped(10, 30, 5);
        let hourly = u64::from(base_min) / 160;
        let amount = round_to(hourly * 125 / 100 * u64::from(hours), 1_000);
        (Some(amount), Some(hours))
    } else {
        (None, None)
    };
    let policy = input.policy;
    let commute_allowance = match policy.commute {
        Commute::Actual(Some(cap)) => format!("実費支給（上限あり） 月額 {}円", yen(cap)),
        Commute::Actual(None) => "実費支給（上限なし）".to_owned(),
        Commute::Fixed(amount) => format!("一定額 月額 {}円", yen(amount)),
        Commute::None => "なし".to_owned(),
    };
    let raise = match (policy.raise, kind) {
        (None, _) => "なし".to_owned(),
        (Some(_), WageKind::Hourly) => {
            let low = dice.stepped(10, 30, 10);
            format!(
                "あり（前年度実績 時給 {low}円〜{}円）",
                low + dice.stepped(10, 50, 10)
            )
        }
        (Some(_), WageKind::Daily) => {
            let low = dice.stepped(100, 300, 100);
            format!(
                "あり（前年度実績 日額 {low}円〜{}円）",
                low + dice.stepped(100, 500, 100)
            )
        }
        (Some((low, high)), WageKind::Monthly) => {
            format!("あり（前年度実績 月額 {}円〜{}円）", yen(low), yen(high))
        }
    };
    let bonus = if policy.bonus_tenths == 0 {
        "なし".to_owned()
    } else if input.style == WorkStyle::PartTime || dispatch {
        if dice.chance(35) {
            "あり（寸志）".to_owned()
        } else {
            "なし".to_owned()
        }
    } else {
        let tenths = if input.employment == EmploymentType::NonRegular {
            (policy.bonus_tenths / 2).max(5)
        } else {
            policy.bonus_tenths
        };
        format!(
            "あり（前年度実績 年2回 計{}.{}0ヶ月分）",
            tenths / 10,
            tenths % 10
        )
    };
    WageOutcome {
        section: WageSection {
            kind,
            base_min,
            base_max: base_max.max(base_min),
            allowances,
            fixed_overtime,
            commute_allowance,
            closing_day: policy.pay.0.to_owned(),
            pay_day: policy.pay.1.to_owned(),
            raise,
            bonus,
        },
        fixed_overtime_hours,
    }
}

fn allowances(dice: &mut Dice, input: &WageInput<'_>, kind: WageKind) -> Vec<Allowance> {
    let mut out: Vec<Allowance> = Vec::new();
    let mut add = |name: &str, low: u32, high: u32, dice: &mut Dice| {
        if out.len() < 3 && !out.iter().any(|a| a.name == name) {
            out.push(Allowance {
                name: name.to_owned(),
                amount: dice.stepped(low, high, 1_000),
            });
        }
    };
    if input.style == WorkStyle::PartTime {
        if dice.chance(6) {
            add("皆勤手当", 2_000, 5_000, dice);
        }
        if input.kind == Kind::Care && dice.chance(40) {
            add("処遇改善手当", 5_000, 15_000, dice);
        }
        return out;
    }
    match input.kind {
        Kind::Care | Kind::Welfare | Kind::Nursery => {
            if dice.chance(70) {
                add("処遇改善手当", 10_000, 30_000, dice);
            }
            if input.licensed && dice.chance(50) {
                add("資格手当", 5_000, 15_000, dice);
            }
        }
        Kind::Nurse | Kind::Therapist | Kind::Pharmacist | Kind::Dental | Kind::Nutrition
            if dice.chance(50) =>
        {
            add("資格手当", 10_000, 40_000, dice);
        }
        Kind::Driver => {
            if dice.chance(40) {
                add("乗務手当", 10_000, 30_000, dice);
            }
            if dice.chance(30) {
                add("無事故手当", 3_000, 10_000, dice);
            }
        }
        Kind::Construction | Kind::Civil | Kind::Electrician | Kind::BuildEngineer
            if input.licensed && dice.chance(50) =>
        {
            add("資格手当", 5_000, 20_000, dice);
        }
        _ => {}
    }
    if input.leader && dice.chance(70) {
        add("役職手当", 20_000, 50_000, dice);
    }
    if kind == WageKind::Monthly {
        if dice.chance(25) {
            add("職務手当", 5_000, 30_000, dice);
        }
        if dice.chance(8) {
            add("住宅手当", 5_000, 20_000, dice);
        }
    }
    if dice.chance(12) {
        add("皆勤手当", 3_000, 10_000, dice);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yen_groups_thousands() {
        assert_eq!(yen(0), "0");
        assert_eq!(yen(999), "999");
        assert_eq!(yen(1_000), "1,000");
        assert_eq!(yen(215_000), "215,000");
        assert_eq!(yen(1_234_567), "1,234,567");
    }

    #[test]
    fn regional_scaling_orders_tokyo_above_okinawa() {
        assert!(regional(200_000, 1_226, true) > regional(200_000, 1_023, true));
        assert_eq!(regional(1_100, 1_100, false), 1_100);
    }
}
