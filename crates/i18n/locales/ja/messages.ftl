# Messages (メッセージ) and the screens that list them.

## The messages of a thread

messages-none = メッセージはまだありません。
messages-open-job = 求人票を見る
messages-you = あなた
messages-waiting = 送信待ち
# $count, $max: the characters written and the most a message may have (as written, not grouped).
messages-count = { $count }／{ $max }文字
messages-sending = 送信しています…
messages-send = 送信する

## メッセージ: the threads

messages-list-none = メッセージのやりとりはまだありません。応募や紹介をすると、その求人者とのやりとりがここに表示されます。
# $count: unread messages in the thread.
messages-list-unread = 未読 { $count }
# $count: unread messages in all threads.
messages-list-unread-note = 未読のメッセージが{ $count }件あります。

## One thread

messages-thread-waiting = 「送信待ち」のメッセージは、求人サービスに接続でき次第、自動で送信されます。
messages-thread-write = メッセージを書く
messages-thread-one-way = ハローワークからのお知らせです。このやりとりには返信できません。ご用件は最寄りのハローワークにお問い合わせください。
messages-thread-back = メッセージ一覧に戻る
