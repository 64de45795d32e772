//! ハローワークの所在地・管轄 (`#offices`), open to everyone from ヘルプ: a prefecture
//! (`#offices-prefecture`) lists its offices (`#offices-list`, one `article.office-card` each,
//! `#office-<code>`: name, 所在地, 電話番号, 開庁時間 and 管轄区域, the demo's invented offices
//! marked 「デモ用」); a municipality (`#offices-municipality`) narrows the list to the office
//! covering it and says so (`#offices-covering`).

use shigoto_i18n::Catalogue;
use shigoto_shared::OfficeEntry;
use yew::prelude::*;

use crate::components::area_picker::prefecture_options;
use crate::components::select::{Select, SelectOption};
use crate::forms::offices::{jurisdiction_names, OfficesState};
use crate::hooks::api::{use_api, Api};
use crate::ipc;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::use_texts;
use crate::state::store::{use_store, StoreHandle, Update};

/// Reads the offices of `prefecture`; the answer lands only while it is still the one chosen.
fn load(form: &StoreHandle<OfficesState>, api: &Api, prefecture: String) {
    let form = form.clone();
    let asked = prefecture.clone();
    api.run(
        async move { ipc::offices(&prefecture).await },
        move |answer| {
            form.update_once(move |s| s.loaded(&asked, answer));
        },
    );
}

fn municipality_options(t: &Catalogue, prefecture: &str) -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", t.t("offices-all-municipalities")))
        .chain(
            shigoto_refdata::municipalities_of(prefecture)
                .map(|m| SelectOption::new(m.code, m.name)),
        )
        .collect()
}

fn office_card(t: &Catalogue, office: &OfficeEntry) -> Html {
    let heading = format!("office-{}-name", office.code);
    let row = |label: String, value: String, class: &'static str| {
        html! {
            <div class={classes!("office-fact", class)}>
                <dt>{ label }</dt>
                <dd>{ value }</dd>
            </div>
        }
    };
    html! {
        <article id={format!("office-{}", office.code)} class="office-card"
            aria-labelledby={heading.clone()} key={office.code.clone()}>
            <h3 id={heading} class="office-name">
                { office.name.clone() }
                if office.demo {
                    <span class="badge badge-kind office-demo">{ t.t("offices-demo") }</span>
                }
            </h3>
            <dl class="office-facts">
                { row(t.t("offices-address"), office.address.clone(), "office-address") }
                { row(t.t("offices-phone"), office.phone.clone(), "office-phone") }
                { row(t.t("offices-hours"), office.hours.clone(), "office-hours") }
                { row(t.t("offices-jurisdiction"), jurisdiction_names(office, &t.t("offices-separator")),
                    "office-jurisdiction") }
            </dl>
        </article>
    }
}

/// The list under the choices: what is loading, failed, or found.
fn listing(
    t: &Catalogue,
    form: &StoreHandle<OfficesState>,
    on_retry: Callback<MouseEvent>,
) -> Html {
    if form.prefecture.is_empty() {
        return html! { <p id="offices-empty" class="hint">{ t.t("offices-choose-prefecture") }</p> };
    }
    if form.loading {
        return html! { <p id="offices-loading" class="hint" role="status">{ t.t("offices-loading") }</p> };
    }
    if let Some(error) = &form.error {
        return html! {
            <div id="offices-error" class="error-box" role="alert">
                <p>{ t.t("offices-failed") }{ " " }{ error.clone() }</p>
                <button type="button" class="btn btn-secondary" onclick={on_retry}>
                    { t.t("offices-retry") }
                </button>
            </div>
        };
    }
    let Some(directory) = &form.directory else {
        return Html::default();
    };
    let prefecture = shigoto_refdata::prefecture(&directory.prefecture_code)
        .map(|p| p.name)
        .unwrap_or_default();
    let municipality = shigoto_refdata::municipality(&form.municipality).map(|m| m.name);
    let covering = match (municipality, form.covering()) {
        (Some(municipality), Some(office)) => Some(t.t_with(
            "offices-covering",
            &[
                ("municipality", municipality.into()),
                ("office", office.name.clone().into()),
            ],
        )),
        (Some(municipality), None) => Some(t.t_with(
            "offices-none-covering",
            &[("municipality", municipality.into())],
        )),
        (None, _) => None,
    };
    let demo = directory.offices.iter().any(|office| office.demo);
    html! {
        <>
            if let Some(covering) = covering {
                <p id="offices-covering" class="notice" role="status">{ covering }</p>
            }
            <h3 id="offices-count" class="offices-count">
                { t.t_with("offices-count", &[
                    ("prefecture", prefecture.into()),
                    ("count", directory.offices.len().into()),
                ]) }
            </h3>
            if demo {
                <p id="offices-demo-note" class="hint">{ t.t("offices-demo-note") }</p>
            }
            <div id="offices-list" class="office-list">
                { for form.shown().into_iter().map(|office| office_card(t, office)) }
            </div>
        </>
    }
}

#[function_component]
pub fn OfficesPage() -> Html {
    let t = use_texts();
    let form = use_store::<OfficesState>();
    let api = use_api();
    use_focus_on_mount("#offices-heading");
    let on_prefecture = {
        let (form, api) = (form.clone(), api.clone());
        Callback::from(move |code: String| {
            let changed = code != form.prefecture;
            let chosen = code.clone();
            form.update_once(move |s| {
                s.choose_prefecture(chosen);
            });
            if changed && !code.is_empty() {
                load(&form, &api, code);
            }
        })
    };
    let on_municipality = {
        let form = form.clone();
        Callback::from(move |code: String| form.update_once(move |s| s.municipality = code))
    };
    let on_retry = {
        let (form, api) = (form.clone(), api.clone());
        Callback::from(move |_: MouseEvent| {
            form.update(|s| {
                s.loading = true;
                s.error = None;
            });
            load(&form, &api, form.prefecture.clone());
        })
    };
    html! {
        <section id="offices" class="panel" aria-labelledby="offices-heading">
            <h2 id="offices-heading" class="panel-title" tabindex="-1">{ t.t("offices-heading") }</h2>
            <p class="panel-lead">{ t.t("offices-lead") }</p>
            <div class="offices-choice">
                <label class="field-label" for="offices-prefecture">{ t.t("offices-prefecture") }</label>
                <Select id="offices-prefecture" class="select-prefecture"
                    value={AttrValue::from(form.prefecture.clone())}
                    options={prefecture_options(t)}
                    onchange={on_prefecture} />
                <label class="field-label" for="offices-municipality">{ t.t("offices-municipality") }</label>
                <Select id="offices-municipality" class="select-prefecture"
                    value={AttrValue::from(form.municipality.clone())}
                    options={municipality_options(t, &form.prefecture)}
                    disabled={form.directory.is_none()}
                    onchange={on_municipality} />
            </div>
            { listing(t, &form, on_retry) }
        </section>
    }
}
