//! The eight steps of 求人申込み, one view each, drawn from the editor's form with the boxes of
//! [`super::fields`]: 求人区分 ([`category`]), 事業所 ([`company`]), 仕事内容 ([`work`]), 賃金・手当
//! ([`wage`]), 労働時間 ([`hours`]), 保険・年金・定年 ([`insurance`]), 求人PR ([`pr`]) and 選考方法
//! ([`selection`]). Every box's id is its form path's ([`crate::forms::employer::posting::field_id`]).

pub mod category;
pub mod company;
pub mod hours;
pub mod insurance;
pub mod pr;
pub mod selection;
pub mod wage;
pub mod work;

use shigoto_i18n::key;
use shigoto_shared::PostingStep;
use yew::prelude::*;

use super::fields::StepCtx;

/// The boxes of `step`.
pub fn view(step: PostingStep, s: &StepCtx<'_>) -> Html {
    match step {
        PostingStep::Category => category::view(s),
        PostingStep::Employer => company::view(s),
        PostingStep::Work => work::view(s),
        PostingStep::Wage => wage::view(s),
        PostingStep::Hours => hours::view(s),
        PostingStep::Insurance => insurance::view(s),
        PostingStep::Pr => pr::view(s),
        PostingStep::Selection => selection::view(s),
    }
}

/// The key of what each step is for, under its heading.
pub fn lead(step: PostingStep) -> &'static str {
    match step {
        PostingStep::Category => key!("posting-lead-category"),
        PostingStep::Employer => key!("posting-lead-employer"),
        PostingStep::Work => key!("posting-lead-work"),
        PostingStep::Wage => key!("posting-lead-wage"),
        PostingStep::Hours => key!("posting-lead-hours"),
        PostingStep::Insurance => key!("posting-lead-insurance"),
        PostingStep::Pr => key!("posting-lead-pr"),
        PostingStep::Selection => key!("posting-lead-selection"),
    }
}
