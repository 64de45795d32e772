# The job seeker's MyPage screens (お気に入り, 応募, 求職活動実績…).

## Shared by the MyPage screens.

# $count: how many there are; $limit: how many there may be.
seeker-count-of = { $count }件／{ $limit }件
# Between the items of a list (求人番号, file names…).
seeker-list-separator = 、
seeker-not-synced = 未同期
    .title = この端末で変更し、まだサービスに送信していません
seeker-closed = 掲載終了
seeker-job-number-only = 求人番号 { $number }
# $title: the posting's title; $number: its 求人番号.
seeker-job-title-number = { $title }（求人番号 { $number }）

## Saved search conditions in words (保存した検索条件).

# Between the places, the occupations or the types of employment.
seeker-conditions-joiner = ・
seeker-conditions-kind = { $category }（{ $style }）
seeker-conditions-keyword = フリーワード「{ $keyword }」
seeker-conditions-keyword-any = フリーワード「{ $keyword }」（いずれか）
seeker-conditions-exclude = 除外「{ $words }」
seeker-conditions-job-numbers = 求人番号 { $numbers }
# $count: how many of the 詳細条件 are set.
seeker-conditions-advanced = 詳細条件 { $count }件
seeker-conditions-none = 条件の指定なし（すべての求人）
seeker-confirm-cancel = やめる
seeker-saving = 保存しています…
seeker-save = 保存する

## 保存した検索条件 on the search screen, and the 「この条件を保存」 form.

seeker-saved-heading = 保存した検索条件
seeker-saved-loading = 保存した検索条件を読み込んでいます…
seeker-saved-empty = 保存した検索条件はありません。条件を入力して「この条件を保存」を押すと、ここに表示され、次回からワンクリックで検索できます。
seeker-saved-open = この条件を保存
# $limit: how many searches may be saved.
seeker-saved-limit = { $limit }件まで保存できます。上の検索条件に名前を付けて保存し、「この条件で検索」でいつでも同じ条件で検索できます。
seeker-saved-alert = 新着をお知らせ
seeker-saved-alert-hint = （新しい求人が公開されると、アプリの通知とメニューの数字でお知らせします）
# $when: the time of the last run (14:05, or a date and time).
seeker-saved-last-run = 前回の検索：{ $when }
seeker-saved-new-count = 新着 { $count }件
    .title = 前回の検索のあとに公開された求人の数です（数分ごとに確認します）
seeker-saved-run = この条件で検索
seeker-saved-run-named = 「{ $name }」の条件で検索
seeker-saved-running = 検索しています…
seeker-saved-delete = 削除
seeker-saved-delete-named = 「{ $name }」を削除
seeker-saved-delete-confirm = 検索条件「{ $name }」を削除しますか？
seeker-saved-delete-yes = 削除する
seeker-saved-form-lead = いま検索フォームに入力している条件を保存します。
seeker-saved-name = 名前
    .placeholder = 例：事務
# $limit: the longest name; $chars: the characters typed.
seeker-saved-name-hint = { $limit }文字以内（{ $chars }／{ $limit }文字）
seeker-saved-target = 保存方法
seeker-saved-target-new = 新規保存
seeker-saved-overwrite-named = 上書き保存：「{ $name }」
seeker-saved-full = 保存できるのは{ $limit }件までです。上書きする条件を選んでください。
seeker-saved-cancel = キャンセル
seeker-saved-notice-saved = 検索条件「{ $name }」を保存しました。
seeker-saved-notice-overwritten = 検索条件「{ $name }」を上書き保存しました。
seeker-saved-notice-deleted = 検索条件「{ $name }」を削除しました。
# $reason: what is wrong with the search form's conditions.
seeker-saved-form-invalid = 検索フォームの条件に誤りがあるため保存できません。{ $reason }
seeker-saved-target-gone = 上書きする検索条件はすでに削除されています。選び直してください。

## 求職活動状況: the lists of postings sent to the seeker, and their confirmations.

# $count: how many postings the list has.
seeker-activity-count = { $count }件
seeker-applying = 応募しています…
seeker-withdraw = 辞退する
seeker-withdraw-confirm-yes = 辞退を確定

## 求職活動状況: ハローワークからの紹介・おすすめ求人.

seeker-introductions-heading = ハローワークからの紹介・おすすめ求人
seeker-introductions-empty = ハローワークからの紹介はありません。
seeker-introductions-empty-hint = 窓口でご相談いただくと、職員からオンラインで求人が紹介されることがあります。届いた紹介はこことメッセージに表示されます。
# $by: the counselor and office who sent it; $when: when.
seeker-introductions-sent = { $by } ／ { $when }
seeker-introductions-applied-badge = 応募済み
seeker-introductions-apply = この紹介で応募する
seeker-introductions-confirm = この求人に、ハローワークの紹介として応募します。紹介状が発行され、求人者にあなたの求職者情報が送られます。よろしいですか。
seeker-introductions-confirm-yes = 応募を確定
seeker-introductions-applied = { $title }に応募しました（紹介）。紹介状は求職活動状況の応募中の求人から保存できます。
# The counselor's 「求人を紹介する」 form, said when sent ($kind: オンライン職業紹介 or おすすめ求人).
seeker-introduce-sent = { $title }（求人番号 { $number }）を{ $kind }として送りました。求職者のメッセージと求職活動状況に届きます。

## 求職活動状況: 依頼を受けた求人 (応募検討依頼).

seeker-requests-heading = 依頼を受けた求人（応募検討依頼）
seeker-requests-lead = 応募する場合は、求人票を開いて「応募する」を押してください。
seeker-requests-empty = 応募検討依頼はありません。
seeker-requests-empty-hint = 求職者情報・設定の「求職情報公開」で求職情報を公開すると、求人者から応募検討依頼が届くことがあります。
seeker-requests-waiting = 回答待ち
seeker-requests-applied = 応募済み
seeker-requests-declined-badge = 辞退済み
seeker-requests-confirm = この応募検討依頼を辞退します。求人者には「辞退」と表示されます。よろしいですか。
seeker-requests-sending = 送っています…
seeker-requests-declined = 求人番号 { $number } の応募検討依頼を辞退しました。
seeker-back = 戻る
seeker-to-search = 求人検索へ
seeker-to-settings = 各種設定へ

## 求職状態: the line, the rows and the advice banner.

seeker-seeking-state = 求職状態
seeker-seeking-valid-until-label = 有効期限
# $date: the last valid day.
seeker-seeking-valid-until = 有効（{ $date }まで）
seeker-seeking-invalid-since = 無効（{ $date }で期限切れ）
# Before the advice; a mark, not read out.
seeker-seeking-advice-mark = ！
# $date: the last valid day; $days: how long before it the seeker is told.
seeker-seeking-advice-soon = 求職登録の有効期限（{ $date }）が近づいています（{ $days }日前からお知らせしています）。期限の月にハローワークで職業相談を受けるか、求人に応募すると、有効期限が翌月末まで延びます。
# $months: how many months after the lapse it can be switched online.
seeker-seeking-advice-switch = 求職状態が無効になっています（有効期限 { $date }）。無効の間は求人への応募ができません。期限切れから{ $months }か月後の月末までは、「各種設定」から求職有効に切り替えられます。
seeker-seeking-advice-visit = 求職状態が無効になっています。無効の間は求人への応募ができません。オンラインでは求職有効に切り替えられないため、最寄りのハローワークまで来所ください。
# $reason: why the service could not be asked.
seeker-refresh-failed = 最新の求職状態を確認できませんでした。{ $reason }

## 各種設定 (求職有効 → 完了).

seeker-settings-heading = 各種設定
seeker-settings-lead = 求職状態が無効の間は、求人への応募やハローワークからの紹介を受けられません。期限切れから間もない場合は、ここで有効に切り替えられます。
seeker-settings-current = 現在の求職状態：
seeker-settings-not-registered = 求職状態は、ハローワークでの本登録が済むと切り替えられるようになります。
# The new last valid day goes between these two.
seeker-settings-done-before = 求職状態を有効にしました。有効期限は{" "}
seeker-settings-done-after = { " " }です。求人への応募ができます。
seeker-settings-confirm = 求職状態を「有効」に切り替えます。有効期限は本日から数えて翌々月の末日までとなります。
seeker-settings-confirm-hint = 「完了」を押すと切り替わります。
seeker-settings-complete = 完了
seeker-settings-switching = 切り替え中…
seeker-settings-switch = 求職有効
seeker-settings-visit-office = 期限切れから時間がたっているため、オンラインでは求職有効に切り替えられません。最寄りのハローワークまで来所ください。
seeker-settings-no-switch = 求職状態は有効です。切り替えの必要はありません。
seeker-settings-back = 求職者情報・設定に戻る

## 求職者情報・設定.

seeker-info-heading = 求職者情報・設定
seeker-info-lead = ハローワークに登録されている求職者情報と求職状態です。求職状態が有効の間、求人に応募できます。
seeker-info-profile = 求職者情報
seeker-info-name = 氏名
seeker-info-number = 求職番号
seeker-info-office = 管轄のハローワーク
seeker-info-email = メールアドレス
seeker-info-registration = 登録の状況
seeker-info-registration-provisional = 仮登録（ハローワークでの本登録待ち）
seeker-info-registration-registered = 利用登録済み
seeker-info-registration-lapsed = 仮登録の期限切れ
seeker-info-pending = この端末で変更した内容は、通信できるときに送られます。
seeker-info-open-profile = 求職者情報を変更する
seeker-info-open-publication = 求職情報公開
seeker-info-next-steps = 次にすること
# $office: the seeker's Hello Work office (or seeker-info-nearest-office); $until: seeker-info-provisional-until or nothing.
seeker-info-step-register = { $office }で本登録を済ませてください{ $until }。本登録までは求人に応募できません。
seeker-info-provisional-until = （{ $date }まで）
seeker-info-nearest-office = お近くのハローワーク
seeker-info-step-lapsed = 仮登録の期限が過ぎました。{ $office }の窓口で改めて求職の申込みをしてください。
seeker-info-step-profile = 「求職者情報を変更する」から、連絡先・職歴・希望する仕事を登録しましょう。職業相談や紹介に使われます。
seeker-info-step-desired = 希望職種と希望勤務地を登録すると、職業相談や紹介がスムーズになります。
seeker-info-step-search = 求人検索で仕事を探し、求人票から応募できます。

## 求職活動状況.

seeker-activity-heading = 求職活動状況
seeker-activity-seeking = 求職状態：
seeker-activity-seeker-info = 求職者情報・設定
seeker-activity-lead = 応募した求人の選考状況と、お気に入りに登録した求人、保存した検索条件です。どれもこの端末とサービスの間で自動的に同期され、オフラインでも確認できます。ほかのパソコンからも同じ内容を利用できます。
seeker-activity-favorites = お気に入り
seeker-favorites-none = お気に入りに登録した求人はありません。
seeker-activity-show-favorites = お気に入り求人を全て表示
seeker-activity-no-searches = 保存した検索条件はありません。
seeker-activity-to-search = 求人検索で条件を保存する
seeker-activity-requests-heading = 求人者からの応募検討依頼
seeker-activity-requests-hint = 求職情報を公開すると、求人者から「この求人に応募を検討しませんか」という依頼が届くことがあります。届いた依頼はここに表示されます。

## お気に入り求人.

seeker-favorites-heading = お気に入り求人
seeker-favorites-loading = お気に入り求人を読み込んでいます…
seeker-favorites-none-hint = 求人検索の結果や求人票の「☆ お気に入りに追加」から登録できます。
# $limit: how many favorites there may be.
seeker-favorites-lead = お気に入りに追加した求人を、新しく追加した順に表示します（{ $limit }件まで）。募集が終わった求人も「掲載終了」として一覧に残ります。インターネットに接続していないときも、最後に同期した時点の求人票を表示できます。
seeker-favorites-offline = オフラインです。最後に同期した時点の内容を表示しています。お気に入りの変更は、接続が戻ると自動的に送信されます。
# A favorite whose summary is not on this computer yet.
seeker-favorites-untitled = 求人番号 { $number } の求人
seeker-favorites-pending = 未同期
    .title = この端末で追加し、まだサービスに送信していません
seeker-favorites-no-summary = 求人の内容は、次にサービスと同期したときに表示されます。
seeker-favorites-added = お気に入り登録日：{ $date }
seeker-favorites-show-sheet = 求人票を表示
    .label = 「{ $title }」の求人票を表示
seeker-loading = 読み込み中…
seeker-rejections-title = この端末で行った次の変更は、サービスで受け付けられなかったため取り消されました。
seeker-rejections-close = 閉じる

## 応募書類 and 紹介状 saved as PDFs.

seeker-document-application = 応募書類
seeker-document-referral-letter = 紹介状
# $kind: 履歴書, 職務経歴書…; $name: the file's name; $size: its size (12 KB).
seeker-document-line = { $kind }：{ $name }（{ $size }）
seeker-document-save = 保存（PDF）
# $what: seeker-document-application or seeker-document-referral-letter; $path: where it went.
seeker-document-saved = { $what }を保存しました：{ $path }（{ $size }）。PDFを開いて印刷できます。

## 求職活動状況: 応募中の求人 and 選考が終わった求人.

seeker-applications-in-progress = 応募中の求人
seeker-applications-in-progress-none = 選考中の応募はありません。
seeker-applications-ended = 選考が終わった求人
seeker-applications-ended-none = 選考が終わった応募はありません。
# $applied, $decided: the dates of the application and of the result.
seeker-applications-dates = 応募日 { $applied } ／ 結果 { $decided }
seeker-applications-applied-on = 応募日 { $applied }
seeker-applications-employer = { $employer }（求人番号 { $number }）
seeker-applications-reason = 理由：{ $reason }
# $names: the files sent, one after another.
seeker-applications-documents = 応募書類：{ $names }
seeker-applications-save-letter = 紹介状を保存
seeker-applications-withdraw-named = { $title }への応募を辞退する
seeker-applications-withdraw-confirm = この応募を辞退します。辞退すると元に戻せません。よろしいですか。
seeker-applications-withdrawing = 辞退しています…

## 採否 on the employer's applicant screen (its state lives with the seeker's applications).

seeker-result-hint-hired = この応募者の採用を決めました。
seeker-result-hint-rejected = 今回は採用を見送ります。理由を添えることができます。
seeker-result-hint-declined = 応募者から辞退の申し出がありました。
seeker-result-hint-cancelled = 求人の取消などにより、選考を行いません。
seeker-result-choose = 選考結果（採用・不採用・辞退・取消）を選んでください。
# $result: 採用, 不採用, 辞退 or 取消.
seeker-result-recorded = 選考結果「{ $result }」を登録しました。応募者にメールでお知らせしました。

## 求職活動実績の出力.

seeker-report-heading = 求職活動実績の出力
seeker-report-hint = 期間内の応募・職業紹介・職業相談を、失業認定申告書に転記しやすい形で保存します。PDFは印刷用、CSVは表計算ソフト用です。
seeker-report-period = 期間
# Between the two dates; not read out.
seeker-report-range = 〜
seeker-report-to = 期間の終わり
seeker-report-pdf = PDFで保存
seeker-report-csv = CSVで保存
seeker-report-saved = 保存しました：{ $path }（{ $size }）
seeker-report-no-date = 期間の日付を入力してください。

## 応募する (オンライン自主応募).

seeker-apply-heading = 応募する
seeker-apply-to-job = 求人票に戻る
seeker-apply-warnings = 注意事項
seeker-apply-warnings-lead = オンライン自主応募の前に、次の2点を必ずお読みください。確認したら、それぞれにチェックを入れてください。
seeker-apply-confirmed = 確認しました
seeker-apply-next = 次へ
seeker-apply-confirm-both = 応募の前に、2つの注意事項を確認してチェックを入れてください。
seeker-apply-details = 応募内容の確認
seeker-apply-details-lead = 次の情報が応募先の事業所に送られます。
seeker-apply-profile = 応募先に送られる情報
seeker-apply-name = 氏名（フリガナ）
seeker-apply-name-value = { $name }（{ $kana }）
seeker-apply-birth-date = 生年月日
seeker-apply-prefecture = 住所（都道府県）
seeker-apply-message = 応募メッセージ（任意）
# $count: the characters typed; $max: the most allowed.
seeker-apply-message-count = { $count }／{ $max }文字
seeker-apply-documents = 応募書類（任意）
# $max: how many files may be attached.
seeker-apply-documents-hint = 履歴書や職務経歴書をPDFファイルで{ $max }つまで添付できます（1ファイル5MB以内）。
# $name: the file's name; $size: its size (12 KB).
seeker-apply-document-name = { $name }（{ $size }）
seeker-apply-document-kind = { $name }の種類
seeker-apply-document-remove = 削除
seeker-apply-choose-file = PDFファイルを選ぶ…
seeker-apply-add-file = ほかのPDFファイルを追加…
seeker-apply-unreadable = { $name }: ファイルを読み込めませんでした。
seeker-apply-submit = 応募する
# $title: the posting; $date: the day of the application.
seeker-apply-done = { $title }に応募しました（応募日 { $date }）。
seeker-apply-done-hint = 選考の結果は、求職活動状況とメールでお知らせします。
seeker-apply-to-activity = 求職活動状況へ
seeker-back-to-info = 求職者情報・設定へ戻る

## 求職情報公開.

seeker-publication-lead = 氏名や連絡先を伏せた求職情報を公開すると、求人者があなたを見つけて「応募検討依頼」を送れるようになります。公開はいつでもやめられます。
seeker-publication-published = 公開中
# After 公開中; $when: when the seeker agreed.
seeker-publication-agreed = { " " }{ $when } に同意して公開しています。
seeker-publication-stop = 公開をやめる
seeker-publication-differs = 求職者情報を変更したため、公開中の内容と異なります。下の内容を確認して公開し直せます。
seeker-publication-not-published = 求職情報を公開していません。
seeker-publication-preview = 求人者に公開される内容（確認）
seeker-publication-hidden = 氏名、連絡先、住所、生年月日、学校名、これまでの勤務先と仕事の内容は公開されません。内容は「求職者情報の変更」で登録した希望条件・職歴・免許から作られます。
seeker-publication-agree = 上の内容が求人者に公開されることに同意します
seeker-publication-publish = この内容で公開する
seeker-publication-done-published = 求職情報を公開しました。
seeker-publication-done-stopped = 求職情報の公開をやめました。

## 非表示の事業所

seeker-hidden-heading = 非表示の事業所
seeker-hidden-loading = 非表示の事業所を読み込んでいます…
seeker-hidden-count-of = { $count }社／{ $limit }社
seeker-hidden-lead = 検索結果に求人を表示しないようにした事業所です。事業所名非公開の求人から非表示にした事業所は、事業所名が分からないよう、事業所名非公開の求人だけが表示されなくなります。「表示する」を押すと、その事業所の求人がまた検索結果や新着のお知らせに表示されます。
seeker-hidden-none = 非表示にした事業所はありません。
seeker-hidden-none-hint = 求人検索の結果で「この事業所の求人を表示しない」を押すと、その事業所の求人が表示されなくなります。
# $number: the 求人番号; $title: its 職種.
seeker-hidden-from = 求人番号 { $number }（{ $title }）から非表示
seeker-hidden-from-number = 求人番号 { $number } から非表示
seeker-hidden-on = 非表示にした日：{ $date }
seeker-hidden-pending = 未同期
    .title = このパソコンで非表示にし、まだサービスに送信されていません
seeker-hidden-show = 表示する
    .label = { $name }の求人を表示する
