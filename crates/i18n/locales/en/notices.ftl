# The app's OS notifications of what a sync brought, and the expiry reminders' words (the
# app's notice and the service's mail).

## Messages
notice-messages-title = New messages
# $from: the other side's name
notice-messages-one = { $count ->
        [one] A message
       *[other] { $count } messages
    } from { $from }.
# $threads: how many threads; $count: messages in all
notice-messages-many = { $count } messages in { $threads } conversations.

## Introductions, requests and results
# $kind: the introduction's kind (オンライン職業紹介, おすすめ求人)
notice-introduction-title = { $kind } from Hello Work
# $title: 職種; $number: 求人番号
notice-introduction-body = { $title } (job number { $number }) has arrived. See it under Job search activity.
notice-request-title = Request to consider applying
# $title: 職種; $number: 求人番号
notice-request-body = An employer asks you to consider applying to { $title } (job number { $number }). See it under Job search activity.
notice-result-title = Selection result
# $title: 職種; $number: 求人番号
notice-result-body = The selection result of { $title } (job number { $number }) has been recorded.

## New postings of saved searches
notice-new-jobs-title = New jobs
# $name: the saved search's name
notice-new-jobs-body = { $count ->
        [one] 1 new job
       *[other] { $count } new jobs
    } for your saved search "{ $name }".

## Expiry reminders' own words (the app's notice and the mail)
reminder-registration-title = Your job-seeking registration ends soon
reminder-posting-title = Referral deadline
# $date: a date; $days: days left
reminder-when = { $date } ({ $days ->
        [one] { $days } day left
       *[other] { $days } days left
    })
# $when: reminder-when
reminder-registration-line = Your job-seeking registration is valid until { $when }. It is extended when you have a job consultation or apply to a job in the month it ends.
reminder-posting-can-extend = You can extend it once from "Job postings".
reminder-posting-extended = It has already been extended; to keep recruiting, apply with a new posting.
# $title: 職種; $number: 求人番号; $when: reminder-when; $extend: reminder-posting-can-extend or -extended
reminder-posting-line = The referral deadline of { $title } (job number { $number }) is { $when }. { $extend }
