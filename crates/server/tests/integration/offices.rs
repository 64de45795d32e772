//! The public office directory and where online filings go: a prefecture's offices with their
//! jurisdictions for anyone, and a 仮登録 or a 事業所登録 filed with the office whose
//! jurisdiction covers the person's or the company's municipality.

use shigoto_shared::{ErrorCode, OfficeDirectory, OfficeEntry};
use shigoto_test_support::{
    code_of, employer_opening_completion, field_of, mailed_key, on_both_backends,
    registration_completion, sample_office, sign_up_request, signed_in_counselor, start_with_smtp,
    TestDatabase, COUNSELOR_EMAIL, COUNSELOR_PASSWORD,
};

on_both_backends!(
    the_directory_lists_each_office_with_what_it_covers,
    a_bad_prefecture_is_refused_in_the_language_asked_for,
    online_filings_go_to_the_office_covering_the_municipality,
);

/// The second office of Tokyo and a ward it covers: not where the first office would take it.
fn second_office(directory: &OfficeDirectory) -> (&OfficeEntry, &str) {
    let office = &directory.offices[1];
    (office, office.municipality_codes[0].as_str())
}

async fn the_directory_lists_each_office_with_what_it_covers(database: TestDatabase) {
    let server = start_with_smtp(database).await.unwrap();
    let hokkaido = server.client.offices("01").await.unwrap();
    assert_eq!(hokkaido.prefecture_code, "01");
    assert!(hokkaido.offices.len() >= 2, "{}", hokkaido.offices.len());
    let sapporo = hokkaido
        .offices
        .iter()
        .find(|office| office.name == "ハローワーク札幌")
        .unwrap();
    assert!(sapporo.municipality_codes.contains(&"01101".to_owned()));
    assert!(sapporo.address.starts_with("北海道"), "{}", sapporo.address);
    assert!(!sapporo.phone.is_empty() && !sapporo.hours.is_empty());
    // Every municipality of the prefecture is covered once, by one of its offices.
    let mut covered: Vec<&str> = hokkaido
        .offices
        .iter()
        .flat_map(|office| office.municipality_codes.iter().map(String::as_str))
        .collect();
    covered.sort_unstable();
    let all: Vec<&str> = shigoto_refdata::municipalities_of("01")
        .map(|m| m.code)
        .collect();
    assert_eq!(covered, all);
    // The demo's offices are invented, and say so.
    assert!(hokkaido.offices.iter().all(|office| office.demo));
    let codes: Vec<&str> = hokkaido.offices.iter().map(|o| o.code.as_str()).collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted, "by code");
    // Without an account, and the same for an unknown token: the directory is public.
    let answer = reqwest::Client::new()
        .get(format!(
            "{}/api/v1/offices?prefecture=47",
            server.base_url()
        ))
        .bearer_auth("not-a-session")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    let okinawa: OfficeDirectory = answer.json().await.unwrap();
    assert!(okinawa.offices.iter().all(|o| o.prefecture_code == "47"));
    server.stop().await.unwrap();
}

async fn a_bad_prefecture_is_refused_in_the_language_asked_for(database: TestDatabase) {
    let server = start_with_smtp(database).await.unwrap();
    for code in ["00", "48", "1", "", "tokyo"] {
        let err = server.client.offices(code).await.unwrap_err();
        assert_eq!(code_of(&err), Some(ErrorCode::InvalidParameter), "{code}");
        assert_eq!(field_of(&err).as_deref(), Some("prefecture"), "{code}");
    }
    let missing = reqwest::Client::new()
        .get(format!("{}/api/v1/offices", server.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 400, "the prefecture is required");
    let english: shigoto_shared::ApiError = reqwest::Client::new()
        .get(format!(
            "{}/api/v1/offices?prefecture=99",
            server.base_url()
        ))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        english
            .message
            .starts_with("There is no prefecture with the code \"99\""),
        "{}",
        english.message
    );
    server.stop().await.unwrap();
}

const SEEKER: &str = "minato@example.jp";
const EMPLOYER: &str = "jinji@minato-shoji.example.jp";
const PASSWORD: &str = "Kankatsu#Shigoto7";

async fn online_filings_go_to_the_office_covering_the_municipality(database: TestDatabase) {
    let server = start_with_smtp(database).await.unwrap();
    let tokyo = server.client.offices("13").await.unwrap();
    let (office, ward) = second_office(&tokyo);
    assert_ne!(office.code, tokyo.offices[0].code);

    // 仮登録: with a municipality of another prefecture it is refused, key unspent.
    server
        .client
        .request_registration_key(&sign_up_request(SEEKER))
        .await
        .unwrap();
    let key = mailed_key(&server, SEEKER).await.unwrap();
    let mut filing = registration_completion(SEEKER, &key, PASSWORD);
    filing.municipality_code = "27102".into();
    let err = server
        .client
        .complete_registration(&filing)
        .await
        .unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("municipality_code"));
    filing.municipality_code = ward.to_owned();
    server.client.complete_registration(&filing).await.unwrap();
    let seeker = server.session_token(SEEKER, PASSWORD).await.unwrap();
    let me = server.client.me(&seeker).await.unwrap();
    assert_eq!(me.office_code.as_deref(), Some(office.code.as_str()));
    assert_eq!(me.office_name.as_deref(), Some(office.name.as_str()));

    // 事業所登録: the number given at 受理 is the covering office's.
    server
        .client
        .request_employer_opening_key(&sign_up_request(EMPLOYER))
        .await
        .unwrap();
    let key = mailed_key(&server, EMPLOYER).await.unwrap();
    let mut company = sample_office();
    company.municipality_code = ward.to_owned();
    server
        .client
        .complete_employer_opening(&employer_opening_completion(
            EMPLOYER, &key, PASSWORD, company,
        ))
        .await
        .unwrap();
    let counselor = signed_in_counselor(&server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let queue = server
        .client
        .list_employer_applications(&counselor)
        .await
        .unwrap();
    let accepted = server
        .client
        .accept_employer(&counselor, queue[0].id)
        .await
        .unwrap();
    let number = accepted.office_number.unwrap();
    assert!(
        number.starts_with(&office.code[..4]),
        "{number} at {}",
        office.code
    );
    server.stop().await.unwrap();
}
