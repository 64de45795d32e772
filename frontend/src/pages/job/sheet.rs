//! 求人票: one posting in full (`#job-sheet`), laid out like the printed sheet as label/value
//! tables: a header (求人番号 in `#job-number`, dates, 受理安定所, 求人区分, 公開範囲, オンライン
//! 自主応募), then 求人事業所, 仕事内容 (`#job-description`), 賃金・手当, 労働時間, その他の労働
//! 条件等, 会社の情報, 選考等 and 特記事項・備考. 「検索結果に戻る」 (`#back-to-results`) or Escape
//! returns to the list (or to お気に入り求人 or 求職活動状況 when opened there). A signed-in job
//! seeker finds the お気に入り toggle (`#sheet-favorite`) beside it. 「印刷」 (`#sheet-print`) prints the
//! sheet on A4 through the print stylesheet; 「PDFで保存」 (`#sheet-save-pdf`) saves the service's
//! PDF of it in the downloads folder and says where (`#sheet-pdf-saved`).
//!
//! Employer details hidden by the publication range read 「非公開」 (事業所名: 「事業所名非公開」).

use shigoto_i18n::Catalogue;
use shigoto_shared::JobSheet;
use shigoto_sheet_text::{job_sheet_text, HeaderItem, Row, Section, Value};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::forms::mypage::SheetReturn;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::state::lang::use_texts;

/// Saving the sheet as a PDF.
#[derive(Debug, Clone, PartialEq)]
enum PdfSave {
    Idle,
    Saving,
    /// Where it was saved.
    Saved(String),
    Failed(String),
}

/// The 求人票 being shown.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetState {
    Loading,
    Loaded(std::rc::Rc<JobSheet>),
    Failed(shigoto_shared::ApiError),
}

#[derive(Properties, PartialEq)]
pub struct JobSheetProps {
    pub job_number: String,
    pub sheet: SheetState,
    pub on_back: Callback<()>,
    /// Where 「戻る」 leads (its text).
    #[prop_or_default]
    pub back: SheetReturn,
    /// A signed-in job seeker's actions: the お気に入り toggle and 「応募する」.
    #[prop_or_default]
    pub actions: Html,
}

#[function_component]
pub fn JobSheetView(props: &JobSheetProps) -> Html {
    let t = use_texts();
    // Escape anywhere on the sheet returns to the list.
    {
        let on_back = props.on_back.clone();
        use_effect_with((), move |()| {
            let document = web_sys::window().and_then(|w| w.document());
            let listener = Closure::<dyn Fn(KeyboardEvent)>::new(move |event: KeyboardEvent| {
                if event.key() == "Escape" && !event.default_prevented() {
                    event.prevent_default();
                    on_back.emit(());
                }
            });
            if let Some(document) = &document {
                let _ = document
                    .add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(document) = &document {
                    let _ = document.remove_event_listener_with_callback(
                        "keydown",
                        listener.as_ref().unchecked_ref(),
                    );
                }
                drop(listener);
            }
        });
    }
    let back = {
        let cb = props.on_back.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let back_button = |id: Option<&'static str>| {
        html! {
            <button type="button" id={id} class="button button-secondary back-button"
                onclick={back.clone()}>
                { props.back.back_label(t) }
            </button>
        }
    };

    let saving = use_state(|| PdfSave::Idle);
    let api = use_api();
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            if let Err(err) = window.print() {
                web_sys::console::warn_1(&err);
            }
        }
    });
    let on_save_pdf = {
        let (saving, number) = (saving.clone(), props.job_number.clone());
        Callback::from(move |_: MouseEvent| {
            if *saving == PdfSave::Saving {
                return;
            }
            saving.set(PdfSave::Saving);
            let (saving, number) = (saving.clone(), number.clone());
            api.run(
                async move { ipc::save_job_sheet_pdf(&number).await },
                move |answer| {
                    saving.set(match answer {
                        Ok(saved) => PdfSave::Saved(saved.path),
                        Err(err) => PdfSave::Failed(err.message),
                    })
                },
            );
        })
    };
    let print_actions = matches!(props.sheet, SheetState::Loaded(_)).then(|| {
        html! {
            <span class="sheet-print-actions">
                <button type="button" id="sheet-print" class="button button-secondary"
                    onclick={on_print}>{ t.t("sheet-print") }</button>
                <button type="button" id="sheet-save-pdf" class="button button-secondary"
                    disabled={*saving == PdfSave::Saving} onclick={on_save_pdf}>
                    { if *saving == PdfSave::Saving { t.t("sheet-saving-pdf") } else { t.t("sheet-save-pdf") } }
                </button>
            </span>
        }
    });
    let saved_note = match &*saving {
        PdfSave::Saved(path) => html! {
            <p id="sheet-pdf-saved" class="notice" role="status">
                { t.t_with("sheet-pdf-saved", &[("path", path.as_str().into())]) }
            </p>
        },
        PdfSave::Failed(message) => html! {
            <p id="sheet-pdf-error" class="field-error" role="alert">{ message.clone() }</p>
        },
        PdfSave::Idle | PdfSave::Saving => Html::default(),
    };

    let (title, content) = match &props.sheet {
        SheetState::Loading => (
            String::new(),
            html! { <p class="loading" role="status">{ t.t("sheet-loading") }</p> },
        ),
        SheetState::Failed(err) => (
            String::new(),
            html! {
                <div id="job-sheet-error" class="field-error sheet-error" role="alert">
                    <p>{ if ipc::is_unreachable(err) { t.t("connection-unreachable") } else { err.message.clone() } }</p>
                    <p class="muted">{ t.t_with("sheet-job-number-value", &[("number", props.job_number.as_str().into())]) }</p>
                </div>
            },
        ),
        SheetState::Loaded(sheet) => (sheet.work.title.clone(), sheet_body(t, sheet)),
    };

    html! {
        <section id="job-sheet" class="panel sheet" aria-labelledby="job-sheet-heading"
            data-job-number={props.job_number.clone()}>
            <div class="sheet-toolbar">
                { back_button(Some("back-to-results")) }
                <span class="hint">{ props.back.escape_hint(t) }</span>
                { props.actions.clone() }
                { print_actions.unwrap_or_default() }
            </div>
            { saved_note }
            <h2 id="job-sheet-heading" class="sheet-title" tabindex="-1">
                <span class="sheet-kind">{ t.t("sheet-kind") }</span>
                if !title.is_empty() {
                    <span class="sheet-job-title">{ title }</span>
                }
            </h2>
            { content }
            <div class="sheet-toolbar sheet-toolbar-bottom">
                { back_button(None) }
            </div>
        </section>
    }
}

/// A value as the screen sets it.
fn value_html(value: &Value) -> Html {
    match value {
        Value::Text(text) => html! { text.clone() },
        Value::Strong(text) => html! { <strong>{ text.clone() }</strong> },
        Value::Multiline(text) => html! { <span class="multiline">{ text.clone() }</span> },
        Value::Lines(lines) => html! {
            <ul class="plain-list">
                { for lines.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
            </ul>
        },
        Value::Muted(text) => html! { <span class="muted">{ text.clone() }</span> },
        Value::Badge(text) => html! { <span class="badge badge-online">{ text.clone() }</span> },
        Value::Named { reading, name } => html! {
            <>
                if let Some(reading) = reading {
                    <span class="kana">{ reading.clone() }</span>
                }
                <span class="employer-name">{ name.clone() }</span>
            </>
        },
    }
}

/// One label/value row; 仕事内容 is `#job-description`, 職種 `.job-title`, 基本給 `.wage`.
fn row_html(row: &Row) -> Html {
    let value = match (row.key, &row.value) {
        ("sheet-description", Value::Multiline(text)) => html! {
            <div id="job-description" class="multiline description">{ text.clone() }</div>
        },
        ("sheet-title", Value::Strong(text)) => {
            html! { <strong class="job-title">{ text.clone() }</strong> }
        }
        ("sheet-base", Value::Strong(text)) => {
            html! { <strong class="wage">{ text.clone() }</strong> }
        }
        (_, value) => value_html(value),
    };
    html! {
        <tr>
            <th scope="row">{ row.label.clone() }</th>
            <td>{ value }</td>
        </tr>
    }
}

fn section_html(section: &Section) -> Html {
    let heading = format!("{}-heading", section.id);
    html! {
        <section id={section.id} class="sheet-section" aria-labelledby={heading.clone()}>
            <h3 id={heading} class="sheet-section-title">
                <span class="section-number">{ section.number }</span>{ section.title.clone() }
            </h3>
            <table class="sheet-table"><tbody>{ for section.rows.iter().map(row_html) }</tbody></table>
        </section>
    }
}

fn header_html(item: &HeaderItem) -> Html {
    html! {
        <div class={classes!(
            "sheet-header-item",
            (item.anchor == Some("job-number")).then_some("sheet-header-number"),
            item.wide.then_some("sheet-header-wide"),
        )}>
            <dt>{ item.label.clone() }</dt>
            <dd id={item.anchor}>{ value_html(&item.value) }</dd>
        </div>
    }
}

fn sheet_body(t: &Catalogue, sheet: &JobSheet) -> Html {
    let text = job_sheet_text(t, sheet);
    html! {
        <>
            if let Some(closed) = &text.closed {
                <div id="job-closed" class="banner banner-closed" role="status">{ closed.clone() }</div>
            }
            <dl class="sheet-header">{ for text.header.iter().map(header_html) }</dl>
            { for text.sections.iter().map(section_html) }
        </>
    }
}
