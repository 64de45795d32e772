# Messages (メッセージ) and the screens that list them.

## The messages of a thread

messages-none = No messages yet.
messages-open-job = View the job sheet
messages-you = You
messages-waiting = Waiting to be sent
