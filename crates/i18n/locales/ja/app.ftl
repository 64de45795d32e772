# The app's shell: header, connection, menu, account, footer, greeting; roles.

app-skip-to-main = 本文へ移動
app-product-name = Shigoto 求人検索
app-subtitle = ハローワークの求人情報を検索できます
app-footer-help = 求人検索・マイページの操作方法に関するお問い合わせ：ヘルプデスク { help-desk-phone }（{ help-desk-hours }）

connection-checking = 接続を確認中…
connection-online = 求人サービスに接続中
connection-offline = 求人サービスに接続できません
connection-indexed-jobs = 公開求人 { $count }件
connection-recheck = 再確認
connection-unreachable = 求人サービスに接続できません。ネットワーク接続を確認して、しばらくしてから再度お試しください。
connection-recheck-banner = 接続を再確認

nav-menu = メニュー
nav-search = 求人検索
nav-employer-home = 求人者マイページ
nav-employer-postings = 求人一覧
nav-employer-seekers = 求職者を探す
nav-favorites = お気に入り
nav-seeker-info = 求職者情報・設定
nav-counter = 窓口での求職登録
nav-provisional = 仮登録の本登録
nav-seeker-desk = 求職者の記録
nav-employer-review = 事業所登録の審査
nav-posting-queue = 求人受理
nav-counselor-actions = 操作の記録
nav-messages = メッセージ
nav-activity = 求職活動状況
nav-messages-unread = 未読 { $count }件
nav-activity-new = 新着 { $count }件
nav-search-new = 保存した検索条件の新着求人 { $count }件
nav-settings = 端末の設定

account-sign-in = ログイン
account-email-title = ログイン中のメールアドレス
account-password-change = パスワード変更
account-email-change = メールアドレス変更
account-sign-out = ログアウト
account-signing-out = ログアウト中…
account-name-person = { $name } さん
account-name-company = { $name } 様

role-seeker = 求職者
role-employer = 求人者
role-counselor = ハローワーク職員

greeting-label = ごあいさつ
greeting-next-counselor = 求人検索のほか、メニューの「窓口での求職登録」から求職者を登録し、「仮登録の本登録」からオンラインで申込みをした方の本登録、「事業所登録の審査」から事業所登録の受理・返戻ができます。
greeting-next-employer = 求人検索のほか、メニューの「求人者マイページ」から事業所登録の状況を確認できます。
greeting-next-seeker = 求人検索をご利用いただけます。
greeting-shared-pc = ハローワーク内のパソコンを利用している場合は、ご利用後に必ず「ログアウト」してください。
greeting-welcome-person = { $name }さん、ようこそ。
greeting-welcome-company = { $name }様、ようこそ。
greeting-welcome-anonymous = ようこそ。
greeting-provisional-until = 現在は仮登録です。{ $date }までにハローワークで本登録の手続きをしてください。紹介や求人の推薦など一部の機能は本登録後に使えます。
greeting-provisional-within = 現在は仮登録です。申込みから{ $days }日以内にハローワークで本登録の手続きをしてください。紹介や求人の推薦など一部の機能は本登録後に使えます。
greeting-lapsed = 仮登録の日から{ $days }日が過ぎたため、求職申込みの本登録ができなくなりました。求職申込みをする場合は、お近くのハローワークへお越しください。

# Dates: 2027年1月31日.
date = { $year }年{ $month }月{ $day }日
# 幅の狭い欄の日付（日本語は同じ書き方）。
date-short = { $year }年{ $month }月{ $day }日

# A time in Japan: $date as the language writes dates, $time as 14:05.
datetime = { $date } { $time }

# The header's sync indicator of a signed-in job seeker.
sync-checking = 同期状態を確認中
sync-what = お気に入り・検索条件の同期
sync-caption = 同期：
sync-now = 今すぐ同期
sync-up-to-date = 最新
sync-syncing = 同期中
sync-offline = オフライン
sync-error = 同期エラー
# $time: 「14:05」, or the day and the time.
sync-last = 最終同期 { $time }
# $count: edits waiting to be sent.
sync-pending = 未送信 { $count }件
sync-time-on = { $date } { $time }
