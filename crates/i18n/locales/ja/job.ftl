# 求人票: the sheet of one posting, laid out like the printed one.

sheet-kind = 求人票
# After a label whose value goes on from the page before (the printed sheet).
sheet-continued = （続き）
sheet-loading = 求人票を読み込んでいます…
sheet-print = 印刷
sheet-save-pdf = PDFで保存
sheet-saving-pdf = 保存しています…
# $path: where the PDF was saved.
sheet-pdf-saved = 求人票をPDFで保存しました：{ $path }
sheet-job-number = 求人番号
sheet-job-number-value = 求人番号：{ $number }
sheet-closed = この求人の募集は終了しました
sheet-received-on = 受付年月日
sheet-referral-deadline = 紹介期限日
sheet-receiving-office = 受理安定所
sheet-category = 求人区分
sheet-category-value = { $category }（{ $style }）
sheet-publication = 公開範囲
sheet-online = オンライン自主応募
sheet-online-yes = 受け付ける
sheet-online-no = 受け付けない

sheet-section-employer = 求人事業所
sheet-section-work = 仕事内容
sheet-section-wage = 賃金・手当
sheet-section-hours = 労働時間
sheet-section-conditions = その他の労働条件等
sheet-section-company = 会社の情報
sheet-section-selection = 選考等
sheet-section-notes = 求人に関する特記事項・備考

sheet-office-number = 事業所番号
sheet-employer-name = 事業所名
sheet-employer-hidden = 事業所名非公開
sheet-address = 所在地
sheet-address-value = 〒{ $postal }　{ $address }
sheet-phone = 電話番号
sheet-homepage = ホームページ

sheet-title = 職種
sheet-description = 仕事内容
sheet-occupation = 職業分類
sheet-occupation-value = { $path }（{ $code }）
sheet-employment = 雇用形態
sheet-contract = 雇用期間
sheet-contract-none = 雇用期間の定めなし
sheet-contract-months = 雇用期間の定めあり（{ $months }か月）　契約更新の可能性{ $renewable }
sheet-place = 就業場所
sheet-place-hidden = （番地等は非公開）
sheet-station = 最寄り駅
sheet-station-walk = { $station }から徒歩{ $minutes }分
sheet-car = マイカー通勤
sheet-car-value = { $car }（駐車場{ $parking }）
sheet-transfer = 転勤の可能性
sheet-remote = テレワーク
sheet-uij = UIJターン歓迎
sheet-age = 年齢
sheet-age-reason = { $limit }（{ $reason }）
sheet-age-any = 不問
sheet-age-from = { $min }歳以上
sheet-age-to = { $max }歳以下
sheet-age-range = { $min }歳〜{ $max }歳
sheet-education = 学歴
sheet-experience = 必要な経験等
sheet-licenses = 必要な免許・資格
sheet-trial = 試用期間
sheet-trial-months = あり（{ $months }か月）

sheet-wage-kind = 賃金形態
sheet-base = 基本給
sheet-allowances = 定額的に支払われる手当
sheet-allowance = { $name }　{ $amount }
sheet-fixed-overtime = 固定残業代
sheet-commute = 通勤手当
sheet-closing-day = 賃金締切日
sheet-pay-day = 賃金支払日
sheet-raise = 昇給
sheet-bonus = 賞与

sheet-shifts = 就業時間
sheet-shift = （{ $number }）{ $start }〜{ $end }
sheet-rotating = 交替制（シフト制）
sheet-overtime = 時間外労働時間
sheet-overtime-hours = 月平均{ $hours }時間
sheet-break = 休憩時間
sheet-break-minutes = { $minutes }分
sheet-days-per-week = 週所定労働日数
sheet-days-per-week-value = 週{ $days }日
sheet-days-off = 休日等
sheet-two-days-off = 週休二日制
sheet-weekends-off = 土日祝休み
sheet-annual-holidays = 年間休日数
sheet-annual-holidays-value = { $days }日

sheet-insurance = 加入保険等
sheet-insurance-employment = 雇用
sheet-insurance-accident = 労災
sheet-insurance-health = 健康
sheet-insurance-pension = 厚生
sheet-insurance-separator = { "　" }
sheet-retirement-allowance = 退職金制度
sheet-retirement-age = 定年制
sheet-retirement-age-value = あり（一律{ $age }歳）
sheet-rehiring = 再雇用制度
sheet-housing = 入居可能住宅
sheet-childcare = 利用可能託児施設

sheet-employees = 従業員数
sheet-employees-value = 企業全体 { $total }人　うち就業場所 { $site }人
sheet-founded = 設立年
sheet-founded-value = { $year }年
sheet-capital = 資本金
# $yen: the whole amount (English writes it out).
sheet-capital-man = { $man }万円
# $yen: the whole amount.
sheet-capital-oku = { $oku }億円
# $yen: the whole amount.
sheet-capital-oku-man = { $oku }億{ $man }万円
sheet-business = 事業内容
sheet-features = 会社の特長
sheet-representative = 代表者
sheet-corporate-number = 法人番号

sheet-openings = 採用人数
sheet-openings-value = { $count }人
sheet-methods = 選考方法
sheet-result-notice = 選考結果通知
sheet-result-notice-value = 面接後{ $days }日以内
sheet-documents = 応募書類等
sheet-selection-place = 選考場所
sheet-contact = 担当者

sheet-special = 求人に関する特記事項
sheet-remarks = 備考

# Values shown when there is nothing else.
sheet-yes = あり
sheet-no = なし
sheet-none = なし
sheet-not-given = 記載なし
sheet-any = 不問
sheet-hidden = 非公開
# How a list is joined (「、」).
sheet-list-separator = 、

# 「戻る」 on the sheet, and where it leads.
sheet-back = ‹ { $to }に戻る
sheet-back-escape = Escキーでも{ $to }に戻れます
sheet-back-results = 検索結果
sheet-back-favorites = お気に入り求人
sheet-back-activity = 求職活動状況
sheet-back-postings = 求人一覧
sheet-back-editor = 入力画面
sheet-back-posting-queue = 求人受理の一覧
sheet-back-messages = メッセージ
