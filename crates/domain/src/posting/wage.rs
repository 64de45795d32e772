//! Step 4, 賃金・手当: how the base pay is quoted and its range, fixed allowances, 固定残業代,
//! 通勤手当, pay days, 昇給 and 賞与.

use shigoto_i18n::{key, Text};
use shigoto_shared::{Allowance, PostingForm, WageKind, WageSection};

use super::Problems;
use crate::read;

/// Most allowance lines.
pub const MAX_ALLOWANCES: usize = 5;
/// Longest allowance name.
pub const MAX_ALLOWANCE_NAME_CHARS: usize = 20;
/// Longest of the short wage texts (通勤手当, 締切日, 支払日, 昇給, 賞与).
pub const MAX_WAGE_TEXT_CHARS: usize = 100;
/// Largest amount of one allowance or of 固定残業代 (yen per month).
pub const MAX_MONTHLY_EXTRA: u64 = 1_000_000;

/// The largest base pay accepted for each way of quoting it (a guard against slips of the
/// keyboard, not a legal limit).
pub fn max_base(kind: WageKind) -> u64 {
    match kind {
        WageKind::Monthly => 10_000_000,
        WageKind::Daily => 500_000,
        WageKind::Hourly => 100_000,
    }
}

pub(super) fn check(form: &PostingForm, out: &mut Problems) -> Option<WageSection> {
    let step = &form.wage;
    let kind = step.kind;
    if kind.is_none() {
        out.add("wage.kind", Text::new("checks-wage-kind-required"));
    }
    let ceiling = kind.map_or(max_base(WageKind::Monthly), max_base);
    let base_min = read::required_number(
        out,
        "wage.base_min",
        &step.base_min,
        key!("checks-label-base-min"),
        1,
        ceiling,
    );
    let base_max = read::optional_number(
        out,
        "wage.base_max",
        &step.base_max,
        key!("checks-label-base-max"),
        1,
        ceiling,
    );
    let range = match (base_min, base_max) {
        (Some(low), Some(Some(high))) if high < low => {
            out.add("wage.base_max", Text::new("checks-base-max-below-min"));
            None
        }
        (Some(low), Some(high)) => Some((low, high.unwrap_or(low))),
        _ => None,
    };
    let allowances = allowances(out, form);
    let fixed_overtime = read::optional_number(
        out,
        "wage.fixed_overtime",
        &step.fixed_overtime,
        key!("checks-label-fixed-overtime"),
        1,
        MAX_MONTHLY_EXTRA,
    );
    let commute_allowance = read::required_text(
        out,
        "wage.commute_allowance",
        &step.commute_allowance,
        key!("checks-label-commute-allowance"),
        MAX_WAGE_TEXT_CHARS,
    );
    let closing_day = read::required_text(
        out,
        "wage.closing_day",
        &step.closing_day,
        key!("checks-label-closing-day"),
        MAX_WAGE_TEXT_CHARS,
    );
    let pay_day = read::required_text(
        out,
        "wage.pay_day",
        &step.pay_day,
        key!("checks-label-pay-day"),
        MAX_WAGE_TEXT_CHARS,
    );
    let raise = read::required_text(
        out,
        "wage.raise",
        &step.raise,
        key!("checks-label-raise"),
        MAX_WAGE_TEXT_CHARS,
    );
    let bonus = read::required_text(
        out,
        "wage.bonus",
        &step.bonus,
        key!("checks-label-bonus"),
        MAX_WAGE_TEXT_CHARS,
    );
    let (base_min, base_max) = range?;
    Some(WageSection {
        kind: kind?,
        base_min: base_min as u32,
        base_max: base_max as u32,
        allowances: allowances?,
        fixed_overtime: fixed_overtime?.map(|yen| yen as u32),
        commute_allowance: commute_allowance?,
        closing_day: closing_day?,
        pay_day: pay_day?,
        raise: raise?,
        bonus: bonus?,
    })
}

/// The allowance lines that were filled in (a line left wholly empty is dropped).
fn allowances(out: &mut Problems, form: &PostingForm) -> Option<Vec<Allowance>> {
    let lines = &form.wage.allowances;
    if lines.len() > MAX_ALLOWANCES {
        out.add(
            "wage.allowances",
            Text::new("checks-allowances-too-many").with("max", MAX_ALLOWANCES),
        );
        return None;
    }
    let mut read_lines = Vec::new();
    let mut complete = true;
    for (i, line) in lines.iter().enumerate() {
        if line.name.trim().is_empty() && line.amount.trim().is_empty() {
            continue;
        }
        let name = read::required_text(
            out,
            &format!("wage.allowances.{i}.name"),
            &line.name,
            key!("checks-label-allowance-name"),
            MAX_ALLOWANCE_NAME_CHARS,
        );
        let amount = read::required_number(
            out,
            &format!("wage.allowances.{i}.amount"),
            &line.amount,
            key!("checks-label-allowance-amount"),
            1,
            MAX_MONTHLY_EXTRA,
        );
        match (name, amount) {
            (Some(name), Some(amount)) => read_lines.push(Allowance {
                name,
                amount: amount as u32,
            }),
            _ => complete = false,
        }
    }
    complete.then_some(read_lines)
}
