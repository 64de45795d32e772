# The employer's screens (求人者マイページ, 応募者, 求職者検索).

## Shared by the employer's screens
employer-loading = 読み込み中…
employer-refresh = 最新の情報に更新
employer-refreshing = 更新中…
employer-office-number = 事業所番号
employer-return-reason = 返戻の理由（ハローワークから）
## 事業所登録's statuses: the badge, the name beside it, the explanation under it
employer-status-provisional-badge = 審査中
employer-status-returned-badge = 返戻
employer-status-accepted-badge = 登録済み
employer-status-provisional-name = 事業所登録の審査中（仮登録）
employer-status-returned-name = 事業所登録の返戻（修正して再申請してください）
employer-status-accepted-name = 事業所登録済み
employer-status-provisional-text = 事業所登録（仮登録）をハローワークで審査しています。受理されると事業所番号が付き、メールでお知らせします。
employer-status-returned-text = ハローワークから事業所登録が返戻されました。下の「返戻の理由」を確認し、事業所情報を修正して再申請してください。
employer-status-accepted-text = 事業所登録が受理されました。求人の申込みには事業所番号を使います。

## 求人者マイページの開設（事業主の方）
employer-opening-title = 求人者マイページを開設する（事業主の方）
employer-opening-lead = 求人の申込みをする事業主の方は、次の手順で求人者マイページを開設し、事業所登録を申請してください。ハローワークが内容を確認して受理すると、事業所番号が付きます。
employer-opening-steps = 求人者マイページ開設の手順
employer-opening-step-terms = 利用規約
employer-opening-step-terms-title = 求人者マイページ利用規約等の確認・同意
employer-opening-step-email = メールアドレス
employer-opening-step-email-title = メールアドレスの入力
employer-opening-step-key = 認証キー・事業所情報
employer-opening-step-key-title = 認証キー・パスワードと事業所情報の入力
employer-opening-step-done = 完了
employer-opening-step-done-title = 求人者マイページ開設・事業所登録の申請完了
employer-opening-cancel = ‹ 開設をやめてログイン画面に戻る
employer-opening-cancel-done = ‹ ログイン画面に戻る
employer-opening-next-hint = 「次へ」を押して、メールアドレスを入力してください。
employer-opening-email-lead = 求人者マイページのログインに使うメールアドレス（採用担当者の方のアドレスなど）を入力して「認証キーを送信」を押してください。入力したメールアドレスに「認証キー」を記載したメールが届きます。
employer-opening-email-placeholder = 例：saiyo@example.co.jp
employer-opening-secrets = 認証キーとパスワード
employer-opening-password = パスワード
employer-opening-office = 事業所情報
employer-opening-office-hint = 求人を申し込む事業所の情報を入力してください。所在地の都道府県のハローワークが内容を確認します。
employer-opening-caution = 開設後、事業所登録はハローワークの確認が済むまで仮登録（審査中）です。内容に不備があると返戻されますので、その場合は修正して再申請してください。
employer-opening-completing = 申請中…
employer-opening-complete = 開設して事業所登録を申請する
employer-opening-done-title = 求人者マイページを開設し、事業所登録の申請を受け付けました
employer-opening-done-fallback = ログイン画面から、メールアドレスと設定したパスワードでログインしてください。
employer-opening-done-note = ハローワークが事業所登録の内容を確認しています。ログインすると、審査の状況（審査中・返戻・登録済み）と事業所番号を確認できます。
# On the login screen once the MyPage is opened.
employer-opened-notice = 求人者マイページを開設しました。登録したメールアドレスとパスワードでログインすると、事業所登録の審査の状況を確認できます。

## 求人者マイページ (the employer's home)
# $name: the 事業所名 (or the email).
employer-home-greeting = { $name } 様の求人者マイページ
employer-home-greeting-text = 事業所登録の状況と事業所情報、申し込んだ求人の状況を確認できます。事業所登録が受理されると事業所番号が付き、求人を申し込めるようになります。
employer-home-heading = 事業所登録
employer-home-lead = ハローワークでの審査の状況です。
employer-home-status = 事業所登録の状況
employer-home-profile = 登録している事業所情報
employer-home-postings = 求人の申込み
employer-home-postings-hint = 求人の申込み（8つの手順で入力）と、申し込んだ求人の状況の確認ができます。
employer-home-postings-link = 求人一覧を見る
employer-home-postings-note = 求人の申込みは、事業所登録がハローワークで受理されてからできます。受理されると、ここから求人を申し込めます。
employer-home-postings-summary = 申し込んだ求人
# $count: postings returned by a counselor.
employer-home-postings-returned = ハローワークから返戻された求人が{ $count }件あります。求人一覧で返戻の理由を確かめ、内容を直して申し込んでください。
employer-home-refile = 事業所情報の修正
employer-home-refile-hint = 返戻の理由に沿って事業所情報を修正し、「修正して再申請する」を押してください。再申請すると、もう一度ハローワークが確認します。
employer-home-refiling = 申請中…
employer-home-refile-submit = 修正して再申請する
employer-home-refiled = 事業所情報を修正して再申請しました。ハローワークで内容を確認するまでお待ちください。

## 求人一覧
employer-postings-heading = 求人一覧
employer-postings-lead = 申し込んだ求人と入力中の下書きです。下書きは「一時保存」した内容から続けて入力できます。申し込んだ求人はハローワークが確認し、受理されると求人番号が付いて公開されます。
employer-postings-not-accepted = 求人の申込みは、事業所登録がハローワークで受理されてからできます。
employer-postings-new = 新しい求人を申し込む
employer-postings-creating = 作成中…
employer-postings-none = まだ求人はありません。「新しい求人を申し込む」から入力を始めてください。
employer-postings-counts = 状況ごとの件数
employer-postings-count = { $count }件
# The home's summary: 「公開中 2件」, the parts joined by the separator.
employer-postings-summary-part = { $status } { $count }件
employer-postings-summary-separator = ・
employer-postings-untitled = （職種未入力）
employer-postings-edit = 編集
employer-postings-open = 開く
employer-postings-copy = 複製して新規作成
employer-postings-delete = 削除
# $action: one of the buttons' words (編集, 開く…).
employer-postings-action-named = { $title }を{ $action }
employer-postings-change-badge = 変更
employer-postings-changes = 変更する求人：{ $number }
employer-postings-job-number = 求人番号：{ $number }
employer-postings-job-number-later = 求人番号：受理時に付番
employer-postings-received-on = 受付年月日：{ $date }
employer-postings-deadline = 紹介期限日：{ $date }
employer-postings-extended = （延長済み）
employer-postings-updated = 更新：{ $time }
employer-postings-return-reason = 返戻の理由：
employer-postings-change-status = 変更の申込み：{ $status }
employer-postings-change-open = 変更の内容を開く
employer-postings-delete-question = 下書き「{ $title }」を削除しますか。削除すると元に戻せません。
employer-postings-delete-confirm = 削除する
employer-postings-delete-cancel = やめる
employer-postings-deleted = 下書き「{ $title }」を削除しました。
employer-postings-copied = 求人を複製して新しい下書きを作りました。内容を確かめて、申し込んでください。
employer-back-to-postings = 求人一覧に戻る

## 応募者一覧
employer-applicants-heading = 応募者一覧
# $number: the 求人番号.
employer-applicants-lead = 求人番号 { $number } の応募者です。新しい応募が上に表示されます。
employer-applicants-none = この求人への応募はまだありません。
employer-applicants-name = 氏名
employer-applicants-kind = 応募の種類
employer-applicants-applied-on = 応募日
employer-applicants-status = 状況
employer-applicants-actions = 操作
# $date: when the result was recorded.
employer-applicants-decided-on = （{ $date }）
employer-applicants-open = 詳細

## 応募者 (one applicant, and the 採否 form)
employer-applicant-heading = 応募者
employer-applicant-heading-named = 応募者：{ $name }
# $title: the posting's 職種; $number: its 求人番号.
employer-applicant-job = { $title }（求人番号 { $number }）
employer-applicant-letter-save = 紹介状を保存（PDF）
employer-applicant-letter-saving = 保存しています…
# $path: where the PDF was written; $size: its size (12 KB).
employer-applicant-letter-saved = 紹介状を保存しました：{ $path }（{ $size }）。PDFを開いて印刷できます。
employer-applicant-result-reason = 不採用の理由：{ $reason }
employer-applicant-profile = 応募者の情報
employer-applicant-name = 氏名（フリガナ）
employer-applicant-name-value = { $name }（{ $kana }）
employer-applicant-birth-date = 生年月日
employer-applicant-email = メールアドレス
employer-applicant-prefecture = 住所（都道府県）
employer-applicant-seeker-number = 求職番号
employer-applicant-message = 応募メッセージ
employer-applicant-no-message = （なし）
employer-applicant-record-heading = 選考結果の登録
employer-applicant-result = 選考結果
employer-applicant-reason = 不採用の理由（任意）
employer-applicant-reason-hint = 応募者に伝わります。{ $max }文字以内。
employer-applicant-record = 選考結果を登録する
employer-applicant-recording = 登録しています…
employer-applicant-back = 応募者一覧に戻る

## 送った応募検討依頼 (on the 応募者一覧)
employer-requests-heading = 送った応募検討依頼
# $count: requests that may still be sent for the posting.
employer-requests-remaining = この求人で送れる応募検討依頼は、あと{ $count }人です。
employer-requests-none = 応募検討依頼はまだ送っていません。「求職者を探す」から送れます。
employer-requests-sent-at = 送った日時
employer-requests-profile = 求職情報
employer-requests-answer-column = 回答
employer-requests-waiting = 回答待ち
# $answer: 応募 or 辞退; $time: when.
employer-requests-answer = { $answer }（{ $time }）
# One fact of the 求職情報: 「年齢層: 30代」; the facts joined by the separator.
employer-requests-fact = { $label }: { $text }
employer-requests-fact-separator = {" "}／{" "}

## 求職者を探す (published 求職情報, and 応募検討依頼)
employer-seekers-heading = 求職者を探す
# $max: how many seekers one posting may ask.
employer-seekers-lead = 求職情報を公開している求職者を探し、公開中の求人への応募検討依頼を送れます。氏名や連絡先は表示されません。1つの求人で依頼できるのは{ $max }人まで、同じ人には1回までです。
employer-seekers-occupation = 希望職種
employer-seekers-prefecture = 希望勤務地
employer-seekers-experience = 経験
employer-seekers-licence = 免許・資格
employer-seekers-licence-placeholder = 例：簿記
employer-seekers-any = 指定しない
employer-seekers-search = 検索
employer-seekers-request-job = 依頼する求人
# An option of the postings: its 求人番号, a full-width space, its 職種.
employer-seekers-posting-option = { $number }　{ $title }
employer-seekers-no-posting = 公開中の求人がありません。求人が受理されて公開されると依頼できます。
employer-seekers-note = ひとこと
employer-seekers-note-hint = 任意。{ $max }文字以内。求職者へのメッセージとして届きます。
employer-seekers-choose-posting = 応募検討依頼を送る求人を選んでください（公開中の求人が必要です）。
employer-seekers-total = { $count }件の求職情報が見つかりました。
employer-seekers-more = 次のページ
employer-seekers-send = 応募検討依頼を送る
employer-seekers-sending = 送っています…
employer-seekers-sent = 応募検討依頼を送りました。

## 紹介期限日が近い求人 (the banner above the 求人一覧)
employer-reminders-mark = ！
employer-reminders-heading = 紹介期限日が近い求人
# $title: the 職種; $number: the 求人番号; $date: the 紹介期限日; $days: days left.
employer-reminders-line = { $title }（求人番号 { $number }）の紹介期限日は{ $date }です（あと{ $days }日）。
employer-reminders-extended-once = 延長済みのため、続けて募集するには新しく申し込んでください。
employer-reminders-extend = 紹介期限を延長する（1回だけ）
employer-reminders-extend-named = { $title }の紹介期限を延長する
employer-reminders-extending = 延長しています…
employer-reminders-extended = 紹介期限日を{ $date }まで延長しました。

## 氏名・フリガナで探す (counselors, on 求職者の記録)
employer-finder-heading = 氏名・フリガナで探す
employer-finder-lead = 求職番号がわからないときは、氏名かフリガナで探せます（ひらがなでも探せます。姓と名の間は空白で区切ってください）。担当する都道府県の方だけが表示されます。
employer-finder-words = 氏名・フリガナ
employer-finder-words-placeholder = 例：森 さくら
employer-finder-find = 探す
employer-finder-finding = 探しています…
employer-finder-none = 該当する求職者はいません。
employer-finder-count = { $count }件見つかりました
# $max: how many matches are listed at most.
employer-finder-more = ほかにも該当する方がいます（{ $max }件まで表示）。言葉を足して絞り込んでください。
# $number: the 求職番号; $birth: the birth date; $registration: where the registration stands; $until: the last day it is valid.
employer-finder-facts = 求職番号 { $number }　生年月日 { $birth }　{ $registration }　有効期限 { $until }
employer-finder-registration-provisional = 仮登録（ハローワークでの本登録待ち）
employer-finder-registration-registered = 利用登録済み
employer-finder-registration-lapsed = 仮登録の期限切れ
employer-finder-open = 開く
employer-finder-open-named = { $name }さんの記録を開く
