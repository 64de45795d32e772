# Messages (メッセージ) and the screens that list them.
