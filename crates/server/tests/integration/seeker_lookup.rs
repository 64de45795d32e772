//! Finding a job seeker at the counter by 氏名 or フリガナ: every word must match the name as
//! typed or the フリガナ (hiragana read as katakana), LIKE wildcards are taken literally, at most
//! 20 are listed with `more` beyond, only the counselor's prefecture is searched, bad lookups
//! are 400s, and no other role may look.

use shigoto_shared::{CounterRegistration, ErrorCode, SeekerMatches};
use shigoto_test_support::{
    code_of, on_both_backends, open_employer, seeker_birth_date, sign_up_seeker,
    signed_in_counselor_at, start_with_counselor, TestDatabase, TestServer, SEEKER_EMAIL,
    SEEKER_PASSWORD,
};

on_both_backends!(
    counselors_find_seekers_of_their_prefecture_by_name_or_kana,
    only_counselors_may_look_and_bad_lookups_are_refused,
);

async fn register(
    server: &TestServer,
    counselor: &str,
    (name, kana, prefecture): (&str, &str, &str),
) {
    let email = format!("{}@example.jp", uuid::Uuid::new_v4().simple());
    let registration = CounterRegistration {
        name: name.into(),
        name_kana: kana.into(),
        birth_date: seeker_birth_date(),
        email,
        prefecture_code: prefecture.into(),
    };
    server
        .client
        .register_seeker(counselor, &registration)
        .await
        .unwrap();
}

async fn names(server: &TestServer, counselor: &str, words: &str) -> (Vec<String>, bool) {
    let SeekerMatches { seekers, more } =
        server.client.find_seekers(counselor, words).await.unwrap();
    (seekers.into_iter().map(|s| s.name).collect(), more)
}

async fn counselors_find_seekers_of_their_prefecture_by_name_or_kana(database: TestDatabase) {
    let (server, tokyo) = start_with_counselor(database).await.unwrap();
    let osaka = signed_in_counselor_at(
        &server,
        "osaka@hellowork.example.jp",
        "Osaka#Shokuin26",
        "27010",
    )
    .await
    .unwrap();
    for person in [
        ("森田 健", "モリタ ケン", "13"),
        ("森 さくら", "モリ サクラ", "13"),
        ("山田 花子", "ヤマダ ハナコ", "13"),
        ("100%田中", "タナカ", "13"),
    ] {
        register(&server, &tokyo, person).await;
    }
    register(&server, &osaka, ("森 大阪", "モリ オオサカ", "27")).await;

    let none: Vec<String> = Vec::new();
    assert_eq!(
        names(&server, &tokyo, "森").await,
        (vec!["森 さくら".to_owned(), "森田 健".to_owned()], false),
        "by フリガナ, Tokyo's only"
    );
    assert_eq!(
        names(&server, &tokyo, "もり　さくら").await.0,
        vec!["森 さくら"]
    );
    assert_eq!(names(&server, &tokyo, "モリタ").await.0, vec!["森田 健"]);
    assert_eq!(
        names(&server, &tokyo, "ハナコ 山田").await.0,
        vec!["山田 花子"]
    );
    assert_eq!(names(&server, &tokyo, "%").await.0, vec!["100%田中"]);
    assert_eq!(
        names(&server, &tokyo, "_").await.0,
        none,
        "a wildcard is a character"
    );
    assert_eq!(names(&server, &tokyo, "森 大阪").await.0, none);
    assert_eq!(names(&server, &osaka, "森").await.0, vec!["森 大阪"]);

    for n in 0..21 {
        register(&server, &tokyo, (&format!("佐藤 {n:02}"), "サトウ", "13")).await;
    }
    let (listed, more) = names(&server, &tokyo, "さとう").await;
    assert_eq!((listed.len(), more), (20, true));
    server.stop().await.unwrap();
}

async fn only_counselors_may_look_and_bad_lookups_are_refused(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let seeker = sign_up_seeker(&server, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let employer = open_employer(
        &server,
        "jinji@shigoto-shoji.example.jp",
        "Kyujin#Moushikomi1",
    )
    .await
    .unwrap();
    let client = &server.client;
    for token in [&seeker, &employer] {
        let refused = client.find_seekers(token, "山田").await.unwrap_err();
        assert_eq!(code_of(&refused), Some(ErrorCode::Forbidden));
    }
    let unsigned = client
        .find_seekers("no-such-token", "山田")
        .await
        .unwrap_err();
    assert_eq!(code_of(&unsigned), Some(ErrorCode::Unauthenticated));
    for bad in ["", "　", "あ い う え お", &"あ".repeat(51)] {
        let err = client.find_seekers(&counselor, bad).await.unwrap_err();
        assert_eq!(code_of(&err), Some(ErrorCode::InvalidParameter), "{bad:?}");
    }
    server.stop().await.unwrap();
}
