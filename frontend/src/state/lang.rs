//! The language the app shows: one context holding a [`Lang`], whose texts every screen takes
//! with [`use_texts`]. It starts in the language the shell put into the page
//! (`window.__SHIGOTO_LANG__`: the person's choice on 端末の設定, else the system's; the
//! browser's own language when the page runs outside the app), and changes when the person
//! chooses another on 端末の設定. The document's `lang` follows it (screen readers and fonts
//! depend on it).

use std::cell::Cell;

use shigoto_i18n::{catalogue, Catalogue, Lang};
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The language context.
#[derive(Clone, PartialEq)]
pub struct LangContext {
    lang: Lang,
    set: Callback<Lang>,
}

impl LangContext {
    /// Its texts.
    pub fn texts(&self) -> &'static Catalogue {
        catalogue(self.lang)
    }

    /// Shows the app in `lang` from now on.
    pub fn set(&self, lang: Lang) {
        self.set.emit(lang);
    }
}

thread_local! {
    /// The language the app shows, as the language context last rendered it.
    static SHOWN: Cell<Lang> = const { Cell::new(Lang::Ja) };
}

/// The app now shows `lang`: the texts made outside a component ([`shown_texts`]) follow it.
/// The language context calls it on every render.
pub fn show_language(lang: Lang) {
    SHOWN.with(|shown| shown.set(lang));
}

/// The texts of the language shown, for messages made outside a component (a refusal made by
/// a form's own checks, an error of the app's calls): Japanese until the app has rendered.
pub fn shown_texts() -> &'static Catalogue {
    catalogue(SHOWN.with(Cell::get))
}

/// The language the page starts in.
fn starting_language() -> Lang {
    let Some(window) = web_sys::window() else {
        return Lang::Ja;
    };
    let from_shell = js_sys::Reflect::get(&window, &JsValue::from_str("__SHIGOTO_LANG__"))
        .ok()
        .and_then(|value| value.as_string())
        .and_then(|tag| Lang::known(&tag));
    from_shell
        .or_else(|| {
            window
                .navigator()
                .language()
                .map(|tag| Lang::of_locale(&tag))
        })
        .unwrap_or_default()
}

/// The language context's state, for the provider.
#[hook]
pub fn use_lang_store() -> LangContext {
    let lang = use_state(starting_language);
    {
        let tag = lang.tag();
        use_effect_with(*lang, move |_| {
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = root.set_attribute("lang", tag);
            }
        });
    }
    show_language(*lang);
    let set = {
        let lang = lang.clone();
        Callback::from(move |chosen: Lang| lang.set(chosen))
    };
    LangContext { lang: *lang, set }
}

/// The language context (Japanese outside a provider, as in a component's own test).
#[hook]
pub fn use_lang() -> LangContext {
    use_context::<LangContext>().unwrap_or_else(|| LangContext {
        lang: Lang::Ja,
        set: Callback::noop(),
    })
}

/// The texts of the language shown.
#[hook]
pub fn use_texts() -> &'static Catalogue {
    use_lang().texts()
}
