//! 窓口での求職登録 (counselors): the form `#counter-form` (氏名 `#seeker-name`, フリガナ
//! `#seeker-kana`, 生年月日 `#seeker-birth-date`, メールアドレス `#seeker-email`, 住所（都道府県）
//! `#seeker-prefecture`, 「登録する」 `#register-seeker`), refusals under their box
//! (`#<box id>-error`) or in `#counter-error`. A registration replaces the form with the result
//! panel `#registered-seeker` (求職番号 in `#registered-seeker-number`, name, email, 有効期限) and
//! 「続けて登録する」 (`#register-another`), which brings back an empty form.

use chrono::NaiveDate;
use shigoto_i18n::Catalogue;
use shigoto_shared::RegisteredSeeker;
use yew::prelude::*;

use crate::hooks::api::use_submit;
use crate::ipc;
use crate::pages::search::today;
use crate::state::focus::{use_focus, use_focus_on_mount};
use crate::state::lang::use_texts;
use crate::state::store::{use_store, Update};

use crate::components::form_field::{self, is_at, on_text, submit};
use crate::components::person_fields::{
    kana_blur, name_and_birth_rows, on_select, prefecture_row, PersonAutocomplete, PersonFields,
};
use crate::format::date;
use crate::forms::account::{CounterForm, CounterState, Edit};
use crate::forms::search::FieldError;

#[derive(Properties, PartialEq)]
pub struct CounterProps {
    pub state: CounterState,
    pub today: NaiveDate,
    pub on_edit: Callback<Edit<CounterForm>>,
    pub on_submit: Callback<()>,
    pub on_again: Callback<()>,
}

pub fn box_id(field: &str) -> Option<&'static str> {
    match field {
        "name" => Some("seeker-name"),
        "name_kana" => Some("seeker-kana"),
        "birth_date" => Some("seeker-birth-date"),
        "email" => Some("seeker-email"),
        "prefecture_code" => Some("seeker-prefecture"),
        _ => None,
    }
}

fn error_under(error: Option<&FieldError>, field: &str) -> Html {
    form_field::error_under(error, field, box_id)
}

fn described(error: Option<&FieldError>, field: &str, hint: Option<&str>) -> Option<String> {
    form_field::described(error, field, hint, box_id)
}

#[function_component]
pub fn CounterView(props: &CounterProps) -> Html {
    let t = use_texts();
    let body = match &props.state.registered {
        Some(seeker) => result_panel(t, seeker, &props.on_again),
        None => form(t, props),
    };
    html! {
        <section id="counter" class="panel counter-panel" aria-labelledby="counter-heading">
            <h2 id="counter-heading" class="panel-title">{ t.t("counselor-counter-heading") }</h2>
            <p class="panel-lead">
                { t.t("counselor-counter-lead") }
            </p>
            { body }
        </section>
    }
}

fn form(t: &Catalogue, props: &CounterProps) -> Html {
    let state = &props.state;
    let form = &state.form;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    let invalid = |field: &str| is_at(error, field).then_some("true");
    let general = error.filter(|e| e.field.as_deref().and_then(box_id).is_none());
    let on_submit = submit(&props.on_submit);
    html! {
        <form id="counter-form" class="counter-form" onsubmit={on_submit} novalidate=true>
            <div class="form-table">
                { name_and_birth_rows(PersonFields {
                    prefix: "seeker",
                    box_id,
                    error,
                    today: props.today,
                    name: &form.name,
                    kana: &form.kana,
                    birth_date: &form.birth_date,
                    autocomplete: PersonAutocomplete::Off,
                    birth_date_hint: Some(shigoto_i18n::key!("counselor-counter-birth-date-hint")),
                    on_name: on_text(edit, |f, v| f.name = v),
                    on_kana: on_text(edit, |f, v| f.kana = v),
                    on_kana_blur: kana_blur(edit, |f| &mut f.kana),
                    on_birth_date: on_text(edit, |f, v| f.birth_date = v),
                }) }
                <div class="form-row">
                    <label class="form-label" for="seeker-email">
                        { t.t("counselor-email") }<span class="required">{ t.t("account-flow-required") }</span>
                    </label>
                    <div class="form-field">
                        <input type="email" id="seeker-email" class="input input-wide"
                            autocomplete="off" inputmode="email" spellcheck="false"
                            value={form.email.clone()} placeholder={t.t("account-flow-email-placeholder")}
                            aria-invalid={invalid("email")}
                            aria-describedby={described(error, "email", Some("seeker-email-hint"))}
                            oninput={on_text(edit, |f, v| f.email = v)} />
                        <p class="hint" id="seeker-email-hint">
                            { t.t("counselor-counter-email-hint") }
                        </p>
                        { error_under(error, "email") }
                    </div>
                </div>
                { prefecture_row("seeker", box_id, error, &form.prefecture,
                    on_select(edit, |f, v| f.prefecture = v)) }
            </div>
            <div class="form-actions">
                if let Some(err) = general {
                    <p id="counter-error" class="field-error form-error" role="alert">{ err.message.clone() }</p>
                }
                <button type="submit" id="register-seeker" class="button button-primary button-large"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { t.t("counselor-counter-registering") } else { t.t("counselor-counter-register") } }
                </button>
            </div>
        </form>
    }
}

fn result_panel(t: &Catalogue, seeker: &RegisteredSeeker, on_again: &Callback<()>) -> Html {
    let again = {
        let cb = on_again.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div id="registered-seeker" class="result-panel">
            <h3 id="registered-seeker-heading" class="result-panel-title" tabindex="-1">
                <span class="done-mark" aria-hidden="true">{ "✓" }</span>
                { t.t("counselor-counter-registered") }
            </h3>
            <table class="sheet-table registered-table">
                <tbody>
                    <tr>
                        <th scope="row">{ t.t("counselor-seeker-number") }</th>
                        <td id="registered-seeker-number" class="seeker-number">{ seeker.seeker_number.clone() }</td>
                    </tr>
                    <tr>
                        <th scope="row">{ t.t("counselor-name") }</th>
                        <td id="registered-seeker-name">{ seeker.name.clone() }</td>
                    </tr>
                    <tr>
                        <th scope="row">{ t.t("counselor-email") }</th>
                        <td id="registered-seeker-email">{ seeker.email.clone() }</td>
                    </tr>
                    <tr>
                        <th scope="row">{ t.t("counselor-counter-valid-until") }</th>
                        <td id="registered-seeker-valid-until">{ date(t, seeker.valid_until) }</td>
                    </tr>
                </tbody>
            </table>
            <p class="notice">
                { t.t("counselor-counter-registered-note") }
            </p>
            <div class="form-actions">
                <button type="button" id="register-another" class="button button-primary button-large"
                    onclick={again}>
                    { t.t("counselor-counter-again") }
                </button>
            </div>
        </div>
    }
}

crate::form_status!(CounterState);

/// 窓口での求職登録 (`/counselor/counter`).
#[function_component]
pub fn CounterPage() -> Html {
    let form = use_store::<CounterState>();
    let submit = use_submit(&form, box_id, "#seeker-name");
    let focus = use_focus();
    use_focus_on_mount("#seeker-name");
    let on_edit = {
        let form = form.clone();
        Callback::from(move |edit: Edit<CounterForm>| form.update(move |s| edit.apply(&mut s.form)))
    };
    let on_submit = {
        let submit = submit.clone();
        Callback::from(move |()| {
            submit.send(
                submit.form().form.request(today()),
                |request| async move { ipc::register_seeker(&request).await },
                |f, result| match result {
                    Ok(seeker) => f.registered(seeker),
                    Err(err) => f.failed(&err),
                },
                Some("#registered-seeker-heading"),
            );
        })
    };
    let on_again = {
        let form = form.clone();
        Callback::from(move |()| {
            form.update(CounterState::again);
            focus.top("#seeker-name");
        })
    };
    html! {
        <CounterView state={(*form).clone()} today={today()} on_edit={on_edit}
            on_submit={on_submit} on_again={on_again} />
    }
}
