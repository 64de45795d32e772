//! Table definitions, written by hand to fit both backends (see `migrations/server/`).

diesel::table! {
    offices (code) {
        code -> Text,
        name -> Text,
        prefecture_code -> Text,
        address -> Text,
        phone -> Text,
        hours -> Text,
        demo -> Bool,
    }
}

diesel::table! {
    office_jurisdictions (municipality_code) {
        municipality_code -> Text,
        office_code -> Text,
    }
}

diesel::table! {
    employers (id) {
        id -> BigInt,
        office_number -> Text,
        name -> Text,
        created_at -> Timestamp,
        account_id -> Nullable<BigInt>,
        status -> Text,
        profile -> Text,
    }
}

diesel::table! {
    accounts (id) {
        id -> BigInt,
        role -> Text,
        email -> Text,
        password_hash -> Text,
        failed_logins -> Integer,
        locked_until -> Nullable<Timestamp>,
        terms_version -> Nullable<Text>,
        terms_agreed_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        language -> Text,
    }
}

diesel::table! {
    counselors (account_id) {
        account_id -> BigInt,
        name -> Text,
        office_code -> Text,
    }
}

diesel::table! {
    seekers (id) {
        id -> BigInt,
        seeker_number -> Text,
        account_id -> Nullable<BigInt>,
        name -> Text,
        name_kana -> Text,
        birth_date -> Date,
        email -> Text,
        prefecture_code -> Text,
        office_code -> Text,
        status -> Text,
        applied_on -> Date,
        valid_until -> Date,
        registered_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    office_serials (office_code, kind) {
        office_code -> Text,
        kind -> Text,
        value -> BigInt,
    }
}

diesel::table! {
    auth_keys (id) {
        id -> BigInt,
        purpose -> Text,
        email -> Text,
        key_hash -> Text,
        subject_id -> Nullable<BigInt>,
        payload -> Text,
        attempts -> Integer,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sessions (token_hash) {
        token_hash -> Text,
        account_id -> BigInt,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    rate_limits (bucket) {
        bucket -> Text,
        window_start -> Timestamp,
        count -> Integer,
    }
}

diesel::table! {
    change_counters (name) {
        name -> Text,
        value -> BigInt,
    }
}

diesel::table! {
    jobs (id) {
        id -> BigInt,
        job_number -> Text,
        employer_id -> BigInt,
        office_code -> Text,
        status -> Text,
        publication -> Text,
        received_on -> Date,
        referral_deadline -> Date,
        prefecture_code -> Text,
        municipality_code -> Text,
        occupation_code -> Text,
        title -> Text,
        sheet -> Text,
        change_seq -> BigInt,
        updated_at -> Timestamp,
        published_at -> Timestamp,
    }
}

diesel::table! {
    service_settings (name) {
        name -> Text,
        value -> Text,
    }
}

diesel::table! {
    employer_registrations (id) {
        id -> BigInt,
        account_id -> BigInt,
        status -> Text,
        profile -> Text,
        prefecture_code -> Text,
        office_code -> Text,
        employer_id -> Nullable<BigInt>,
        return_reason -> Nullable<Text>,
        reviewed_by -> Nullable<BigInt>,
        reviewed_at -> Nullable<Timestamp>,
        submitted_at -> Timestamp,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    mypage_sync (account_id) {
        account_id -> BigInt,
        last_seq -> BigInt,
    }
}

diesel::table! {
    favorites (account_id, job_number) {
        account_id -> BigInt,
        job_number -> Text,
        added_at -> Timestamp,
        removed -> Bool,
        seq -> BigInt,
    }
}

diesel::table! {
    hidden_employers (account_id, employer_id, publication) {
        account_id -> BigInt,
        employer_id -> BigInt,
        publication -> Text,
        job_number -> Text,
        hidden_at -> Timestamp,
        removed -> Bool,
        seq -> BigInt,
    }
}

diesel::table! {
    saved_searches (account_id, id) {
        account_id -> BigInt,
        id -> Text,
        name -> Text,
        params -> Text,
        last_run_at -> Nullable<Timestamp>,
        removed -> Bool,
        seq -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        notify_new -> Bool,
    }
}

diesel::table! {
    idempotency_keys (account_id, key) {
        account_id -> BigInt,
        key -> Text,
        request_hash -> Text,
        outcome -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    job_postings (id) {
        id -> BigInt,
        employer_id -> BigInt,
        status -> Text,
        form -> Text,
        title -> Text,
        prefecture_code -> Text,
        office_code -> Text,
        job_number -> Nullable<Text>,
        revises_id -> Nullable<BigInt>,
        extended -> Bool,
        return_reason -> Nullable<Text>,
        reviewed_by -> Nullable<BigInt>,
        reviewed_at -> Nullable<Timestamp>,
        submitted_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    applications (id) {
        id -> BigInt,
        seeker_id -> BigInt,
        job_id -> BigInt,
        employer_id -> BigInt,
        kind -> Text,
        status -> Text,
        profile -> Text,
        message -> Text,
        result_reason -> Nullable<Text>,
        referred_by -> Nullable<BigInt>,
        letter -> Nullable<Text>,
        applied_on -> Date,
        decided_on -> Nullable<Date>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        sync_seq -> BigInt,
    }
}

diesel::table! {
    application_documents (application_id, number) {
        application_id -> BigInt,
        number -> Integer,
        kind -> Text,
        file_name -> Text,
        byte_size -> BigInt,
        content -> Binary,
        created_at -> Timestamp,
    }
}

diesel::table! {
    counselling_sessions (id) {
        id -> BigInt,
        seeker_id -> BigInt,
        counselor_id -> BigInt,
        office_code -> Text,
        held_on -> Date,
        topic -> Text,
        note -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    message_threads (id) {
        id -> BigInt,
        seeker_id -> BigInt,
        party -> Text,
        employer_id -> Nullable<BigInt>,
        party_key -> Text,
        created_at -> Timestamp,
        last_message_at -> Nullable<Timestamp>,
        seeker_seq -> BigInt,
        employer_seq -> BigInt,
    }
}

diesel::table! {
    messages (id) {
        id -> BigInt,
        thread_id -> BigInt,
        sender_account_id -> BigInt,
        side -> Text,
        sender_name -> Text,
        body -> Text,
        client_key -> Text,
        sent_at -> Timestamp,
        seeker_seq -> BigInt,
        employer_seq -> BigInt,
        job_number -> Nullable<Text>,
    }
}

diesel::table! {
    notification_settings (account_id) {
        account_id -> BigInt,
        mails -> Bool,
        new_jobs_digest -> Bool,
    }
}

diesel::table! {
    counselor_actions (id) {
        id -> BigInt,
        counselor_id -> BigInt,
        office_code -> Text,
        action -> Text,
        subject -> Text,
        at -> Timestamp,
    }
}

diesel::table! {
    seeker_profiles (seeker_id) {
        seeker_id -> BigInt,
        profile -> Text,
        seq -> BigInt,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    profile_publications (seeker_id) {
        seeker_id -> BigInt,
        public_id -> Text,
        view -> Text,
        agreed_at -> Timestamp,
        stopped_at -> Nullable<Timestamp>,
        licences -> Text,
    }
}

diesel::table! {
    direct_requests (id) {
        id -> BigInt,
        job_id -> BigInt,
        job_number -> Text,
        employer_id -> BigInt,
        seeker_id -> BigInt,
        view -> Text,
        note -> Text,
        sent_at -> Timestamp,
        answer -> Nullable<Text>,
        answered_at -> Nullable<Timestamp>,
        seeker_seq -> BigInt,
    }
}

diesel::table! {
    request_counts (job_id) {
        job_id -> BigInt,
        sent -> Integer,
    }
}

diesel::table! {
    publication_terms (term, seeker_id) {
        term -> Text,
        seeker_id -> BigInt,
    }
}

diesel::table! {
    daily_runs (task, day) {
        task -> Text,
        day -> Date,
        claimed_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sent_notices (account_id, kind, about) {
        account_id -> BigInt,
        kind -> Text,
        about -> Text,
        sent_at -> Timestamp,
    }
}

diesel::table! {
    job_introductions (id) {
        id -> BigInt,
        seeker_id -> BigInt,
        job_id -> BigInt,
        job_number -> Text,
        kind -> Text,
        counselor_account_id -> BigInt,
        introduced_by -> Text,
        note -> Text,
        created_at -> Timestamp,
        sync_seq -> BigInt,
    }
}

diesel::table! {
    thread_reads (thread_id, side) {
        thread_id -> BigInt,
        side -> Text,
        last_read_id -> BigInt,
    }
}

diesel::joinable!(jobs -> employers (employer_id));
diesel::joinable!(jobs -> offices (office_code));
diesel::joinable!(office_jurisdictions -> offices (office_code));
diesel::allow_tables_to_appear_in_same_query!(
    hidden_employers,
    notification_settings,
    sent_notices,
    daily_runs,
    counselor_actions,
    seeker_profiles,
    profile_publications,
    direct_requests,
    request_counts,
    publication_terms,
    job_introductions,
    offices,
    office_jurisdictions,
    employers,
    change_counters,
    jobs,
    service_settings,
    employer_registrations,
    accounts,
    favorites,
    saved_searches,
    job_postings,
    applications,
    application_documents,
    counselling_sessions,
    counselors,
    message_threads,
    messages,
    thread_reads,
    seekers
);
diesel::joinable!(messages -> message_threads (thread_id));
diesel::joinable!(counselling_sessions -> offices (office_code));
diesel::joinable!(counselling_sessions -> counselors (counselor_id));
diesel::joinable!(application_documents -> applications (application_id));
diesel::joinable!(applications -> seekers (seeker_id));
diesel::joinable!(seeker_profiles -> seekers (seeker_id));
diesel::joinable!(profile_publications -> seekers (seeker_id));
diesel::joinable!(direct_requests -> seekers (seeker_id));
diesel::joinable!(direct_requests -> jobs (job_id));
diesel::joinable!(publication_terms -> seekers (seeker_id));
diesel::joinable!(applications -> jobs (job_id));
diesel::joinable!(hidden_employers -> employers (employer_id));
diesel::joinable!(job_postings -> employers (employer_id));
diesel::joinable!(employer_registrations -> employers (employer_id));
diesel::joinable!(employer_registrations -> accounts (account_id));
