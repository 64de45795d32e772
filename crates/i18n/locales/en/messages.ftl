# Messages (メッセージ) and the screens that list them.

## The messages of a thread

messages-none = No messages yet.
messages-open-job = View the job sheet
messages-you = You
messages-waiting = Waiting to be sent
# $count, $max: the characters written and the most a message may have (as written, not grouped).
messages-count = { $count } / { $max } characters
messages-sending = Sending…
messages-send = Send

## メッセージ: the threads

messages-list-none = No message exchanges yet. When you apply or are referred, your exchanges with that employer appear here.
# $count: unread messages in the thread.
messages-list-unread = { $count } unread
# $count: unread messages in all threads.
messages-list-unread-note = { $count ->
    [one] You have 1 unread message.
   *[other] You have { $count } unread messages.
}

## One thread

messages-thread-waiting = Messages "waiting to be sent" are sent automatically as soon as the job service can be reached.
messages-thread-write = Write a message
messages-thread-one-way = This is a notice from Hello Work. You cannot reply in this exchange. For any enquiry, please contact your nearest Hello Work.
messages-thread-back = Back to messages
