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

## 操作の記録

counselor-actions-heading = 操作の記録
counselor-actions-lead = この安定所の職員が行った操作（窓口での求職登録、本登録、求職有効、職業相談、紹介、求人の紹介、メッセージ、事業所登録と求人の受理・返戻）の記録です。新しい順に表示します。
counselor-actions-none = まだ記録はありません。
counselor-actions-at = 日時
counselor-actions-counselor = 職員
counselor-actions-kind = 操作
counselor-actions-subject = 対象
counselor-actions-older = さらに古い記録
counselor-action-register-seeker = 窓口での求職登録
counselor-action-confirm-seeker = 本登録
counselor-action-reactivate = 求職有効（窓口）
counselor-action-counselling = 職業相談
counselor-action-referral = 紹介
counselor-action-introduction = オンライン職業紹介・おすすめ求人
counselor-action-message = メッセージ
counselor-action-accept-employer = 事業所登録の受理
counselor-action-return-employer = 事業所登録の返戻
counselor-action-accept-posting = 求人の受理
counselor-action-return-posting = 求人の返戻

## 窓口での求職登録

counselor-counter-heading = 窓口での求職登録
counselor-counter-lead = 来所された求職者を登録します。登録したメールアドレスと生年月日で、求職者本人が「マイページを開設する（ハローワークをご利用中の方）」からマイページを開設できます。
counselor-counter-birth-date-hint = マイページ開設のときの本人確認に使います。
counselor-counter-email-hint = マイページのログインに使うメールアドレスです。認証キーのメールがここに届きます。
counselor-counter-registering = 登録中…
counselor-counter-register = 登録する
counselor-counter-registered = 求職者を登録しました
counselor-counter-valid-until = 有効期限
counselor-counter-registered-note = 求職者は、このメールアドレスと登録した生年月日で、「マイページを開設する（ハローワークをご利用中の方）」からマイページを開設できるようになりました。求職番号を求職者にお伝えください。
counselor-counter-again = 続けて登録する

## 職業相談 (on a seeker's record)

counselor-counselling-heading = 職業相談
counselor-counselling-none = 職業相談の記録はまだありません。
# $date, $topic: the day and the topic of a session.
counselor-counselling-line = { $date } { $topic }
# $office, $counselor: where and by whom.
counselor-counselling-by = { $office } ／ 担当 { $counselor }
counselor-counselling-day = 相談日
counselor-counselling-topic = 相談の内容
counselor-counselling-note = メモ（任意）
# $max: the longest note.
counselor-counselling-note-hint = 職員だけが読むメモです（{ $max }文字以内）。求職者や求人者には表示されません。
counselor-counselling-recording = 記録しています…
counselor-counselling-record = 相談を記録する
# $date, $topic: the session; $valid_until: the seeker's validity after it.
counselor-counselling-recorded = { $date }の{ $topic }を記録しました。求職の有効期限は{ $valid_until }です。
counselor-counselling-day-missing = 相談日を入力してください。
counselor-counselling-topic-missing = 相談の内容を選んでください。
counselor-choose = 選んでください
counselor-processing = 処理中…

## 事業所登録の審査

counselor-employer-review-heading = 事業所登録の審査
counselor-employer-review-lead = 求人者マイページから申請された、この都道府県の事業所登録の一覧です。内容を確認し、問題がなければ「受理する」を、不備があれば理由を書いて「返戻する」を押してください。事業主にはメールで通知されます。
counselor-employer-review-none = 審査を待っている事業所登録はありません。
# $count: how many registrations are listed.
counselor-employer-review-count = { $count }件
# $name: the 事業所名 (the 事業所番号 follows).
counselor-employer-review-accepted = { $name }の事業所登録を受理しました。事業所番号：
# $name: the 事業所名.
counselor-employer-review-returned = { $name }の事業所登録を返戻しました。事業主が修正して再申請すると、この一覧に戻ります。
# $at: when it was filed.
counselor-employer-review-submitted-at = 申請日時：{ $at }
# $email: the employer's address.
counselor-employer-review-email = メールアドレス：{ $email }
counselor-employer-review-reason = 返戻の理由
counselor-employer-review-reason-placeholder = 例：所在地に番地が入力されていません。番地まで入力して再申請してください。
# $max: the longest reason.
counselor-employer-review-reason-hint = 返戻するときは、事業主が読む理由を{ $max }文字以内で書いてください。
# $name: the 事業所名.
counselor-employer-review-return-named = { $name }の事業所登録を返戻する
counselor-employer-review-return = 返戻する
counselor-employer-review-accept-hint = 内容に問題がなければ受理してください。事業所番号が付き、事業主に通知されます。
# $name: the 事業所名.
counselor-employer-review-accept-named = { $name }の事業所登録を受理する
counselor-employer-review-accept = 受理する

## 求人受理: the postings filed, oldest first

counselor-posting-queue-heading = 求人受理
counselor-posting-queue-lead = 求人者マイページから申し込まれた、この都道府県の求人です。申込みの古い順に並んでいます。開いて求人票を確認し、受理または返戻してください。
counselor-posting-queue-none = 受理を待っている求人はありません。
# $count: how many postings are listed.
counselor-posting-queue-count = { $count }件
counselor-posting-queue-no-title = （職種未入力）
# $number: the 求人番号 the change is for.
counselor-posting-queue-change = 変更（求人番号 { $number }）
# $number: the 事業所番号.
counselor-posting-queue-office-number = （事業所番号 { $number }）
# $at: when it was filed.
counselor-posting-queue-submitted-at = 申込日時：{ $at }

## 求人の受理: one filed posting, its 求人票 and the decision

counselor-posting-review-heading = 求人の受理
counselor-posting-review-back = 求人受理の一覧に戻る
counselor-posting-review-submitted-at = 申込日時
# $number: the 求人番号 the change is for.
counselor-posting-review-change = 求人番号 { $number } の変更の申込みです。
counselor-posting-review-change-note = 受理すると、公開中の求人票がこの内容に差し替わります（求人番号・受付年月日・紹介期限日は変わりません）。
counselor-posting-review-no-difference = 公開中の求人票と内容の違いはありません。
# $parts: the parts of the sheet that change, listed.
counselor-posting-review-altered = 変更のある項目：{ $parts }
# The 求人番号 follows.
counselor-posting-review-accepted = 求人を受理しました。求人番号：
counselor-posting-review-returned = 求人を返戻しました。事業主が修正して申し込むと、一覧に戻ります。
counselor-posting-review-reason-placeholder = 例：賃金の上限が下限より低くなっています。確認して申し込み直してください。
counselor-posting-review-accept-hint = 内容に問題がなければ受理してください。求人番号が付いて公開され、事業主にメールで通知されます。

## 求職者の記録: opening a seeker by 求職番号, and their record

counselor-desk-lead = 来所した求職者の求職番号を入力すると、登録の状況と求職状態を確認できます。求職状態が無効の方は、ここで求職有効に切り替えられます。
counselor-desk-open = 開く
counselor-record-heading = 求職者の記録
counselor-record-lead = ハローワークに登録されている求職者の情報と、本日時点の求職状態です。
# $kana: the name's reading.
counselor-record-kana = （{ $kana }）
counselor-record-registration = 登録の状況
counselor-record-provisional = 仮登録（ハローワークでの本登録待ち）
counselor-record-registered = 利用登録済み
counselor-record-lapsed = 仮登録の期限切れ
counselor-record-mypage = 求職者マイページ
counselor-record-mypage-open = 開設済み
counselor-record-mypage-not-open = 未開設
counselor-record-profile = 求職者情報
# $at: when the seeker last updated it.
counselor-record-profile-updated = { $at } に本人が更新
counselor-record-profile-none = 本人がまだ求職者情報を登録していません。
# $since: since when it is published.
counselor-record-published = 求職情報公開: 公開中（{ $since } から）
counselor-record-not-published = 求職情報公開: 公開していません
counselor-record-requests = 受けた応募検討依頼
counselor-record-requests-at = 受けた日時
counselor-record-requests-job = 求人
counselor-record-requests-employer = 事業所
counselor-record-requests-answer = 回答
counselor-record-request-waiting = 回答待ち
# $title, $number: the posting's 職種 and 求人番号.
counselor-record-request-job = { $title }（{ $number }）
counselor-record-reactivate-note = 求職状態が無効です。本人に求職の意思と登録内容を確認してから、求職有効に切り替えてください。有効期限は本日から数えて翌々月の末日までとなります。
counselor-record-reactivating = 切り替え中…
counselor-record-reactivate = 求職有効にする
# $valid_until: the new last valid day.
counselor-record-reactivated = 求職状態を有効にしました。有効期限は{ $valid_until }です。
counselor-record-open-another = 別の求職者を開く

## 応募・紹介の状況 (on a seeker's record) and 紹介

counselor-referrals-heading = 応募・紹介の状況
counselor-referrals-none = 応募・紹介はまだありません。
# $status, $date: the result and its day.
counselor-referrals-decided = { $status }（{ $date }）
# $title, $number: the posting's 職種 and 求人番号.
counselor-referrals-job = { $title }（求人番号 { $number }）
# $employer, $date: the 事業所 and the day of the application.
counselor-referrals-applied = { $employer } ／ 応募日 { $date }
counselor-referrals-job-number = 紹介する求人の求人番号
counselor-referrals-referring = 紹介しています…
counselor-referrals-refer = 紹介する
# $number, $title: the posting's 求人番号 and 職種.
counselor-referrals-referred = 求人番号 { $number }（{ $title }）に紹介しました。紹介状は求人者と求職者がマイページから印刷できます。

## 求人を紹介する（オンライン） (on a seeker's record)

counselor-introduce-heading = 求人を紹介する（オンライン）
counselor-introduce-kind = 紹介の方法
counselor-introduce-referral-hint = 求職者が求職活動状況の「この紹介で応募する」を押すと、紹介状付きで応募されます（求職状態が有効な本登録の方のみ）。
counselor-introduce-recommendation-hint = 求職者のマイページに「おすすめ求人」として表示されます。応募は求職者が求人票の「応募する」から行います。
counselor-introduce-note = 求職者へのひとこと（任意）
# $max: the longest note.
counselor-introduce-note-hint = メッセージとして求職者に届きます（{ $max }文字以内）。
counselor-introduce-sending = 送信しています…
counselor-introduce-send = 紹介を送る

## メッセージ（ハローワークから） (on a seeker's record)

counselor-messages-heading = メッセージ（ハローワークから）
counselor-messages-hint = 求職者のメッセージ画面に届きます。求職者からの返信はできません。
counselor-messages-body = 求職者へのメッセージ
