//! 紹介状: the letter Hello Work gives a job seeker it refers to an employer. The facts are
//! fixed when the referral is made ([`ReferralLetter`], stored with the application as JSON) and
//! laid out on one A4 page: the date and 紹介番号, the title, the employer addressed, the office
//! and counselor who refer, a table of the seeker and the posting, and how the employer answers
//! (採否 through the 求人者マイページ).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::sheet::{a4_pdf, date_ja, Weight, A4_WIDTH};
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

/// The 紹介状 numbered `number` (the application's number) as a one-page A4 PDF.
pub fn referral_letter_pdf(
    fonts: &Fonts,
    letter: &ReferralLetter,
    number: i64,
) -> Result<Vec<u8>, DocumentError> {
    let title = format!("紹介状 {} {}", letter.job_number, letter.seeker_name);
    a4_pdf(fonts, &title, |sheet| {
        let right = A4_WIDTH - MARGIN;
        let width = right - MARGIN;
        sheet.right_aligned(
            right,
            70.0,
            10.0,
            Weight::Regular,
            &format!("紹介日　{}", date_ja(letter.issued_on)),
        );
        sheet.right_aligned(
            right,
            86.0,
            10.0,
            Weight::Regular,
            &format!("紹介番号　{number:08}"),
        );
        sheet.centred(A4_WIDTH / 2.0, 130.0, 26.0, Weight::Bold, "紹　介　状");
        sheet.text(
            MARGIN,
            180.0,
            14.0,
            Weight::Bold,
            &format!("{}　御中", letter.employer_name),
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
            &format!("電話　{}", letter.office_phone),
        );
        y += 13.0;
        sheet.text(
            office_x,
            y,
            9.0,
            Weight::Regular,
            &format!("担当　{}", letter.counselor_name),
        );

        sheet.wrapped(
            MARGIN,
            300.0,
            width,
            11.0,
            17.0,
            "下記の求職者を紹介いたします。ご多忙のところ恐れ入りますが、面接など選考のお取り計らいをお願いいたします。",
        );

        let rows = [
            ("氏名", letter.seeker_name.clone()),
            ("フリガナ", letter.seeker_kana.clone()),
            ("生年月日", date_ja(letter.seeker_birth_date)),
            ("求職番号", letter.seeker_number.clone()),
            ("求人番号", letter.job_number.clone()),
            ("職種", letter.title.clone()),
            ("就業場所", letter.work_place.clone()),
            ("紹介期限日", date_ja(letter.referral_deadline)),
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
            sheet.text(MARGIN + 10.0, row_top + 19.0, 10.5, Weight::Bold, label);
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
            "選考結果のご回答について",
        );
        sheet.wrapped(
            MARGIN + 12.0,
            note_top + 42.0,
            width - 24.0,
            9.5,
            15.0,
            "選考の結果（採用・不採用・辞退・取消）は、求人者マイページの「応募者一覧」からご登録ください。ご登録いただいた結果は、求職者とハローワークに伝わります。求人者マイページをお使いでない場合は、上記のハローワークまでご連絡ください。",
        );
        sheet.wrapped(
            MARGIN,
            note_top + 130.0,
            width,
            8.5,
            13.0,
            "この紹介状は、公共職業安定所の職業紹介によるものです。紹介された方の個人情報は、選考の目的にのみお使いください。",
        );
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let pdf = referral_letter_pdf(&fonts, &sample(), 12).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        // The 20 MB collection is subset to the glyphs used.
        assert!(pdf.len() < 200_000, "{} bytes", pdf.len());
        if let Some(dir) = std::env::var_os("SHIGOTO_DOCUMENT_DIR") {
            std::fs::write(std::path::Path::new(&dir).join("referral-letter.pdf"), &pdf).unwrap();
        }
    }
}
