//! The OpenAPI document tells the truth: schemathesis (a third-party fuzzer, pinned by
//! `cargo xtask test`) generates requests for every operation from the document and checks that
//! no answer is a server error and every answer matches the document. It runs without a token
//! and with a signed-in job seeker's, employer's and counselor's, so protected operations are
//! reached too. Needs the `st` command named by `SHIGOTO_SCHEMATHESIS`.

use shigoto_test_support::{
    open_employer, sign_up_seeker, signed_in_counselor, start_with_jobs_and_smtp, TestDatabase,
    COUNSELOR_EMAIL, COUNSELOR_PASSWORD, SEEKER_EMAIL, SEEKER_PASSWORD,
};

/// Environment variable naming the schemathesis command line (`st`).
const SCHEMATHESIS_ENV: &str = "SHIGOTO_SCHEMATHESIS";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs schemathesis: run through `cargo xtask test`"]
async fn every_operation_answers_as_documented() {
    let st = std::env::var(SCHEMATHESIS_ENV)
        .unwrap_or_else(|_| panic!("{SCHEMATHESIS_ENV} names the schemathesis `st` command"));
    let server = start_with_jobs_and_smtp(TestDatabase::Sqlite, 300)
        .await
        .unwrap();
    let counselor = signed_in_counselor(&server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let seeker = sign_up_seeker(&server, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let employer = open_employer(&server, "jinji@example.jp", SEEKER_PASSWORD)
        .await
        .unwrap();
    let document = format!("{}/api/v1/openapi.json", server.base_url());

    let callers = [
        ("the public", None),
        ("a job seeker", Some(seeker)),
        ("an employer", Some(employer)),
        ("a counselor", Some(counselor)),
    ];
    for (seed, (who, token)) in callers.into_iter().enumerate() {
        let mut command = std::process::Command::new(&st);
        // schemathesis keeps a cache in its working folder: the test's own temporary one.
        command.current_dir(server.data_dir.path());
        command.args([
            "run",
            &document,
            "--checks",
            "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance",
            // Signing out would end the token the run is using.
            "--exclude-method",
            "DELETE",
            "--max-examples",
            "20",
            "--seed",
            &seed.to_string(),
            "--no-shrink",
        ]);
        if let Some(token) = &token {
            command.args(["--header", &format!("Authorization: Bearer {token}")]);
        }
        let output = tokio::task::spawn_blocking(move || command.output())
            .await
            .unwrap()
            .expect("schemathesis runs");
        let report = String::from_utf8_lossy(&output.stdout);
        let summary: Vec<&str> = report
            .lines()
            .filter(|line| line.contains("generated") || line.contains("failed"))
            .collect();
        eprintln!("schemathesis as {who}: {summary:?}");
        assert!(
            output.status.success(),
            "schemathesis as {who} found answers that break the document:\n{report}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    server.stop().await.unwrap();
}
