//! Step 4, 賃金・手当: how the base pay is quoted and its range, fixed allowances, 固定残業代,
//! 通勤手当, pay days, 昇給 and 賞与.

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
        out.add(
            "wage.kind",
            "賃金形態（月給・日給・時給）を選んでください。",
        );
    }
    let ceiling = kind.map_or(max_base(WageKind::Monthly), max_base);
    let base_min = read::required_number(
        out,
        "wage.base_min",
        &step.base_min,
        "基本給（下限）",
        1,
        ceiling,
    );
    let base_max = read::optional_number(
        out,
        "wage.base_max",
        &step.base_max,
        "基本給（上限）",
        1,
        ceiling,
    );
    let range = match (base_min, base_max) {
        (Some(low), Some(Some(high))) if high < low => {
            out.add(
                "wage.base_max",
                "基本給の上限は下限以上にしてください（幅がなければ上限は空欄）。",
            );
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
        "固定残業代（月額）",
        1,
        MAX_MONTHLY_EXTRA,
    );
    let commute_allowance = read::required_text(
        out,
        "wage.commute_allowance",
        &step.commute_allowance,
        "通勤手当（なしの場合は「なし」）",
        MAX_WAGE_TEXT_CHARS,
    );
    let closing_day = read::required_text(
        out,
        "wage.closing_day",
        &step.closing_day,
        "賃金締切日",
        MAX_WAGE_TEXT_CHARS,
    );
    let pay_day = read::required_text(
        out,
        "wage.pay_day",
        &step.pay_day,
        "賃金支払日",
        MAX_WAGE_TEXT_CHARS,
    );
    let raise = read::required_text(
        out,
        "wage.raise",
        &step.raise,
        "昇給（なしの場合は「なし」）",
        MAX_WAGE_TEXT_CHARS,
    );
    let bonus = read::required_text(
        out,
        "wage.bonus",
        &step.bonus,
        "賞与（なしの場合は「なし」）",
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
            format!("手当は{MAX_ALLOWANCES}つまで入力できます。"),
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
            "手当の名称",
            MAX_ALLOWANCE_NAME_CHARS,
        );
        let amount = read::required_number(
            out,
            &format!("wage.allowances.{i}.amount"),
            &line.amount,
            "手当の月額",
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
