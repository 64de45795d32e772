//! A [`JobSheet`] as the reader's language writes it: the header (求人番号, dates, 受理安定所,
//! 求人区分, 公開範囲, オンライン自主応募) and the eight sections of the printed sheet (求人事業所,
//! 仕事内容, 賃金・手当, 労働時間, その他の労働条件等, 会社の情報, 選考等, 特記事項・備考), each a
//! list of labelled rows. What the publication range hid reads 「非公開」.

use shigoto_i18n::Catalogue;
use shigoto_refdata::occupation_path;
use shigoto_shared::{JobSheet, JobStatus, RemoteWork};

use crate::text::{HeaderItem, Row, Section, SheetText, Value};
use crate::values::{
    age_limit, capital_man_yen, contract_period, date, hidden_or, insurances, join_or, opt_or,
    or_blank, shift, yen, yen_range, yes_no,
};

/// Builds the rows of one section: `row(key, value)` labels a value with its key's text.
struct Rows<'t> {
    t: &'t Catalogue,
    rows: Vec<Row>,
}

impl<'t> Rows<'t> {
    fn new(t: &'t Catalogue) -> Self {
        Self {
            t,
            rows: Vec::new(),
        }
    }

    fn row(mut self, key: &'static str, value: Value) -> Self {
        self.rows.push(Row {
            key,
            label: self.t.t(key),
            value,
        });
        self
    }

    fn text(self, key: &'static str, value: String) -> Self {
        self.row(key, Value::Text(value))
    }

    fn multiline(self, key: &'static str, text: &str, fallback: String) -> Self {
        let value = if text.trim().is_empty() {
            Value::Text(fallback)
        } else {
            Value::Multiline(text.to_owned())
        };
        self.row(key, value)
    }

    fn section(self, id: &'static str, number: u8, title_key: &'static str) -> Section {
        Section {
            id,
            number,
            title: self.t.t(title_key),
            rows: self.rows,
        }
    }
}

/// `lines`, or `fallback` when there are none.
fn lines_or(lines: Vec<String>, fallback: String) -> Value {
    if lines.is_empty() {
        Value::Text(fallback)
    } else {
        Value::Lines(lines)
    }
}

fn header(t: &Catalogue, sheet: &JobSheet) -> Vec<HeaderItem> {
    let item = |anchor, key: &str, value: Value| HeaderItem {
        anchor,
        label: t.t(key),
        value,
        wide: false,
    };
    let online = if sheet.online_application {
        Value::Badge(t.t("sheet-online-yes"))
    } else {
        Value::Text(t.t("sheet-online-no"))
    };
    vec![
        item(
            Some("job-number"),
            "sheet-job-number",
            Value::Strong(sheet.job_number.clone()),
        ),
        item(
            Some("received-on"),
            "sheet-received-on",
            Value::Text(date(t, sheet.received_on)),
        ),
        item(
            Some("referral-deadline"),
            "sheet-referral-deadline",
            Value::Text(date(t, sheet.referral_deadline)),
        ),
        item(
            None,
            "sheet-receiving-office",
            Value::Text(sheet.receiving_office.clone()),
        ),
        item(
            None,
            "sheet-category",
            Value::Text(t.t_with(
                "sheet-category-value",
                &[
                    ("category", sheet.category.label_in(t).into()),
                    ("style", sheet.work_style.label_in(t).into()),
                ],
            )),
        ),
        HeaderItem {
            wide: true,
            ..item(
                None,
                "sheet-publication",
                Value::Text(sheet.publication.label_in(t)),
            )
        },
        item(Some("online-application"), "sheet-online", online),
    ]
}

fn employer(t: &Catalogue, sheet: &JobSheet) -> Section {
    let hidden = sheet.employer_hidden;
    let employer = &sheet.employer;
    let not_given = || t.t("sheet-not-given");
    let name = match employer.name.as_deref() {
        Some(name) if !name.trim().is_empty() => Value::Named {
            reading: employer
                .name_kana
                .as_deref()
                .filter(|kana| !kana.trim().is_empty())
                .map(str::to_owned),
            name: name.to_owned(),
        },
        _ => Value::Muted(t.t("sheet-employer-hidden")),
    };
    let address = match (employer.postal_code.as_deref(), employer.address.as_deref()) {
        (_, None) if hidden => t.t("sheet-hidden"),
        (Some(postal), Some(address)) => t.t_with(
            "sheet-address-value",
            &[("postal", postal.into()), ("address", address.into())],
        ),
        (None, Some(address)) => address.to_owned(),
        (_, None) => not_given(),
    };
    Rows::new(t)
        .text(
            "sheet-office-number",
            hidden_or(t, employer.office_number.as_deref(), hidden, not_given()),
        )
        .row("sheet-employer-name", name)
        .text("sheet-address", address)
        .text(
            "sheet-phone",
            hidden_or(t, employer.phone.as_deref(), hidden, not_given()),
        )
        .text(
            "sheet-homepage",
            hidden_or(t, employer.homepage.as_deref(), hidden, t.t("sheet-none")),
        )
        .section("sheet-employer", 1, "sheet-section-employer")
}

fn work(t: &Catalogue, sheet: &JobSheet) -> Section {
    let work = &sheet.work;
    let place = &work.place;
    let none = || t.t("sheet-none");
    let any = || t.t("sheet-any");
    let occupation = {
        let path = occupation_path(&work.occupation_code);
        if path.is_empty() {
            work.occupation_code.clone()
        } else {
            let names: Vec<&str> = path.iter().map(|o| o.name).collect();
            t.t_with(
                "sheet-occupation-value",
                &[
                    ("path", names.join(" › ").into()),
                    ("code", work.occupation_code.as_str().into()),
                ],
            )
        }
    };
    let mut work_place = place.locality.clone();
    match place.address_line.as_deref() {
        Some(line) if !line.trim().is_empty() => work_place.push_str(line),
        _ if sheet.employer_hidden => work_place.push_str(&t.t("sheet-place-hidden")),
        _ => {}
    }
    let station = match (place.nearest_station.as_deref(), place.station_minutes) {
        (Some(station), Some(minutes)) => t.t_with(
            "sheet-station-walk",
            &[("station", station.into()), ("minutes", minutes.into())],
        ),
        (Some(station), None) => station.to_owned(),
        (None, _) => t.t("sheet-not-given"),
    };
    let age = match work.age.reason.as_deref().filter(|r| !r.trim().is_empty()) {
        Some(reason) => t.t_with(
            "sheet-age-reason",
            &[
                ("limit", age_limit(t, &work.age).into()),
                ("reason", reason.into()),
            ],
        ),
        None => age_limit(t, &work.age),
    };
    let remote = if work.remote_work == RemoteWork::None {
        none()
    } else {
        work.remote_work.label_in(t)
    };
    Rows::new(t)
        .row("sheet-title", Value::Strong(work.title.clone()))
        .row(
            "sheet-description",
            Value::Multiline(work.description.clone()),
        )
        .text("sheet-occupation", occupation)
        .text("sheet-employment", work.employment_type.label_in(t))
        .text(
            "sheet-contract",
            contract_period(t, work.contract_months, work.contract_renewable),
        )
        .text("sheet-place", work_place)
        .text("sheet-station", station)
        .text(
            "sheet-car",
            t.t_with(
                "sheet-car-value",
                &[
                    ("car", yes_no(t, place.car_commute).into()),
                    ("parking", yes_no(t, place.parking).into()),
                ],
            ),
        )
        .text("sheet-transfer", yes_no(t, work.transfer))
        .text("sheet-remote", remote)
        .text("sheet-uij", yes_no(t, work.uij_turn))
        .text("sheet-age", age)
        .text("sheet-education", opt_or(work.education.as_deref(), any()))
        .text(
            "sheet-experience",
            opt_or(work.experience.as_deref(), any()),
        )
        .text("sheet-licenses", join_or(t, &work.licenses, any()))
        .text(
            "sheet-trial",
            work.trial_months.map_or_else(none, |months| {
                t.t_with("sheet-trial-months", &[("months", months.into())])
            }),
        )
        .section("sheet-work", 2, "sheet-section-work")
}

fn wage(t: &Catalogue, sheet: &JobSheet) -> Section {
    let wage = &sheet.wage;
    let none = || t.t("sheet-none");
    let not_given = || t.t("sheet-not-given");
    let allowances = wage
        .allowances
        .iter()
        .map(|allowance| {
            t.t_with(
                "sheet-allowance",
                &[
                    ("name", allowance.name.as_str().into()),
                    ("amount", yen(t, allowance.amount).into()),
                ],
            )
        })
        .collect();
    Rows::new(t)
        .row("sheet-wage-kind", Value::Strong(wage.kind.label_in(t)))
        .row(
            "sheet-base",
            Value::Strong(yen_range(t, wage.base_min, wage.base_max)),
        )
        .row("sheet-allowances", lines_or(allowances, none()))
        .text(
            "sheet-fixed-overtime",
            wage.fixed_overtime
                .map_or_else(none, |amount| yen(t, amount)),
        )
        .text("sheet-commute", or_blank(&wage.commute_allowance, none()))
        .text(
            "sheet-closing-day",
            or_blank(&wage.closing_day, not_given()),
        )
        .text("sheet-pay-day", or_blank(&wage.pay_day, not_given()))
        .text("sheet-raise", or_blank(&wage.raise, none()))
        .text("sheet-bonus", or_blank(&wage.bonus, none()))
        .section("sheet-wage", 3, "sheet-section-wage")
}

fn hours(t: &Catalogue, sheet: &JobSheet) -> Section {
    let hours = &sheet.hours;
    let not_given = || t.t("sheet-not-given");
    let shifts = hours
        .shifts
        .iter()
        .enumerate()
        .map(|(i, s)| shift(t, i + 1, s))
        .collect();
    let overtime = if hours.overtime_hours == 0 {
        t.t("sheet-none")
    } else {
        t.t_with(
            "sheet-overtime-hours",
            &[("hours", hours.overtime_hours.into())],
        )
    };
    Rows::new(t)
        .row("sheet-shifts", lines_or(shifts, not_given()))
        .text("sheet-rotating", yes_no(t, hours.rotating))
        .text("sheet-overtime", overtime)
        .text(
            "sheet-break",
            t.t_with(
                "sheet-break-minutes",
                &[("minutes", hours.break_minutes.into())],
            ),
        )
        .text(
            "sheet-days-per-week",
            hours.days_per_week.map_or_else(not_given, |days| {
                t.t_with("sheet-days-per-week-value", &[("days", days.into())])
            }),
        )
        .text("sheet-days-off", or_blank(&hours.days_off, not_given()))
        .text("sheet-two-days-off", hours.two_days_off.label_in(t))
        .text("sheet-weekends-off", yes_no(t, hours.weekends_off))
        .text(
            "sheet-annual-holidays",
            t.t_with(
                "sheet-annual-holidays-value",
                &[("days", hours.annual_holidays.into())],
            ),
        )
        .section("sheet-hours", 4, "sheet-section-hours")
}

fn conditions(t: &Catalogue, sheet: &JobSheet) -> Section {
    let conditions = &sheet.conditions;
    Rows::new(t)
        .text("sheet-insurance", insurances(t, conditions))
        .text(
            "sheet-retirement-allowance",
            yes_no(t, conditions.retirement_allowance),
        )
        .text(
            "sheet-retirement-age",
            conditions.retirement_age.map_or_else(
                || t.t("sheet-none"),
                |age| t.t_with("sheet-retirement-age-value", &[("age", age.into())]),
            ),
        )
        .text("sheet-rehiring", yes_no(t, conditions.rehiring))
        .text("sheet-housing", yes_no(t, conditions.housing))
        .text("sheet-childcare", yes_no(t, conditions.childcare))
        .section("sheet-conditions", 5, "sheet-section-conditions")
}

fn company(t: &Catalogue, sheet: &JobSheet) -> Section {
    let employer = &sheet.employer;
    let hidden = sheet.employer_hidden;
    let not_given = || t.t("sheet-not-given");
    Rows::new(t)
        .text(
            "sheet-employees",
            t.t_with(
                "sheet-employees-value",
                &[
                    ("total", employer.employees_total.into()),
                    ("site", employer.employees_site.into()),
                ],
            ),
        )
        .text(
            "sheet-founded",
            employer.founded_year.map_or_else(not_given, |year| {
                t.t_with("sheet-founded-value", &[("year", year.to_string().into())])
            }),
        )
        .text(
            "sheet-capital",
            employer
                .capital_man_yen
                .map_or_else(not_given, |man| capital_man_yen(t, man)),
        )
        .multiline("sheet-business", &employer.business, not_given())
        .multiline("sheet-features", &employer.features, not_given())
        .text(
            "sheet-representative",
            hidden_or(t, employer.representative.as_deref(), hidden, not_given()),
        )
        .text(
            "sheet-corporate-number",
            hidden_or(t, employer.corporate_number.as_deref(), hidden, not_given()),
        )
        .section("sheet-company", 6, "sheet-section-company")
}

fn selection(t: &Catalogue, sheet: &JobSheet) -> Section {
    let selection = &sheet.selection;
    let hidden = sheet.employer_hidden;
    let not_given = || t.t("sheet-not-given");
    Rows::new(t)
        .text(
            "sheet-openings",
            t.t_with(
                "sheet-openings-value",
                &[("count", selection.openings.into())],
            ),
        )
        .text("sheet-methods", join_or(t, &selection.methods, not_given()))
        .text(
            "sheet-result-notice",
            t.t_with(
                "sheet-result-notice-value",
                &[("days", selection.result_within_days.into())],
            ),
        )
        .multiline("sheet-documents", &selection.documents, not_given())
        .text(
            "sheet-selection-place",
            hidden_or(t, selection.place.as_deref(), hidden, not_given()),
        )
        .text(
            "sheet-contact",
            hidden_or(t, selection.contact.as_deref(), hidden, not_given()),
        )
        .section("sheet-selection", 7, "sheet-section-selection")
}

fn notes(t: &Catalogue, sheet: &JobSheet) -> Section {
    Rows::new(t)
        .multiline("sheet-special", &sheet.notes.special, t.t("sheet-none"))
        .multiline("sheet-remarks", &sheet.notes.remarks, t.t("sheet-none"))
        .section("sheet-notes", 8, "sheet-section-notes")
}

/// The 求人票 in the language of `t`.
pub fn job_sheet_text(t: &Catalogue, sheet: &JobSheet) -> SheetText {
    SheetText {
        lang: t.lang(),
        kind: t.t("sheet-kind"),
        title: sheet.work.title.clone(),
        job_number: sheet.job_number.clone(),
        closed: (sheet.status == JobStatus::Closed).then(|| t.t("sheet-closed")),
        continued: t.t("sheet-continued"),
        header: header(t, sheet),
        sections: vec![
            employer(t, sheet),
            work(t, sheet),
            wage(t, sheet),
            hours(t, sheet),
            conditions(t, sheet),
            company(t, sheet),
            selection(t, sheet),
            notes(t, sheet),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_i18n::{catalogue, Lang};

    fn sample() -> JobSheet {
        let config = shigoto_demo::DemoConfig {
            seed: 7,
            count: 10,
            today: chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
        };
        shigoto_demo::job(&config, 3).sheet
    }

    fn row<'s>(text: &'s SheetText, key: &str) -> &'s Row {
        text.sections
            .iter()
            .flat_map(|section| &section.rows)
            .find(|row| row.key == key)
            .unwrap()
    }

    #[test]
    fn both_languages_lay_out_the_same_rows() {
        let sheet = sample();
        let ja = job_sheet_text(catalogue(Lang::Ja), &sheet);
        let en = job_sheet_text(catalogue(Lang::En), &sheet);
        assert_eq!(ja.sections.len(), 8);
        let keys = |text: &SheetText| -> Vec<(&str, Vec<&str>)> {
            text.sections
                .iter()
                .map(|s| (s.id, s.rows.iter().map(|r| r.key).collect()))
                .collect()
        };
        assert_eq!(keys(&ja), keys(&en));
        assert_eq!(ja.kind, "求人票");
        assert_eq!(ja.sections[0].title, "求人事業所");
        assert_eq!(row(&ja, "sheet-title").label, "職種");
        assert_eq!(
            row(&ja, "sheet-title").value,
            Value::Strong(sheet.work.title.clone())
        );
        assert_eq!(ja.header[0].value, Value::Strong(sheet.job_number.clone()));
        assert_ne!(ja.sections[0].title, en.sections[0].title);
        assert!(ja
            .sections
            .iter()
            .flat_map(|s| &s.rows)
            .all(|r| !r.label.is_empty() && !r.value.lines().is_empty()));
    }

    #[test]
    fn what_the_publication_range_hid_reads_not_published() {
        let mut sheet = sample();
        sheet.employer_hidden = true;
        sheet.employer.name = None;
        sheet.employer.phone = None;
        sheet.employer.address = None;
        let ja = job_sheet_text(catalogue(Lang::Ja), &sheet);
        assert_eq!(
            row(&ja, "sheet-employer-name").value,
            Value::Muted("事業所名非公開".into())
        );
        assert_eq!(row(&ja, "sheet-phone").value, Value::Text("非公開".into()));
        assert_eq!(
            row(&ja, "sheet-address").value,
            Value::Text("非公開".into())
        );
    }

    #[test]
    fn lists_fall_back_to_a_word_and_names_carry_their_reading() {
        let mut sheet = sample();
        sheet.wage.allowances.clear();
        sheet.employer.name = Some("株式会社しごと商事".into());
        sheet.employer.name_kana = Some("カブシキガイシャシゴトショウジ".into());
        let ja = job_sheet_text(catalogue(Lang::Ja), &sheet);
        assert_eq!(
            row(&ja, "sheet-allowances").value,
            Value::Text("なし".into())
        );
        assert_eq!(
            row(&ja, "sheet-employer-name").value.lines(),
            ["カブシキガイシャシゴトショウジ", "株式会社しごと商事"]
        );
        sheet.status = JobStatus::Closed;
        assert!(job_sheet_text(catalogue(Lang::Ja), &sheet).closed.is_some());
    }
}
