//! 紹介状: the letter Hello Work gives a job seeker it refers to an employer. The facts are
//! fixed when the referral is made ([`ReferralLetter`], stored with the application as JSON) and
//! laid out on one A4 page: the date and 紹介番号, the title, the employer addressed, the office
//! and counselor who refer, a table of the seeker and the posting, and how the employer answers
//! (採否 through the 求人者マイページ). The words come from the `documents` catalogue in the
//! reader's language; what was stored (names, the posting) stays as it was written.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use shigoto_i18n::{Arg, Catalogue, Lang};

use crate::sheet::{a4_pdf, Weight, A4_WIDTH};
use crate::{DocumentError, Fonts};

/// What a 紹介状 says, as it was on the day of the referral.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralLetter {
    /// 紹介日.
    pub issued_on: NaiveDate,
    /// The referring office (安定所名), its address and phone.
    pub office_name: String,
    pub office_address: String,
    pub office_phone: String,
    /// The counselor who referred (担当者).
    pub counselor_name: String,
    /// 求職番号.
    pub seeker_number: String,
    pub seeker_name: String,
    pub seeker_kana: String,
    pub seeker_birth_date: NaiveDate,
    /// 求人番号.
    pub job_number: String,
    /// 事業所名.
    pub employer_name: String,
    /// 職種.
    pub title: String,
    /// 就業場所.
    pub work_place: String,
    /// 紹介期限日.
    pub referral_deadline: NaiveDate,
}

const MARGIN: f32 = 56.0;

/// A day as `texts` writes dates.
fn day(texts: &Catalogue, date: NaiveDate) -> String {
    texts.date(date.year(), date.month(), date.day())
}

/// The 紹介状 numbered `number` (the application's number) as a one-page A4 PDF, in the
/// language of `texts`. A version in another language than Japanese says at its foot that the
/// Japanese one is the original.
pub fn referral_letter_pdf(
    fonts: &Fonts,
    texts: &Catalogue,
    letter: &ReferralLetter,
    number: i64,
) -> Result<Vec<u8>, DocumentError> {
    let t = |key: &str| texts.t(key);
    let with = |key: &str, args: &[(&str, Arg<'_>)]| texts.t_with(key, args);
    let title = with(
        "document-letter-file-title",
        &[
            ("job", letter.job_number.as_str().into()),
            ("name", letter.seeker_name.as_str().into()),
        ],
    );
    a4_pdf(fonts, texts.lang(), &title, |sheet| {
        let right = A4_WIDTH - MARGIN;
        let width = right - MARGIN;
        sheet.right_aligned(
            right,
            70.0,
            10.0,
            Weight::Regular,
            &with(
                "document-letter-issued",
                &[("date", day(texts, letter.issued_on).into())],
            ),
        );
        sheet.right_aligned(
            right,
            86.0,
            10.0,
            Weight::Regular,
            &with(
                "document-letter-number",
                &[("number", format!("{number:08}").into())],
            ),
        );
        sheet.centred(
            A4_WIDTH / 2.0,
            130.0,
            26.0,
            Weight::Bold,
            &t("document-letter-heading"),
        );
        sheet.text(
            MARGIN,
            180.0,
            14.0,
            Weight::Bold,
            &with(
                "document-letter-addressee",
                &[("employer", letter.employer_name.as_str().into())],
            ),
        );
        sheet.rule(MARGIN, 186.0, MARGIN + 300.0, 186.0, 0.8);

        let office_x = 330.0;
        sheet.text(office_x, 222.0, 11.0, Weight::Bold, &letter.office_name);
        let mut y = sheet.wrapped(
            office_x,
            238.0,
            right - office_x,
            9.0,
            13.0,
            &letter.office_address,
        );
        sheet.text(
            office_x,
            y,
            9.0,
            Weight::Regular,
            &with(
                "document-letter-phone",
                &[("phone", letter.office_phone.as_str().into())],
            ),
        );
        y += 13.0;
        sheet.text(
            office_x,
            y,
            9.0,
            Weight::Regular,
            &with(
                "document-letter-counselor",
                &[("name", letter.counselor_name.as_str().into())],
            ),
        );

        sheet.wrapped(
            MARGIN,
            300.0,
            width,
            11.0,
            17.0,
            &t("document-letter-request"),
        );

        let rows = [
            ("document-letter-name", letter.seeker_name.clone()),
            ("document-letter-kana", letter.seeker_kana.clone()),
            (
                "document-letter-birth-date",
                day(texts, letter.seeker_birth_date),
            ),
            (
                "document-letter-seeker-number",
                letter.seeker_number.clone(),
            ),
            ("document-letter-job-number", letter.job_number.clone()),
            ("document-letter-title", letter.title.clone()),
            ("document-letter-work-place", letter.work_place.clone()),
            (
                "document-letter-deadline",
                day(texts, letter.referral_deadline),
            ),
        ];
        let top = 350.0;
        let row_height = 30.0;
        let label_width = 110.0;
        sheet.frame(MARGIN, top, width, row_height * rows.len() as f32, 1.0);
        sheet.rule(
            MARGIN + label_width,
            top,
            MARGIN + label_width,
            top + row_height * rows.len() as f32,
            0.6,
        );
        for (i, (label, value)) in rows.iter().enumerate() {
            let row_top = top + row_height * i as f32;
            if i > 0 {
                sheet.rule(MARGIN, row_top, right, row_top, 0.6);
            }
            sheet.text(MARGIN + 10.0, row_top + 19.0, 10.5, Weight::Bold, &t(label));
            let lines = crate::sheet::wrap(value, 10.5, width - label_width - 20.0);
            let first = lines.first().cloned().unwrap_or_default();
            let shown = if lines.len() > 1 {
                format!("{first}…")
            } else {
                first
            };
            sheet.text(
                MARGIN + label_width + 10.0,
                row_top + 19.0,
                10.5,
                Weight::Regular,
                &shown,
            );
        }

        let note_top = top + row_height * rows.len() as f32 + 30.0;
        sheet.frame(MARGIN, note_top, width, 96.0, 0.8);
        sheet.text(
            MARGIN + 12.0,
            note_top + 22.0,
            11.0,
            Weight::Bold,
            &t("document-letter-answer-heading"),
        );
        sheet.wrapped(
            MARGIN + 12.0,
            note_top + 42.0,
            width - 24.0,
            9.5,
            15.0,
            &t("document-letter-answer"),
        );
        let y = sheet.wrapped(
            MARGIN,
            note_top + 130.0,
            width,
            8.5,
            13.0,
            &t("document-letter-privacy"),
        );
        if texts.lang() != Lang::Ja {
            sheet.wrapped(
                MARGIN,
                y + 6.0,
                width,
                8.5,
                13.0,
                &t("document-letter-translation"),
            );
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_i18n::catalogue;

    /// A letter as the e2e test's referral makes it.
    fn sample() -> ReferralLetter {
        ReferralLetter {
            issued_on: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            office_name: "飯田橋公共職業安定所".into(),
            office_address: "東京都文京区後楽1-9-20 飯田橋合同庁舎内1階・2階".into(),
            office_phone: "03-3812-8609".into(),
            counselor_name: "木村 一郎".into(),
            seeker_number: "13010-00000001".into(),
            seeker_name: "湊 葵".into(),
            seeker_kana: "ミナト アオイ".into(),
            seeker_birth_date: NaiveDate::from_ymd_opt(1992, 4, 1).unwrap(),
            job_number: "13010-00000001".into(),
            employer_name: "株式会社しごと商事".into(),
            title: "受発注事務（文具）".into(),
            work_place: "東京都千代田区".into(),
            referral_deadline: NaiveDate::from_ymd_opt(2027, 1, 31).unwrap(),
        }
    }

    #[test]
    fn the_letter_is_a_small_one_page_pdf_with_the_fonts_subset() {
        let Ok(fonts) = Fonts::system() else {
            panic!("fonts-noto-cjk is needed (cargo xtask setup installs it)");
        };
        let pdf = referral_letter_pdf(&fonts, catalogue(Lang::Ja), &sample(), 12).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        // The 20 MB collection is subset to the glyphs used.
        assert!(pdf.len() < 200_000, "{} bytes", pdf.len());
        if let Some(dir) = std::env::var_os("SHIGOTO_DOCUMENT_DIR") {
            std::fs::write(std::path::Path::new(&dir).join("referral-letter.pdf"), &pdf).unwrap();
        }
    }
}
