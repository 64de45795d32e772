# The app's OS notifications of what a sync brought, and the expiry reminders' words (the
# app's notice and the service's mail).

## Messages
notice-messages-title = 新しいメッセージ
# $from: the other side's name
notice-messages-one = { $from }から{ $count }件のメッセージが届きました。
# $threads: how many threads; $count: messages in all
notice-messages-many = { $threads }件のやりとりに、あわせて{ $count }件のメッセージが届きました。

## Introductions, requests and results
# $kind: the introduction's kind (オンライン職業紹介, おすすめ求人)
notice-introduction-title = ハローワークからの{ $kind }
# $title: 職種; $number: 求人番号
notice-introduction-body = { $title }（求人番号 { $number }）が届きました。求職活動状況で確認できます。
notice-request-title = 応募検討依頼
# $title: 職種; $number: 求人番号
notice-request-body = { $title }（求人番号 { $number }）への応募を検討してほしいという依頼が届きました。求職活動状況で確認できます。
notice-result-title = 選考結果のお知らせ
# $title: 職種; $number: 求人番号
notice-result-body = { $title }（求人番号 { $number }）の選考結果が登録されました。

## New postings of saved searches
notice-new-jobs-title = 新着求人のお知らせ
# $name: the saved search's name
notice-new-jobs-body = 保存した検索条件「{ $name }」に新着求人が{ $count }件あります。

## Expiry reminders' own words (the app's notice and the mail)
reminder-registration-title = 求職登録の有効期限
reminder-posting-title = 紹介期限日のお知らせ
# $date: a date; $days: days left
reminder-when = { $date }（あと{ $days }日）
# $when: reminder-when
reminder-registration-line = 求職登録の有効期限は{ $when }です。期限の月に職業相談を受けるか求人に応募すると延長されます。
reminder-posting-can-extend = 求人一覧から1回だけ延長できます。
reminder-posting-extended = 延長済みのため、続けて募集するには新しく申し込んでください。
# $title: 職種; $number: 求人番号; $when: reminder-when; $extend: reminder-posting-can-extend or -extended
reminder-posting-line = { $title }（求人番号 { $number }）の紹介期限日は{ $when }です。{ $extend }
