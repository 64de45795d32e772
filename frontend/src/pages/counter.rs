//! 窓口での求職登録 (counselors): the form `#counter-form` (氏名 `#seeker-name`, フリガナ
//! `#seeker-kana`, 生年月日 `#seeker-birth-date`, メールアドレス `#seeker-email`, 住所（都道府県）
//! `#seeker-prefecture`, 「登録する」 `#register-seeker`), refusals under their box
//! (`#<box id>-error`) or in `#counter-error`. A registration replaces the form with the result
//! panel `#registered-seeker` (求職番号 in `#registered-seeker-number`, name, email, 有効期限) and
//! 「続けて登録する」 (`#register-another`), which brings back an empty form.

use chrono::NaiveDate;
use shigoto_refdata::prefectures;
use shigoto_shared::RegisteredSeeker;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::account::{to_katakana, CounterForm, CounterState, Edit, MAX_NAME_CHARS};
use crate::components::select::{Select, SelectOption};
use crate::format::date_ja;
use crate::query::FieldError;

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

fn is_at(error: Option<&FieldError>, field: &str) -> bool {
    error
        .and_then(|e| e.field.as_deref())
        .is_some_and(|f| f == field)
}

fn error_under(error: Option<&FieldError>, field: &str) -> Html {
    match (error, box_id(field)) {
        (Some(err), Some(id)) if is_at(Some(err), field) => html! {
            <p class="field-error" id={format!("{id}-error")} role="alert">{ err.message.clone() }</p>
        },
        _ => html! {},
    }
}

fn described(error: Option<&FieldError>, field: &str, hint: Option<&str>) -> Option<String> {
    let error_id = box_id(field)
        .filter(|_| is_at(error, field))
        .map(|id| format!("{id}-error"));
    let ids: Vec<String> = hint
        .map(str::to_owned)
        .into_iter()
        .chain(error_id)
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn on_text(
    edit: &Callback<Edit<CounterForm>>,
    apply: fn(&mut CounterForm, String),
) -> Callback<InputEvent> {
    let edit = edit.clone();
    Callback::from(move |event: InputEvent| {
        let value = event.target_unchecked_into::<HtmlInputElement>().value();
        edit.emit(Edit::new(move |f: &mut CounterForm| {
            apply(f, value.clone())
        }));
    })
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

#[function_component]
pub fn CounterPage(props: &CounterProps) -> Html {
    let body = match &props.state.registered {
        Some(seeker) => result_panel(seeker, &props.on_again),
        None => form(props),
    };
    html! {
        <section id="counter" class="panel counter-panel" aria-labelledby="counter-heading">
            <h2 id="counter-heading" class="panel-title">{ "窓口での求職登録" }</h2>
            <p class="panel-lead">
                { "来所された求職者を登録します。登録したメールアドレスと生年月日で、求職者本人が「マイページを開設する（ハローワークをご利用中の方）」からマイページを開設できます。" }
            </p>
            { body }
        </section>
    }
}

fn form(props: &CounterProps) -> Html {
    let state = &props.state;
    let form = &state.form;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    let invalid = |field: &str| is_at(error, field).then_some("true");
    let general = error.filter(|e| e.field.as_deref().and_then(box_id).is_none());
    let today = props.today.format("%Y-%m-%d").to_string();
    let on_submit = {
        let cb = props.on_submit.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            cb.emit(());
        })
    };
    // Hiragana typed into フリガナ becomes katakana when leaving the box.
    let on_kana_blur = {
        let edit = edit.clone();
        Callback::from(move |_: FocusEvent| {
            edit.emit(Edit::new(|f: &mut CounterForm| {
                f.kana = to_katakana(&f.kana)
            }));
        })
    };
    let on_prefecture = {
        let edit = edit.clone();
        Callback::from(move |code: String| {
            edit.emit(Edit::new(move |f: &mut CounterForm| {
                f.prefecture = code.clone()
            }))
        })
    };
    let max_chars = MAX_NAME_CHARS.to_string();
    html! {
        <form id="counter-form" class="counter-form" onsubmit={on_submit} novalidate=true>
            <div class="form-table">
                <div class="form-row">
                    <label class="form-label" for="seeker-name">
                        { "氏名" }<span class="required">{ "必須" }</span>
                    </label>
                    <div class="form-field">
                        <input type="text" id="seeker-name" class="input input-wide"
                            autocomplete="off" maxlength={max_chars.clone()}
                            value={form.name.clone()} placeholder="例：山田 太郎"
                            aria-invalid={invalid("name")}
                            aria-describedby={described(error, "name", None)}
                            oninput={on_text(edit, |f, v| f.name = v)} />
                        { error_under(error, "name") }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="seeker-kana">
                        { "フリガナ" }<span class="required">{ "必須" }</span>
                    </label>
                    <div class="form-field">
                        <input type="text" id="seeker-kana" class="input input-wide"
                            autocomplete="off" maxlength={max_chars}
                            value={form.kana.clone()} placeholder="例：ヤマダ タロウ"
                            aria-invalid={invalid("name_kana")}
                            aria-describedby={described(error, "name_kana", Some("seeker-kana-hint"))}
                            oninput={on_text(edit, |f, v| f.kana = v)}
                            onblur={on_kana_blur} />
                        <p class="hint" id="seeker-kana-hint">
                            { "全角カタカナで入力してください（ひらがなはカタカナに直します）。" }
                        </p>
                        { error_under(error, "name_kana") }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="seeker-birth-date">
                        { "生年月日" }<span class="required">{ "必須" }</span>
                    </label>
                    <div class="form-field">
                        <input type="date" id="seeker-birth-date" class="input input-date"
                            autocomplete="off" min="1900-01-01" max={today}
                            value={form.birth_date.clone()}
                            aria-invalid={invalid("birth_date")}
                            aria-describedby={described(error, "birth_date", Some("seeker-birth-date-hint"))}
                            oninput={on_text(edit, |f, v| f.birth_date = v)} />
                        <p class="hint" id="seeker-birth-date-hint">
                            { "マイページ開設のときの本人確認に使います。" }
                        </p>
                        { error_under(error, "birth_date") }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="seeker-email">
                        { "メールアドレス" }<span class="required">{ "必須" }</span>
                    </label>
                    <div class="form-field">
                        <input type="email" id="seeker-email" class="input input-wide"
                            autocomplete="off" inputmode="email" spellcheck="false"
                            value={form.email.clone()} placeholder="例：taro@example.jp"
                            aria-invalid={invalid("email")}
                            aria-describedby={described(error, "email", Some("seeker-email-hint"))}
                            oninput={on_text(edit, |f, v| f.email = v)} />
                        <p class="hint" id="seeker-email-hint">
                            { "マイページのログインに使うメールアドレスです。認証キーのメールがここに届きます。" }
                        </p>
                        { error_under(error, "email") }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="seeker-prefecture">
                        { "住所（都道府県）" }<span class="required">{ "必須" }</span>
                    </label>
                    <div class="form-field">
                        <Select id="seeker-prefecture" class="select-prefecture"
                            value={AttrValue::from(form.prefecture.clone())}
                            options={prefecture_options()}
                            onchange={on_prefecture}
                            invalid={is_at(error, "prefecture_code")} />
                        { error_under(error, "prefecture_code") }
                    </div>
                </div>
            </div>
            <div class="form-actions">
                if let Some(err) = general {
                    <p id="counter-error" class="field-error form-error" role="alert">{ err.message.clone() }</p>
                }
                <button type="submit" id="register-seeker" class="button button-primary button-large"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { "登録中…" } else { "登録する" } }
                </button>
            </div>
        </form>
    }
}

fn result_panel(seeker: &RegisteredSeeker, on_again: &Callback<()>) -> Html {
    let again = {
        let cb = on_again.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div id="registered-seeker" class="result-panel">
            <h3 id="registered-seeker-heading" class="result-panel-title" tabindex="-1">
                <span class="done-mark" aria-hidden="true">{ "✓" }</span>
                { "求職者を登録しました" }
            </h3>
            <table class="sheet-table registered-table">
                <tbody>
                    <tr>
                        <th scope="row">{ "求職番号" }</th>
                        <td id="registered-seeker-number" class="seeker-number">{ seeker.seeker_number.clone() }</td>
                    </tr>
                    <tr>
                        <th scope="row">{ "氏名" }</th>
                        <td id="registered-seeker-name">{ seeker.name.clone() }</td>
                    </tr>
                    <tr>
                        <th scope="row">{ "メールアドレス" }</th>
                        <td id="registered-seeker-email">{ seeker.email.clone() }</td>
                    </tr>
                    <tr>
                        <th scope="row">{ "有効期限" }</th>
                        <td id="registered-seeker-valid-until">{ date_ja(seeker.valid_until) }</td>
                    </tr>
                </tbody>
            </table>
            <p class="notice">
                { "求職者は、このメールアドレスと登録した生年月日で、「マイページを開設する（ハローワークをご利用中の方）」からマイページを開設できるようになりました。求職番号を求職者にお伝えください。" }
            </p>
            <div class="form-actions">
                <button type="button" id="register-another" class="button button-primary button-large"
                    onclick={again}>
                    { "続けて登録する" }
                </button>
            </div>
        </div>
    }
}
