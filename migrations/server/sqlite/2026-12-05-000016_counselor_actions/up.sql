-- The counselors' audit trail: every action a counselor takes on a seeker, an employer or a
-- posting (registration, 本登録, 求職有効, 職業相談, 紹介, オンライン職業紹介 and おすすめ求人, a
-- message, 事業所登録 and 求人 受理/返戻), written in the action's own transaction, listed for
-- the counselor's office. `subject` names what it was done to (求職番号, 求人番号, 事業所…).
CREATE TABLE counselor_actions (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    counselor_id BIGINT NOT NULL REFERENCES accounts (id),
    office_code TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    at TIMESTAMP NOT NULL
);
CREATE INDEX counselor_actions_office_idx ON counselor_actions (office_code, id);
