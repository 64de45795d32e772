# The 求人申込み (posting editor) and its steps.

## One posting's page (求人申込み, or the detail of a filed posting)
posting-heading = 求人
posting-heading-editor = 求人申込み
posting-heading-change = 求人内容の変更
posting-heading-detail = 求人の詳細
posting-loading = 読み込み中…
posting-to-list = 求人一覧に戻る
posting-saved = 入力内容を一時保存しました。続きはいつでも求人一覧の「編集」から入力できます。
posting-submitted = 求人を申し込みました（仮登録）。ハローワークが内容を確認し、受理されると求人番号が付いて公開されます。結果はメールでもお知らせします。
posting-change-submitted = 求人を申し込みました（仮登録）。求人内容の変更をハローワークが確認します。変更が受理されるまでは、公開中の求人票がそのまま検索に表示されます。
posting-no-company = 事業所登録を読み込めていないため、入力内容を確認できません。しばらくしてから、もう一度お試しください。
# 受理安定所 on the sheet of the 確認 page.
posting-receiving-office-at-acceptance = 事業所を管轄するハローワーク（受理時に決定）

## A filed posting: status, facts, actions
posting-status = 求人の状況
posting-status-text-draft = 入力中の求人です。
posting-status-text-submitted = ハローワークで内容を確認しています。受理されると求人番号が付き、公開されます。
posting-status-text-published = 公開中です。紹介期限日まで求人検索に表示されます。
posting-status-text-expired = 紹介期限日を過ぎました。引き続き募集するときは「複製して新規作成」から申し込んでください。
posting-status-text-stopped = 募集を停止した求人です。求人検索には表示されません。再び募集するときは「複製して新規作成」から申し込んでください。
posting-job-number = 求人番号
posting-applicants = 応募者
posting-applicants-link = 応募者一覧
posting-received-on = 受付年月日
posting-referral-deadline = 紹介期限日
posting-extended-badge = 延長済み
# $status: where the change stands (下書き, 審査中…).
posting-pending-change = この求人の変更を申し込んでいます（{ $status }）。変更が受理されるまで、いまの求人票が公開されます。
posting-change-continue = 変更の入力を続ける
posting-change-see = 変更の内容を見る
posting-extend = 紹介期限を延長する
posting-extend-used = 紹介期限はすでに延長しています（延長は1回だけです）。
posting-extend-hint = 紹介期限日を1か月延長できます（1回だけ）。
posting-change = 求人内容を変更する
posting-change-hint = 変更の内容をハローワークが確認し、受理されると求人票が差し替わります。
posting-stop = 募集を停止する
posting-stop-hint = 採用が決まったときなどに、募集を締め切ります。
posting-stop-question = 募集を停止すると、この求人は求人検索に表示されなくなり、元に戻せません。停止しますか。
posting-stop-confirm = 停止する
posting-stopping = 停止中…
posting-stop-cancel = やめる
# $date: the new 紹介期限日.
posting-extended-until = 紹介期限を延長しました。新しい紹介期限日は{ $date }です。
posting-extended = 紹介期限を延長しました。
posting-stopped = 募集を停止しました。この求人は検索に表示されなくなります。
posting-change-started = 求人内容の変更を始めました。
posting-sheet-pending = 求人票は、入力内容がそろうと表示されます。

## The parts of the 求人票 a change alters (the counselor's review)
posting-changed-header = 求人区分・公開範囲
posting-changed-work = 仕事内容
posting-changed-wage = 賃金・手当
posting-changed-hours = 労働時間
posting-changed-conditions = その他の労働条件等
posting-changed-company = 会社の情報
posting-changed-selection = 選考等
posting-changed-notes = 特記事項・備考

## The editor: notes above the steps, the step indicator, the buttons, the 確認 page
posting-return-reason = 返戻の理由（ハローワークから）
posting-return-reason-hint = 理由に沿って修正し、もう一度申し込んでください。
# A change: 「公開中の求人」, then in bold 「（求人番号 …）」, then 「の変更を申し込みます。」.
posting-change-note-before = 公開中の求人
posting-change-note-number = （求人番号 { $number }）
posting-change-note-after = の変更を申し込みます。
posting-change-note-published = 変更が受理されるまでは、公開中の求人票がそのまま検索に表示されます。
posting-steps = 求人申込みの手順
# Before a step's name, for screen readers.
posting-step-number = ステップ{ $number }：
# $number: this step; $count: how many there are.
posting-step-of = ステップ{ $number }／{ $count }
posting-unsaved = 一時保存していない入力があります。画面を離れる前に「一時保存」を押してください。
posting-back = 戻る
posting-save = 一時保存
posting-saving = 保存中…
posting-next = 次へ
posting-next-confirm = 次へ（確認）
posting-confirm-heading = 申込み内容の確認
posting-confirm-lead = 受理されると、この求人票が公開されます（求人番号・受付年月日・紹介期限日は受理の日に決まります）。内容を確かめて「申込み」を押してください。直すときは「戻る」か、上の手順から入力画面に戻れます。
posting-submit = 申込み
posting-submitting = 申込み中…

## What each step is for, under its heading
posting-lead-category = 求人の種類と、フルタイムかパートかを選んでください。
posting-lead-employer = 事業所の情報は事業所登録の内容を使います。求人票に載せるその他の会社の情報を入力してください。
posting-lead-work = 職種、仕事の内容、就業場所、応募の条件を入力してください。
posting-lead-wage = 基本給と手当、賃金の締切日・支払日などを入力してください。
posting-lead-hours = 就業時間、休憩、休日を入力してください。
posting-lead-insurance = 加入保険、退職金、定年などを選んでください。
posting-lead-pr = 会社や求人のアピールを自由に書けます（いずれも任意）。
posting-lead-selection = 選考の方法と、求人情報の公開範囲を選んでください。

## The boxes of the steps: marks, units, shared hints
posting-required = 必須
posting-optional = 任意
posting-choose = 選択してください
posting-remove = 削除
# $max: the domain's limit.
posting-max-chars = { $max }文字以内で入力してください。
# Before a line of several (就業時間): 「（1）」.
posting-line-number = （{ $number }）
posting-unit-people = 人
posting-unit-year = 年
posting-unit-man-yen = 万円
posting-unit-yen = 円
posting-unit-yen-monthly = 円（月額）
posting-unit-yen-daily = 円（日額）
posting-unit-yen-hourly = 円（時間額）
posting-unit-hours = 時間
posting-unit-minutes = 分
posting-unit-days = 日
posting-unit-within-days = 日以内
posting-unit-months = か月
posting-unit-age = 歳
posting-unit-age-or-over = 歳以上
posting-unit-age-or-under = 歳以下

## Step 1, 求人区分
posting-category = 求人区分
posting-work-style = 就業形態
posting-graduation-year = 卒業年（3月卒業）
posting-graduation-year-choose = 卒業年を選択
# $year: the year of graduation in March.
posting-graduation-year-option = { $year }年3月卒業

## Step 2, 事業所
posting-company-registered = 登録している事業所
posting-company-office-number = 事業所番号
posting-company-change-hint = 事業所登録の内容を変えるときは、ハローワークにご相談ください。
posting-company-loading = 事業所登録を読み込んでいます…
posting-company-sheet = 求人票に載せる会社の情報
posting-company-corporate-number = 法人番号
posting-company-corporate-number-placeholder = 例：7000012050002
posting-company-corporate-number-hint = 国税庁の法人番号公表サイトで確かめて入力してください（ない場合は空欄）。
posting-company-employees-site = 従業員数（就業場所）
posting-company-employees-site-hint = この求人の就業場所で働く人数です。
# $count: the 従業員数 of the 事業所登録 (the whole company).
posting-company-employees-site-hint-limit = この求人の就業場所で働く人数です（事業所登録の従業員数 企業全体 { $count }人 以下）。
posting-company-founded-year = 設立年
posting-company-founded-year-placeholder = 例：1987
posting-company-founded-year-hint = 西暦で入力してください。
posting-company-capital = 資本金
posting-company-capital-placeholder = 例：3000

## Step 3, 仕事内容
posting-work-title = 職種
posting-work-title-placeholder = 例：総務・一般事務
posting-work-title-hint = 求人票の見出しになります（{ $max }文字以内）。
posting-work-occupation = 職業分類
posting-work-occupation-hint = 大分類・中分類を選んでから、小分類を選んでください。
posting-work-choose-middle = 中分類を選択
posting-work-choose-minor = 小分類を選択
posting-work-description = 仕事の内容
posting-work-description-placeholder = 例：受発注の入力、電話応対、来客応対などの一般事務をお願いします。
posting-work-employment-type = 雇用形態
posting-work-employment-type-choose = 雇用形態を選択
posting-work-contract = 雇用期間
posting-work-fixed-term = 雇用期間の定めあり
posting-work-contract-renewable = 契約更新の可能性あり
posting-work-trial = 試用期間
posting-work-trial-hint = 試用期間がなければ空欄にしてください。
posting-work-place = 就業場所
posting-work-prefecture = 都道府県
posting-work-municipality = 市区町村
posting-work-address-line = 番地・建物
posting-work-address-line-placeholder = 例：霞が関1-2-2 ひのでビル3階
posting-work-station = 最寄り駅
posting-work-station-placeholder = 例：霞ケ関駅
posting-work-station-minutes = 駅から徒歩
posting-work-commute = 通勤・転勤
posting-work-car-commute = マイカー通勤可
posting-work-parking = 駐車場あり
posting-work-transfer = 転勤の可能性あり
posting-work-uij-turn = UIJターン歓迎
posting-work-remote = テレワーク
posting-work-age = 年齢
posting-work-age-limited = 年齢制限あり
posting-work-age-hint = 年齢制限は、法律で認められた年齢制限該当事由があるときだけ設けられます。
posting-work-age-min = 下限
posting-work-age-max = 上限
posting-work-age-reason = 年齢制限該当事由
posting-work-age-reason-choose = 事由を選択
posting-work-age-any = 年齢不問として掲載します。
posting-work-education = 必要な学歴
posting-work-education-placeholder = 例：高校以上
posting-work-experience = 必要な経験等
posting-work-experience-placeholder = 例：事務の経験（1年以上）
posting-work-not-required-hint = 不問なら空欄にしてください。
posting-work-licenses = 必要な免許・資格
posting-work-licenses-placeholder = 例：普通自動車運転免許
# $max: how many lines; $chars: the characters of one line.
posting-work-licenses-hint = 1行に1つ、{ $max }行まで（1行{ $chars }文字以内）。不問なら空欄にしてください。

## Step 4, 賃金・手当
posting-wage-kind = 賃金形態
posting-wage-base = 基本給
posting-wage-base-min = 下限
posting-wage-base-min-placeholder = 例：200000
posting-wage-base-max = 上限
posting-wage-base-max-placeholder = 例：250000
posting-wage-base-max-hint = 幅がなければ上限は空欄にしてください。
posting-wage-allowances = 定額的に支払われる手当
posting-wage-allowances-none = 毎月決まって支払う手当がなければ、追加しないでください。
# $number: the line's number.
posting-wage-allowance-name = 手当{ $number }の名称
posting-wage-allowance-name-placeholder = 例：住宅手当
posting-wage-allowance-amount = 月額
posting-wage-allowance-remove = 手当{ $number }を削除
posting-wage-allowance-add = 手当を追加
posting-wage-allowances-hint = 手当は{ $max }つまで入力できます。
posting-wage-fixed-overtime = 固定残業代
posting-wage-fixed-overtime-hint = 固定残業代がなければ空欄にしてください。
posting-wage-none-hint = なければ「なし」と入力してください。
posting-wage-commute = 通勤手当
posting-wage-commute-placeholder = 例：実費支給（上限あり）月額30,000円
posting-wage-closing-day = 賃金締切日
posting-wage-closing-day-placeholder = 例：月末
posting-wage-pay-day = 賃金支払日
posting-wage-pay-day-placeholder = 例：翌月25日
posting-wage-raise = 昇給
posting-wage-raise-placeholder = 例：あり（前年度実績 月額5,000円）
posting-wage-bonus = 賞与
posting-wage-bonus-placeholder = 例：あり（年2回）

## Step 5, 労働時間
posting-hours-shifts = 就業時間
# $number: the line's number.
posting-hours-shift-start = 就業時間{ $number }の始業
posting-hours-shift-start-placeholder = 例：8:30
posting-hours-tilde = 〜
posting-hours-shift-end = 終業
posting-hours-shift-end-placeholder = 例：17:30
posting-hours-shift-remove = 就業時間{ $number }を削除
posting-hours-shift-add = 就業時間を追加
# $max: how many lines there may be.
posting-hours-shifts-hint = 「8:30」のように24時間制で入力してください。交替制などで就業時間が複数あるときは{ $max }つまで入力できます。
posting-hours-rotating = 交替制
posting-hours-rotating-check = 交替制（シフト制）
posting-hours-overtime = 月平均時間外労働時間
posting-hours-overtime-hint = 時間外労働がなければ0と入力してください。
posting-hours-break = 休憩時間
posting-hours-days-per-week = 週所定労働日数
posting-hours-days-per-week-part-time = パートの求人は入力してください。
posting-hours-days-per-week-full-time = フルタイムの求人は空欄でもかまいません。
posting-hours-days-off = 休日等
posting-hours-days-off-placeholder = 例：土 日 祝日
posting-hours-weekends = 土日祝休み
posting-hours-weekends-check = 土日祝日は休み
posting-hours-two-days-off = 週休二日制
posting-hours-annual-holidays = 年間休日数

## Step 6, 保険・年金・定年
posting-insurance = 加入保険等
posting-insurance-employment = 雇用保険
posting-insurance-workers-compensation = 労災保険
posting-insurance-health = 健康保険
posting-insurance-pension = 厚生年金
posting-insurance-retirement = 退職金
posting-insurance-retirement-allowance = 退職金制度あり
posting-insurance-retirement-age = 定年
posting-insurance-retirement-age-hint = 定年制がなければ空欄にしてください。
posting-insurance-welfare = 再雇用・福利厚生
posting-insurance-rehiring = 再雇用制度あり
posting-insurance-housing = 入居可能住宅あり
posting-insurance-childcare = 利用可能託児施設あり

## Step 7, 求人PR
posting-pr-features = 会社の特長
posting-pr-features-placeholder = 例：創業以来、地域の事務用品を支えています。
posting-pr-special = 求人に関する特記事項
posting-pr-special-placeholder = 例：未経験の方も丁寧に指導します。
posting-pr-remarks = 備考

## Step 8, 選考方法
posting-selection-openings = 採用人数
posting-selection-methods = 選考方法
posting-selection-result = 選考結果の通知
posting-selection-result-hint = 面接などの選考から結果を知らせるまでの日数です。
posting-selection-documents = 応募書類等
posting-selection-documents-placeholder = 例：履歴書（写真貼付）、職務経歴書
posting-selection-place = 選考場所
posting-selection-place-placeholder = 例：本社（就業場所と同じ）
posting-selection-contact = 担当者
posting-selection-contact-placeholder = 例：総務課 佐藤
posting-selection-notice-by = 選考結果の通知方法
posting-selection-publication = 求人情報の公開範囲
posting-selection-online = オンライン自主応募
posting-selection-online-check = 求職者マイページからのオンライン自主応募を受け付ける
posting-selection-online-hint = 事業所名等を公開する範囲（全体に公開、または求職者マイページ開設者に限定公開）を選んだときだけ受け付けられます。
