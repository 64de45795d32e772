//! Step 6, 保険・年金・定年: the insurances, 退職金, 定年 (60 or older, 高年齢者雇用安定法 第8条)
//! with 再雇用 when it is under 65 (第9条: employment must be secured to 65), and the age limit
//! of step 3 when it rests on the 定年 (the limit is the 定年 minus one).

use shigoto_i18n::{key, Text};
use shigoto_shared::{AgeLimitReason, ConditionsSection, PostingForm};

use super::Problems;
use crate::read;

/// Youngest 定年 the law allows.
pub const YOUNGEST_RETIREMENT: u64 = 60;
/// 定年 under which continued employment (再雇用等) must be offered.
pub const SECURED_UNTIL: u64 = 65;

pub(super) fn check(form: &PostingForm, out: &mut Problems) -> Option<ConditionsSection> {
    let step = &form.insurance;
    if !step.workers_compensation {
        out.add(
            "insurance.workers_compensation",
            Text::new("checks-workers-compensation-required"),
        );
    }
    let retirement_age = read::optional_number(
        out,
        "insurance.retirement_age",
        &step.retirement_age,
        key!("checks-label-retirement-age"),
        YOUNGEST_RETIREMENT,
        99,
    );
    if let Some(Some(age)) = retirement_age {
        if age < SECURED_UNTIL && !step.rehiring {
            out.add("insurance.rehiring", Text::new("checks-rehiring-required"));
        }
    }
    let work = &form.work;
    if work.age_limited && work.age_reason == Some(AgeLimitReason::RetirementAge) {
        if let Some(retirement) = retirement_age {
            let limit = read::parse_number(&work.age_max);
            match (retirement, limit) {
                (None, _) => out.add(
                    "insurance.retirement_age",
                    Text::new("checks-retirement-age-required"),
                ),
                (Some(age), Some(limit)) if limit + 1 != age => out.add(
                    "insurance.retirement_age",
                    Text::new("checks-retirement-age-limit-mismatch").with("max", age - 1),
                ),
                _ => {}
            }
        }
    }
    if !out
        .iter()
        .all(|problem| !problem.field.starts_with("insurance."))
    {
        return None;
    }
    Some(ConditionsSection {
        employment_insurance: step.employment_insurance,
        workers_compensation: step.workers_compensation,
        health_insurance: step.health_insurance,
        pension: step.pension,
        retirement_allowance: step.retirement_allowance,
        retirement_age: retirement_age?.map(|age| age as u8),
        rehiring: step.rehiring,
        housing: step.housing,
        childcare: step.childcare,
    })
}
