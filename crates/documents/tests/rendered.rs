//! Every printable document made, then rendered to images by poppler (`pdftoppm`, installed by
//! `cargo xtask setup --test`) the way a viewer or printer would: each page is A4 with ink on it
//! and not a blank or a black page, the Japanese font is embedded as a subset (`pdffonts`), and
//! the PNGs are left in `target/tmp/documents/` for a person to look at.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use shigoto_documents::{
    activity_report_pdf, job_sheet_pdf, referral_letter_pdf, Fonts, ReferralLetter, ReportHeading,
};
use shigoto_i18n::{catalogue, Lang};
use shigoto_shared::{ActivityKind, ActivityRecord, ApplicationStatus, JobSheet};

fn fonts() -> Fonts {
    Fonts::system().expect("fonts-noto-cjk is needed (cargo xtask setup installs it)")
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("documents");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A demo posting with a long 仕事内容, as a seeker would print it.
fn sheet() -> JobSheet {
    let config = shigoto_demo::DemoConfig {
        seed: 20_261_204,
        count: 10,
        today: day(2026, 12, 4),
    };
    let mut sheet = shigoto_demo::job(&config, 1).sheet;
    sheet.work.description = format!(
        "{}\n\n【入社後の流れ】\n{}",
        sheet.work.description,
        "入社後1か月は先輩社員と一緒に受発注の流れを覚えていただきます。".repeat(6)
    );
    sheet
}

/// The pages of `pdf` as 8-bit grey images (PGM); PNGs of them are kept for looking.
fn render(name: &str, pdf: &[u8]) -> Vec<(usize, usize, Vec<u8>)> {
    let dir = out_dir();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_str().unwrap().to_owned();
        if stem
            .strip_prefix(name)
            .is_some_and(|rest| rest.starts_with('-'))
        {
            std::fs::remove_file(path).unwrap();
        }
    }
    let file = dir.join(format!("{name}.pdf"));
    std::fs::write(&file, pdf).unwrap();
    let run = |args: &[&str]| {
        let status = Command::new("pdftoppm")
            .args(args)
            .status()
            .expect("pdftoppm (poppler-utils) is needed: cargo xtask setup --test installs it");
        assert!(status.success(), "pdftoppm {args:?}");
    };
    let file_text = file.to_str().unwrap();
    let png_prefix = dir.join(name);
    run(&["-r", "80", "-png", file_text, png_prefix.to_str().unwrap()]);
    let grey_prefix = dir.join(format!("{name}-grey"));
    run(&[
        "-r",
        "30",
        "-gray",
        file_text,
        grey_prefix.to_str().unwrap(),
    ]);
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            let stem = path.file_name().unwrap().to_str().unwrap();
            stem.starts_with(&format!("{name}-grey-")) && stem.ends_with(".pgm")
        })
        .collect();
    pages.sort();
    pages
        .iter()
        .map(|path| pgm(&std::fs::read(path).unwrap()))
        .collect()
}

/// Width, height and pixels of a binary PGM.
fn pgm(bytes: &[u8]) -> (usize, usize, Vec<u8>) {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(std::str::from_utf8(&bytes[start..at]).unwrap().to_owned());
    }
    assert_eq!(fields[0], "P5");
    let (w, h) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, bytes[at + 1..].to_vec())
}

/// At least `at_least` pages, each A4 portrait with some ink and mostly paper.
fn assert_printed(name: &str, pages: &[(usize, usize, Vec<u8>)], at_least: usize) {
    assert!(pages.len() >= at_least, "{name}: {} pages", pages.len());
    for (number, (w, h, pixels)) in pages.iter().enumerate() {
        let ratio = *h as f32 / *w as f32;
        assert!((ratio - 1.414).abs() < 0.02, "{name} p{number}: {w}x{h}");
        let ink = pixels.iter().filter(|&&p| p < 128).count() as f32 / pixels.len() as f32;
        assert!(ink > 0.004 && ink < 0.35, "{name} p{number}: ink {ink}");
    }
}

/// The fonts of a PDF are Noto subsets embedded in it (`pdffonts`: emb and sub are "yes").
fn assert_fonts_subset(name: &str) {
    let file = out_dir().join(format!("{name}.pdf"));
    let output = Command::new("pdffonts").arg(&file).output().unwrap();
    let listing = String::from_utf8_lossy(&output.stdout).to_string();
    let fonts: Vec<&str> = listing.lines().skip(2).collect();
    assert!(!fonts.is_empty(), "{name}: {listing}");
    for line in fonts {
        let yes = line.split_whitespace().filter(|c| *c == "yes").count();
        assert!(yes >= 2, "{name}: not an embedded subset: {line}");
        assert!(line.contains("Noto"), "{name}: {line}");
    }
}

#[test]
fn the_job_sheet_prints_on_a4_pages_in_either_language() {
    let fonts = fonts();
    let sheet = sheet();
    let ja = job_sheet_pdf(
        &fonts,
        &shigoto_sheet_text::job_sheet_text(catalogue(Lang::Ja), &sheet),
    )
    .unwrap();
    assert!(ja.len() < 400_000, "{} bytes", ja.len());
    assert_printed("job-sheet-ja", &render("job-sheet-ja", &ja), 2);
    assert_fonts_subset("job-sheet-ja");

    let mut hidden = sheet.clone();
    hidden.employer_hidden = true;
    hidden.employer.name = None;
    let en = job_sheet_pdf(
        &fonts,
        &shigoto_sheet_text::job_sheet_text(catalogue(Lang::En), &hidden),
    )
    .unwrap();
    assert_printed("job-sheet-en", &render("job-sheet-en", &en), 2);
}

#[test]
fn the_referral_letter_prints_on_one_page_in_either_language() {
    let letter = ReferralLetter {
        issued_on: day(2026, 12, 4),
        office_name: "ハローワーク千代田".into(),
        office_address: "東京都千代田区九段南1-2-1 九段第3合同庁舎".into(),
        office_phone: "03-3512-0000".into(),
        counselor_name: "木村 一郎".into(),
        seeker_number: "13010-00000001".into(),
        seeker_name: "湊 葵".into(),
        seeker_kana: "ミナト アオイ".into(),
        seeker_birth_date: day(1992, 4, 1),
        job_number: "13010-00000001".into(),
        employer_name: "株式会社しごと商事".into(),
        title: "受発注事務（文具）".into(),
        work_place: "東京都千代田区".into(),
        referral_deadline: day(2027, 1, 31),
    };
    for lang in [Lang::Ja, Lang::En] {
        let name = format!("referral-letter-{}", lang.tag());
        let pdf = referral_letter_pdf(&fonts(), catalogue(lang), &letter, 12).unwrap();
        let pages = render(&name, &pdf);
        assert_eq!(pages.len(), 1, "{name}");
        assert_printed(&name, &pages, 1);
        assert_fonts_subset(&name);
    }
}

#[test]
fn the_activity_report_prints_its_lines_over_pages_in_either_language() {
    let heading = ReportHeading {
        seeker_name: "湊 葵".into(),
        seeker_number: "13010-00000001".into(),
        from: day(2027, 1, 1),
        to: day(2027, 1, 31),
        made_on: day(2027, 2, 1),
    };
    let records: Vec<ActivityRecord> = (1..=30)
        .map(|d| ActivityRecord {
            date: day(2027, 1, d),
            kind: ActivityKind::Referral,
            employer_name: "株式会社しごと商事".into(),
            job_number: "13010-00000001".into(),
            title: "受発注事務（文具）".into(),
            status: Some(ApplicationStatus::Rejected),
        })
        .collect();
    for lang in [Lang::Ja, Lang::En] {
        let name = format!("activity-report-{}", lang.tag());
        let pdf = activity_report_pdf(&fonts(), catalogue(lang), &heading, &records).unwrap();
        assert_printed(&name, &render(&name, &pdf), 2);
        assert_fonts_subset(&name);
    }
}
