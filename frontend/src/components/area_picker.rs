//! 就業場所: three rows of 都道府県 → 市区町村 selects (`prefecture-1..3`, `municipality-1..3`),
//! filled from `shigoto_refdata`. Choosing another prefecture clears that row's municipality.

use shigoto_refdata::{municipalities_of, prefectures};
use yew::prelude::*;

use crate::components::select::{Select, SelectOption};
use crate::forms::search::AreaChoice;

#[derive(Properties, PartialEq)]
pub struct AreaPickerProps {
    pub areas: [AreaChoice; 3],
    /// Called with the row index and its new choice.
    pub on_change: Callback<(usize, AreaChoice)>,
    #[prop_or_default]
    pub invalid: bool,
}

/// 「都道府県を選択」 then the 47 都道府県.
pub fn prefecture_options() -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", "都道府県を選択"))
        .chain(
            prefectures()
                .iter()
                .map(|p| SelectOption::new(p.code, p.name)),
        )
        .collect()
}

fn municipality_options(prefecture: &str) -> Vec<SelectOption> {
    let placeholder = if prefecture.is_empty() {
        "（先に都道府県を選択）"
    } else {
        "市区町村を選択（指定なし）"
    };
    std::iter::once(SelectOption::new("", placeholder))
        .chain(municipalities_of(prefecture).map(|m| SelectOption::new(m.code, m.name)))
        .collect()
}

#[function_component]
pub fn AreaPicker(props: &AreaPickerProps) -> Html {
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
                    { format!("都道府県（{number}つ目）") }
                </label>
                <Select
                    id={prefecture_id}
                    value={AttrValue::from(area.prefecture.clone())}
                    options={prefecture_options()}
                    onchange={on_prefecture}
                    invalid={props.invalid}
                    class="select-prefecture"
                />
                <span class="area-arrow" aria-hidden="true">{ "›" }</span>
                <label class="visually-hidden" for={municipality_id.clone()}>
                    { format!("市区町村（{number}つ目）") }
                </label>
                <Select
                    id={municipality_id}
                    value={AttrValue::from(area.municipality.clone())}
                    options={municipality_options(&area.prefecture)}
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
