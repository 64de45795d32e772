//! One of the employer's postings (`/employer/postings/:id`, section `#posting`, heading
//! `#posting-heading`): a draft or a returned posting opens in the eight-step editor
//! ([`editor`], its steps in [`steps`], their boxes in [`fields`]); any other in its detail
//! ([`detail`]: status, 紹介期限日, the published 求人票 and its actions). While it is read the
//! page shows `#posting-loading`; a failure to read it `#posting-load-error`.
//!
//! The page reads the posting and the employer's 事業所登録 (the company the rules check the
//! form against); 申込み leads back to the 求人一覧 with a one-shot notice, 「求人内容を変更する」
//! to the editor of the new change draft.

pub mod detail;
pub mod editor;
pub mod fields;
pub mod steps;

use std::rc::Rc;

use shigoto_domain::posting::{self as rules, Context};
use shigoto_i18n::Catalogue;
use shigoto_shared::{JobSheet, PostingStatus, PostingStep};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::today;
use crate::forms::edit::Edit;
use crate::forms::employer::posting::{
    focus_selectors, refusal_moved, Moved, PostingAction, PostingEditor, PostingScreen, Sending,
    RECEIVING_OFFICE_AT_ACCEPTANCE,
};
use crate::hooks::api::use_api;
use crate::ipc;
use crate::route::Route;
use crate::state::focus::{use_focus, use_focus_on_mount, Focus};
use crate::state::lang::use_texts;
use crate::state::notice::use_notice;
use crate::state::session::use_session;
use crate::state::store::{use_store_with, StoreHandle, Update};
use detail::PostingDetailView;
use editor::PostingEditorView;

#[derive(Properties, PartialEq)]
pub struct PostingPageProps {
    pub id: i64,
}

/// Moves the focus where the editor went.
fn focus_moved(focus: &Focus, moved: &Moved) {
    match moved {
        Moved::Step => focus.top("#posting-step-heading"),
        Moved::Confirm => focus.top("#posting-confirm-heading"),
        Moved::Problem(field) => {
            let selectors = focus_selectors(field);
            let selectors: Vec<&str> = selectors.iter().map(String::as_str).collect();
            focus.first_of(&selectors, false);
        }
        Moved::Error => focus.on("#posting-error"),
    }
}

/// The 求人票 shown under a posting's status: the published one, or for a filed posting (a
/// change included) the one it would be published as (none when its form no longer checks).
fn shown_sheet(t: &Catalogue, screen: &PostingScreen) -> Option<Rc<JobSheet>> {
    let detail = screen.detail.as_ref()?;
    let published = detail.sheet.as_ref().map(|sheet| Rc::new(sheet.clone()));
    if detail.item.status != PostingStatus::Submitted {
        return published;
    }
    filed_sheet(t, screen).or(published)
}

/// The sheet a filed posting's form would be published as.
fn filed_sheet(t: &Catalogue, screen: &PostingScreen) -> Option<Rc<JobSheet>> {
    let detail = screen.detail.as_ref()?;
    let registration = screen.registration.as_ref()?;
    let context = Context {
        today: today(),
        company: &registration.profile,
    };
    rules::preview(
        &detail.form,
        &context,
        registration.office_number.as_deref().unwrap_or_default(),
        &t.t(RECEIVING_OFFICE_AT_ACCEPTANCE),
    )
    .ok()
    .map(Rc::new)
}

/// Runs an editor move: first on a copy of the state as drawn, to know where the focus goes,
/// then on the page's state; then moves the focus.
fn move_editor(
    screen: &StoreHandle<PostingScreen>,
    focus: &Focus,
    change: impl Fn(&mut PostingScreen) -> Moved + 'static,
) {
    let mut probe = (**screen).clone();
    let moved = change(&mut probe);
    screen.update(move |s| {
        change(s);
    });
    focus_moved(focus, &moved);
}

#[function_component]
pub fn PostingPage(props: &PostingPageProps) -> Html {
    let t = use_texts();
    let id = props.id;
    let session = use_session();
    let held = session.account().and_then(|a| a.employer.clone());
    let screen = use_store_with(move || PostingScreen::new(id, held.as_ref()));
    let api = use_api();
    let focus = use_focus();
    let notice = use_notice();
    let navigator = use_navigator();
    use_focus_on_mount("#posting-heading");
    {
        let (screen, api) = (screen.clone(), api.clone());
        use_effect_with(id, move |id| {
            let id = *id;
            screen.update(PostingScreen::loading);
            let loaded = screen.clone();
            api.run(ipc::employer_posting(id), move |result| {
                loaded.update_once(move |s| s.loaded(result));
            });
            let read = screen.clone();
            api.run(ipc::employer_registration(), move |result| {
                read.update_once(move |s| s.registration_loaded(result));
            });
        });
    }
    let go = {
        let navigator = navigator.clone();
        Callback::from(move |route: Route| {
            if let Some(navigator) = &navigator {
                navigator.push(&route);
            }
        })
    };

    let on_edit = {
        let screen = screen.clone();
        Callback::from(move |edit: Edit<PostingEditor>| {
            screen.update(move |s| edit.apply(&mut s.editor))
        })
    };
    let on_jump = {
        let (screen, focus) = (screen.clone(), focus.clone());
        Callback::from(move |step: PostingStep| {
            move_editor(&screen, &focus, move |s| s.editor.jump(step))
        })
    };
    let on_back = {
        let (screen, focus) = (screen.clone(), focus.clone());
        Callback::from(move |()| move_editor(&screen, &focus, |s| s.editor.back()))
    };
    let on_next = {
        let (screen, focus) = (screen.clone(), focus.clone());
        Callback::from(move |()| {
            if screen.editor.sending.is_some() {
                return;
            }
            let day = today();
            move_editor(&screen, &focus, move |s| {
                let registration = s.registration.clone();
                s.editor.next(t, day, registration.as_deref())
            })
        })
    };
    let on_save = {
        let (screen, focus, api) = (screen.clone(), focus.clone(), api.clone());
        Callback::from(move |()| {
            if screen.editor.sending.is_some() {
                return;
            }
            let request = screen.editor.request();
            screen.update(|s| s.editor.start(Sending::Save));
            let (screen, focus) = (screen.clone(), focus.clone());
            api.run(
                async move { ipc::save_employer_posting(id, &request).await },
                move |result| {
                    if let Err(err) = &result {
                        focus_moved(&focus, &refusal_moved(err));
                    }
                    screen.update_once(move |s| {
                        s.saved(result);
                    });
                },
            );
        })
    };
    let on_submit = {
        let (screen, focus, api, notice, go) = (
            screen.clone(),
            focus.clone(),
            api.clone(),
            notice.clone(),
            go.clone(),
        );
        Callback::from(move |()| {
            if screen.editor.sending.is_some() {
                return;
            }
            let request = screen.editor.request();
            screen.update(|s| s.editor.start(Sending::Submit));
            let (screen, focus, notice, go) =
                (screen.clone(), focus.clone(), notice.clone(), go.clone());
            api.run(
                async move { ipc::submit_employer_posting(id, &request).await },
                move |result| {
                    let mut probe = (*screen).clone();
                    match probe.submitted(result.clone()) {
                        Ok(key) => {
                            notice.show_on(Route::EmployerPostings, t.t(key));
                            go.emit(Route::EmployerPostings);
                        }
                        Err(moved) => {
                            screen.update_once(move |s| {
                                let _ = s.submitted(result);
                            });
                            focus_moved(&focus, &moved);
                        }
                    }
                },
            );
        })
    };

    // A published posting's actions.
    let act = {
        let (screen, focus, api) = (screen.clone(), focus.clone(), api.clone());
        move |action: PostingAction| {
            if screen.actions.busy.is_some() {
                return;
            }
            screen.update(move |s| {
                s.acting(action);
            });
            let (screen, focus) = (screen.clone(), focus.clone());
            let call = match action {
                PostingAction::Extend => ipc::extend_employer_posting(id).boxed(),
                PostingAction::Change => ipc::change_employer_posting(id).boxed(),
                PostingAction::Stop => ipc::stop_employer_posting(id).boxed(),
            };
            api.run(call, move |result| {
                let ok = result.is_ok();
                screen.update_once(move |s| s.acted(action, result));
                focus.on(if ok {
                    "#posting-action-notice"
                } else {
                    "#posting-action-error"
                });
            });
        }
    };
    let on_extend = {
        let (screen, focus, act) = (screen.clone(), focus.clone(), act.clone());
        Callback::from(move |()| match screen.extension_refusal(today()) {
            Some(message) => {
                screen.update_once(move |s| s.action_refused(message));
                focus.on("#posting-action-error");
            }
            None => act(PostingAction::Extend),
        })
    };
    let on_stop = {
        let (screen, focus) = (screen.clone(), focus.clone());
        Callback::from(move |()| {
            screen.update(PostingScreen::ask_stop);
            focus.on("#posting-stop-confirm");
        })
    };
    let on_stop_confirm = {
        let act = act.clone();
        Callback::from(move |()| act(PostingAction::Stop))
    };
    let on_stop_cancel = {
        let (screen, focus) = (screen.clone(), focus.clone());
        Callback::from(move |()| {
            screen.update(PostingScreen::cancel_stop);
            focus.on("#posting-stop");
        })
    };
    let on_change = {
        let (screen, focus, api, go) = (screen.clone(), focus.clone(), api.clone(), go.clone());
        Callback::from(move |()| {
            if screen.actions.busy.is_some() {
                return;
            }
            screen.update(|s| {
                s.acting(PostingAction::Change);
            });
            let (screen, focus, go) = (screen.clone(), focus.clone(), go.clone());
            api.run(
                ipc::change_employer_posting(id),
                move |result| match result {
                    Ok(draft) => go.emit(Route::EmployerPosting { id: draft.item.id }),
                    Err(err) => {
                        screen.update_once(move |s| s.acted(PostingAction::Change, Err(err)));
                        focus.on("#posting-action-error");
                    }
                },
            );
        })
    };
    let on_open_change = {
        let go = go.clone();
        Callback::from(move |change: i64| go.emit(Route::EmployerPosting { id: change }))
    };
    let on_list = {
        let go = go.clone();
        Callback::from(move |()| go.emit(Route::EmployerPostings))
    };

    let state = &*screen;
    let heading = match &state.detail {
        Some(detail) if detail.item.is_change => t.t("posting-heading-change"),
        Some(_) if state.editable() => t.t("posting-heading-editor"),
        Some(_) => t.t("posting-heading-detail"),
        None => t.t("posting-heading"),
    };
    let body = match &state.detail {
        None if state.loading => html! {
            <p id="posting-loading" class="hint" role="status">{ t.t("posting-loading") }</p>
        },
        None => html! {},
        Some(detail) if state.editable() => html! {
            <PostingEditorView detail={detail.clone()} editor={state.editor.clone()}
                registration={state.registration.clone()} today={today()}
                on_edit={on_edit} on_jump={on_jump} on_back={on_back} on_next={on_next}
                on_save={on_save} on_submit={on_submit} />
        },
        Some(detail) => html! {
            <PostingDetailView detail={detail.clone()} sheet={shown_sheet(t, state)}
                actions={state.actions.clone()} on_extend={on_extend} on_change={on_change}
                on_open_change={on_open_change} on_stop={on_stop}
                on_stop_confirm={on_stop_confirm} on_stop_cancel={on_stop_cancel}
                on_back={on_list.clone()} />
        },
    };
    let status = state.status().map(PostingStatus::as_str);
    html! {
        <section id="posting" class="panel posting-panel" aria-labelledby="posting-heading"
            data-posting-id={id.to_string()} data-status={status}>
            <div class="list-toolbar">
                <h2 id="posting-heading" class="panel-title" tabindex="-1">{ heading }</h2>
                <button type="button" id="posting-to-list" class="button button-secondary"
                    onclick={Callback::from(move |_: MouseEvent| on_list.emit(()))}>
                    { t.t("posting-to-list") }
                </button>
            </div>
            if let Some(err) = &state.load_error {
                <p id="posting-load-error" class="field-error form-error" role="alert">{ err.clone() }</p>
            }
            { body }
        </section>
    }
}

/// Boxes the futures of the actions to one type.
trait Boxed<T> {
    fn boxed(self) -> std::pin::Pin<Box<dyn std::future::Future<Output = T>>>;
}

impl<T, F: std::future::Future<Output = T> + 'static> Boxed<T> for F {
    fn boxed(self) -> std::pin::Pin<Box<dyn std::future::Future<Output = T>>> {
        Box::pin(self)
    }
}
