//! Employer accounts end to end over HTTP against a real service with a real SMTP server:
//! 求人者マイページ opening with a provisional 事業所登録, the counselor's 受理 and 返戻, filing
//! again after a 返戻, and who may see and decide what.

use shigoto_shared::{
    EmployerOpeningCompletion, EmployerProfile, EmployerReturn, EmployerStatus, ErrorCode, Role,
};
use shigoto_test_support::smtp::key_in;
use shigoto_test_support::{
    code_of, employer_opening_completion, field_of, mailed_key, on_both_backends, sample_office,
    sign_up_request, signed_in_counselor, signed_in_counselor_at, start_with_smtp, TestDatabase,
    TestServer, COUNSELOR_EMAIL, COUNSELOR_PASSWORD,
};

const OSAKA_COUNSELOR: &str = "yamamoto@hellowork.example.jp";
const EMPLOYER: &str = "jinji@shigoto-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Kyujin#Moushikomi1";

fn profile() -> EmployerProfile {
    sample_office()
}

fn completion(key: &str, office: EmployerProfile) -> EmployerOpeningCompletion {
    employer_opening_completion(EMPLOYER, key, EMPLOYER_PASSWORD, office)
}

async fn mail_to(server: &TestServer, to: &str) -> (String, String) {
    server.mail().unwrap().take_mail(to).await.unwrap()
}

/// A service with counselors in Tokyo (13010) and Osaka (27010), and their tokens.
async fn with_counselors(database: TestDatabase) -> (TestServer, String, String) {
    let server = start_with_smtp(database).await.unwrap();
    let tokyo = signed_in_counselor(&server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let osaka = signed_in_counselor_at(&server, OSAKA_COUNSELOR, COUNSELOR_PASSWORD, "27010")
        .await
        .unwrap();
    (server, tokyo, osaka)
}

/// Opens the employer MyPage through both steps and signs in; returns the token.
async fn open_employer(server: &TestServer) -> String {
    server
        .client
        .request_employer_opening_key(&sign_up_request(EMPLOYER))
        .await
        .unwrap();
    let (subject, body) = mail_to(server, EMPLOYER).await;
    assert!(subject.contains("求人者マイページの開設"), "{subject}");
    let key = key_in(&body).unwrap();
    let done = server
        .client
        .complete_employer_opening(&completion(&key, profile()))
        .await
        .unwrap();
    assert!(done.message.contains("仮登録"), "{}", done.message);
    server
        .session_token(EMPLOYER, EMPLOYER_PASSWORD)
        .await
        .unwrap()
}

/// The id of the first application in the queue of the counselor signed in with `counselor`.
async fn first_application(server: &TestServer, counselor: &str) -> i64 {
    server
        .client
        .list_employer_applications(counselor)
        .await
        .unwrap()[0]
        .id
}

on_both_backends!(
    an_employer_opens_a_mypage_and_a_counselor_accepts_the_office,
    a_returned_registration_is_corrected_and_filed_again,
    the_opening_refuses_bad_profiles_without_spending_the_key,
    employer_endpoints_refuse_other_roles_and_prefectures,
);

async fn an_employer_opens_a_mypage_and_a_counselor_accepts_the_office(database: TestDatabase) {
    let (server, tokyo, _) = with_counselors(database).await;
    let employer = open_employer(&server).await;

    let me = server.client.me(&employer).await.unwrap();
    assert_eq!(me.role, Role::Employer);
    assert_eq!(me.display_name, "株式会社しごと商事");
    let registration = me.employer.unwrap();
    assert_eq!(registration.status, EmployerStatus::Provisional);
    assert_eq!(registration.office_number, None);
    assert_eq!(registration.profile.postal_code, "100-0013", "normalised");

    let queue = server
        .client
        .list_employer_applications(&tokyo)
        .await
        .unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].email, EMPLOYER);
    assert_eq!(queue[0].profile.name, "株式会社しごと商事");

    let accepted = server
        .client
        .accept_employer(&tokyo, queue[0].id)
        .await
        .unwrap();
    assert_eq!(accepted.status, EmployerStatus::Accepted);
    let number = accepted.office_number.unwrap();
    assert!(number.starts_with("1301-"), "{number}");
    assert_eq!(number.len(), "1301-000001-7".len(), "{number}");
    let (subject, body) = mail_to(&server, EMPLOYER).await;
    assert!(subject.contains("受理"), "{subject}");
    assert!(body.contains(&number), "{body}");

    let registration = server
        .client
        .employer_registration(&employer)
        .await
        .unwrap();
    assert_eq!(registration.status, EmployerStatus::Accepted);
    assert_eq!(registration.office_number.as_deref(), Some(number.as_str()));
    assert!(server
        .client
        .list_employer_applications(&tokyo)
        .await
        .unwrap()
        .is_empty());

    // Decided once: a second decision and a refiling are refused.
    let again = server
        .client
        .accept_employer(&tokyo, queue[0].id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&again), Some(ErrorCode::Conflict));
    let refile = server
        .client
        .refile_employer_registration(&employer, &profile())
        .await
        .unwrap_err();
    assert_eq!(code_of(&refile), Some(ErrorCode::Conflict));
    server.stop().await.unwrap();
}

async fn a_returned_registration_is_corrected_and_filed_again(database: TestDatabase) {
    let (server, tokyo, _) = with_counselors(database).await;
    let employer = open_employer(&server).await;
    let id = first_application(&server, &tokyo).await;

    // While it is with Hello Work the employer cannot change it.
    let early = server
        .client
        .refile_employer_registration(&employer, &profile())
        .await
        .unwrap_err();
    assert_eq!(code_of(&early), Some(ErrorCode::Conflict));

    let blank = server
        .client
        .return_employer(
            &tokyo,
            id,
            &EmployerReturn {
                reason: "  ".into(),
            },
        )
        .await
        .unwrap_err();
    assert_eq!(field_of(&blank).as_deref(), Some("reason"));
    let reason = "電話番号がつながりませんでした。代表番号をご確認ください。";
    let returned = server
        .client
        .return_employer(
            &tokyo,
            id,
            &EmployerReturn {
                reason: reason.into(),
            },
        )
        .await
        .unwrap();
    assert_eq!(returned.status, EmployerStatus::Returned);
    let (subject, body) = mail_to(&server, EMPLOYER).await;
    assert!(subject.contains("返戻"), "{subject}");
    assert!(body.contains(reason), "{body}");
    let me = server.client.me(&employer).await.unwrap().employer.unwrap();
    assert_eq!(me.status, EmployerStatus::Returned);
    assert_eq!(me.return_reason.as_deref(), Some(reason));
    assert!(server
        .client
        .list_employer_applications(&tokyo)
        .await
        .unwrap()
        .is_empty());

    let bad = EmployerProfile {
        phone: "123".into(),
        ..profile()
    };
    let err = server
        .client
        .refile_employer_registration(&employer, &bad)
        .await
        .unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("phone"));
    let corrected = EmployerProfile {
        phone: "03-9876-5432".into(),
        ..profile()
    };
    let refiled = server
        .client
        .refile_employer_registration(&employer, &corrected)
        .await
        .unwrap();
    assert_eq!(refiled.status, EmployerStatus::Provisional);
    let queue = server
        .client
        .list_employer_applications(&tokyo)
        .await
        .unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].profile.phone, "03-9876-5432");
    let accepted = server.client.accept_employer(&tokyo, id).await.unwrap();
    assert_eq!(accepted.return_reason, None);
    server.stop().await.unwrap();
}

async fn the_opening_refuses_bad_profiles_without_spending_the_key(database: TestDatabase) {
    let (server, _, _) = with_counselors(database).await;
    server
        .client
        .request_employer_opening_key(&sign_up_request(EMPLOYER))
        .await
        .unwrap();
    let key = mailed_key(&server, EMPLOYER).await.unwrap();
    let cases = [
        (
            EmployerProfile {
                name_kana: "しごとしょうじ".into(),
                ..profile()
            },
            "office.name_kana",
        ),
        (
            EmployerProfile {
                postal_code: "100".into(),
                ..profile()
            },
            "office.postal_code",
        ),
        (
            EmployerProfile {
                employees: 0,
                ..profile()
            },
            "office.employees",
        ),
    ];
    for (office, field) in cases {
        let err = server
            .client
            .complete_employer_opening(&completion(&key, office))
            .await
            .unwrap_err();
        assert_eq!(field_of(&err).as_deref(), Some(field));
    }
    let weak = EmployerOpeningCompletion {
        password: "password".into(),
        password_confirmation: "password".into(),
        ..completion(&key, profile())
    };
    let err = server
        .client
        .complete_employer_opening(&weak)
        .await
        .unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("password"));

    // The key still works after the refusals, once.
    server
        .client
        .complete_employer_opening(&completion(&key, profile()))
        .await
        .unwrap();
    let reused = server
        .client
        .complete_employer_opening(&completion(&key, profile()))
        .await
        .unwrap_err();
    assert_eq!(code_of(&reused), Some(ErrorCode::InvalidKey));

    // The address has an account now: the same answer, no key, and its owner is told.
    let first = server
        .client
        .request_employer_opening_key(&sign_up_request("someone-new@example.jp"))
        .await
        .unwrap();
    let taken = server
        .client
        .request_employer_opening_key(&sign_up_request(EMPLOYER))
        .await
        .unwrap();
    assert_eq!(first, taken);
    mail_to(&server, "someone-new@example.jp").await;
    let (subject, body) = mail_to(&server, EMPLOYER).await;
    assert!(subject.contains("開設のお申込み"), "{subject}");
    assert!(
        body.contains("求人者マイページ") && key_in(&body).is_none(),
        "{body}"
    );
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(server.mail().unwrap().messages().is_empty());
    server.stop().await.unwrap();
}

async fn employer_endpoints_refuse_other_roles_and_prefectures(database: TestDatabase) {
    let (server, tokyo, osaka) = with_counselors(database).await;
    let employer = open_employer(&server).await;
    let id = first_application(&server, &tokyo).await;

    // Osaka's counselors neither see nor decide on a Tokyo company.
    assert!(server
        .client
        .list_employer_applications(&osaka)
        .await
        .unwrap()
        .is_empty());
    let err = server.client.accept_employer(&osaka, id).await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::NotFound));
    let err = server
        .client
        .return_employer(
            &osaka,
            id,
            &EmployerReturn {
                reason: "不備".into(),
            },
        )
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::NotFound));

    // (token, expected code) on the counselors' review and on the employer's own record.
    let strangers = [
        ("", ErrorCode::Unauthenticated),
        ("not-a-token", ErrorCode::Unauthenticated),
    ];
    for (token, code) in strangers
        .iter()
        .copied()
        .chain([(employer.as_str(), ErrorCode::Forbidden)])
    {
        let err = server
            .client
            .list_employer_applications(token)
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "list with {token:?}");
        let err = server.client.accept_employer(token, id).await.unwrap_err();
        assert_eq!(code_of(&err), Some(code), "accept with {token:?}");
        let err = server
            .client
            .return_employer(
                token,
                id,
                &EmployerReturn {
                    reason: "不備".into(),
                },
            )
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "return with {token:?}");
    }
    for (token, code) in strangers
        .iter()
        .copied()
        .chain([(tokyo.as_str(), ErrorCode::Forbidden)])
    {
        let err = server
            .client
            .employer_registration(token)
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "registration with {token:?}");
        let err = server
            .client
            .refile_employer_registration(token, &profile())
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "refile with {token:?}");
    }
    // Nothing was decided by the refused calls.
    let queue = server
        .client
        .list_employer_applications(&tokyo)
        .await
        .unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].status, EmployerStatus::Provisional);
    server.stop().await.unwrap();
}
