//! 求人票 as A4 pages, laid out like the printed sheet Hello Work hands out: the kind and the
//! 職種 at the top with the 求人番号 at the right, the header as a grid of boxes, then the eight
//! numbered sections as two-column tables (the label shaded on the left). Text is wrapped to its
//! column; a row too long for the rest of a page goes on at the top of the next, its label
//! marked as continued, and a section's heading never ends a page. Every page names the
//! 求人番号 and its number at the foot. The texts come from `shigoto-sheet-text` in the reader's
//! language, so the paper says what the screen says.

use shigoto_sheet_text::{HeaderItem, SheetText, Value};

use crate::sheet::{a4_pages, text_width, wrap, Sheet, Weight, A4_HEIGHT, A4_WIDTH};
use crate::{DocumentError, Fonts};

const MARGIN: f32 = 36.0;
const WIDTH: f32 = A4_WIDTH - 2.0 * MARGIN;
/// Where the body of a page ends (the foot line is below).
const BOTTOM: f32 = A4_HEIGHT - 50.0;
/// Where the body of a following page starts.
const TOP: f32 = 64.0;
const LABEL_WIDTH: f32 = 118.0;
const PAD: f32 = 6.0;
const VALUE_SIZE: f32 = 9.5;
const LABEL_SIZE: f32 = 9.0;
const LEADING: f32 = 14.0;
const HEADING_HEIGHT: f32 = 22.0;
const HEADER_CELL_HEIGHT: f32 = 36.0;

/// One drawing step of a page.
#[derive(Debug, Clone, PartialEq)]
enum Mark {
    Text {
        x: f32,
        y: f32,
        size: f32,
        weight: Weight,
        text: String,
    },
    Rule {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
    Frame {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        width: f32,
    },
    Shade {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        lightness: u8,
    },
}

/// The pages as they are filled, top to bottom.
struct Layout {
    pages: Vec<Vec<Mark>>,
    y: f32,
}

impl Layout {
    fn new() -> Self {
        Self {
            pages: vec![Vec::new()],
            y: 0.0,
        }
    }

    fn mark(&mut self, mark: Mark) {
        if let Some(page) = self.pages.last_mut() {
            page.push(mark);
        }
    }

    fn text(&mut self, x: f32, y: f32, size: f32, weight: Weight, text: &str) {
        self.mark(Mark::Text {
            x,
            y,
            size,
            weight,
            text: text.to_owned(),
        });
    }

    fn room(&self) -> f32 {
        BOTTOM - self.y
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// Starts a new page unless `height` still fits on this one.
    fn keep(&mut self, height: f32) {
        if height > self.room() {
            self.new_page();
        }
    }
}

/// Lines of `value` wrapped to `width`.
fn value_lines(value: &Value, width: f32) -> Vec<String> {
    value
        .lines()
        .iter()
        .flat_map(|line| wrap(line, VALUE_SIZE, width))
        .collect()
}

fn value_weight(value: &Value) -> Weight {
    match value {
        Value::Strong(_) | Value::Badge(_) => Weight::Bold,
        _ => Weight::Regular,
    }
}

fn top_of_first_page(layout: &mut Layout, text: &SheetText) {
    layout.text(MARGIN, 58.0, 22.0, Weight::Bold, &text.kind);
    let number_x = A4_WIDTH - MARGIN;
    layout.mark(Mark::Text {
        x: number_x - text_width(&text.job_number, 15.0),
        y: 58.0,
        size: 15.0,
        weight: Weight::Bold,
        text: text.job_number.clone(),
    });
    let mut y = 88.0;
    for line in wrap(&text.title, 15.0, WIDTH) {
        layout.text(MARGIN, y, 15.0, Weight::Bold, &line);
        y += 20.0;
    }
    layout.mark(Mark::Rule {
        x1: MARGIN,
        y1: y - 8.0,
        x2: MARGIN + WIDTH,
        y2: y - 8.0,
        width: 1.2,
    });
    layout.y = y + 2.0;
    if let Some(closed) = &text.closed {
        layout.mark(Mark::Frame {
            x: MARGIN,
            y: layout.y,
            w: WIDTH,
            h: 24.0,
            width: 1.5,
        });
        layout.text(
            MARGIN + PAD * 2.0,
            layout.y + 16.0,
            11.0,
            Weight::Bold,
            closed,
        );
        layout.y += 32.0;
    }
}

/// The header as a grid of boxes, two a line; the wide ones (公開範囲) take a line each, below.
fn header_grid(layout: &mut Layout, items: &[HeaderItem]) {
    let half = WIDTH / 2.0;
    let mut column = 0;
    let (narrow, wide): (Vec<&HeaderItem>, Vec<&HeaderItem>) =
        items.iter().partition(|item| !item.wide);
    for item in narrow.into_iter().chain(wide) {
        let (x, w) = if item.wide {
            if column == 1 {
                layout.y += HEADER_CELL_HEIGHT;
            }
            column = 0;
            (MARGIN, WIDTH)
        } else {
            (MARGIN + half * column as f32, half)
        };
        let top = layout.y;
        layout.mark(Mark::Frame {
            x,
            y: top,
            w,
            h: HEADER_CELL_HEIGHT,
            width: 0.6,
        });
        layout.text(x + PAD, top + 12.0, 8.0, Weight::Bold, &item.label);
        let line = value_lines(&item.value, w - 2.0 * PAD)
            .into_iter()
            .next()
            .unwrap_or_default();
        layout.text(x + PAD, top + 28.0, 10.5, value_weight(&item.value), &line);
        if item.wide || column == 1 {
            layout.y += HEADER_CELL_HEIGHT;
            column = 0;
        } else {
            column = 1;
        }
    }
    if column == 1 {
        layout.y += HEADER_CELL_HEIGHT;
    }
    layout.y += 12.0;
}

fn heading(layout: &mut Layout, number: u8, title: &str) {
    let top = layout.y;
    layout.mark(Mark::Shade {
        x: MARGIN,
        y: top,
        w: WIDTH,
        h: HEADING_HEIGHT,
        lightness: 214,
    });
    layout.text(
        MARGIN + PAD,
        top + 15.5,
        11.5,
        Weight::Bold,
        &format!("{number}　{title}"),
    );
    layout.y += HEADING_HEIGHT;
}

/// One row of a section: as many of its lines as fit, then the rest on the next page.
fn row(layout: &mut Layout, label: &str, value: &Value, continued: &str) {
    let value_x = MARGIN + LABEL_WIDTH + PAD;
    let value_width = WIDTH - LABEL_WIDTH - 2.0 * PAD;
    let labels = wrap(label, LABEL_SIZE, LABEL_WIDTH - 2.0 * PAD);
    let mut lines = value_lines(value, value_width);
    let mut first = true;
    loop {
        let fits = ((layout.room() - PAD) / LEADING).floor().max(0.0) as usize;
        let wanted = lines.len().max(labels.len()).max(1);
        if fits == 0 || (first && fits < wanted.min(3)) {
            layout.new_page();
            continue;
        }
        let taken = lines.len().min(fits).max(usize::from(lines.is_empty()));
        let rest = lines.split_off(taken.min(lines.len()));
        let shown_labels = if first {
            labels.clone()
        } else {
            vec![format!(
                "{}{continued}",
                labels.first().cloned().unwrap_or_default()
            )]
        };
        let height = (taken.max(shown_labels.len()).max(1) as f32) * LEADING + PAD;
        let top = layout.y;
        layout.mark(Mark::Shade {
            x: MARGIN,
            y: top,
            w: LABEL_WIDTH,
            h: height,
            lightness: 242,
        });
        layout.mark(Mark::Frame {
            x: MARGIN,
            y: top,
            w: WIDTH,
            h: height,
            width: 0.5,
        });
        layout.mark(Mark::Rule {
            x1: MARGIN + LABEL_WIDTH,
            y1: top,
            x2: MARGIN + LABEL_WIDTH,
            y2: top + height,
            width: 0.5,
        });
        for (i, text) in shown_labels.iter().enumerate() {
            let y = top + LEADING * (i as f32 + 1.0) - 2.0;
            layout.text(MARGIN + PAD, y, LABEL_SIZE, Weight::Bold, text);
        }
        for (i, text) in lines.iter().enumerate() {
            let y = top + LEADING * (i as f32 + 1.0) - 2.0;
            layout.text(value_x, y, VALUE_SIZE, value_weight(value), text);
        }
        layout.y += height;
        if rest.is_empty() {
            return;
        }
        lines = rest;
        first = false;
        layout.new_page();
    }
}

/// The foot of every page: the 求人番号 and "n / N".
fn foot(pages: &mut [Vec<Mark>], job_number: &str) {
    let count = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let y = A4_HEIGHT - 28.0;
        page.push(Mark::Rule {
            x1: MARGIN,
            y1: y - 12.0,
            x2: MARGIN + WIDTH,
            y2: y - 12.0,
            width: 0.5,
        });
        page.push(Mark::Text {
            x: MARGIN,
            y,
            size: 8.0,
            weight: Weight::Regular,
            text: job_number.to_owned(),
        });
        let number = format!("{} / {count}", i + 1);
        page.push(Mark::Text {
            x: MARGIN + WIDTH - text_width(&number, 8.0),
            y,
            size: 8.0,
            weight: Weight::Regular,
            text: number,
        });
    }
}

fn lay_out(text: &SheetText) -> Vec<Vec<Mark>> {
    let mut layout = Layout::new();
    top_of_first_page(&mut layout, text);
    header_grid(&mut layout, &text.header);
    for section in &text.sections {
        // A heading stays with the start of its first row.
        layout.keep(HEADING_HEIGHT + 3.0 * LEADING + PAD);
        heading(&mut layout, section.number, &section.title);
        for section_row in &section.rows {
            row(
                &mut layout,
                &section_row.label,
                &section_row.value,
                &text.continued,
            );
        }
        layout.y += 10.0;
    }
    let mut pages = layout.pages;
    foot(&mut pages, &text.job_number);
    pages
}

fn draw(sheet: &mut Sheet<'_, '_>, marks: &[Mark]) {
    for mark in marks {
        match mark {
            Mark::Text {
                x,
                y,
                size,
                weight,
                text,
            } => sheet.text(*x, *y, *size, *weight, text),
            Mark::Rule {
                x1,
                y1,
                x2,
                y2,
                width,
            } => sheet.rule(*x1, *y1, *x2, *y2, *width),
            Mark::Frame { x, y, w, h, width } => sheet.frame(*x, *y, *w, *h, *width),
            Mark::Shade {
                x,
                y,
                w,
                h,
                lightness,
            } => sheet.shade(*x, *y, *w, *h, *lightness),
        }
    }
}

/// The 求人票 as an A4 PDF of as many pages as it takes.
pub fn job_sheet_pdf(fonts: &Fonts, text: &SheetText) -> Result<Vec<u8>, DocumentError> {
    let pages = lay_out(text);
    let title = format!("{} {} {}", text.kind, text.job_number, text.title);
    a4_pages(fonts, text.lang, &title, pages.len(), |sheet, number| {
        if let Some(marks) = pages.get(number) {
            draw(sheet, marks);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_sheet_text::{Row, Section};

    fn text_with(rows: Vec<Row>) -> SheetText {
        SheetText {
            lang: shigoto_i18n::Lang::Ja,
            kind: "求人票".into(),
            title: "受発注事務（文具）".into(),
            job_number: "13010-00000001".into(),
            closed: None,
            continued: "（続き）".into(),
            header: vec![HeaderItem {
                anchor: None,
                label: "求人番号".into(),
                value: Value::Strong("13010-00000001".into()),
                wide: false,
            }],
            sections: vec![Section {
                id: "sheet-work",
                number: 2,
                title: "仕事内容".into(),
                rows,
            }],
        }
    }

    fn texts(page: &[Mark]) -> Vec<&str> {
        page.iter()
            .filter_map(|mark| match mark {
                Mark::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_long_value_goes_on_to_the_next_page_with_its_label_marked() {
        let long = (1..=120)
            .map(|n| format!("{n}行目の仕事の説明"))
            .collect::<Vec<_>>()
            .join("\n");
        let pages = lay_out(&text_with(vec![Row {
            key: "sheet-description",
            label: "仕事内容".into(),
            value: Value::Multiline(long),
        }]));
        assert!(pages.len() >= 3, "{} pages", pages.len());
        assert!(texts(&pages[1]).contains(&"仕事内容（続き）"));
        assert!(texts(&pages[2]).contains(&"120行目の仕事の説明"));
        // Nothing is drawn below the body but the foot.
        for page in &pages {
            for mark in page {
                if let Mark::Text { y, size, .. } = mark {
                    assert!(*y <= BOTTOM || *size <= 8.0, "{y}");
                }
            }
            assert!(texts(page)
                .iter()
                .any(|t| t.ends_with(&format!("/ {}", pages.len()))));
        }
    }

    #[test]
    fn a_short_sheet_is_one_page_and_every_line_fits_its_column() {
        let pages = lay_out(&text_with(vec![Row {
            key: "sheet-title",
            label: "職種".into(),
            value: Value::Strong("受発注事務（文具）".into()),
        }]));
        assert_eq!(pages.len(), 1);
        let all = texts(&pages[0]);
        for part in ["求人票", "13010-00000001", "2　仕事内容", "職種", "1 / 1"] {
            assert!(all.contains(&part), "{part} in {all:?}");
        }
        for mark in &pages[0] {
            if let Mark::Text { x, size, text, .. } = mark {
                assert!(
                    x + text_width(text, *size) <= A4_WIDTH - MARGIN + 0.5,
                    "{text}"
                );
            }
        }
    }
}
