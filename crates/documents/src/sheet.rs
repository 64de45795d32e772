//! Drawing on an A4 page in points (1/72 inch) from its top left: text set at a baseline,
//! text wrapped to a width, rules and boxes. Widths are estimated from the characters (a
//! full-width character is one em, a half-width one about half), which is what the layouts
//! need to wrap and align Japanese text without measuring glyphs.

use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Stroke;
use krilla::surface::Surface;
use krilla::text::TextDirection;
use krilla::Document;
use shigoto_i18n::Lang;

use crate::{DocumentError, Fonts};

/// A4 portrait, in points.
pub const A4_WIDTH: f32 = 595.28;
pub const A4_HEIGHT: f32 = 841.89;

/// How heavy a line of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// The advance widths (in em) of the printable ASCII characters, space to tilde, in the bold
/// face of Noto Sans CJK JP: the wider of the two faces, so that an estimate is never short.
const ASCII_ADVANCES: [f32; 95] = [
    0.227, 0.370, 0.574, 0.590, 0.590, 0.963, 0.740, 0.325, 0.378, 0.378, 0.507, 0.590, 0.325,
    0.370, 0.325, 0.387, 0.590, 0.590, 0.590, 0.590, 0.590, 0.590, 0.590, 0.590, 0.590, 0.590,
    0.325, 0.325, 0.590, 0.590, 0.590, 0.514, 1.007, 0.641, 0.681, 0.656, 0.714, 0.615, 0.585,
    0.717, 0.757, 0.330, 0.568, 0.686, 0.578, 0.853, 0.749, 0.770, 0.667, 0.770, 0.682, 0.624,
    0.625, 0.748, 0.619, 0.915, 0.627, 0.580, 0.613, 0.378, 0.387, 0.378, 0.590, 0.567, 0.626,
    0.591, 0.644, 0.527, 0.644, 0.581, 0.372, 0.597, 0.640, 0.304, 0.306, 0.604, 0.315, 0.964,
    0.641, 0.626, 0.644, 0.644, 0.436, 0.495, 0.421, 0.637, 0.576, 0.863, 0.562, 0.574, 0.511,
    0.378, 0.296, 0.378, 0.590,
];

/// The estimated width of `text` set at `size`: ASCII by its advance in the font, any other
/// character a full em.
pub fn text_width(text: &str, size: f32) -> f32 {
    text.chars()
        .map(|c| {
            u32::from(c)
                .checked_sub(0x20)
                .and_then(|index| ASCII_ADVANCES.get(index as usize))
                .copied()
                .unwrap_or(1.0)
        })
        .sum::<f32>()
        * size
}

/// `text` broken into lines no wider than `width` at `size`: Japanese at any character, words of
/// Latin letters and digits between them (a word wider than the line at any character); a line
/// break in the text starts a new line, and a blank line stays.
pub fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in words(paragraph) {
            let mut wider = line.clone();
            wider.push_str(word);
            if line.trim().is_empty() || text_width(&wider, size) <= width {
                line = wider;
            } else {
                lines.push(line.trim_end().to_owned());
                line = word.trim_start().to_owned();
            }
            while text_width(&line, size) > width && line.chars().count() > 1 {
                let mut head = String::new();
                for c in line.chars() {
                    let mut wider = head.clone();
                    wider.push(c);
                    if !head.is_empty() && text_width(&wider, size) > width {
                        break;
                    }
                    head = wider;
                }
                line = line[head.len()..].to_owned();
                lines.push(head);
            }
        }
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// The pieces a line may break between: each non-ASCII character alone, and each run of ASCII
/// with the spaces before it.
fn words(paragraph: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    let mut in_word = false;
    for (at, c) in paragraph.char_indices() {
        if !c.is_ascii() {
            if at > start {
                words.push(&paragraph[start..at]);
            }
            words.push(&paragraph[at..at + c.len_utf8()]);
            start = at + c.len_utf8();
            in_word = false;
        } else if c == ' ' && in_word {
            words.push(&paragraph[start..at]);
            start = at;
            in_word = false;
        } else if c != ' ' {
            in_word = true;
        }
    }
    if start < paragraph.len() {
        words.push(&paragraph[start..]);
    }
    words
}

/// One page being drawn.
pub struct Sheet<'a, 'b> {
    surface: &'a mut Surface<'b>,
    fonts: &'a Fonts,
}

impl Sheet<'_, '_> {
    /// `text` with its baseline at (`x`, `y`).
    pub fn text(&mut self, x: f32, y: f32, size: f32, weight: Weight, text: &str) {
        let font = match weight {
            Weight::Regular => self.fonts.regular.clone(),
            Weight::Bold => self.fonts.bold.clone(),
        };
        self.surface.draw_text(
            Point::from_xy(x, y),
            font,
            size,
            text,
            false,
            TextDirection::Auto,
        );
    }

    /// `text` centred on `centre`.
    pub fn centred(&mut self, centre: f32, y: f32, size: f32, weight: Weight, text: &str) {
        let x = centre - text_width(text, size) / 2.0;
        self.text(x, y, size, weight, text);
    }

    /// `text` ending at `right`.
    pub fn right_aligned(&mut self, right: f32, y: f32, size: f32, weight: Weight, text: &str) {
        self.text(right - text_width(text, size), y, size, weight, text);
    }

    /// `text` wrapped to `width` from the baseline `y`, `leading` apart; answers the baseline
    /// after the last line.
    pub fn wrapped(
        &mut self,
        x: f32,
        y: f32,
        width: f32,
        size: f32,
        leading: f32,
        text: &str,
    ) -> f32 {
        let mut y = y;
        for line in wrap(text, size, width) {
            self.text(x, y, size, Weight::Regular, &line);
            y += leading;
        }
        y
    }

    fn stroke(&mut self, width: f32, build: impl FnOnce(&mut PathBuilder)) {
        let mut builder = PathBuilder::new();
        build(&mut builder);
        if let Some(path) = builder.finish() {
            self.surface.set_fill(None);
            self.surface.set_stroke(Some(Stroke {
                width,
                ..Stroke::default()
            }));
            self.surface.draw_path(&path);
            self.surface.set_stroke(None);
            self.surface.set_fill(Some(krilla::paint::Fill::default()));
        }
    }

    /// A straight rule from (`x1`, `y1`) to (`x2`, `y2`).
    pub fn rule(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32) {
        self.stroke(width, |path| {
            path.move_to(x1, y1);
            path.line_to(x2, y2);
        });
    }

    /// A box filled grey (`lightness` 0 black … 255 white), without an outline.
    pub fn shade(&mut self, x: f32, y: f32, w: f32, h: f32, lightness: u8) {
        let Some(rect) = Rect::from_xywh(x, y, w, h) else {
            return;
        };
        let mut builder = PathBuilder::new();
        builder.push_rect(rect);
        if let Some(path) = builder.finish() {
            self.surface.set_fill(Some(krilla::paint::Fill {
                paint: krilla::color::luma::Color::new(lightness).into(),
                ..krilla::paint::Fill::default()
            }));
            self.surface.draw_path(&path);
            self.surface.set_fill(Some(krilla::paint::Fill::default()));
        }
    }

    /// The outline of a box.
    pub fn frame(&mut self, x: f32, y: f32, w: f32, h: f32, width: f32) {
        if let Some(rect) = Rect::from_xywh(x, y, w, h) {
            self.stroke(width, |path| path.push_rect(rect));
        }
    }
}

/// A one-page A4 PDF in `lang` titled `title`, drawn by `draw`.
pub fn a4_pdf(
    fonts: &Fonts,
    lang: Lang,
    title: &str,
    draw: impl FnOnce(&mut Sheet<'_, '_>),
) -> Result<Vec<u8>, DocumentError> {
    let mut draw = Some(draw);
    a4_pages(fonts, lang, title, 1, |sheet, _| {
        if let Some(draw) = draw.take() {
            draw(sheet);
        }
    })
}

/// An A4 PDF in `lang` of `pages` pages titled `title`; `draw` draws each (numbered from 0).
pub fn a4_pages(
    fonts: &Fonts,
    lang: Lang,
    title: &str,
    pages: usize,
    mut draw: impl FnMut(&mut Sheet<'_, '_>, usize),
) -> Result<Vec<u8>, DocumentError> {
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .language(lang.tag().to_owned())
            .creator("Shigoto".to_owned()),
    );
    for number in 0..pages.max(1) {
        let settings = PageSettings::from_wh(A4_WIDTH, A4_HEIGHT)
            .ok_or_else(|| DocumentError::Pdf("A4 page size refused".into()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        draw(
            &mut Sheet {
                surface: &mut surface,
                fonts,
            },
            number,
        );
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|err| DocumentError::Pdf(format!("{err:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_text_is_wrapped_to_the_width() {
        assert_eq!(text_width("求人", 10.0), 20.0);
        let lines = wrap("受発注事務（文具）の求人です", 10.0, 50.0);
        assert_eq!(lines, ["受発注事務", "（文具）の", "求人です"]);
        assert!(lines.iter().all(|line| text_width(line, 10.0) <= 50.0));
        assert_eq!(wrap("一行目\n二行目", 10.0, 100.0), ["一行目", "二行目"]);
        assert_eq!(
            wrap("一行目\n\n三行目", 10.0, 100.0),
            ["一行目", "", "三行目"]
        );
        // English breaks between words, a word too wide for the line at a character.
        assert_eq!(
            wrap("Welcomes people moving from cities", 10.0, 100.0),
            ["Welcomes people", "moving from cities"]
        );
        assert_eq!(
            wrap("Supercalifragilistic", 10.0, 50.0),
            ["Supercali", "fragilistic"]
        );
        assert_eq!(wrap("月給 200,000円", 10.0, 60.0), ["月給", "200,000円"]);
    }
}
