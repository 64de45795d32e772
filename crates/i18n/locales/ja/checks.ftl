# The problems the rules find in a form (求人申込み, 求職者情報) and the refusals of 求職情報公開 and of searching it.

## Any box: a text or a number as typed ($label: the box's name, one of the checks-label-… texts)
checks-text-required = { $label }を入力してください。
# $max: the most characters; $length: how many were typed (written as they are).
checks-text-too-long = { $label }は{ $max }文字以内で入力してください（いま{ $length }文字）。
checks-number-required = { $label }を数字で入力してください。
# $min, $max: the bounds, written as they are (no thousands separators).
checks-number-out-of-range = { $label }は{ $min }から{ $max }までの数字で入力してください。
checks-number-not-digits = { $label }は半角または全角の数字だけで入力してください。

## 求人申込み, step 1: 求人区分
checks-category-required = 求人区分を選んでください。
checks-work-style-required = フルタイムかパートかを選んでください。
checks-label-graduation-year = 卒業年（3月卒業）
# $first, $last: the two years of graduation that may be recruited for.
checks-graduation-year-out-of-range = 新卒・既卒求人の卒業年は{ $first }年か{ $last }年（いずれも3月卒業）で入力してください。

## Step 2: 事業所
checks-corporate-number-invalid = 法人番号は13桁の数字です。国税庁の法人番号公表サイトで確かめて入力してください（ない場合は空欄）。
checks-label-employees-site = 就業場所の従業員数
# $company: the 従業員数 of the 事業所登録 (the whole company).
checks-employees-site-over-company = 就業場所の従業員数は、事業所登録の従業員数（企業全体 { $company }人）以下で入力してください。
checks-label-founded-year = 設立年（西暦）
checks-label-capital = 資本金（万円）

## Step 3: 仕事内容
checks-label-work-title = 職種
checks-label-duties = 仕事の内容
checks-occupation-required = 職業分類を一覧から選んでください（小分類まで）。
checks-employment-type-required = 雇用形態を選んでください。
checks-label-trial-months = 試用期間（月）
checks-remote-work-required = テレワークの有無を選んでください。
checks-label-education-required = 必要な学歴
checks-label-experience-required = 必要な経験等
checks-regular-fixed-term = 正社員の求人は雇用期間の定めなしで入力してください（期間の定めがある場合は「正社員以外」）。
checks-dispatch-needs-term = 有期雇用派遣の求人は雇用期間の定めありで入力してください。
# $category: the 求人区分 (季節, 出稼ぎ).
checks-category-needs-term = { $category }求人は雇用期間の定めありで入力してください。
checks-label-contract-months = 雇用期間（月）
checks-place-prefecture-required = 就業場所の都道府県を選んでください。
checks-place-municipality-required = 就業場所の市区町村を選んでください。
checks-label-address-line = 就業場所の番地・建物
checks-label-nearest-station = 最寄り駅
checks-label-station-minutes = 最寄り駅からの所要時間（分）
checks-label-age-min = 年齢制限（下限）
checks-label-age-max = 年齢制限（上限）
checks-age-limit-missing = 年齢制限の下限か上限を入力してください（制限しない場合は「年齢制限なし」）。
checks-age-min-over-max = 年齢制限の下限は上限以下にしてください。
checks-age-reason-required = 年齢制限をするときは、法律で認められた年齢制限該当事由を選んでください。
checks-age-retirement-max-only = 「定年年齢を上限」では上限だけを入力してください（下限は設けられません）。
checks-age-reason-indefinite-only = この年齢制限該当事由は、雇用期間の定めのない求人でだけ選べます。
checks-age-career-max-only = 「長期勤続によるキャリア形成」では上限だけを入力してください。
checks-age-career-no-experience = 「長期勤続によるキャリア形成」を選ぶときは、必要な経験等を不問（空欄）にしてください。
checks-age-older-workers-min-only = 「60歳以上の高年齢者等の雇用促進」では下限だけを60歳以上で入力してください。
# $max: how many lines.
checks-licenses-too-many = 必要な免許・資格は{ $max }行までにしてください。
# $max: the most characters of a line; $line: the line too long.
checks-license-too-long = 免許・資格は1行{ $max }文字以内で入力してください（「{ $line }」）。

## Step 4: 賃金・手当
checks-wage-kind-required = 賃金形態（月給・日給・時給）を選んでください。
checks-label-base-min = 基本給（下限）
checks-label-base-max = 基本給（上限）
checks-base-max-below-min = 基本給の上限は下限以上にしてください（幅がなければ上限は空欄）。
checks-label-fixed-overtime = 固定残業代（月額）
checks-label-commute-allowance = 通勤手当（なしの場合は「なし」）
checks-label-closing-day = 賃金締切日
checks-label-pay-day = 賃金支払日
checks-label-raise = 昇給（なしの場合は「なし」）
checks-label-bonus = 賞与（なしの場合は「なし」）
# $max: how many allowances.
checks-allowances-too-many = 手当は{ $max }つまで入力できます。
checks-label-allowance-name = 手当の名称
checks-label-allowance-amount = 手当の月額

## Step 5: 労働時間
checks-label-break-minutes = 休憩時間（分）
checks-break-longer-than-work = 休憩時間が就業時間より長くなっています。
# $hours, $minutes: the working time without the break; $due: the minutes of break due.
checks-break-too-short = 実働{ $hours }時間{ $minutes }分の就業時間には、{ $due }分以上の休憩が必要です（労働基準法第34条）。
checks-label-overtime-hours = 月平均時間外労働時間（なければ0）
checks-label-days-per-week = 週所定労働日数
checks-label-days-off = 休日等（例: 土 日 祝日）
checks-two-days-off-required = 週休二日制を選んでください。
checks-weekends-off-every-week = 土日祝休みの求人は、週休二日制を「毎週」にしてください。
checks-label-annual-holidays = 年間休日数
# $min: the days off a year that two days off every week make.
checks-annual-holidays-too-few = 毎週週休二日なら年間休日は{ $min }日以上になります。
# $max: how many lines.
checks-shifts-too-many = 就業時間は{ $max }つまで入力できます。
checks-shift-start-invalid = 始業時刻を「8:30」のように入力してください。
checks-shift-end-invalid = 終業時刻を「17:30」のように入力してください。
checks-shift-end-same-as-start = 終業時刻が始業時刻と同じです。
checks-shifts-required = 就業時間を1つ以上入力してください。

## Step 6: 保険・年金・定年
checks-workers-compensation-required = 労災保険はすべての労働者が対象です。加入にチェックしてください。
checks-label-retirement-age = 定年（歳）
checks-rehiring-required = 定年が65歳未満のときは、65歳までの再雇用（継続雇用）制度が必要です。
checks-retirement-age-required = 年齢制限を「定年年齢を上限」とするときは、定年を入力してください。
# $max: the upper age limit that fits the 定年 (one year under it).
checks-retirement-age-limit-mismatch = 「定年年齢を上限」の年齢制限は定年未満です。上限を{ $max }歳にするか、定年を見直してください。

## Step 7: 求人PR
checks-label-features = 会社の特長
checks-label-special = 求人に関する特記事項
checks-label-remarks = 備考

## Step 8: 選考方法
checks-label-openings = 採用人数
checks-selection-methods-required = 選考方法を1つ以上選んでください。
checks-label-result-within-days = 選考結果の通知（何日以内）
checks-label-documents = 応募書類等
checks-label-selection-place = 選考場所
checks-label-contact = 担当者
checks-notice-by-required = 選考結果の通知方法を1つ以上選んでください。
checks-publication-required = 求人情報の公開範囲を選んでください。
checks-online-application-range = オンライン自主応募は、事業所名等を公開する範囲（全体に公開、または求職者マイページ開設者に限定公開）でだけ受け付けられます。

## 求職者情報: 連絡先
checks-phone-invalid = 電話番号は0から始まる10桁か11桁の数字で入力してください（例: 03-1234-5678）。
checks-postal-code-invalid = 郵便番号は7桁の数字で入力してください（例: 100-0013）。
checks-prefecture-unknown = 都道府県を一覧から選んでください。
checks-label-address = 住所
checks-address-prefecture-required = 住所の都道府県を選んでください。

## 求職者情報: 学歴, 職歴, 免許・資格
# $label: which 年月 (checks-label-…).
checks-year-month-invalid = { $label }は「2020-04」や「2020年4月」のように年と月で入力してください。
# $max: how many lines.
checks-education-too-many = 学歴は{ $max }件まで入力できます。
checks-label-school = 学校名
checks-label-department = 学部・学科
checks-education-status-required = 卒業・中退などの別を選んでください。
checks-label-finished = 年月
checks-education-expected-past = 卒業見込みの年月は今月以降で入力してください。
checks-education-enrolled-too-far = 卒業予定の年月が先すぎます。
checks-education-finished-future = 卒業・中退の年月は今月までで入力してください。
# $max: how many lines.
checks-work-history-too-many = 職歴は{ $max }件まで入力できます。
checks-label-employer = 事業所名
checks-work-occupation-unknown = 職種を一覧から選んでください。
checks-label-work-from = 入職の年月
checks-work-from-future = 入職の年月は今月までで入力してください。
checks-label-work-to = 離職の年月
checks-work-to-out-of-range = 離職の年月は入職の年月から今月までの間で入力してください（在職中なら空欄）。
# $max: the most characters; $start: the first characters of the licence; $length: its characters.
checks-licence-too-long = 免許・資格は1つ{ $max }文字以内で入力してください（「{ $start }…」がいま{ $length }文字）。
# $max: how many; $count: how many were entered.
checks-licences-too-many = 免許・資格は{ $max }件まで入力できます（いま{ $count }件）。

## 求職者情報: 希望条件
checks-label-desired-occupations = 希望職種
checks-label-desired-areas = 希望勤務地
# $label: what is chosen (checks-label-…).
checks-choice-unknown = { $label }は一覧から選んでください。
# $label: what is chosen; $max: how many may be.
checks-choices-too-many = { $label }は{ $max }つまで選べます。
checks-desired-wage-kind-required = 希望賃金が月給か時給かを選んでください。
checks-label-desired-wage-monthly = 希望賃金（月給・円）
checks-label-desired-wage-hourly = 希望賃金（時給・円）
checks-desired-time-invalid = 時刻は「9:00」のように入力してください（両方とも）。
checks-desired-hours-same = 終わりの時刻は始まりと違う時刻にしてください。
checks-start-on-out-of-range = 就業可能日は今日から1年以内の日にしてください。
checks-start-on-required = 就業可能日を入力してください。
