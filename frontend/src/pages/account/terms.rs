//! The texts agreed to at step 1 of opening a MyPage: マイページ利用規約 and プライバシーポリシー,
//! written for this service. Their version is `shigoto_domain::account::TERMS_VERSION`; change
//! that constant whenever a text here changes, so every account records what it agreed to.

/// One article: its heading and its paragraphs.
pub struct Article {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
}

/// マイページ利用規約.
pub const TERMS: &[Article] = &[
    Article {
        heading: "第1条（目的）",
        paragraphs: &[
            "この規約は、Shigoto（以下「本サービス」といいます。）の求職者マイページ（以下「マイページ」といいます。）の利用について定めるものです。マイページは、求人情報の検索、お気に入りの保存、応募、メッセージ等の機能により、利用者の求職活動を支援することを目的とします。",
        ],
    },
    Article {
        heading: "第2条（利用できる方）",
        paragraphs: &[
            "マイページは、ハローワークで求職登録をした方、またはオンラインで求職申込みをした方が利用できます。利用者は、この規約に同意したうえでマイページを利用するものとします。",
        ],
    },
    Article {
        heading: "第3条（メールアドレスとパスワードの管理）",
        paragraphs: &[
            "利用者は、ログインに使うメールアドレスとパスワードを自らの責任で管理し、第三者に知らせてはなりません。",
            "ハローワーク内のパソコンなど共用のパソコンで利用したときは、利用後に必ずログアウトしてください。",
        ],
    },
    Article {
        heading: "第4条（禁止事項）",
        paragraphs: &[
            "利用者は、次の行為をしてはなりません。（1）虚偽の情報を登録すること（2）他人のメールアドレスやパスワードを使うこと（3）本サービスの運営を妨げること（4）法令または公序良俗に反すること",
        ],
    },
    Article {
        heading: "第5条（自主応募とメッセージ）",
        paragraphs: &[
            "ハローワークを経由しない自主応募は、利用者と求人者との間で直接行われます。応募に関して生じたトラブルは当事者間で解決していただきます。また、自主応募により就職した場合、再就職手当が支給されないことがあります。",
            "メッセージ機能でハローワークへメッセージを送ることはできません。ご相談はハローワークの窓口または電話でお願いします。",
        ],
    },
    Article {
        heading: "第6条（サービスの停止・変更）",
        paragraphs: &[
            "保守や障害への対応のため、予告なく本サービスの全部または一部を停止することがあります。",
        ],
    },
    Article {
        heading: "第7条（規約の変更）",
        paragraphs: &[
            "この規約は必要に応じて変更することがあります。変更したときは、マイページの開設時やログイン時に新しい規約を表示し、改めて同意をお願いすることがあります。",
        ],
    },
];

/// プライバシーポリシー.
pub const PRIVACY: &[Article] = &[
    Article {
        heading: "1. 取得する情報",
        paragraphs: &[
            "マイページの開設と利用にあたり、氏名、フリガナ、生年月日、メールアドレス、住所（都道府県）、希望する仕事の条件、応募の状況、メッセージの内容、ログインの日時を取得します。",
        ],
    },
    Article {
        heading: "2. 利用の目的",
        paragraphs: &[
            "取得した情報は、本人確認、職業紹介と求人情報の提供、利用者への連絡、本サービスの改善のためにだけ利用します。",
        ],
    },
    Article {
        heading: "3. 第三者への提供",
        paragraphs: &[
            "法令に基づく場合を除き、本人の同意なく第三者に提供しません。求人に応募したときは、応募先の求人者に選考に必要な情報を提供します。求職情報を公開したときも、氏名と連絡先は公開しません。",
        ],
    },
    Article {
        heading: "4. 安全管理",
        paragraphs: &[
            "パスワードは元に戻せない形式で保存し、通信は暗号化します。アプリがこのパソコンに保存した情報は、ログアウトしたときに消去します。",
        ],
    },
    Article {
        heading: "5. 確認・訂正とお問い合わせ",
        paragraphs: &[
            "登録した情報の確認や訂正は、ハローワークの窓口で受け付けます。お問い合わせはヘルプデスク（0570-077450、月曜〜金曜 9:30〜18:00、祝日・年末年始を除く）へお願いします。",
        ],
    },
];

/// `2026-11` → 「2026年11月版」; any other form is shown as it is, with 「版」.
pub fn version_label(version: &str) -> String {
    let parts: Option<(u32, u32)> = version
        .split_once('-')
        .and_then(|(y, m)| Some((y.parse().ok()?, m.parse().ok()?)));
    match parts {
        Some((year, month)) if (1..=12).contains(&month) => format!("{year}年{month}月版"),
        _ => format!("{version}版"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_read_as_year_and_month() {
        assert_eq!(version_label("2026-11"), "2026年11月版");
        assert_eq!(version_label("2027-01"), "2027年1月版");
        assert_eq!(version_label("v3"), "v3版");
        assert_eq!(version_label("2026-13"), "2026-13版");
    }

    #[test]
    fn every_article_has_text() {
        for article in TERMS.iter().chain(PRIVACY) {
            assert!(!article.heading.is_empty());
            assert!(article.paragraphs.iter().all(|p| !p.is_empty()));
        }
    }
}
