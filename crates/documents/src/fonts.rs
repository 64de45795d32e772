//! The faces documents are set in: the Japanese face of Noto Sans CJK, regular and bold, read
//! once and shared (each document embeds only the glyphs it uses).

use std::path::Path;

use krilla::text::Font;

use crate::DocumentError;

/// Where Debian's `fonts-noto-cjk` puts the regular face.
pub const DEFAULT_REGULAR: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
/// Where Debian's `fonts-noto-cjk` puts the bold face.
pub const DEFAULT_BOLD: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
/// The Japanese face's index in the Noto Sans CJK collections (JP, KR, SC, TC, HK).
pub const JAPANESE_FACE: u32 = 0;

/// Regular and bold faces, cheap to clone.
#[derive(Clone)]
pub struct Fonts {
    pub(crate) regular: Font,
    pub(crate) bold: Font,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Fonts")
    }
}

fn load(path: &Path) -> Result<Font, DocumentError> {
    let data = std::fs::read(path).map_err(|source| DocumentError::FontRead {
        path: path.display().to_string(),
        source,
    })?;
    Font::new(data.into(), JAPANESE_FACE)
        .ok_or_else(|| DocumentError::FontUnusable(path.display().to_string()))
}

impl Fonts {
    /// Reads the two faces (collections: the Japanese face of each).
    pub fn load(regular: &Path, bold: &Path) -> Result<Self, DocumentError> {
        Ok(Self {
            regular: load(regular)?,
            bold: load(bold)?,
        })
    }

    /// The system's Noto Sans CJK ([`DEFAULT_REGULAR`], [`DEFAULT_BOLD`]).
    pub fn system() -> Result<Self, DocumentError> {
        Self::load(Path::new(DEFAULT_REGULAR), Path::new(DEFAULT_BOLD))
    }
}
