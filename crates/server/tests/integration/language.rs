//! The language of the service's answers: Japanese unless `Accept-Language` prefers English,
//! said by `Content-Language` and `Vary`; the desktop's API client asks for the app's language;
//! mails are written in the language of the account they go to (signed in with, or set).

use shigoto_api_client::ClientError;
use shigoto_shared::{ErrorCode, Lang, NewMessage};
use shigoto_test_support::{
    desk_with_seeker, on_both_backends, plain_application, start, TestDatabase, SEEKER_EMAIL,
};

on_both_backends!(
    refusals_are_written_in_the_language_asked_for,
    the_api_client_asks_for_the_apps_language,
    the_printed_job_sheet_is_in_the_language_asked_for,
    many_printed_sheets_at_once_are_laid_out_or_turned_away,
    mails_are_written_in_the_accounts_language,
);

/// The status, `Content-Language`, `Vary` and message of a GET of `path` asking for `accept`.
async fn refusal(
    base: &str,
    path: &str,
    accept: Option<&str>,
) -> (u16, String, String, shigoto_shared::ApiError) {
    let mut request = reqwest::Client::new().get(format!("{base}{path}"));
    if let Some(accept) = accept {
        request = request.header("accept-language", accept);
    }
    let response = request.send().await.unwrap();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let (language, vary) = (header("content-language"), header("vary"));
    let status = response.status().as_u16();
    (status, language, vary, response.json().await.unwrap())
}

async fn refusals_are_written_in_the_language_asked_for(database: TestDatabase) {
    let server = start(database, 20).await.unwrap();
    let base = server.base_url();
    let missing = "/api/v1/jobs/13010-99999999";

    let (status, language, vary, body) = refusal(&base, missing, None).await;
    assert_eq!((status, language.as_str()), (404, "ja"));
    assert!(vary.contains("accept-language"), "{vary}");
    assert_eq!(body.code, ErrorCode::NotFound);
    assert_eq!(
        body.message,
        "求人番号 13010-99999999 の求人は見つかりません。"
    );

    let (status, language, _, body) =
        refusal(&base, missing, Some("en-US,en;q=0.9,ja;q=0.5")).await;
    assert_eq!((status, language.as_str()), (404, "en"));
    assert_eq!(
        body.message,
        "There is no job with the number 13010-99999999."
    );

    // Japanese first, or a language the service does not speak: Japanese.
    for accept in ["ja,en;q=0.8", "fr-FR", "*"] {
        let (_, language, _, body) = refusal(&base, missing, Some(accept)).await;
        assert_eq!(language, "ja", "{accept}");
        assert!(body.message.starts_with("求人番号"), "{accept}");
    }

    // The same for a field's refusal and for an unknown address.
    let long = format!("/api/v1/jobs?keyword={}", "a".repeat(3_000));
    let (status, _, _, body) = refusal(&base, &long, Some("en")).await;
    assert_eq!(status, 400);
    assert_eq!(body.field.as_deref(), Some("query"));
    assert!(
        body.message
            .starts_with("The search conditions are too long"),
        "{}",
        body.message
    );
    let (status, _, _, body) = refusal(&base, "/api/v1/nothing-here", Some("en")).await;
    assert_eq!(
        (status, body.message.as_str()),
        (404, "This address does not exist.")
    );
    let (_, _, _, body) = refusal(&base, "/api/v1/nothing-here", None).await;
    assert_eq!(body.message, "このURLは存在しません。");

    // The service's own refusals too: signed out, and a body that is not JSON.
    let (status, language, _, body) = refusal(&base, "/api/v1/me", Some("en")).await;
    assert_eq!((status, language.as_str()), (401, "en"));
    assert_eq!(body.code, ErrorCode::Unauthenticated);
    assert_eq!(body.message, "Please sign in.");
    let (_, language, _, body) = refusal(&base, "/api/v1/me", None).await;
    assert_eq!(
        (language.as_str(), body.message.as_str()),
        ("ja", "ログインしてください。")
    );
    let not_json = |accept: &'static str| {
        let url = format!("{base}/api/v1/sessions");
        async move {
            let answer = reqwest::Client::new()
                .post(url)
                .header("accept-language", accept)
                .header("content-type", "text/plain")
                .body("{}")
                .send()
                .await
                .unwrap();
            assert_eq!(answer.status(), 400);
            answer.json::<shigoto_shared::ApiError>().await.unwrap()
        }
    };
    let english = not_json("en").await;
    assert_eq!(english.field.as_deref(), Some("body"));
    assert_eq!(
        english.message,
        "The request is not in the right form (Content-Type: application/json is required)."
    );
    assert_eq!(
        not_json("ja").await.message,
        "リクエストの形式が正しくありません（Content-Type: application/json が必要です）。"
    );
}

async fn the_api_client_asks_for_the_apps_language(database: TestDatabase) {
    let server = start(database, 20).await.unwrap();
    let client = shigoto_api_client::ApiClient::new(&server.base_url()).unwrap();
    let message = |err: ClientError| err.to_api_error(shigoto_i18n::catalogue(Lang::Ja)).message;

    let japanese = client.job("13010-99999999").await.unwrap_err();
    assert_eq!(
        message(japanese),
        "求人番号 13010-99999999 の求人は見つかりません。"
    );
    client.set_language(Lang::En);
    let english = client.job("13010-99999999").await.unwrap_err();
    assert_eq!(
        message(english),
        "There is no job with the number 13010-99999999."
    );
    // A clone shares the choice (the desktop core hands clones to its background work).
    let clone = client.clone();
    client.set_language(Lang::Ja);
    assert_eq!(clone.language(), Lang::Ja);
}

/// The 求人番号 of the first posting a plain search lists.
async fn first_job_number(server: &shigoto_test_support::TestServer) -> String {
    server
        .client
        .search_jobs(&shigoto_shared::JobSearchParams::default())
        .await
        .unwrap()
        .items[0]
        .job_number
        .clone()
}

async fn the_printed_job_sheet_is_in_the_language_asked_for(database: TestDatabase) {
    let server = start(database, 20).await.unwrap();
    let number = first_job_number(&server).await;
    let path = format!("/api/v1/jobs/{number}/pdf");
    let fetch = |accept: &'static str| {
        let url = format!("{}{path}", server.base_url());
        async move {
            let answer = reqwest::Client::new()
                .get(url)
                .header("accept-language", accept)
                .send()
                .await
                .unwrap();
            assert_eq!(answer.status(), 200);
            assert_eq!(answer.headers()["content-type"], "application/pdf");
            assert!(answer.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .contains(".pdf"));
            let pdf = answer.bytes().await.unwrap();
            shigoto_test_support::pdf_text(&pdf).unwrap()
        }
    };
    let japanese = fetch("ja").await;
    assert!(
        japanese.contains("求人票") && japanese.contains("仕事内容"),
        "{japanese}"
    );
    let english = fetch("en-GB,en;q=0.9").await;
    assert!(
        english.contains("Job sheet") && english.contains("Wage"),
        "{english}"
    );
    assert!(english.contains(&number));
    // A malformed number is a 400, as for the sheet itself.
    let err = server.client.job_pdf_as("12-34", None).await.unwrap_err();
    assert_eq!(
        shigoto_test_support::code_of(&err),
        Some(ErrorCode::InvalidParameter)
    );
    server.stop().await.unwrap();
}

/// 24 PDFs asked for at once: each is laid out or turned away with 503 (never another answer),
/// and the gate lets at least its four through.
async fn many_printed_sheets_at_once_are_laid_out_or_turned_away(database: TestDatabase) {
    let server = start(database, 20).await.unwrap();
    let number = first_job_number(&server).await;
    let url = format!("{}/api/v1/jobs/{number}/pdf", server.base_url());
    let client = reqwest::Client::new();
    let tasks: Vec<_> = (0..24)
        .map(|_| {
            let (client, url) = (client.clone(), url.clone());
            tokio::spawn(async move { client.get(url).send().await.unwrap().status().as_u16() })
        })
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap());
    }
    let laid_out = answers.iter().filter(|s| **s == 200).count();
    assert!(
        answers.iter().all(|s| *s == 200 || *s == 503),
        "{answers:?}"
    );
    assert!(
        laid_out >= shigoto_server::admission::MAX_DOCUMENT_REQUESTS,
        "{answers:?}"
    );
    server.stop().await.unwrap();
}

async fn mails_are_written_in_the_accounts_language(database: TestDatabase) {
    const EMPLOYER: &str = "jinji@shigoto-shoji.example.jp";
    const EMPLOYER_PASSWORD: &str = "Kyujin#Moushikomi1";
    let (desk, number, seeker, _) = desk_with_seeker(
        database,
        (EMPLOYER, EMPLOYER_PASSWORD),
        "受発注事務（文具）",
    )
    .await
    .unwrap();
    let (client, smtp) = (&desk.server.client, desk.server.mail().unwrap());
    let message = |key: &str| NewMessage {
        key: key.to_owned(),
        body: "面接の日程について".to_owned(),
    };

    // The employer signs in with the app in English: their mails are English from then on,
    // whatever language the request that causes one is in.
    client.set_language(Lang::En);
    let employer = client.sign_in(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    client.set_language(Lang::Ja);
    client
        .apply(&seeker, &plain_application(&number))
        .await
        .unwrap();
    let (subject, body) = smtp.take_mail_about(EMPLOYER, "applied").await.unwrap();
    assert_eq!(subject, "[Shigoto] Someone applied to your job posting");
    assert!(body.starts_with("Thank you for using Shigoto."), "{body}");
    assert!(
        body.contains("list of applicants under \"Job postings\""),
        "{body}"
    );

    // The seeker switches the app to English while signed in: the app tells the service.
    client.set_mail_language(&seeker, Lang::En).await.unwrap();
    let thread = client.threads(&seeker).await.unwrap()[0].id;
    client
        .send_message(&employer.token, thread, &message("k-1"))
        .await
        .unwrap();
    let (subject, _) = smtp
        .take_mail_about(SEEKER_EMAIL, "new message")
        .await
        .unwrap();
    assert_eq!(subject, "[Shigoto] You have a new message");

    // And the employer back to Japanese.
    client
        .set_mail_language(&employer.token, Lang::Ja)
        .await
        .unwrap();
    client
        .send_message(&seeker, thread, &message("k-2"))
        .await
        .unwrap();
    let (subject, body) = smtp.take_mail_about(EMPLOYER, "メッセージ").await.unwrap();
    assert_eq!(subject, "【Shigoto】新しいメッセージが届いています");
    assert!(body.contains("「メッセージ」"), "{body}");

    // Every role keeps its own (a counselor's security mails too); the request names no
    // account, so nobody can set another's.
    client
        .set_mail_language(&desk.counselor, Lang::En)
        .await
        .unwrap();

    // Only a signed-in account sets it, and only to a language of ours.
    let url = format!("{}/api/v1/me/language", desk.server.base_url());
    let http = reqwest::Client::new();
    let signed_out = http
        .put(&url)
        .json(&serde_json::json!({ "language": "en" }))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_out.status().as_u16(), 401);
    let unknown = http
        .put(&url)
        .bearer_auth(&seeker)
        .json(&serde_json::json!({ "language": "fr" }))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status().as_u16(), 400);
    let error: shigoto_shared::ApiError = unknown.json().await.unwrap();
    assert_eq!(error.code, ErrorCode::InvalidParameter);
}
