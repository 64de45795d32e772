# The counselor's screens (窓口・職業相談・審査).

## 仮登録の本登録: the list of provisional applications

counselor-provisional-expired = 期限切れ
counselor-provisional-today = 本日まで
# $days: days left before the deadline.
counselor-provisional-days-left = あと{ $days }日
counselor-provisional-heading = 仮登録の本登録
# $days: the days a 仮登録 waits for its 本登録.
counselor-provisional-lead = オンラインで求職申込み（仮登録）をした方の一覧です。来所した求職者の本人確認をしてから「本登録する」を押してください。本登録は申込日から{ $days }日以内にできます。
# $count: how many applications are listed.
counselor-provisional-count = { $count }件
counselor-provisional-none = 本登録を待っている仮登録の求職申込みはありません。
counselor-provisional-caption = 仮登録の求職申込み
counselor-provisional-applied-on = 申込日
counselor-provisional-deadline = 本登録の期限
counselor-provisional-confirmed = 本登録しました
# $name, $number: the seeker's name and 求職番号.
counselor-provisional-confirm-named = { $name }（{ $number }）を本登録する
counselor-provisional-confirming = 本登録中…
counselor-provisional-confirm = 本登録する
# $left: the days left (あと3日, 本日まで, 期限切れ).
counselor-provisional-left = （{ $left }）

## Words the counselor's screens share

counselor-refresh = 最新の情報に更新
counselor-refreshing = 更新中…
counselor-seeker-number = 求職番号
counselor-name = 氏名
counselor-name-kana = 氏名（フリガナ）
counselor-birth-date = 生年月日
counselor-email = メールアドレス
counselor-prefecture = 都道府県
counselor-actions-column = 操作
