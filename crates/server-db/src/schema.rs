//! Table definitions, written by hand to fit both backends (see `migrations/server/`).

diesel::table! {
    offices (code) {
        code -> Text,
        name -> Text,
        prefecture_code -> Text,
        address -> Text,
        phone -> Text,
        hours -> Text,
    }
}

diesel::table! {
    employers (id) {
        id -> BigInt,
        office_number -> Text,
        name -> Text,
        created_at -> Timestamp,
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
    }
}

diesel::table! {
    service_settings (name) {
        name -> Text,
        value -> Text,
    }
}

diesel::joinable!(jobs -> employers (employer_id));
diesel::joinable!(jobs -> offices (office_code));
diesel::allow_tables_to_appear_in_same_query!(
    offices,
    employers,
    change_counters,
    jobs,
    service_settings
);
