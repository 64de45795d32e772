# ログイン and the screens around accounts.

login-heading = マイページにログイン
login-lead = マイページをお持ちの方は、登録したメールアドレスとパスワードでログインしてください。求人者マイページをお持ちの事業主の方、ハローワーク職員の方も、こちらからログインします。
login-email = メールアドレス
login-password = パスワード
login-submit = ログイン
login-busy = ログイン中…
login-shared-pc = ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。
login-no-mypage = マイページをお持ちでない方
login-opening-note = ハローワークの窓口でマイページ開設のためのメールアドレスを登録した方は、こちらからパスワードを登録してマイページを開設してください。
login-open-opening = マイページを開設する（ハローワークをご利用中の方）
# $days: the days a 仮登録 waits for its 本登録.
login-registration-note = ハローワークで求職登録をしていない方は、マイページを開設してオンラインで求職申込み（仮登録）ができます。{ $days }日以内にハローワークで本登録の手続きをするまで、使える機能は一部に限られます。
login-open-registration = マイページを開設して求職申込みをする（ハローワークに登録していない方）
login-employers = 事業主の方（求人の申込み）
login-employer-note = 求人の申込みをする事業主の方は、求人者マイページを開設して事業所登録を申請してください。ハローワークが確認して受理すると、事業所番号が付きます。
login-open-employer-opening = 求人者マイページを開設する
login-forgot = パスワードを忘れた方・ロックされた方
login-forgot-note = 登録したメールアドレスに届く認証キーで、新しいパスワードを設定できます。ロックされた場合も、こちらから再設定してください。
login-open-reset = パスワードを再設定する
login-lockout-hint = 続けて何度もパスワードを間違えると、しばらくの間ログインできなくなります。

not-found-heading = ページが見つかりません
not-found-text = お探しのページは移動したか、存在しません。
not-found-to-search = 求人検索へ
page-loading = 読み込み中…

## The app's own refusals, when a call to the app goes wrong (ipc)

# $detail: the command and what went wrong, for the help desk.
account-ipc-arguments = 入力内容をアプリに渡せませんでした。（{ $detail }）
# $detail: the command and what went wrong, for the help desk.
account-ipc-answer = サービスの応答を読み取れませんでした。（{ $detail }）
# $detail: what the app said.
account-ipc-failed = 処理中にエラーが発生しました。（{ $detail }）
# $detail: what the app said.
account-ipc-broken = アプリとの通信に失敗しました。アプリを再起動してください。（{ $detail }）
account-ipc-failed-plain = 処理中にエラーが発生しました。

## The boxes the account forms share: what their checks refuse

account-email-missing = メールアドレスを入力してください。
account-password-missing = パスワードを入力してください。
account-current-password-missing = 現在のパスワードを入力してください。
account-birth-date-missing = 生年月日を入力してください。
account-birth-date-invalid = 生年月日を正しく入力してください（例：1990年4月1日）。
account-confirmation-missing = 確認のため、パスワードをもう一度入力してください。
account-confirmation-mismatch = 確認用のパスワードが一致しません。同じパスワードを2回入力してください。
account-key-missing = 認証キーを入力してください。
# $digits: how many digits a key has.
account-key-invalid = 認証キーはメールに記載の{ $digits }桁の数字を入力してください。
account-agreement-missing = 利用規約とプライバシーポリシーの両方に同意してください。

## The password rule's checklist under a new password, and the confirmation's hint

# $min, $max: the shortest and longest password.
account-password-rule = 半角の英字・数字・記号をすべて含む、{ $min }文字以上{ $max }文字以内で設定してください。
# $min, $max: the shortest and longest password.
account-password-rule-length = { $min }文字以上{ $max }文字以内
account-password-rule-letter = 半角英字を含む
account-password-rule-digit = 半角数字を含む
account-password-rule-symbol = 記号を含む（! # $ % & ? @ など）
# The mark before an item while nothing is typed.
account-password-rule-pending = ・
# Read after an item of the checklist by screen readers.
account-password-rule-met = （OK）
account-password-rule-unmet = （未達成）
account-password-ok = このパスワードは使用できます。
account-confirmation-matches = パスワードが一致しています。
account-confirmation-differs = パスワードが一致しません。
account-confirmation-hint = 確認のため、同じパスワードをもう一度入力してください。

## The steps of the 認証キー flows (the indicator's name of each step; .title: its heading)

account-step-terms = 利用規約
    .title = マイページ利用規約等の確認・同意
account-step-email = メールアドレス
    .title = メールアドレスの入力
account-opening-step-request = メールアドレス・生年月日
    .title = メールアドレスと生年月日の入力
account-opening-step-key = 認証キー・パスワード
    .title = 認証キーとパスワードの入力
account-opening-step-done = 完了
    .title = マイページ開設完了
account-registration-step-key = 認証キー・求職申込み
    .title = 認証キー・パスワードと求職申込み内容の入力
account-registration-step-done = 完了
    .title = マイページ開設・求職申込み（仮登録）完了
account-reset-step-key = 認証キー・新しいパスワード
    .title = 認証キーと新しいパスワードの入力
account-reset-step-done = 完了
    .title = パスワード再設定完了
account-email-change-step-request = 新しいメールアドレス
    .title = 新しいメールアドレスと現在のパスワードの入力
account-email-change-step-key = 認証キー
    .title = 認証キーの入力
account-email-change-same = 現在と同じメールアドレスです。新しいメールアドレスを入力してください。

## The notes the login shows after signing out, an ended session or a completed procedure

account-signed-out-notice = ログアウトしました。
account-session-ended-notice = ログインの有効期限が切れました。もう一度ログインしてください。
account-opened-notice = マイページを開設しました。登録したメールアドレスとパスワードでログインしてください。
account-registered-notice = マイページを開設し、求職申込み（仮登録）を受け付けました。登録したメールアドレスとパスワードでログインしてください。
account-reset-notice = パスワードを再設定しました。新しいパスワードでログインしてください。
# $reason: why, as the service or the app says it.
account-sign-out-failed = ログアウトできませんでした。{ $reason }

## マイページ利用規約 and プライバシーポリシー (step 1 of the opening and the registration; the
## Japanese text is the one that applies). Each article: its heading; .text: its paragraphs.

# $year, $month: the version of the terms.
account-terms-version = { $year }年{ $month }月版
# $version: a version written some other way.
account-terms-version-other = { $version }版
account-terms-1 = 第1条（目的）
    .text = この規約は、Shigoto（以下「本サービス」といいます。）の求職者マイページ（以下「マイページ」といいます。）の利用について定めるものです。マイページは、求人情報の検索、お気に入りの保存、応募、メッセージ等の機能により、利用者の求職活動を支援することを目的とします。
account-terms-2 = 第2条（利用できる方）
    .text = マイページは、ハローワークで求職登録をした方、またはオンラインで求職申込みをした方が利用できます。利用者は、この規約に同意したうえでマイページを利用するものとします。
account-terms-3 = 第3条（メールアドレスとパスワードの管理）
    .text = 利用者は、ログインに使うメールアドレスとパスワードを自らの責任で管理し、第三者に知らせてはなりません。
    .text-2 = ハローワーク内のパソコンなど共用のパソコンで利用したときは、利用後に必ずログアウトしてください。
account-terms-4 = 第4条（禁止事項）
    .text = 利用者は、次の行為をしてはなりません。（1）虚偽の情報を登録すること（2）他人のメールアドレスやパスワードを使うこと（3）本サービスの運営を妨げること（4）法令または公序良俗に反すること
account-terms-5 = 第5条（自主応募とメッセージ）
    .text = ハローワークを経由しない自主応募は、利用者と求人者との間で直接行われます。応募に関して生じたトラブルは当事者間で解決していただきます。また、自主応募により就職した場合、再就職手当が支給されないことがあります。
    .text-2 = メッセージ機能でハローワークへメッセージを送ることはできません。ご相談はハローワークの窓口または電話でお願いします。
account-terms-6 = 第6条（サービスの停止・変更）
    .text = 保守や障害への対応のため、予告なく本サービスの全部または一部を停止することがあります。
account-terms-7 = 第7条（規約の変更）
    .text = この規約は必要に応じて変更することがあります。変更したときは、マイページの開設時やログイン時に新しい規約を表示し、改めて同意をお願いすることがあります。
account-privacy-1 = 1. 取得する情報
    .text = マイページの開設と利用にあたり、氏名、フリガナ、生年月日、メールアドレス、住所（都道府県）、希望する仕事の条件、応募の状況、メッセージの内容、ログインの日時を取得します。
account-privacy-2 = 2. 利用の目的
    .text = 取得した情報は、本人確認、職業紹介と求人情報の提供、利用者への連絡、本サービスの改善のためにだけ利用します。
account-privacy-3 = 3. 第三者への提供
    .text = 法令に基づく場合を除き、本人の同意なく第三者に提供しません。求人に応募したときは、応募先の求人者に選考に必要な情報を提供します。求職情報を公開したときも、氏名と連絡先は公開しません。
account-privacy-4 = 4. 安全管理
    .text = パスワードは元に戻せない形式で保存し、通信は暗号化します。アプリがこのパソコンに保存した情報は、ログアウトしたときに消去します。
account-privacy-5 = 5. 確認・訂正とお問い合わせ
    .text = 登録した情報の確認や訂正は、ハローワークの窓口で受け付けます。お問い合わせはヘルプデスク（{ help-desk-phone }、{ help-desk-hours }）へお願いします。
# Above the terms when they are shown in another language than Japanese.
account-terms-japanese-applies = 利用規約とプライバシーポリシーは、日本語の本文が適用されます。

## Step 1 of the opening and the registration: agreeing to the terms

account-terms-lead = プライバシーポリシーとマイページ利用規約をお読みのうえ、両方に同意のチェックを入れて「次へ」を押してください。
account-terms-title = マイページ利用規約
account-privacy-title = プライバシーポリシー
# $version: the version of the terms (2026年11月版).
account-terms-version-note = （{ $version }）
account-terms-agree = マイページ利用規約に同意します
account-privacy-agree = プライバシーポリシーに同意します
account-terms-next = 次へ
account-terms-next-hint = 両方にチェックを入れると「次へ」を押せます。

## The parts every 認証キー flow is drawn with

# $number: the step's number.
account-flow-step-number = ステップ{ $number }
# $number: the step's number (read by screen readers before its name).
account-steps-number = ステップ{ $number }：
account-flow-back = ‹ 戻る
account-flow-sending = 送信中…
account-flow-send-key = 認証キーを送信
account-flow-restart = ‹ 認証キーを再送信する
account-flow-to-login = ログイン画面へ
account-flow-mail-caution = メールの受信を制限している場合は、このサービスからのメールを受信できるように設定してから進んでください。
account-flow-email = メールアドレス
account-flow-required = 必須
account-key-expired-hint = 過ぎた場合は「認証キーを再送信する」からやり直してください。
account-confirm-cancel = やめる
account-email-memo = メールアドレス（控え）
account-key = 認証キー
# $digits: how many digits a key has.
account-key-note = メールに記載の{ $digits }桁の数字
account-password = パスワード
account-new-password = 新しいパスワード
# $label: パスワード or 新しいパスワード.
account-password-confirmation = { $label }（確認用）

## メールでのお知らせ (a job seeker's and an employer's settings)

account-mails-heading = メールでのお知らせ
account-mails-events = 新しいメッセージ、ハローワークからの紹介、応募、選考結果をメールでお知らせする
account-mails-events-hint = メールには「お知らせがあること」だけを書き、内容はアプリでご確認いただきます。
account-mails-digest = 新着求人のお知らせメールを受け取る（1日1回）
account-mails-digest-hint = 求人検索の「保存した検索条件」で「新着をお知らせ」にした条件に合う、前日に公開された求人の求人番号と職種を、毎朝お送りします。
account-mails-events-on = お知らせメールを受け取る設定にしました。
account-mails-events-off = お知らせメールを停止しました。
# $hour: the hour (Japan time) the daily mail goes out.
account-mails-digest-on = 新着求人のお知らせメールを受け取る設定にしました（毎朝{ $hour }時ごろ、前日の新着をお送りします）。
account-mails-digest-off = 新着求人のお知らせメールを停止しました。
account-flow-cancel = ‹ ログイン画面に戻る
account-flow-email-placeholder = 例：taro@example.jp
account-flow-done-fallback = ログイン画面から、メールアドレスと設定したパスワードでログインしてください。
account-birth-date = 生年月日

## 求職者マイページの開設（ハローワークをご利用中の方）

account-opening-title = 求職者マイページの開設（ハローワークをご利用中の方）
account-opening-lead = ハローワークの窓口でマイページ開設のためのメールアドレスを登録した方は、次の手順でパスワードを登録してマイページを開設してください。
account-opening-steps = 開設の手順
account-opening-next-hint = 「次へ」を押して、メールアドレスと生年月日を入力してください。
account-opening-email-lead = 窓口で登録したメールアドレスと生年月日を入力して「認証キーを送信」を押してください。入力したメールアドレスに「認証キー」を記載したメールが届きます。
account-opening-as-registered = 窓口で登録したもの
account-opening-completing = 登録中…
account-opening-complete = 完了
account-opening-done = マイページを開設しました

## マイページを開設して求職申込みをする（ハローワークに登録していない方）

account-registration-title = マイページを開設して求職申込みをする（ハローワークに登録していない方）
# $days: the days a 仮登録 waits for its 本登録.
account-registration-lead = ハローワークで求職登録をしていない方は、次の手順でマイページを開設し、オンラインで求職申込み（仮登録）ができます。仮登録の日から{ $days }日以内にハローワークで本登録の手続きをしてください。
account-registration-steps = 開設と求職申込みの手順
account-registration-cancel = ‹ 申込みをやめてログイン画面に戻る
account-registration-next-hint = 「次へ」を押して、メールアドレスを入力してください。
account-registration-email-lead = マイページのログインに使うメールアドレスを入力して「認証キーを送信」を押してください。入力したメールアドレスに「認証キー」を記載したメールが届きます。
account-registration-secrets = 認証キーとパスワード
account-registration-application = 求職申込みの内容
# $days: the days a 仮登録 waits for its 本登録.
account-registration-provisional-caution = 申込み後は仮登録となります。{ $days }日以内にハローワークで本登録の手続きをしてください。
account-registration-completing = 申込み中…
account-registration-complete = 申し込む
account-registration-done = マイページを開設し、求職申込み（仮登録）を受け付けました
# $days: the days a 仮登録 waits for its 本登録.
account-registration-done-note = 現在は仮登録です。{ $days }日以内に、お近くのハローワークで本登録の手続きをしてください。求人検索やお気に入りはすぐに使えます。紹介や求人の推薦など一部の機能は本登録後に使えます。

## パスワードを忘れた方・ロックされた方

account-reset-title = パスワードを忘れた方・ロックされた方
account-reset-lead = パスワードを忘れた場合や、パスワードを続けて間違えてログインできなくなった（ロックされた）場合は、次の手順で新しいパスワードを設定してください。
account-reset-steps = パスワード再設定の手順
# $digits: how many digits a key has; $lifetime: how long a key lasts (the service's words).
account-reset-email-lead = マイページに登録しているメールアドレスを入力して「認証キーを送信」を押してください。登録されているメールアドレスには、パスワードの再設定に使う「認証キー」（{ $digits }桁の数字）を記載したメールが届きます。{ $lifetime }
account-reset-lockout-hint = ロックされたアカウントも、パスワードを再設定すればすぐにログインできるようになります。
account-reset-as-registered = マイページに登録したもの
account-reset-key-expired-hint = 過ぎた場合や無効になった場合は「認証キーを再送信する」からやり直してください。
account-reset-signs-out = パスワードを再設定すると、ほかのパソコンなどでログインしたままのマイページは自動的にログアウトされます。
account-reset-completing = 再設定中…
account-reset-complete = パスワードを再設定
account-reset-done = パスワードを再設定しました
account-reset-done-fallback = ログイン画面から、メールアドレスと新しいパスワードでログインしてください。

## パスワード変更

account-password-change-heading = パスワード変更
account-password-change-lead = 現在のパスワードと、新しいパスワードを入力して「パスワードを変更」を押してください。
account-password-change-email = ログイン中のメールアドレス
account-current-password = 現在のパスワード
account-password-change-signs-out = パスワードを変更すると、ほかのパソコンなどでログインしたままのマイページは自動的にログアウトされます。このアプリでのログインは、そのまま続きます。
account-cancel = キャンセル
account-changing = 変更中…
account-password-change-submit = パスワードを変更

## メールアドレス変更

account-email-change-heading = メールアドレス変更
account-email-change-lead = ログインに使うメールアドレスを変更します。新しいメールアドレスに届く認証キーを入力すると、変更が完了します。
account-email-change-steps = メールアドレス変更の手順
account-email-change-current = 現在のメールアドレス
account-email-change-new = 新しいメールアドレス
account-email-change-placeholder = 例：taro.new@example.jp
account-email-change-password-hint = 本人確認のため、いまログインに使っているパスワードを入力してください。
account-email-change-caution = 認証キーは新しいメールアドレスに届きます。メールの受信を制限している場合は、このサービスからのメールを受信できるように設定してから進んでください。
account-email-change-submit = メールアドレスを変更
account-email-change-cancel = ‹ 変更をやめて元の画面に戻る

## 求人票 of a signed-in job seeker: the way to apply online

account-job-apply = 応募する
