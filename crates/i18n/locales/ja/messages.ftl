# Messages (メッセージ) and the screens that list them.

## The messages of a thread

messages-none = メッセージはまだありません。
messages-open-job = 求人票を見る
messages-you = あなた
messages-waiting = 送信待ち
