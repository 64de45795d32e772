//! Applications over HTTP against the real service and a real SMTP server: who may apply (a
//! 本登録 that is 有効, both warnings confirmed, an open posting that takes online applications),
//! once per posting even under concurrent tries; the employer alone lists and opens the
//! applicants of their posting and records the 採否 once, and the seeker sees it and is told by
//! mail; the seeker withdraws (辞退) one in progress; every other role and user is refused;
//! applying in the registration's last month extends it; an expired seeker is refused until
//! 求職有効. A counselor of the seeker's prefecture refers a 本登録 (紹介), once; the employer and
//! the seeker print the 紹介状 (its text read back from the PDF), nobody else; the counselor
//! sees the results on the seeker's record. The 求職活動実績 of a period comes as CSV and PDF.
//! 応募書類 (PDFs, three of 5 MB at most) go with an application to its employer alone. Every
//! change of an application reaches the seeker's devices through MyPage sync, once.

use chrono::{NaiveDate, TimeDelta};
use shigoto_api_client::ClientError;
use shigoto_i18n::Lang;
use shigoto_shared::{
    ApplicationKind, ApplicationRequest, ApplicationResult, ApplicationStatus, DocumentKind,
    DocumentUpload, ErrorCode, ReferralRequest, SyncCursor,
};
use shigoto_test_support::{
    accepted_employer, add_counselor_at, code_of, field_of, on_both_backends, posting_desk,
    published_posting, sample_posting, sign_up_seeker, test_today, PostingDesk, TestDatabase,
    COUNSELOR_EMAIL, COUNSELOR_PASSWORD, SEEKER_EMAIL, SEEKER_PASSWORD,
};

const EMPLOYER: &str = "jinji@shigoto-shoji.example.jp";
const OTHER_EMPLOYER: &str = "saiyo@kasumi-bungu.example.jp";
const EMPLOYER_PASSWORD: &str = "Kyujin#Moushikomi1";
const SECOND_SEEKER: &str = "jiro@example.jp";
const OSAKA_COUNSELOR: &str = "yamamoto@hellowork.example.jp";
const REASON: &str = "今回は実務経験のある方を優先させていただきました。";

on_both_backends!(
    a_seeker_applies_once_and_the_employer_records_the_result,
    only_the_people_concerned_see_an_application,
    one_application_per_posting_under_concurrent_tries,
    applying_extends_the_last_month_and_a_lapsed_seeker_switches_first,
    a_counselor_refers_and_the_employer_prints_the_letter,
    the_activity_report_lists_a_period_as_csv_and_pdf,
    documents_go_with_an_application_to_its_employer_alone,
    applications_reach_the_seekers_devices_through_sync,
);

type Desk = PostingDesk;

/// A service with a Tokyo counselor and an accepted Tokyo employer.
async fn desk(database: TestDatabase) -> Desk {
    posting_desk(database, 5, EMPLOYER, EMPLOYER_PASSWORD)
        .await
        .unwrap()
}

/// A published posting titled `title`; `online` says whether it takes online applications.
async fn published(desk: &Desk, title: &str, online: bool) -> String {
    let mut form = sample_posting(title);
    form.selection.online_application = online;
    published_posting(&desk.server, &desk.employer, &desk.counselor, form)
        .await
        .unwrap()
        .1
}

/// A job seeker signed up online and registered (本登録) by the counselor; their token.
async fn registered_seeker(desk: &Desk, email: &str) -> String {
    shigoto_test_support::registered_seeker(&desk.server, &desk.counselor, email, SEEKER_PASSWORD)
        .await
        .unwrap()
        .0
}

async fn seeker_number(desk: &Desk, token: &str) -> String {
    desk.server
        .client
        .me(token)
        .await
        .unwrap()
        .seeker_number
        .unwrap()
}

fn request(job_number: &str) -> ApplicationRequest {
    ApplicationRequest {
        job_number: job_number.to_owned(),
        confirmed_disputes: true,
        confirmed_benefits: true,
        message: "事務経験5年です。よろしくお願いいたします。".to_owned(),
        documents: Vec::new(),
    }
}

fn refusal(err: &ClientError) -> (ErrorCode, String) {
    match err {
        ClientError::Api { error, .. } => (error.code, error.message.clone()),
        other => panic!("not an answer of the service: {other}"),
    }
}

async fn a_seeker_applies_once_and_the_employer_records_the_result(database: TestDatabase) {
    let desk = desk(database).await;
    let (client, smtp) = (&desk.server.client, desk.server.mail().unwrap());
    let open = published(&desk, "受発注事務（文具）", true).await;
    let offline_only = published(&desk, "倉庫内軽作業", false).await;

    // A 仮登録 cannot apply.
    let seeker = sign_up_seeker(&desk.server, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let err = client.apply(&seeker, &request(&open)).await.unwrap_err();
    let (code, message) = refusal(&err);
    assert_eq!(code, ErrorCode::Conflict);
    assert!(message.contains("本登録"), "{message}");
    let number = seeker_number(&desk, &seeker).await;
    client
        .confirm_seeker(&desk.counselor, &number)
        .await
        .unwrap();

    // Both warnings must be confirmed; the posting must take online applications.
    let unconfirmed = ApplicationRequest {
        confirmed_benefits: false,
        ..request(&open)
    };
    let err = client.apply(&seeker, &unconfirmed).await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidParameter));
    assert_eq!(field_of(&err).as_deref(), Some("confirmed_disputes"));
    let err = client
        .apply(&seeker, &request(&offline_only))
        .await
        .unwrap_err();
    let (code, message) = refusal(&err);
    assert_eq!(code, ErrorCode::Conflict);
    assert!(message.contains("オンライン自主応募"), "{message}");
    let err = client
        .apply(&seeker, &request("13010-99999999"))
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::NotFound));

    // Applied: 選考中, once.
    let profile = client.applicant_profile(&seeker).await.unwrap();
    assert_eq!(profile.seeker_number, number);
    let applied = client.apply(&seeker, &request(&open)).await.unwrap();
    assert_eq!(applied.status, ApplicationStatus::InProgress);
    assert_eq!(applied.kind, ApplicationKind::SelfApplied);
    assert_eq!(applied.applied_on, test_today());
    assert_eq!(applied.employer_name.as_deref(), Some("株式会社しごと商事"));
    let err = client.apply(&seeker, &request(&open)).await.unwrap_err();
    let (code, message) = refusal(&err);
    assert_eq!(code, ErrorCode::Conflict);
    assert!(message.contains("すでに応募"), "{message}");

    // The employer sees the applicant and what they sent.
    let listed = client.applicants(&desk.employer, &open).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, applied.id);
    assert_eq!(listed[0].name, profile.name);
    let opened = client.applicant(&desk.employer, applied.id).await.unwrap();
    assert_eq!(opened.profile, profile);
    assert!(opened.message.contains("事務経験5年"));

    // 採否: 不採用 with a reason, once; a reason only with 不採用.
    let with_reason_hired = ApplicationResult {
        status: ApplicationStatus::Hired,
        reason: REASON.to_owned(),
    };
    let err = client
        .record_result(&desk.employer, applied.id, &with_reason_hired)
        .await
        .unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("reason"));
    let rejected = ApplicationResult {
        status: ApplicationStatus::Rejected,
        reason: REASON.to_owned(),
    };
    let decided = client
        .record_result(&desk.employer, applied.id, &rejected)
        .await
        .unwrap();
    assert_eq!(decided.applicant.status, ApplicationStatus::Rejected);
    assert_eq!(decided.applicant.decided_on, Some(test_today()));
    let err = client
        .record_result(&desk.employer, applied.id, &with_reason_hired)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Conflict), "once");

    // The seeker sees the result and is told by mail; an ended selection cannot be withdrawn.
    let mine = client.my_applications(&seeker).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].status, ApplicationStatus::Rejected);
    assert_eq!(mine[0].result_reason.as_deref(), Some(REASON));
    let (_, body) = smtp
        .take_mail_about(SEEKER_EMAIL, "選考結果")
        .await
        .unwrap();
    assert!(body.contains("不採用") && body.contains(&open), "{body}");
    let err = client
        .withdraw_application(&seeker, applied.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Conflict));

    // Another seeker applies and withdraws (辞退) while 選考中.
    let second = registered_seeker(&desk, SECOND_SEEKER).await;
    let theirs = client.apply(&second, &request(&open)).await.unwrap();
    let withdrawn = client
        .withdraw_application(&second, theirs.id)
        .await
        .unwrap();
    assert_eq!(withdrawn.status, ApplicationStatus::Declined);
    let listed = client.applicants(&desk.employer, &open).await.unwrap();
    assert_eq!(
        listed.iter().map(|a| a.status).collect::<Vec<_>>(),
        [ApplicationStatus::Declined, ApplicationStatus::Rejected],
        "newest first"
    );
    desk.server.stop().await.unwrap();
}

async fn only_the_people_concerned_see_an_application(database: TestDatabase) {
    let desk = desk(database).await;
    let client = &desk.server.client;
    let open = published(&desk, "受発注事務（文具）", true).await;
    let seeker = registered_seeker(&desk, SEEKER_EMAIL).await;
    let other_seeker = registered_seeker(&desk, SECOND_SEEKER).await;
    let applied = client.apply(&seeker, &request(&open)).await.unwrap();
    let other_employer = accepted_employer(
        &desk.server,
        &desk.counselor,
        OTHER_EMPLOYER,
        EMPLOYER_PASSWORD,
    )
    .await
    .unwrap();
    let result = ApplicationResult {
        status: ApplicationStatus::Hired,
        reason: String::new(),
    };

    // The seeker's calls: employers and counselors are refused (403), signed out is 401.
    for (who, token, code) in [
        ("employer", desk.employer.as_str(), ErrorCode::Forbidden),
        ("counselor", desk.counselor.as_str(), ErrorCode::Forbidden),
        ("signed out", "no-such-token", ErrorCode::Unauthenticated),
    ] {
        let calls = [
            client.apply(token, &request(&open)).await.map(drop),
            client.my_applications(token).await.map(drop),
            client.applicant_profile(token).await.map(drop),
            client
                .withdraw_application(token, applied.id)
                .await
                .map(drop),
        ];
        for (n, call) in calls.into_iter().enumerate() {
            assert_eq!(code_of(&call.unwrap_err()), Some(code), "{who}, call {n}");
        }
    }
    // The employer's calls: seekers and counselors are refused; another employer finds nothing.
    for (who, token, code) in [
        ("seeker", seeker.as_str(), ErrorCode::Forbidden),
        ("counselor", desk.counselor.as_str(), ErrorCode::Forbidden),
        (
            "other employer",
            other_employer.as_str(),
            ErrorCode::NotFound,
        ),
        ("signed out", "no-such-token", ErrorCode::Unauthenticated),
    ] {
        let calls = [
            client.applicants(token, &open).await.map(drop),
            client.applicant(token, applied.id).await.map(drop),
            client
                .record_result(token, applied.id, &result)
                .await
                .map(drop),
        ];
        for (n, call) in calls.into_iter().enumerate() {
            assert_eq!(code_of(&call.unwrap_err()), Some(code), "{who}, call {n}");
        }
    }
    // Another seeker neither sees nor withdraws it.
    assert!(client
        .my_applications(&other_seeker)
        .await
        .unwrap()
        .is_empty());
    let err = client
        .withdraw_application(&other_seeker, applied.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::NotFound));
    // Nothing of that changed it.
    let mine = client.my_applications(&seeker).await.unwrap();
    assert_eq!(mine[0].status, ApplicationStatus::InProgress);
    desk.server.stop().await.unwrap();
}

async fn one_application_per_posting_under_concurrent_tries(database: TestDatabase) {
    let desk = desk(database).await;
    let open = published(&desk, "受発注事務（文具）", true).await;
    let seeker = registered_seeker(&desk, SEEKER_EMAIL).await;
    let mut tries = tokio::task::JoinSet::new();
    for _ in 0..12 {
        let (client, seeker, open) = (desk.server.client.clone(), seeker.clone(), open.clone());
        tries.spawn(async move { client.apply(&seeker, &request(&open)).await });
    }
    let answers = tries.join_all().await;
    let stored = answers.iter().filter(|answer| answer.is_ok()).count();
    assert_eq!(stored, 1, "{answers:?}");
    for answer in answers.iter().filter_map(|answer| answer.as_ref().err()) {
        assert_eq!(code_of(answer), Some(ErrorCode::Conflict), "{answer}");
    }
    let listed = desk
        .server
        .client
        .applicants(&desk.employer, &open)
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);

    // Concurrent results: exactly one is recorded.
    let id = listed[0].id;
    let mut results = tokio::task::JoinSet::new();
    let statuses = [
        ApplicationStatus::Hired,
        ApplicationStatus::Rejected,
        ApplicationStatus::Cancelled,
        ApplicationStatus::Declined,
    ];
    for status in statuses.into_iter().cycle().take(12) {
        let result = ApplicationResult {
            status,
            reason: String::new(),
        };
        let (client, employer) = (desk.server.client.clone(), desk.employer.clone());
        results.spawn(async move { client.record_result(&employer, id, &result).await });
    }
    let answers = results.join_all().await;
    assert_eq!(
        answers.iter().filter(|a| a.is_ok()).count(),
        1,
        "{answers:?}"
    );
    desk.server.stop().await.unwrap();
}

/// Moves the service's clock forward to `to`; everyone signs in again (sessions ended).
async fn move_to(desk: &mut Desk, today: &mut NaiveDate, to: NaiveDate) -> String {
    desk.server
        .clock
        .advance(TimeDelta::days((to - *today).num_days()));
    *today = to;
    desk.counselor = desk
        .server
        .session_token(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    desk.employer = desk
        .server
        .session_token(EMPLOYER, EMPLOYER_PASSWORD)
        .await
        .unwrap();
    desk.server
        .session_token(SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap()
}

async fn applying_extends_the_last_month_and_a_lapsed_seeker_switches_first(
    database: TestDatabase,
) {
    let mut desk = desk(database).await;
    let mut today = test_today();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let seeker = registered_seeker(&desk, SEEKER_EMAIL).await;
    let client = desk.server.client.clone();
    let valid_until = |token: String| {
        let client = client.clone();
        async move {
            client
                .me(&token)
                .await
                .unwrap()
                .seeking
                .unwrap()
                .valid_until
        }
    };
    assert_eq!(valid_until(seeker).await, day(2027, 1, 31));

    // In the registration's last month an application carries it a month further.
    let seeker = move_to(&mut desk, &mut today, day(2027, 1, 20)).await;
    let first = published(&desk, "受発注事務（文具）", true).await;
    let second = published(&desk, "営業事務", true).await;
    desk.server
        .client
        .apply(&seeker, &request(&first))
        .await
        .unwrap();
    assert_eq!(valid_until(seeker).await, day(2027, 2, 28));

    // Lapsed: refused with the way back, then 求職有効 online, then applied.
    let seeker = move_to(&mut desk, &mut today, day(2027, 3, 5)).await;
    let err = desk
        .server
        .client
        .apply(&seeker, &request(&second))
        .await
        .unwrap_err();
    let (code, message) = refusal(&err);
    assert_eq!(code, ErrorCode::Conflict);
    assert!(message.contains("求職有効"), "{message}");
    desk.server
        .client
        .switch_seeking_valid(&seeker)
        .await
        .unwrap();
    let applied = desk
        .server
        .client
        .apply(&seeker, &request(&second))
        .await
        .unwrap();
    assert_eq!(applied.applied_on, day(2027, 3, 5));
    // Not in the last month: the date the switch gave stays.
    assert_eq!(valid_until(seeker).await, day(2027, 5, 31));
    desk.server.stop().await.unwrap();
}

async fn a_counselor_refers_and_the_employer_prints_the_letter(database: TestDatabase) {
    let desk = desk(database).await;
    let client = &desk.server.client;
    // A referral needs no online application.
    let posting = published(&desk, "倉庫内軽作業", false).await;
    let seeker = registered_seeker(&desk, SEEKER_EMAIL).await;
    let number = seeker_number(&desk, &seeker).await;
    let referral = ReferralRequest {
        job_number: posting.clone(),
    };

    // Only a counselor of the seeker's prefecture refers, and only a 本登録.
    add_counselor_at(&desk.server, OSAKA_COUNSELOR, COUNSELOR_PASSWORD, "27010")
        .await
        .unwrap();
    let osaka = desk
        .server
        .session_token(OSAKA_COUNSELOR, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    for (who, token, code) in [
        ("other prefecture", osaka.as_str(), ErrorCode::NotFound),
        ("seeker", seeker.as_str(), ErrorCode::Forbidden),
        ("employer", desk.employer.as_str(), ErrorCode::Forbidden),
    ] {
        let err = client
            .refer_seeker(token, &number, &referral)
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "{who}");
        let err = client
            .seeker_applications(token, &number)
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "{who}");
    }
    let provisional = sign_up_seeker(&desk.server, SECOND_SEEKER, SEEKER_PASSWORD)
        .await
        .unwrap();
    let provisional_number = seeker_number(&desk, &provisional).await;
    let err = client
        .refer_seeker(&desk.counselor, &provisional_number, &referral)
        .await
        .unwrap_err();
    let (code, message) = refusal(&err);
    assert_eq!(code, ErrorCode::Conflict);
    assert!(message.contains("本登録"), "{message}");

    let referred = client
        .refer_seeker(&desk.counselor, &number, &referral)
        .await
        .unwrap();
    assert_eq!(referred.kind, ApplicationKind::Referred);
    let err = client
        .refer_seeker(&desk.counselor, &number, &referral)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Conflict), "once per posting");

    // The employer sees the referred applicant and prints the letter; the seeker has it too.
    let listed = client.applicants(&desk.employer, &posting).await.unwrap();
    assert_eq!(listed[0].kind, ApplicationKind::Referred);
    let pdf = client
        .applicant_referral_letter(&desk.employer, referred.id)
        .await
        .unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    // pdftotext spaces the layout as it likes: compare without blanks.
    let text: String = shigoto_test_support::pdf_text(&pdf)
        .unwrap()
        .split_whitespace()
        .collect();
    for expected in [
        "紹介状",
        "株式会社しごと商事御中",
        "山田花子",
        &number,
        &posting,
        "田中一郎",
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    let own = client
        .my_referral_letter(&seeker, referred.id)
        .await
        .unwrap();
    assert_eq!(
        shigoto_test_support::pdf_text(&own)
            .unwrap()
            .split_whitespace()
            .collect::<String>(),
        text
    );
    // An employer whose app is in English reads the letter in English, and is told the
    // Japanese one is the original.
    client.set_language(Lang::En);
    let english = client
        .applicant_referral_letter(&desk.employer, referred.id)
        .await
        .unwrap();
    client.set_language(Lang::Ja);
    let english: String = shigoto_test_support::pdf_text(&english)
        .unwrap()
        .split_whitespace()
        .collect();
    for expected in [
        "Referralletter(紹介状)",
        "To株式会社しごと商事",
        "Validuntil",
        "theJapanese紹介状istheoriginal",
        &number,
        &posting,
    ] {
        assert!(english.contains(expected), "{expected} in:\n{english}");
    }
    assert!(!english.contains("御中"), "{english}");
    let other_employer = accepted_employer(
        &desk.server,
        &desk.counselor,
        OTHER_EMPLOYER,
        EMPLOYER_PASSWORD,
    )
    .await
    .unwrap();
    let err = client
        .applicant_referral_letter(&other_employer, referred.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::NotFound), "another employer");
    let err = client
        .my_referral_letter(&provisional, referred.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::NotFound), "another seeker");
    let err = client
        .applicant_referral_letter(&desk.counselor, referred.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Forbidden), "a counselor");

    // A self-application has no letter.
    let online = published(&desk, "受発注事務（文具）", true).await;
    let applied = client.apply(&seeker, &request(&online)).await.unwrap();
    let err = client
        .applicant_referral_letter(&desk.employer, applied.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::NotFound));

    // The counselor sees the results on the seeker's record.
    client
        .record_result(
            &desk.employer,
            referred.id,
            &ApplicationResult {
                status: ApplicationStatus::Hired,
                reason: String::new(),
            },
        )
        .await
        .unwrap();
    let record = client
        .seeker_applications(&desk.counselor, &number)
        .await
        .unwrap();
    let statuses: Vec<_> = record.iter().map(|a| (a.kind, a.status)).collect();
    assert_eq!(
        statuses,
        [
            (ApplicationKind::SelfApplied, ApplicationStatus::InProgress),
            (ApplicationKind::Referred, ApplicationStatus::Hired),
        ]
    );
    desk.server.stop().await.unwrap();
}

async fn the_activity_report_lists_a_period_as_csv_and_pdf(database: TestDatabase) {
    let desk = desk(database).await;
    let client = &desk.server.client;
    let online = published(&desk, "受発注事務（文具）", true).await;
    let offline = published(&desk, "倉庫内軽作業", false).await;
    let seeker = registered_seeker(&desk, SEEKER_EMAIL).await;
    let number = seeker_number(&desk, &seeker).await;
    client.apply(&seeker, &request(&online)).await.unwrap();
    client
        .refer_seeker(
            &desk.counselor,
            &number,
            &ReferralRequest {
                job_number: offline.clone(),
            },
        )
        .await
        .unwrap();
    let today = test_today();

    let csv = client
        .activity_report(&seeker, today, today, false)
        .await
        .unwrap();
    let text = String::from_utf8(csv).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with("\u{feff}活動日,"), "{}", lines[0]);
    assert!(
        lines
            .iter()
            .any(|l| l.contains(&online) && l.contains("自主応募")),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains(&offline) && l.contains("職業紹介")),
        "{text}"
    );

    let pdf = client
        .activity_report(&seeker, today, today, true)
        .await
        .unwrap();
    let text: String = shigoto_test_support::pdf_text(&pdf)
        .unwrap()
        .split_whitespace()
        .collect();
    for expected in ["求職活動実績", &number, &online, &offline, "選考中"] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }

    // Asked in English, both are written in English (what was stored stays as written), and the
    // PDF says the 失業認定申告書 takes the Japanese one.
    client.set_language(Lang::En);
    let csv = client
        .activity_report(&seeker, today, today, false)
        .await
        .unwrap();
    let text = String::from_utf8(csv).unwrap();
    assert!(text.starts_with("\u{feff}Date,Activity,"), "{text}");
    assert!(text.contains("Own application (online)"), "{text}");
    let pdf = client
        .activity_report(&seeker, today, today, true)
        .await
        .unwrap();
    client.set_language(Lang::Ja);
    let text: String = shigoto_test_support::pdf_text(&pdf)
        .unwrap()
        .split_whitespace()
        .collect();
    for expected in [
        // A cell of two lines comes out of pdftotext mixed with its row: its first line only.
        "Job-searchactivityrecord",
        "Jobreferral(Hello",
        "Ownapplication",
        "JobtitleorsubjectResult",
        "usetheJapaneseversion",
        &number,
        &online,
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    assert!(!text.contains("活動日"), "{text}");

    // Another period has none of them; a reversed or too long one is refused at `to`.
    let yesterday = today.pred_opt().unwrap();
    let empty = client
        .activity_report(&seeker, yesterday, yesterday, false)
        .await
        .unwrap();
    assert_eq!(String::from_utf8(empty).unwrap().lines().count(), 1);
    for (from, to) in [(today, yesterday), (today - TimeDelta::days(366), today)] {
        let err = client
            .activity_report(&seeker, from, to, true)
            .await
            .unwrap_err();
        assert_eq!(field_of(&err).as_deref(), Some("to"), "{from}..{to}");
    }
    for token in [&desk.employer, &desk.counselor] {
        let err = client
            .activity_report(token, today, today, false)
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(ErrorCode::Forbidden));
    }
    desk.server.stop().await.unwrap();
}

/// A PDF-looking file of exactly `bytes` bytes, its content told apart by `seed`.
fn pdf_of(bytes: usize, seed: u8) -> Vec<u8> {
    let mut content = b"%PDF-1.4\n".to_vec();
    content.extend((0..bytes.saturating_sub(content.len())).map(|i| (i as u8) ^ seed));
    content.truncate(bytes);
    content
}

fn upload(kind: DocumentKind, file_name: &str, content: Vec<u8>) -> DocumentUpload {
    DocumentUpload {
        kind,
        file_name: file_name.to_owned(),
        content,
    }
}

async fn documents_go_with_an_application_to_its_employer_alone(database: TestDatabase) {
    let desk = desk(database).await;
    let client = &desk.server.client;
    let open = published(&desk, "経理事務", true).await;
    let seeker = registered_seeker(&desk, SEEKER_EMAIL).await;
    let other_seeker = registered_seeker(&desk, SECOND_SEEKER).await;
    let limit = 5 * 1024 * 1024;
    let resume = pdf_of(limit, 7);
    let history = pdf_of(1500, 9);

    // Refused with the reason at `documents`, and nothing is stored.
    let with = |documents: Vec<DocumentUpload>| ApplicationRequest {
        documents,
        ..request(&open)
    };
    let small = || upload(DocumentKind::Other, "資格.pdf", pdf_of(100, 1));
    for (what, documents, says) in [
        ("four", vec![small(), small(), small(), small()], "3つまで"),
        (
            "over 5 MB",
            vec![upload(
                DocumentKind::Resume,
                "履歴書.pdf",
                pdf_of(limit + 1, 2),
            )],
            "5MB以内",
        ),
        (
            "not a PDF",
            vec![upload(
                DocumentKind::Resume,
                "写真.png",
                b"\x89PNG\r\n".to_vec(),
            )],
            "PDF",
        ),
        (
            "empty",
            vec![upload(DocumentKind::Resume, "空.pdf", Vec::new())],
            "空",
        ),
    ] {
        let err = client.apply(&seeker, &with(documents)).await.unwrap_err();
        let (code, message) = refusal(&err);
        assert_eq!(code, ErrorCode::InvalidParameter, "{what}");
        assert!(message.contains(says), "{what}: {message}");
        assert_eq!(field_of(&err).as_deref(), Some("documents"), "{what}");
    }
    // A body beyond what three documents can make is cut off before it is read.
    let oversized = reqwest::Client::new()
        .post(format!(
            "{}/api/v1/mypage/applications",
            desk.server.base_url()
        ))
        .bearer_auth(&seeker)
        .header("content-type", "application/json")
        .body(vec![b' '; 21 * 1024 * 1024])
        .send()
        .await;
    // The service answers 400 and closes the connection without reading the rest: the client
    // reads the answer, or (when the close comes first) fails to write the rest of its body.
    match oversized {
        Ok(answer) => assert_eq!(answer.status(), reqwest::StatusCode::BAD_REQUEST),
        Err(err) => assert!(
            err.is_request() && !err.is_timeout() && !err.is_connect(),
            "the body is cut off, not anything else: {err:?}"
        ),
    }
    assert!(client.my_applications(&seeker).await.unwrap().is_empty());

    // Two documents, the first exactly 5 MB, go with the application.
    let applied = client
        .apply(
            &seeker,
            &with(vec![
                upload(
                    DocumentKind::Resume,
                    " 履歴書_山田花子.pdf ",
                    resume.clone(),
                ),
                upload(
                    DocumentKind::CareerHistory,
                    "職務経歴書.pdf",
                    history.clone(),
                ),
            ]),
        )
        .await
        .unwrap();
    let listed: Vec<_> = applied
        .documents
        .iter()
        .map(|d| (d.number, d.kind, d.file_name.as_str(), d.bytes))
        .collect();
    assert_eq!(
        listed,
        [
            (1, DocumentKind::Resume, "履歴書_山田花子.pdf", limit as i64),
            (2, DocumentKind::CareerHistory, "職務経歴書.pdf", 1500),
        ]
    );
    assert_eq!(
        client.my_applications(&seeker).await.unwrap()[0].documents,
        applied.documents
    );

    // The employer lists and reads them, byte for byte; the seeker reads their own.
    let detail = client.applicant(&desk.employer, applied.id).await.unwrap();
    assert_eq!(detail.documents, applied.documents);
    let read = client
        .applicant_document(&desk.employer, applied.id, 1)
        .await
        .unwrap();
    assert!(read == resume, "the 5 MB résumé came back changed");
    let read = client
        .applicant_document(&desk.employer, applied.id, 2)
        .await
        .unwrap();
    assert_eq!(read, history);
    assert_eq!(
        client.my_document(&seeker, applied.id, 2).await.unwrap(),
        history
    );
    let err = client
        .applicant_document(&desk.employer, applied.id, 3)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::NotFound));

    // Nobody else reads them.
    let other_employer = accepted_employer(
        &desk.server,
        &desk.counselor,
        OTHER_EMPLOYER,
        EMPLOYER_PASSWORD,
    )
    .await
    .unwrap();
    for (who, token, code) in [
        ("seeker", seeker.as_str(), ErrorCode::Forbidden),
        ("counselor", desk.counselor.as_str(), ErrorCode::Forbidden),
        (
            "other employer",
            other_employer.as_str(),
            ErrorCode::NotFound,
        ),
        ("signed out", "no-such-token", ErrorCode::Unauthenticated),
    ] {
        let err = client
            .applicant_document(token, applied.id, 1)
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "{who}");
    }
    for (who, token, code) in [
        ("employer", desk.employer.as_str(), ErrorCode::Forbidden),
        ("counselor", desk.counselor.as_str(), ErrorCode::Forbidden),
        ("other seeker", other_seeker.as_str(), ErrorCode::NotFound),
        ("signed out", "no-such-token", ErrorCode::Unauthenticated),
    ] {
        let err = client.my_document(token, applied.id, 1).await.unwrap_err();
        assert_eq!(code_of(&err), Some(code), "{who}");
    }
    desk.server.stop().await.unwrap();
}

async fn applications_reach_the_seekers_devices_through_sync(database: TestDatabase) {
    let desk = desk(database).await;
    let client = &desk.server.client;
    let open = published(&desk, "経理事務", true).await;
    let other = published(&desk, "総務事務", true).await;
    let seeker = registered_seeker(&desk, SEEKER_EMAIL).await;
    let seeker_token = seeker.as_str();
    let pull = |cursor: SyncCursor| async move {
        client.pull_changes(seeker_token, cursor).await.unwrap()
    };
    let cursor_of = |wire: &str| SyncCursor::from_wire(wire).unwrap();

    // Nothing yet; then an application and a referral arrive, each once.
    let start = pull(SyncCursor::default()).await;
    assert!(start.applications.is_empty());
    let applied = client.apply(&seeker, &request(&open)).await.unwrap();
    let number = seeker_number(&desk, &seeker).await;
    let referred = client
        .refer_seeker(
            &desk.counselor,
            &number,
            &ReferralRequest {
                job_number: other.clone(),
            },
        )
        .await
        .unwrap();
    let changed = pull(cursor_of(&start.cursor)).await;
    let statuses: Vec<_> = changed
        .applications
        .iter()
        .map(|a| (a.id, a.kind, a.status))
        .collect();
    assert_eq!(
        statuses,
        [
            (
                applied.id,
                ApplicationKind::SelfApplied,
                ApplicationStatus::InProgress
            ),
            (
                referred.id,
                ApplicationKind::Referred,
                ApplicationStatus::InProgress
            ),
        ]
    );
    let quiet = pull(cursor_of(&changed.cursor)).await;
    assert!(quiet.applications.is_empty(), "nothing changed since");

    // The employer's 不採用 and the seeker's 辞退 arrive as they are now.
    client
        .record_result(
            &desk.employer,
            applied.id,
            &ApplicationResult {
                status: ApplicationStatus::Rejected,
                reason: REASON.to_owned(),
            },
        )
        .await
        .unwrap();
    client
        .withdraw_application(&seeker, referred.id)
        .await
        .unwrap();
    let ended = pull(cursor_of(&quiet.cursor)).await;
    let statuses: Vec<_> = ended
        .applications
        .iter()
        .map(|a| (a.id, a.status, a.result_reason.clone()))
        .collect();
    assert_eq!(
        statuses,
        [
            (
                applied.id,
                ApplicationStatus::Rejected,
                Some(REASON.to_owned())
            ),
            (referred.id, ApplicationStatus::Declined, None),
        ]
    );
    // A device starting afresh gets every application as it is now.
    let everything = pull(SyncCursor::default()).await;
    assert_eq!(everything.applications.len(), 2);
    assert!(everything
        .applications
        .iter()
        .all(|a| a.status != ApplicationStatus::InProgress));
    desk.server.stop().await.unwrap();
}
