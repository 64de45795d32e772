//! diesel `table!` definitions of the cache (see `migrations/cache`).

diesel::table! {
    requests (id) {
        id -> BigInt,
        body -> Text,
    }
}

diesel::table! {
    profile (id) {
        id -> Integer,
        body -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    sync_state (id) {
        id -> Integer,
        cursor -> Text,
        last_success_at -> Nullable<Timestamp>,
        last_attempt_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        new_postings_checked_at -> Nullable<Timestamp>,
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
    hidden_employers (job_number) {
        job_number -> Text,
        employer_name -> Nullable<Text>,
        title -> Text,
        hidden_at -> Timestamp,
    }
}

diesel::table! {
    saved_searches (id) {
        id -> Text,
        name -> Text,
        params -> Text,
        last_run_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
        notify_new -> Bool,
    }
}

diesel::table! {
    new_postings (search_id) {
        search_id -> Text,
        since -> Timestamp,
        count -> BigInt,
        told -> BigInt,
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

diesel::table! {
    threads (id) {
        id -> BigInt,
        body -> Text,
    }
}

diesel::table! {
    messages (id) {
        id -> BigInt,
        thread_id -> BigInt,
        body -> Text,
    }
}

diesel::table! {
    message_outbox (position) {
        position -> Integer,
        key -> Text,
        thread_id -> BigInt,
        body -> Text,
        written_at -> Timestamp,
        acked -> Bool,
    }
}

diesel::table! {
    read_marks (thread_id) {
        thread_id -> BigInt,
        up_to -> BigInt,
        acked -> Bool,
    }
}

diesel::table! {
    introductions (id) {
        id -> BigInt,
        body -> Text,
    }
}

diesel::table! {
    seen_items (kind, id) {
        kind -> Text,
        id -> BigInt,
    }
}

diesel::table! {
    told_reminders (about) {
        about -> Text,
    }
}

diesel::table! {
    reminders (about) {
        about -> Text,
        body -> Text,
    }
}

diesel::table! {
    visits (id) {
        id -> Integer,
        previous_end -> Nullable<Timestamp>,
        last_active -> Nullable<Timestamp>,
    }
}
