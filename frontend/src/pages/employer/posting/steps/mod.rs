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

/// What each step is for, under its heading.
pub fn lead(step: PostingStep) -> &'static str {
    match step {
        PostingStep::Category => "求人の種類と、フルタイムかパートかを選んでください。",
        PostingStep::Employer => "事業所の情報は事業所登録の内容を使います。求人票に載せるその他の会社の情報を入力してください。",
        PostingStep::Work => "職種、仕事の内容、就業場所、応募の条件を入力してください。",
        PostingStep::Wage => "基本給と手当、賃金の締切日・支払日などを入力してください。",
        PostingStep::Hours => "就業時間、休憩、休日を入力してください。",
        PostingStep::Insurance => "加入保険、退職金、定年などを選んでください。",
        PostingStep::Pr => "会社や求人のアピールを自由に書けます（いずれも任意）。",
        PostingStep::Selection => "選考の方法と、求人情報の公開範囲を選んでください。",
    }
}
