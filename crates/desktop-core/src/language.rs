//! The language the app shows, for the texts the core writes itself (its refusals, the
//! failures of what it uses, the names of the files it saves): set when the core starts and
//! whenever the person chooses another on 端末の設定 ([`crate::core::DesktopCore::set_language`]).
//! One app runs one core, so the language is kept for the process.

use std::sync::atomic::{AtomicU8, Ordering};

use shigoto_i18n::{catalogue, Catalogue};
use shigoto_shared::Lang;

static SHOWN: AtomicU8 = AtomicU8::new(0);

/// The app shows `lang` from now on.
pub fn show(lang: Lang) {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    SHOWN.store(u8::try_from(index).unwrap_or(0), Ordering::Relaxed);
}

/// The language shown (Japanese until a core started).
pub fn shown() -> Lang {
    Lang::ALL
        .get(usize::from(SHOWN.load(Ordering::Relaxed)))
        .copied()
        .unwrap_or_default()
}

/// The texts of the language shown.
pub fn texts() -> &'static Catalogue {
    catalogue(shown())
}
