//! 就業場所: three rows of 都道府県 → 市区町村 selects (`prefecture-1..3`, `municipality-1..3`),
//! filled from `shigoto_refdata`. Choosing another prefecture clears that row's municipality.
//! In the search form each choice shows how many postings it finds.

use shigoto_i18n::Catalogue;
use shigoto_refdata::{municipalities_of, prefectures};
use yew::prelude::*;

use crate::components::facet_counts::{counted_options, GroupCounts};
use crate::components::select::{Select, SelectOption};
use crate::forms::search::AreaChoice;
use crate::state::lang::use_texts;
use crate::state::search::FormCounts;

#[derive(Properties, PartialEq)]
pub struct AreaPickerProps {
    pub areas: [AreaChoice; 3],
    /// Called with the row index and its new choice.
    pub on_change: Callback<(usize, AreaChoice)>,
    #[prop_or_default]
    pub invalid: bool,
    /// The counts beside the choices (the search form's), if any.
    #[prop_or_default]
    pub counts: Option<FormCounts>,
}

/// 「都道府県を選択」 then the 47 都道府県.
pub fn prefecture_options(t: &Catalogue) -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", t.t("area-choose-prefecture")))
        .chain(
            prefectures()
                .iter()
                .map(|p| SelectOption::new(p.code, p.name)),
        )
        .collect()
}

/// The municipalities of a prefecture, after a choose-one (or choose-a-prefecture-first) line.
pub fn municipality_options(t: &Catalogue, prefecture: &str) -> Vec<SelectOption> {
    let placeholder = if prefecture.is_empty() {
        t.t("area-prefecture-first")
    } else {
        t.t("area-choose-municipality")
    };
    std::iter::once(SelectOption::new("", placeholder))
        .chain(municipalities_of(prefecture).map(|m| SelectOption::new(m.code, m.name)))
        .collect()
}

#[function_component]
pub fn AreaPicker(props: &AreaPickerProps) -> Html {
    let t = use_texts();
    let counts = props.counts.as_ref();
    let prefecture_counts = GroupCounts::of(counts, |f| &f.prefectures);
    let municipality_counts = GroupCounts::of(counts, |f| &f.municipalities);
    let rows = props.areas.iter().enumerate().map(|(index, area)| {
        let number = index + 1;
        let on_prefecture = {
            let cb = props.on_change.clone();
            Callback::from(move |code: String| {
                cb.emit((
                    index,
                    AreaChoice {
                        prefecture: code,
                        municipality: String::new(),
                    },
                ))
            })
        };
        let on_municipality = {
            let cb = props.on_change.clone();
            let prefecture = area.prefecture.clone();
            Callback::from(move |code: String| {
                cb.emit((
                    index,
                    AreaChoice {
                        prefecture: prefecture.clone(),
                        municipality: code,
                    },
                ))
            })
        };
        let prefecture_id = format!("prefecture-{number}");
        let municipality_id = format!("municipality-{number}");
        html! {
            <div class="area-row" key={number}>
                <span class="area-number" aria-hidden="true">{ number }</span>
                <label class="visually-hidden" for={prefecture_id.clone()}>
                    { t.t_with("area-prefecture-n", &[("number", number.into())]) }
                </label>
                <Select
                    id={prefecture_id}
                    value={AttrValue::from(area.prefecture.clone())}
                    options={counted_options(t, prefecture_options(t), prefecture_counts)}
                    onchange={on_prefecture}
                    invalid={props.invalid}
                    class="select-prefecture"
                />
                <span class="area-arrow" aria-hidden="true">{ "›" }</span>
                <label class="visually-hidden" for={municipality_id.clone()}>
                    { t.t_with("area-municipality-n", &[("number", number.into())]) }
                </label>
                <Select
                    id={municipality_id}
                    value={AttrValue::from(area.municipality.clone())}
                    options={counted_options(
                        t,
                        municipality_options(t, &area.prefecture),
                        municipality_counts,
                    )}
                    onchange={on_municipality}
                    disabled={area.prefecture.is_empty()}
                    invalid={props.invalid}
                    class="select-municipality"
                />
            </div>
        }
    });
    html! {
        <div class="area-picker">
            { for rows }
        </div>
    }
}
