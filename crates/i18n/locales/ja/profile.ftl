# The 求職者情報 (profile) and its fields.

## 求職者情報 in words (the read-only table, the anonymous profile).

# The parts' names: also the rows' `data-part` (in Japanese whatever the language).
profile-part-phone = 電話番号
profile-part-address = 住所
profile-part-education = 学歴
profile-part-work = 職歴
profile-part-licences = 免許・資格
profile-part-occupations = 希望職種
profile-part-areas = 希望勤務地
profile-part-employment = 希望する雇用形態
profile-part-wage = 希望賃金
profile-part-hours = 希望就業時間
profile-part-start = 就業可能時期
profile-part-age = 年齢層
profile-part-experience = 経験
# A 年月 ($month: 1 to 12).
profile-year-month = { $year }年{ $month }月
# $kind: 月給 or 時給; $amount: yen.
profile-wage-at-least = { $kind } { $amount }円以上
profile-start-from = { $date }から
profile-summary-none = 未登録
# A 学歴 line: $school (and department), $when it ended, $status (卒業, 中退…); the variants
# leave out what is not given.
profile-summary-education = { $school }（{ $when } { $status }）
profile-summary-education-status = { $school }（{ $status }）
profile-summary-education-when = { $school }（{ $when } ）
profile-summary-education-school = { $school }（）
profile-summary-still-working = 在職中
# A 職歴 line: from, to (or 在職中), the employer; then its occupation and type of employment.
profile-summary-work = { $from }〜{ $to } { $employer }
profile-summary-work-kind = （{ $kind }）
profile-summary-any-employment = こだわらない
profile-summary-hours = { $from }〜{ $to }
profile-anonymous-caption = 求人者に公開される求職情報
profile-anonymous-none = 指定なし
profile-anonymous-not-registered = 登録なし
# $name: the occupation; $years: whole years of experience (0: less than one).
profile-anonymous-experience = { $years ->
    [0] { $name } 1年未満
   *[other] { $name } { $years }年
}

## 求職者情報の変更 (the editor).

profile-editor-heading = 求職者情報の変更
profile-editor-lead = 連絡先、学歴・職歴、免許・資格と希望する仕事です。ハローワークの職員が職業相談や紹介で参照します。空欄のままでも保存でき、入力したところは正しく入力してください。
profile-editor-pending = この端末に保存しました。通信できるときにハローワークのサービスへ送ります。
# $when: when the service confirmed the save.
profile-editor-confirmed = { $when } に保存された内容です。
profile-editor-empty = まだ登録されていません。入力できるところから登録してください。
profile-editor-saved = 保存しました。
# $count: how many boxes have a problem.
profile-editor-problems = 入力内容に{ $count }か所の誤りがあります。各欄の説明を確認してください。
profile-choose = 選択してください
profile-choose-none = （選択しない）
profile-remove-line = この行を削除
profile-contact = 連絡先
profile-contact-phone-hint = ハイフンはあってもなくてもかまいません。
profile-contact-postal-code = 郵便番号
profile-contact-prefecture = 住所の都道府県
profile-contact-address = 市区町村・番地・建物
    .placeholder = 千代田区霞が関1-2-2
# $number: the line's number (1, 2…).
profile-education-line = 学歴 { $number }
profile-education-remove = 学歴 { $number } を削除
profile-education-school = 学校名
    .placeholder = 東京都立大学
profile-education-department = 学部・学科
    .placeholder = 経済学部
profile-education-status-when = 卒業・中退の別と年月
profile-education-status = 卒業・中退の別
profile-education-finished = 年月
# $max: how many lines there may be.
profile-education-hint = 最終学歴から{ $max }件まで。年月は「2015-03」や「2015年3月」のように入力します。
profile-education-add = 学歴を追加
profile-work-line = 職歴 { $number }
profile-work-remove = 職歴 { $number } を削除
profile-work-employer = 事業所名
profile-work-kind = 職種と雇用形態
profile-work-occupation = 職種
profile-work-employment = 雇用形態
profile-work-period = 期間
profile-work-from = 入職の年月
# Between the two months of the period.
profile-work-from-after = から
profile-work-to = 離職の年月
    .placeholder = 在職中は空欄
profile-work-to-after = まで
profile-work-duties = 仕事の内容
profile-work-hint = 最近のものから{ $max }件まで。
profile-work-add = 職歴を追加
# $max: how many; $chars: the longest one.
profile-licences-hint = 1行に1つ、{ $max }件まで（1つ{ $chars }文字以内）。例: 普通自動車第一種運転免許
profile-desired = 希望する仕事
profile-desired-occupations-hint = { $max }つまで選べます。
profile-desired-areas-hint = { $max }か所まで。市区町村は選ばなくてもかまいません。
profile-desired-employment-hint = 選ばなければ、どの雇用形態でもかまわないものとします。
profile-desired-wage-kind = 月給か時給か
profile-desired-wage-min = 希望賃金（円以上）
profile-desired-wage-unit = 円以上
profile-desired-hours-from = 希望就業時間（始まり）
profile-desired-hours-to = 希望就業時間（終わり）
# Between the two times.
profile-desired-hours-range = 〜
profile-desired-start-day = 就業可能日

## The person-detail rows of a job seeker's registration (at the counter and online).

profile-required = 必須
profile-optional = 任意
profile-kana-hint = 全角カタカナで入力してください（ひらがなはカタカナに直します）。
profile-person-name = 氏名
    .placeholder = 例：山田 太郎
profile-person-kana = フリガナ
    .placeholder = 例：ヤマダ タロウ
profile-person-birth-date = 生年月日
profile-person-prefecture = 住所（都道府県）
profile-person-municipality = 住所（市区町村）
profile-person-municipality-hint = お住まいの市区町村を管轄するハローワークが申込みを受け付けます。

## 事業所情報: the employer's registration rows and table (求人者マイページ, 事業所登録の審査).

profile-employer-name = 事業所名
    .placeholder = 例：株式会社ひので商事
profile-employer-kana = 事業所名（フリガナ）
    .placeholder = 例：カブシキガイシャヒノデショウジ
profile-employer-postal-code = 郵便番号
    .placeholder = 例：100-0013
profile-employer-prefecture = 所在地（都道府県）
profile-employer-municipality = 所在地（市区町村）
profile-employer-municipality-hint = 所在地を管轄するハローワークが事業所登録を受け付けます。
profile-employer-street = 所在地（番地・建物）
    .placeholder = 例：霞が関1-2-2 ひのでビル3階
profile-employer-phone = 電話番号
    .placeholder = 例：03-1234-5678
profile-employer-representative = 代表者名
    .placeholder = 例：代表取締役 日野出 太郎
profile-employer-industry = 業種
    .placeholder = 例：卸売業，小売業
    .hint = 一覧から選ぶか、直接入力してください。
profile-employer-employees = 従業員数（企業全体）
    .placeholder = 例：42
    .hint = 人数を数字で入力してください。
profile-employer-business = 事業内容
    .placeholder = 例：文房具・事務用品の卸売、オフィス向け通信販売
# $max: the most characters.
profile-employer-business-hint = { $max }文字以内で入力してください。
profile-employer-homepage = ホームページ
    .placeholder = 例：https://www.hinode.example.jp
profile-employer-address = 所在地
# $code: the postal code.
profile-employer-postal = 〒{ $code }
profile-employer-employees-value = { $count }人
profile-employer-no-homepage = なし
# The 大分類 of the 日本標準産業分類, suggested for 業種. The Japanese names are what is
# entered whatever the language; a translation only labels them.
profile-industry-a = 農業，林業
profile-industry-b = 漁業
profile-industry-c = 鉱業，採石業，砂利採取業
profile-industry-d = 建設業
profile-industry-e = 製造業
profile-industry-f = 電気・ガス・熱供給・水道業
profile-industry-g = 情報通信業
profile-industry-h = 運輸業，郵便業
profile-industry-i = 卸売業，小売業
profile-industry-j = 金融業，保険業
profile-industry-k = 不動産業，物品賃貸業
profile-industry-l = 学術研究，専門・技術サービス業
profile-industry-m = 宿泊業，飲食サービス業
profile-industry-n = 生活関連サービス業，娯楽業
profile-industry-o = 教育，学習支援業
profile-industry-p = 医療，福祉
profile-industry-q = 複合サービス事業
profile-industry-r = サービス業（他に分類されないもの）
profile-industry-s = 公務（他に分類されるものを除く）
profile-industry-t = 分類不能の産業
