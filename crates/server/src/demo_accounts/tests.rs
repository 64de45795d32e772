//! After seeding, each demo account signs in through the HTTP API with the printed details; the
//! seeker is registered (本登録) with favorites, a saved search and a published 求職者情報, the employer's 事業所登録 is
//! accepted, the counselor works at the demo office; seeding again changes nothing.

use std::sync::Arc;

use chrono::NaiveDate;
use shigoto_api_client::ApiClient;
use shigoto_shared::{EmployerStatus, RegistrationStatus, SyncCursor};

use super::*;
use crate::clock::ManualClock;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_accounts_sign_in_with_the_printed_details_and_seeding_twice_is_harmless() {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = Settings::for_local(dir.path());
    settings.demo_jobs = 300;
    // 10:00 in Japan.
    let start = NaiveDate::from_ymd_opt(2026, 11, 25)
        .and_then(|d| d.and_hms_opt(1, 0, 0))
        .unwrap();
    let clock = Arc::new(ManualClock::new(start));

    let first = seed(&settings, clock.as_ref()).await.unwrap();
    assert_eq!(first.counselor, Seeded::Created);
    assert_eq!(first.seeker, Seeded::Created);
    assert_eq!(first.employer, Seeded::Created);
    assert_eq!(first.favorites, DEMO_FAVORITES as i64);
    assert_eq!(first.saved_searches, 1);
    let printed = sign_in_details(&first);

    let server = crate::spawn(settings.clone(), clock.clone()).await.unwrap();
    let client = ApiClient::new(&server.base_url()).unwrap();
    let mut tokens = Vec::new();
    for account in ALL {
        let line = printed
            .lines()
            .find(|line| line.contains(account.email))
            .unwrap_or_else(|| panic!("{} is not printed:\n{printed}", account.email));
        let password = line.split_whitespace().nth(1).unwrap();
        assert_eq!(password, account.password);
        let signed_in = client.sign_in(account.email, password).await.unwrap();
        assert_eq!(signed_in.account.role, account.role);
        tokens.push(signed_in.token);
    }
    let [seeker, employer, counselor] = [&tokens[0], &tokens[1], &tokens[2]];

    let me = client.me(seeker).await.unwrap();
    assert_eq!(me.registration, Some(RegistrationStatus::Registered));
    assert!(me.seeker_number.is_some());
    assert_eq!(me.seeker_number, first.seeker_number);
    let pulled = client
        .pull_changes(seeker, SyncCursor::default())
        .await
        .unwrap();
    let kept: Vec<_> = pulled.favorites.iter().filter(|f| !f.removed).collect();
    assert_eq!(kept.len(), DEMO_FAVORITES);
    assert!(kept.iter().all(|f| f.sheet.is_some()), "{kept:?}");
    assert_eq!(pulled.saved_searches.len(), 1);
    // The profile is filled in and published: the demo employer finds the seeker.
    let kept_profile = pulled.profile.as_ref().unwrap();
    assert_eq!(kept_profile.profile.desired.occupations, vec!["25"]);
    assert!(client
        .publication(seeker)
        .await
        .unwrap()
        .published
        .is_some());
    let found = client
        .search_published_profiles(employer, &shigoto_shared::ProfileSearch::default())
        .await
        .unwrap();
    assert_eq!(found.total, 1);
    assert_eq!(pulled.saved_searches[0].name, DEMO_SAVED_SEARCH);
    assert!(pulled.saved_searches[0].last_run_at.is_some());

    let registration = client.employer_registration(employer).await.unwrap();
    assert_eq!(registration.status, EmployerStatus::Accepted);
    assert!(registration.office_number.is_some());
    assert_eq!(registration.office_number, first.office_number);

    let me = client.me(counselor).await.unwrap();
    assert_eq!(me.office_code.as_deref(), Some(DEMO_OFFICE));

    // Again, with the service running (as `cargo xtask run` does it on every start).
    let second = seed(&settings, clock.as_ref()).await.unwrap();
    assert!(second.nothing_new(), "{second:?}");
    assert_eq!(second.seeker_number, first.seeker_number);
    assert_eq!(second.office_number, first.office_number);
    assert_eq!(sign_in_details(&second), printed);
    let cursor = SyncCursor::from_wire(&pulled.cursor).unwrap();
    let again = client.pull_changes(seeker, cursor).await.unwrap();
    assert!(again.favorites.is_empty(), "{again:?}");
    assert!(again.saved_searches.is_empty(), "{again:?}");
    for account in ALL {
        client
            .sign_in(account.email, account.password)
            .await
            .unwrap();
    }

    server.stop().await.unwrap();
}
