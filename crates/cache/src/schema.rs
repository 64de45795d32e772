//! diesel `table!` definitions of the cache (see `migrations/cache`).

diesel::table! {
    sync_state (id) {
        id -> Integer,
        cursor -> Text,
        last_success_at -> Nullable<Timestamp>,
        last_attempt_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
    }
}

diesel::table! {
    favorites (job_number) {
        job_number -> Text,
        added_at -> Timestamp,
        sheet -> Nullable<Text>,
        closed -> Bool,
    }
}

diesel::table! {
    saved_searches (id) {
        id -> Text,
        name -> Text,
        params -> Text,
        last_run_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    outbox (position) {
        position -> Integer,
        key -> Text,
        mutation -> Text,
        created_at -> Timestamp,
        acked -> Bool,
    }
}

diesel::table! {
    sheets (job_number) {
        job_number -> Text,
        sheet -> Text,
        fetched_at -> Timestamp,
    }
}

diesel::table! {
    rejections (key) {
        key -> Text,
        mutation -> Text,
        code -> Text,
        message -> Text,
        rejected_at -> Timestamp,
        seen -> Bool,
    }
}

diesel::table! {
    applications (id) {
        id -> BigInt,
        applied_on -> Date,
        body -> Text,
    }
}
