-- 事業所登録 filed with a 求人者マイページ: 仮登録 (provisional) → 受理 (accepted, an
-- `employers` row with a 事業所番号 is created) or 返戻 (returned with a reason; the employer
-- corrects the profile and files again). Reviewed by the counselors of the office it is filed at.
CREATE TABLE employer_registrations (
    id BIGSERIAL PRIMARY KEY,
    account_id BIGINT NOT NULL UNIQUE REFERENCES accounts (id),
    status TEXT NOT NULL,
    profile TEXT NOT NULL,
    prefecture_code TEXT NOT NULL,
    office_code TEXT NOT NULL REFERENCES offices (code),
    employer_id BIGINT UNIQUE REFERENCES employers (id),
    return_reason TEXT,
    reviewed_by BIGINT REFERENCES accounts (id),
    reviewed_at TIMESTAMP,
    submitted_at TIMESTAMP NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX employer_registrations_queue_idx ON employer_registrations (prefecture_code, status);
