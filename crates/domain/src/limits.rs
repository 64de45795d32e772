//! Numeric limits of the service, from the Hello Work leaflet and SPEC.md.

/// Favorites (お気に入り) a job seeker may keep.
pub const MAX_FAVORITES: usize = 300;
/// Saved search conditions per job seeker.
pub const MAX_SAVED_SEARCHES: usize = 3;
/// Characters of a saved search's name.
pub const MAX_SAVED_SEARCH_NAME_CHARS: usize = 20;
/// Employers a job seeker may hide from their results (「この事業所の求人を表示しない」). Every
/// search of the seeker leaves them out with one term each, so the limit bounds that work and
/// the list the seeker has to look through to show one again; a seeker who wants to leave out
/// more is better served by narrower conditions.
pub const MAX_HIDDEN_EMPLOYERS: usize = 100;
/// Mutations accepted in one push.
pub const MAX_MUTATIONS_PER_PUSH: usize = 500;
/// Hours an idempotency key is remembered at least.
pub const IDEMPOTENCY_KEY_HOURS: i64 = 24;
/// Characters of the free-word keyword field.
pub const MAX_KEYWORD_CHARS: usize = 50;
/// 求人番号 looked up at once.
pub const MAX_JOB_NUMBERS: usize = 5;
/// Prefectures, municipalities and occupations in one search.
pub const MAX_AREAS: usize = 3;
/// Items of any list condition as sent (before blanks and repeats are dropped). Longer lists
/// are refused before anything else looks at them, so no request can make the checks slow.
pub const MAX_LIST_ITEMS: usize = 20;
/// Bytes of a search's query string; longer ones are refused before they are parsed.
pub const MAX_QUERY_BYTES: usize = 2048;
/// Occupations in one search.
pub const MAX_OCCUPATIONS: usize = 3;
/// Result page sizes offered.
pub const PAGE_SIZES: [u32; 3] = [10, 30, 50];
/// Default result page size.
pub const DEFAULT_PAGE_SIZE: u32 = 30;
/// The deepest page served (keeps deep paging cheap; narrow the search instead).
pub const MAX_PAGE: u32 = 200;
/// 応募検討依頼 an employer may send per posting.
pub const MAX_REQUESTS_PER_JOB: usize = 10;
/// Days in which a counselor must complete an online provisional registration.
pub const PROVISIONAL_REGISTRATION_DAYS: i64 = 14;
