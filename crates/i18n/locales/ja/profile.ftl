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
