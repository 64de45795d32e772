//! The tantivy fields of an indexed posting and how a 求人票 fills them.

use chrono::{NaiveDate, NaiveDateTime, Timelike};
use shigoto_domain::near_duplicates::Fingerprint;
use shigoto_shared::{JobSheet, JobSummary, PublicationRange};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST, STORED,
};
use tantivy::TantivyDocument;

use crate::tokenizer;

/// Bump when the fields, or what they hold, change: an index built with another version is
/// rebuilt (8: near-duplicate groups no longer span 公開範囲).
pub const SCHEMA_VERSION: u32 = 8;

/// The version an index is built to: [`SCHEMA_VERSION`] and a fingerprint of the search steps
/// packed into each posting's facet key, so that changing either rebuilds the index.
pub fn layout_version() -> String {
    use shigoto_domain::search_steps::{ANNUAL_HOLIDAYS, HOURLY_WAGES, MONTHLY_WAGES};
    // FNV-1a over the steps: stable across builds and platforms, unlike the std hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let steps = MONTHLY_WAGES
        .iter()
        .chain(&HOURLY_WAGES)
        .copied()
        .chain(ANNUAL_HOLIDAYS.iter().map(|days| u32::from(*days)));
    for step in steps {
        for byte in step.to_le_bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("v{SCHEMA_VERSION}.{:08x}", hash & 0xffff_ffff)
}

/// Handles of every field.
#[derive(Clone, Debug)]
pub struct Fields {
    pub job_number: Field,
    pub title: Field,
    pub body: Field,
    pub prefecture: Field,
    pub municipality: Field,
    /// The 5-digit 市区町村 code as a number, for counting (no dictionary to read back).
    pub municipality_code: Field,
    pub occupation: Field,
    pub category: Field,
    pub work_style: Field,
    pub employment_type: Field,
    pub feature: Field,
    pub wage_kind: Field,
    pub wage_max: Field,
    pub age_min: Field,
    pub age_max: Field,
    pub start_minute: Field,
    pub end_minute: Field,
    pub annual_holidays: Field,
    pub received: Field,
    /// When the posting was first published here, in Unix seconds.
    pub published: Field,
    pub deadline: Field,
    pub summary: Field,
    pub publication: Field,
    /// The closed-list conditions packed for counting facets ([`crate::facet_key`]).
    pub facet_key: Field,
    /// The upper wage as a monthly amount, for ordering by pay.
    pub monthly_wage: Field,
    /// 事業所番号 of the employer, so a job seeker's hidden employers can be left out (never
    /// searchable by the public: no query of the form reaches it).
    pub employer: Field,
    /// The group of near-duplicates the posting belongs to ([`crate::duplicates`]).
    pub dup_group: Field,
    /// The posting's near-duplicate fingerprint (`domain::near_duplicates`), 72 bytes.
    pub fingerprint: Field,
}

/// The fast field of a posting's 市区町村 as its 5-digit code (the prefecture's two first).
pub const MUNICIPALITY_CODE: &str = "municipality_code";
/// The fast field of a posting's 受付年月日 as a day number.
pub const RECEIVED: &str = "received";
/// The fast field of a posting's 紹介期限日 as a day number.
pub const DEADLINE: &str = "deadline";
/// The fast field of a posting's packed closed-list conditions (`crate::facet_key`).
pub const FACET_KEY: &str = "facet_key";
/// The fast field of a posting's upper wage as a monthly equivalent.
pub const MONTHLY_WAGE: &str = "monthly_wage";
/// The fast field of a posting's near-duplicate group number.
pub const DUP_GROUP: &str = "dup_group";
/// Term in `feature` for 週休二日制（毎週）.
pub const TWO_DAYS_WEEKLY: &str = "two_days_off_weekly";
/// Stored for postings without an upper age limit.
pub const NO_AGE_MAX: u64 = 255;

/// The schema and its field handles.
///
/// Only the title keeps the positions of its bigrams (a word must appear there as written);
/// the body keeps their frequencies, and a word of several bigrams matches a body that has
/// them all (`query::word_query`): positions would take about 240 bytes a posting. Only the
/// two texts keep field norms (the length of each, for relevance); the condition fields are
/// matched, never scored.
pub fn build() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text = |record| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer::NAME)
                .set_index_option(record),
        )
    };
    let term = || {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("raw")
                .set_index_option(IndexRecordOption::Basic)
                .set_fieldnorms(false),
        )
    };
    let number = || NumericOptions::default().set_indexed();
    let fields = Fields {
        job_number: builder.add_text_field("job_number", term() | STORED),
        title: builder.add_text_field("title", text(IndexRecordOption::WithFreqsAndPositions)),
        body: builder.add_text_field("body", text(IndexRecordOption::WithFreqs)),
        prefecture: builder.add_text_field("prefecture", term()),
        municipality: builder.add_text_field("municipality", term()),
        municipality_code: builder.add_u64_field(MUNICIPALITY_CODE, FAST),
        occupation: builder.add_text_field("occupation", term()),
        category: builder.add_text_field("category", term()),
        work_style: builder.add_text_field("work_style", term()),
        employment_type: builder.add_text_field("employment_type", term()),
        feature: builder.add_text_field("feature", term()),
        wage_kind: builder.add_text_field("wage_kind", term()),
        wage_max: builder.add_u64_field("wage_max", number() | FAST),
        age_min: builder.add_u64_field("age_min", number() | FAST),
        age_max: builder.add_u64_field("age_max", number() | FAST),
        start_minute: builder.add_u64_field("start_minute", number() | FAST),
        end_minute: builder.add_u64_field("end_minute", number() | FAST),
        annual_holidays: builder.add_u64_field("annual_holidays", number() | FAST),
        received: builder.add_i64_field(RECEIVED, number() | FAST),
        published: builder.add_i64_field("published", number()),
        deadline: builder.add_i64_field(DEADLINE, number() | FAST),
        summary: builder.add_text_field("summary", STORED),
        publication: builder.add_text_field("publication", term() | STORED),
        facet_key: builder.add_u64_field(FACET_KEY, FAST),
        monthly_wage: builder.add_u64_field(MONTHLY_WAGE, FAST),
        employer: builder.add_text_field("employer", term()),
        dup_group: builder.add_u64_field(DUP_GROUP, number() | FAST),
        fingerprint: builder.add_bytes_field("fingerprint", STORED),
    };
    (builder.build(), fields)
}

/// A 5-digit 市区町村 code (prefecture and municipality, no check digit) as a number.
pub fn municipality_number(code: &str) -> Option<u64> {
    (code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit()))
        .then(|| code.parse().ok())
        .flatten()
}

/// Dates as day numbers for range queries and sorting.
pub fn day_number(date: NaiveDate) -> i64 {
    i64::from(chrono::Datelike::num_days_from_ce(&date))
}

fn minutes(hhmm: &str) -> Option<u64> {
    let time = chrono::NaiveTime::parse_from_str(hhmm, "%H:%M").ok()?;
    Some(u64::from(time.hour() * 60 + time.minute()))
}

/// The searchable text beyond the title: what the job is, where, and (only when the employer is
/// public to everyone) who offers it, so a hidden employer cannot be found by name. Public so
/// the benchmark's SQL baselines search the very same text.
pub fn body_text(sheet: &JobSheet) -> String {
    let work = &sheet.work;
    let mut parts: Vec<&str> = vec![&work.description, &work.place.locality];
    let occupation_names: Vec<&str> = shigoto_refdata::occupation_path(&work.occupation_code)
        .iter()
        .map(|o| o.name)
        .collect();
    parts.extend(occupation_names);
    parts.extend(work.licenses.iter().map(String::as_str));
    if let Some(station) = &work.place.nearest_station {
        parts.push(station);
    }
    if let Some(education) = &work.education {
        parts.push(education);
    }
    if let Some(experience) = &work.experience {
        parts.push(experience);
    }
    parts.push(&sheet.employer.business);
    parts.push(&sheet.employer.features);
    parts.push(&sheet.notes.special);
    if sheet.publication == PublicationRange::Full {
        if let Some(name) = &sheet.employer.name {
            parts.push(name);
        }
    }
    parts.join("\n")
}

/// Instants as Unix seconds for range queries.
pub fn instant_number(at: NaiveDateTime) -> i64 {
    at.and_utc().timestamp()
}

/// The document for a posting first published here at `published_at` (UTC), with its summary
/// (unredacted) stored as JSON, in the near-duplicate group `group` with its fingerprint.
pub fn document(
    fields: &Fields,
    sheet: &JobSheet,
    published_at: NaiveDateTime,
    (group, print): (u64, &Fingerprint),
) -> Result<TantivyDocument, serde_json::Error> {
    let mut doc = TantivyDocument::default();
    doc.add_u64(fields.dup_group, group);
    doc.add_bytes(fields.fingerprint, &crate::duplicates::to_bytes(print));
    let work = &sheet.work;
    doc.add_text(fields.job_number, &sheet.job_number);
    if let Some(office_number) = &sheet.employer.office_number {
        doc.add_text(fields.employer, office_number);
    }
    doc.add_text(fields.title, &work.title);
    // The body holds the title too, so a keyword is one set of terms to match
    // (`query::word_query`); the title field adds to relevance.
    doc.add_text(fields.body, &work.title);
    doc.add_text(fields.body, body_text(sheet));
    doc.add_text(fields.prefecture, &work.place.prefecture_code);
    doc.add_text(fields.municipality, &work.place.municipality_code);
    if let Some(code) = municipality_number(&work.place.municipality_code) {
        doc.add_u64(fields.municipality_code, code);
    }
    for node in shigoto_refdata::occupation_path(&work.occupation_code) {
        doc.add_text(fields.occupation, node.code);
    }
    if shigoto_refdata::occupation(&work.occupation_code).is_none() {
        doc.add_text(fields.occupation, &work.occupation_code);
    }
    doc.add_text(fields.category, sheet.category.as_str());
    doc.add_text(fields.work_style, sheet.work_style.as_str());
    doc.add_text(fields.employment_type, work.employment_type.as_str());
    let features: Vec<_> = shigoto_domain::features::of(sheet).into_iter().collect();
    for feature in &features {
        doc.add_text(fields.feature, feature.as_str());
    }
    doc.add_u64(fields.facet_key, crate::facet_key::encode(sheet, &features));
    if sheet.hours.two_days_off == shigoto_shared::TwoDaysOff::EveryWeek {
        doc.add_text(fields.feature, TWO_DAYS_WEEKLY);
    }
    doc.add_text(fields.wage_kind, sheet.wage.kind.as_str());
    doc.add_u64(fields.wage_max, u64::from(sheet.wage.base_max));
    doc.add_u64(
        fields.monthly_wage,
        shigoto_domain::monthly_wage::monthly_equivalent(sheet.wage.kind, sheet.wage.base_max),
    );
    doc.add_u64(fields.age_min, work.age.min.map_or(0, u64::from));
    doc.add_u64(fields.age_max, work.age.max.map_or(NO_AGE_MAX, u64::from));
    // Night shifts end the next day: their end counts past midnight (e.g. 09:30 → 33:30),
    // so "ends by 18:00" never matches them.
    let shifts: Vec<(u64, u64)> = sheet
        .hours
        .shifts
        .iter()
        .filter_map(|s| {
            let (start, end) = (minutes(&s.start)?, minutes(&s.end)?);
            Some((start, if end <= start { end + 24 * 60 } else { end }))
        })
        .collect();
    doc.add_u64(
        fields.start_minute,
        shifts.iter().map(|s| s.0).min().unwrap_or(0),
    );
    doc.add_u64(
        fields.end_minute,
        shifts.iter().map(|s| s.1).max().unwrap_or(48 * 60),
    );
    doc.add_u64(
        fields.annual_holidays,
        u64::from(sheet.hours.annual_holidays),
    );
    doc.add_i64(fields.received, day_number(sheet.received_on));
    doc.add_i64(fields.published, instant_number(published_at));
    doc.add_i64(fields.deadline, day_number(sheet.referral_deadline));
    let summary = JobSummary {
        published_at: Some(published_at),
        ..shigoto_domain::visibility::summary(sheet)
    };
    doc.add_text(fields.summary, serde_json::to_string(&summary)?);
    doc.add_text(fields.publication, sheet.publication.as_str());
    Ok(doc)
}
