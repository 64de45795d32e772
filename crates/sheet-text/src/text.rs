//! The shapes of a 求人票 in words: a [`SheetText`] is a header of [`HeaderItem`]s and numbered
//! [`Section`]s of labelled [`Row`]s, each [`Value`] saying how it is set (plain, bold, lines,
//! a name with its reading…). The screen and the PDF draw these; `job_sheet` fills them.

/// How a value is set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    /// Set in bold (職種, 賃金).
    Strong(String),
    /// Its line breaks kept (仕事内容, 事業内容…).
    Multiline(String),
    /// One item a line (手当, 就業時間); never empty.
    Lines(Vec<String>),
    /// Said in place of what this reader may not see (事業所名非公開).
    Muted(String),
    /// Marked out (オンライン自主応募 受付可).
    Badge(String),
    /// A name with its reading (事業所名 and its フリガナ).
    Named {
        reading: Option<String>,
        name: String,
    },
}

impl Value {
    /// The value as lines of plain text (a reading above its name).
    pub fn lines(&self) -> Vec<String> {
        match self {
            Value::Text(text) | Value::Strong(text) | Value::Muted(text) | Value::Badge(text) => {
                vec![text.clone()]
            }
            Value::Multiline(text) => text.lines().map(str::to_owned).collect(),
            Value::Lines(lines) => lines.clone(),
            Value::Named { reading, name } => {
                reading.iter().cloned().chain([name.clone()]).collect()
            }
        }
    }
}

/// One labelled row of a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The catalogue key of the label (`sheet-title`…): what the row is.
    pub key: &'static str,
    pub label: String,
    pub value: Value,
}

/// One item of the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderItem {
    /// The element id the screen gives the value (`job-number`…), if any.
    pub anchor: Option<&'static str>,
    pub label: String,
    pub value: Value,
    /// Takes a whole line of the header (公開範囲).
    pub wide: bool,
}

/// One numbered section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// `sheet-employer`…: the screen's element id.
    pub id: &'static str,
    pub number: u8,
    pub title: String,
    pub rows: Vec<Row>,
}

/// The whole 求人票 in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetText {
    /// The language it is written in.
    pub lang: shigoto_i18n::Lang,
    /// 「求人票」.
    pub kind: String,
    /// 職種.
    pub title: String,
    pub job_number: String,
    /// Said above the header when the posting no longer takes applications.
    pub closed: Option<String>,
    /// Put after a label whose value goes on from the page before (「（続き）」).
    pub continued: String,
    pub header: Vec<HeaderItem>,
    pub sections: Vec<Section>,
}
