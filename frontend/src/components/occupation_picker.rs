//! 職種: the 職業分類 picker. Three cascading selects (大分類 → 中分類 → 小分類, ids
//! `occupation-major`, `occupation-middle`, `occupation-minor`), an 「追加」 button
//! (`occupation-add`) that adds the most specific level chosen, and the chosen codes as
//! removable chips (`.occupation-chip[data-code]`, at most three). In the search form the
//! 大分類 and 中分類 show how many postings each finds.

use shigoto_i18n::Catalogue;
use shigoto_refdata::{occupation, occupation_children};
use yew::prelude::*;

use crate::components::facet_counts::{counted_options, GroupCounts};
use crate::components::select::{Select, SelectOption};
use crate::forms::search::MAX_OCCUPATIONS;
use crate::state::lang::use_texts;
use crate::state::search::FormCounts;

#[derive(Properties, PartialEq)]
pub struct OccupationPickerProps {
    /// Chosen 職業分類 codes.
    pub selected: Vec<String>,
    pub on_change: Callback<Vec<String>>,
    #[prop_or_default]
    pub invalid: bool,
    /// The counts beside the 大分類 and 中分類 (the search form's), if any.
    #[prop_or_default]
    pub counts: Option<FormCounts>,
}

fn options(parent: Option<&str>, placeholder: String) -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", placeholder))
        .chain(
            occupation_children(parent)
                .map(|o| SelectOption::new(o.code, format!("{} {}", o.code, o.name))),
        )
        .collect()
}

/// 「一般事務員（251）」 for a code, or the bare code when unknown.
fn occupation_label(t: &Catalogue, code: &str) -> String {
    match occupation(code) {
        Some(node) => t.t_with(
            "occupation-label",
            &[("name", node.name.into()), ("code", node.code.into())],
        ),
        None => code.to_owned(),
    }
}

#[function_component]
pub fn OccupationPicker(props: &OccupationPickerProps) -> Html {
    let t = use_texts();
    let occupation_counts = GroupCounts::of(props.counts.as_ref(), |f| &f.occupations);
    let major = use_state(String::new);
    let middle = use_state(String::new);
    let minor = use_state(String::new);

    let on_major = {
        let (major, middle, minor) = (major.clone(), middle.clone(), minor.clone());
        Callback::from(move |code: String| {
            major.set(code);
            middle.set(String::new());
            minor.set(String::new());
        })
    };
    let on_middle = {
        let (middle, minor) = (middle.clone(), minor.clone());
        Callback::from(move |code: String| {
            middle.set(code);
            minor.set(String::new());
        })
    };
    let on_minor = {
        let minor = minor.clone();
        Callback::from(move |code: String| minor.set(code))
    };

    let candidate = [&*minor, &*middle, &*major]
        .into_iter()
        .find(|code| !code.is_empty())
        .cloned();
    let full = props.selected.len() >= MAX_OCCUPATIONS;
    let can_add = !full
        && candidate
            .as_ref()
            .is_some_and(|code| !props.selected.contains(code));

    let on_add = {
        let (major, middle, minor) = (major.clone(), middle.clone(), minor.clone());
        let selected = props.selected.clone();
        let cb = props.on_change.clone();
        let candidate = candidate.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(code) = candidate.clone() {
                if selected.len() < MAX_OCCUPATIONS && !selected.contains(&code) {
                    let mut next = selected.clone();
                    next.push(code);
                    cb.emit(next);
                    major.set(String::new());
                    middle.set(String::new());
                    minor.set(String::new());
                }
            }
        })
    };

    let chips = props.selected.iter().map(|code| {
        let label = occupation_label(t, code);
        let on_remove = {
            let selected = props.selected.clone();
            let cb = props.on_change.clone();
            let code = code.clone();
            Callback::from(move |_: MouseEvent| {
                cb.emit(selected.iter().filter(|c| **c != code).cloned().collect())
            })
        };
        html! {
            <li class="chip occupation-chip" data-code={code.clone()} key={code.clone()}>
                <span class="chip-label">{ label.clone() }</span>
                <button
                    type="button"
                    class="chip-remove"
                    aria-label={t.t_with("occupation-remove-named", &[("name", label.as_str().into())])}
                    title={t.t("occupation-remove")}
                    onclick={on_remove}
                >
                    { "×" }
                </button>
            </li>
        }
    });

    html! {
        <div class="occupation-picker">
            <div class="occupation-selects">
                <div class="occupation-level">
                    <label for="occupation-major">{ t.t("occupation-major") }</label>
                    <Select
                        id="occupation-major"
                        value={AttrValue::from((*major).clone())}
                        options={counted_options(
                            t,
                            options(None, t.t("occupation-choose-major")),
                            occupation_counts,
                        )}
                        onchange={on_major}
                        invalid={props.invalid}
                    />
                </div>
                <div class="occupation-level">
                    <label for="occupation-middle">{ t.t("occupation-middle") }</label>
                    <Select
                        id="occupation-middle"
                        value={AttrValue::from((*middle).clone())}
                        options={if major.is_empty() {
                            vec![SelectOption::new("", t.t("occupation-major-first"))]
                        } else {
                            counted_options(
                                t,
                                options(Some(major.as_str()), t.t("occupation-choose-middle")),
                                occupation_counts,
                            )
                        }}
                        onchange={on_middle}
                        disabled={major.is_empty()}
                    />
                </div>
                <div class="occupation-level">
                    <label for="occupation-minor">{ t.t("occupation-minor") }</label>
                    <Select
                        id="occupation-minor"
                        value={AttrValue::from((*minor).clone())}
                        options={if middle.is_empty() {
                            vec![SelectOption::new("", t.t("occupation-middle-first"))]
                        } else {
                            options(Some(middle.as_str()), t.t("occupation-choose-minor"))
                        }}
                        onchange={on_minor}
                        disabled={middle.is_empty()}
                    />
                </div>
                <button
                    type="button"
                    id="occupation-add"
                    class="button button-secondary occupation-add"
                    disabled={!can_add}
                    onclick={on_add}
                >
                    { t.t("occupation-add") }
                </button>
            </div>
            if props.selected.is_empty() {
                <p class="hint">{ t.t_with("occupation-hint", &[("max", MAX_OCCUPATIONS.into())]) }</p>
            } else {
                <ul class="chips" aria-label={t.t("occupation-chosen")}>
                    { for chips }
                </ul>
            }
            if full {
                <p class="hint">{ t.t_with("occupation-full", &[("max", MAX_OCCUPATIONS.into())]) }</p>
            }
        </div>
    }
}
