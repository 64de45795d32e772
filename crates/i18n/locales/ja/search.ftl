# 求人検索: the form and its 詳細条件.

search-heading = 求人検索
search-lead = 条件を指定して「検索」を押してください。何も指定しないで検索すると、すべての求人を新しい順に表示します。
search-category = 求人区分
search-any = 指定しない
search-work-style-group = フルタイム・パート
search-work-style = 就業形態：
search-work-style-any = 両方
search-area = 就業場所
search-area-note = { $max }つまで
search-occupation = 職種
search-occupation-note = 職業分類から{ $max }つまで
search-employment = 雇用形態
search-keyword = フリーワード
    .placeholder = 例：事務 パソコン
    .hint = 複数のキーワードは空白（スペース）で区切って入力してください。{ $max }文字以内。
search-keyword-mode = キーワードの組み合わせ
search-keyword-mode-and = すべてを含む
search-keyword-mode-or = いずれかを含む
search-exclude = 除外するキーワード
    .placeholder = 例：夜勤
search-job-numbers = 求人番号
    .placeholder = 例：13010-12345678
    .hint = 求人番号がわかる場合に入力します（{ $max }件まで、カンマまたは空白で区切る）。
search-advanced = 詳細条件
search-advanced-set = { $count }件指定中
search-advanced-note = 年齢・賃金・就業時間・休日・新着・求人の特徴
search-submit = 検索
search-searching = 検索中…
search-clear = 条件をクリア

search-age = 年齢
search-age-unit = 歳
search-age-hint = 入力すると、年齢制限で応募できない求人を除きます。
search-wage = 賃金
search-wage-monthly = 月額（下限）
search-wage-hourly = 時給（下限）
# $yen: the amount in yen (English writes it out).
search-wage-man-yen = { $man }万円以上
search-wage-yen = { $yen }円以上
search-wage-hint = 月給の求人は月額、時給の求人は時給の上限額がこの金額以上のものを表示します。
search-hours = 就業時間
search-start = 始業
search-start-after = 以降に始まる
search-end = 終業
search-end-before = までに終わる
search-holidays = 休日
search-two-days-off = 週休二日制（毎週）
search-annual-holidays = 年間休日数
search-annual-holidays-days = { $days }日以上
search-posted = 新着
search-posted-today = 当日・前日
search-posted-week = 1週間以内
search-posted-age-today = 当日
# 新着：今日を含めた日数。
search-posted-age-days = { $days }日以内
search-features = 求人の特徴
search-features-hint = チェックした条件をすべて満たす求人を表示します。

# 就業場所 and 職種 pickers (also on other forms).
area-choose-prefecture = 都道府県を選択
area-prefecture-first = （先に都道府県を選択）
area-choose-municipality = 市区町村を選択（指定なし）
area-prefecture-n = 都道府県（{ $number }つ目）
area-municipality-n = 市区町村（{ $number }つ目）
occupation-major = 大分類
occupation-middle = 中分類
occupation-minor = 小分類
occupation-choose-major = 大分類を選択
occupation-major-first = （先に大分類を選択）
occupation-choose-middle = 中分類を選択（指定なし）
occupation-middle-first = （先に中分類を選択）
occupation-choose-minor = 小分類を選択（指定なし）
occupation-label = { $name }（{ $code }）
occupation-add = 追加
occupation-remove = 削除
occupation-remove-named = { $name }を削除
occupation-hint = 職種を選んで「追加」を押してください（{ $max }つまで）。
occupation-chosen = 選択した職種
occupation-full = 職種は{ $max }つまで選択できます。変更するには選択済みの職種を削除してください。

# The result list.
results-waiting = 検索結果はここに表示されます。
results-searching = 検索しています…
results-updating = 更新中…
# The heading is 「検索結果 」, the count, then 「件」.
results-heading-before = 検索結果{" "}
results-heading-after = 件
results-range = { $first }〜{ $last }件を表示
results-distinct = （類似求人をまとめて { $count }件）
# $count: how many other postings are near-duplicates of this one.
results-similar = ほか{ $count }件の類似求人
results-similar-received = 受付年月日：{ $date }
results-similar-loading = 類似求人を読み込んでいます…
results-sort = 並び順
results-per-page = 表示件数
results-per-page-option = { $count }件
sort-relevance = 関連度順
sort-received-desc = 受付年月日の新しい順
sort-deadline-asc = 紹介期限日の近い順
sort-wage-desc = 賃金の高い順（月額換算）
results-none-title = 条件に合う求人は見つかりませんでした。
results-none-fewer-words = フリーワードを減らすか、「いずれかを含む」に切り替えてみてください。
results-none-wider = 就業場所を都道府県だけにする、職種を上位の分類（中分類・大分類）にするなど、範囲を広げてみてください。
results-none-advanced = 詳細条件（賃金・就業時間・休日・求人の特徴など）を外してみてください。
results-none-number = 求人番号で探す場合は、番号（例：13010-12345678）に誤りがないか確認してください。
results-new = 新着
results-new-since-visit = 前回以降の新着
    .title = 前回このアプリで検索した後に公開された求人です
results-kind = { $category }・{ $style }
results-job-number = 求人番号{" "}
results-employer-hidden = 事業所名非公開
results-received-on = 受付年月日
results-referral-deadline = 紹介期限日
results-show-detail = 詳細を表示
    .label = { $title }の詳細を表示

# Amounts of money and wages.
yen = { $amount }円
yen-range = { $min }〜{ $max }
yen-from = { $min }〜
wage = { $kind } { $range }

# Page navigation.
paging-label = ページ送り
paging-previous = ‹ 前へ
paging-next = 次へ ›
paging-page = { $page }ページ目
paging-page-current = { $page }ページ目（表示中）

# お気に入り.
favorite-add = お気に入りに追加
favorite-remove = お気に入りから削除
favorite-add-named = 「{ $title }」をお気に入りに追加
favorite-remove-named = 「{ $title }」をお気に入りから削除

# 検索フォームの選択肢の横の件数（その選択肢で見つかる求人数）。
search-facet-count = （{ $count }件）
# 検索ボタンの横：フォームの今の条件で見つかる求人数（検索前に表示）。
search-form-total = この条件の求人：{ $count }件
# 検索結果の上：選んだ条件ごとに、その条件で除かれた求人の数。
search-removed-lead = 条件ごとに除かれた求人：
search-removed-item = { $condition } { $count }件

## Hiding an employer from the results (signed-in job seekers)

results-hide-employer = この事業所の求人を表示しない
    .label = 「{ $title }」の事業所の求人を表示しない
# $name: the employer's name (or 事業所名非公開).
results-hidden-done = { $name }の求人を表示しないようにしました。
# $number: the 求人番号 it was hidden from; $title: its 職種 (the employer has no public name).
results-hidden-done-unnamed = 求人番号 { $number }（{ $title }）と同じ事業所の、事業所名非公開の求人を表示しないようにしました。
results-hidden-undo = 元に戻す
results-hidden-close = 閉じる
    .label = お知らせを閉じる
results-hidden-count = 非表示の事業所 { $count }社
# The condition's name in the line of what each condition left out.
results-hidden-employers = 非表示の事業所
