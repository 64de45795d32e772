-- 求職者情報: what a job seeker keeps about themselves and the work they want
-- (`shigoto_shared::SeekerProfile` as JSON, checked by `shigoto_domain::profile` before it is
-- written). One row per seeker; `seq` is the number of its last change in the seeker's MyPage
-- sequence, so devices pull it like the rest of the MyPage.
CREATE TABLE seeker_profiles (
    seeker_id BIGINT PRIMARY KEY NOT NULL REFERENCES seekers (id),
    profile TEXT NOT NULL,
    seq BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
