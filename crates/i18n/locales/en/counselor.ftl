# The counselor's screens (窓口・職業相談・審査).

## 仮登録の本登録: the list of provisional applications

counselor-provisional-expired = Expired
counselor-provisional-today = Ends today
# $days: days left before the deadline.
counselor-provisional-days-left = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
counselor-provisional-heading = Complete provisional registrations
# $days: the days a 仮登録 waits for its 本登録.
counselor-provisional-lead = People who applied online as job seekers (provisional registration). Check the identity of the job seeker who has come in, then press "Register". The registration can be completed within { $days } days of the application.
# $count: how many applications are listed.
counselor-provisional-count = { $count ->
    [one] 1 application
   *[other] { $count } applications
}
counselor-provisional-none = No provisional applications are waiting for registration.
counselor-provisional-caption = Provisional job applications
counselor-provisional-applied-on = Applied on
counselor-provisional-deadline = Register by
counselor-provisional-confirmed = Registered
# $name, $number: the seeker's name and 求職番号.
counselor-provisional-confirm-named = Register { $name } ({ $number })
counselor-provisional-confirming = Registering…
counselor-provisional-confirm = Register
# $left: the days left (あと3日, 本日まで, 期限切れ).
counselor-provisional-left = ({ $left })

## Words the counselor's screens share

counselor-refresh = Refresh
counselor-refreshing = Refreshing…
counselor-seeker-number = Job seeker number
counselor-name = Name
counselor-name-kana = Name (reading)
counselor-birth-date = Date of birth
counselor-email = Email address
counselor-prefecture = Prefecture
counselor-actions-column = Actions

## 操作の記録

counselor-actions-heading = Action log
counselor-actions-lead = The actions of this office's staff (registrations at the counter, completed registrations, job seeker status renewals, counselling, referrals, job introductions, messages, and acceptance or return of establishment registrations and job postings), newest first.
counselor-actions-none = Nothing recorded yet.
counselor-actions-at = Date and time
counselor-actions-counselor = Staff member
counselor-actions-kind = Action
counselor-actions-subject = Subject
counselor-actions-older = Older entries
counselor-action-register-seeker = Registration at the counter
counselor-action-confirm-seeker = Registration completed
counselor-action-reactivate = Job seeker status renewed (counter)
counselor-action-counselling = Counselling
counselor-action-referral = Referral
counselor-action-introduction = Online job introduction or recommended job
counselor-action-message = Message
counselor-action-accept-employer = Establishment registration accepted
counselor-action-return-employer = Establishment registration returned
counselor-action-accept-posting = Job posting accepted
counselor-action-return-posting = Job posting returned

## 窓口での求職登録

counselor-counter-heading = Job seeker registration at the counter
counselor-counter-lead = Register a job seeker who has come in. With the email address and date of birth registered here, the job seeker can open a MyPage from "Open a MyPage (you already use Hello Work)".
counselor-counter-birth-date-hint = Used to confirm the job seeker's identity when the MyPage is opened.
counselor-counter-email-hint = The email address the job seeker signs in to MyPage with. The authentication key is sent here.
counselor-counter-registering = Registering…
counselor-counter-register = Register
counselor-counter-registered = Job seeker registered
counselor-counter-valid-until = Valid until
counselor-counter-registered-note = The job seeker can now open a MyPage from "Open a MyPage (you already use Hello Work)" with this email address and the registered date of birth. Please tell the job seeker their job seeker number.
counselor-counter-again = Register another

## 職業相談 (on a seeker's record)

counselor-counselling-heading = Counselling
counselor-counselling-none = No counselling recorded yet.
# $date, $topic: the day and the topic of a session.
counselor-counselling-line = { $date } { $topic }
# $office, $counselor: where and by whom.
counselor-counselling-by = { $office } / by { $counselor }
counselor-counselling-day = Date
counselor-counselling-topic = Topic
counselor-counselling-note = Note (optional)
# $max: the longest note.
counselor-counselling-note-hint = A note only staff can read (up to { $max } characters). Job seekers and employers never see it.
counselor-counselling-recording = Recording…
counselor-counselling-record = Record the session
# $date, $topic: the session; $valid_until: the seeker's validity after it.
counselor-counselling-recorded = Recorded: { $topic } on { $date }. The job seeker's registration is now valid until { $valid_until }.
counselor-counselling-day-missing = Enter the date of the session.
counselor-counselling-topic-missing = Choose the topic of the session.
counselor-choose = Choose
counselor-processing = Processing…

## 事業所登録の審査

counselor-employer-review-heading = Establishment registration review
counselor-employer-review-lead = Establishment registrations in this prefecture filed from employer MyPages. Check each one: if it is in order, press "Accept"; if something is missing or wrong, write the reason and press "Return". The employer is told by email.
counselor-employer-review-none = No establishment registrations are waiting for review.
# $count: how many registrations are listed.
counselor-employer-review-count = { $count ->
    [one] 1 registration
   *[other] { $count } registrations
}
# $name: the 事業所名 (the 事業所番号 follows).
counselor-employer-review-accepted = The establishment registration of { $name } has been accepted. Establishment number:{ " " }
# $name: the 事業所名.
counselor-employer-review-returned = The establishment registration of { $name } has been returned. When the employer corrects it and files it again, it comes back to this list.
# $at: when it was filed.
counselor-employer-review-submitted-at = Filed: { $at }
# $email: the employer's address.
counselor-employer-review-email = Email address: { $email }
counselor-employer-review-reason = Reason for returning
counselor-employer-review-reason-placeholder = e.g. The address has no street number. Please enter the full address and file again.
# $max: the longest reason.
counselor-employer-review-reason-hint = To return the registration, write the reason the employer will read (up to { $max } characters).
# $name: the 事業所名.
counselor-employer-review-return-named = Return the establishment registration of { $name }
counselor-employer-review-return = Return
counselor-employer-review-accept-hint = If everything is in order, accept it. The establishment gets its number and the employer is told.
# $name: the 事業所名.
counselor-employer-review-accept-named = Accept the establishment registration of { $name }
counselor-employer-review-accept = Accept

## 求人受理: the postings filed, oldest first

counselor-posting-queue-heading = Job posting acceptance
counselor-posting-queue-lead = Job postings in this prefecture filed from employer MyPages, oldest first. Open each one, check the job sheet, and accept or return it.
counselor-posting-queue-none = No job postings are waiting for acceptance.
# $count: how many postings are listed.
counselor-posting-queue-count = { $count ->
    [one] 1 posting
   *[other] { $count } postings
}
counselor-posting-queue-no-title = (no occupation entered)
# $number: the 求人番号 the change is for.
counselor-posting-queue-change = Change (job number { $number })
# $number: the 事業所番号.
counselor-posting-queue-office-number = (establishment number { $number })
# $at: when it was filed.
counselor-posting-queue-submitted-at = Filed: { $at }

## 求人の受理: one filed posting, its 求人票 and the decision

counselor-posting-review-heading = Job posting acceptance
counselor-posting-review-back = Back to the postings to accept
counselor-posting-review-submitted-at = Filed
# $number: the 求人番号 the change is for.
counselor-posting-review-change = A change to job number { $number }.{ " " }
counselor-posting-review-change-note = Once accepted, the published job sheet is replaced with this one (the job number, the date received and the referral deadline stay the same).
counselor-posting-review-no-difference = Nothing differs from the published job sheet.
# $parts: the parts of the sheet that change, listed.
counselor-posting-review-altered = Parts that change: { $parts }
# The 求人番号 follows.
counselor-posting-review-accepted = The job posting has been accepted. Job number:{ " " }
counselor-posting-review-returned = The job posting has been returned. When the employer corrects it and files it again, it comes back to the list.
counselor-posting-review-reason-placeholder = e.g. The highest wage is lower than the lowest. Please check it and file again.
counselor-posting-review-accept-hint = If everything is in order, accept it. It gets a job number and is published, and the employer is told by email.

## 求職者の記録: opening a seeker by 求職番号, and their record

counselor-desk-lead = Enter the job seeker number of a job seeker who has come in to see their registration and job seeker status. If the status is inactive, you can make it active again here.
counselor-desk-open = Open
counselor-record-heading = Job seeker record
counselor-record-lead = The job seeker's information registered at Hello Work, and their job seeker status as of today.
# $kana: the name's reading.
counselor-record-kana = ({ $kana })
counselor-record-registration = Registration
counselor-record-provisional = Provisional (waiting for registration at Hello Work)
counselor-record-registered = Registered
counselor-record-lapsed = Provisional registration expired
counselor-record-mypage = Job seeker MyPage
counselor-record-mypage-open = Opened
counselor-record-mypage-not-open = Not opened
counselor-record-profile = Job seeker information
# $at: when the seeker last updated it.
counselor-record-profile-updated = Updated by the job seeker on { $at }
counselor-record-profile-none = The job seeker has not entered their information yet.
# $since: since when it is published.
counselor-record-published = Published job seeker information: published (since { $since })
counselor-record-not-published = Published job seeker information: not published
counselor-record-requests = Requests to consider applying received
counselor-record-requests-at = Received
counselor-record-requests-job = Job
counselor-record-requests-employer = Establishment
counselor-record-requests-answer = Answer
counselor-record-request-waiting = Not answered yet
# $title, $number: the posting's 職種 and 求人番号.
counselor-record-request-job = { $title } ({ $number })
counselor-record-reactivate-note = The job seeker status is inactive. Confirm with the job seeker that they are still looking for work and that their registration is correct, then make it active. It stays valid until the end of the month after next, counted from today.
counselor-record-reactivating = Switching…
counselor-record-reactivate = Make the status active
# $valid_until: the new last valid day.
counselor-record-reactivated = The job seeker status is active again. It is valid until { $valid_until }.
counselor-record-open-another = Open another job seeker

## 応募・紹介の状況 (on a seeker's record) and 紹介

counselor-referrals-heading = Applications and referrals
counselor-referrals-none = No applications or referrals yet.
# $status, $date: the result and its day.
counselor-referrals-decided = { $status } ({ $date })
# $title, $number: the posting's 職種 and 求人番号.
counselor-referrals-job = { $title } (job number { $number })
# $employer, $date: the 事業所 and the day of the application.
counselor-referrals-applied = { $employer } / applied on { $date }
counselor-referrals-job-number = Job number of the job to refer to
counselor-referrals-referring = Referring…
counselor-referrals-refer = Refer
# $number, $title: the posting's 求人番号 and 職種.
counselor-referrals-referred = Referred to job number { $number } ({ $title }). The employer and the job seeker can print the referral letter from their MyPage.

## 求人を紹介する（オンライン） (on a seeker's record)

counselor-introduce-heading = Introduce a job (online)
counselor-introduce-kind = How to introduce
counselor-introduce-referral-hint = When the job seeker presses "Apply with this referral" in their job search activity, they apply with a referral letter (only registered job seekers whose status is active).
counselor-introduce-recommendation-hint = Shown in the job seeker's MyPage as a "recommended job". The job seeker applies from "Apply" on the job sheet.
counselor-introduce-note = A word to the job seeker (optional)
# $max: the longest note.
counselor-introduce-note-hint = Sent to the job seeker as a message (up to { $max } characters).
counselor-introduce-sending = Sending…
counselor-introduce-send = Send the introduction

## メッセージ（ハローワークから） (on a seeker's record)

counselor-messages-heading = Messages (from Hello Work)
counselor-messages-hint = Delivered to the job seeker's messages. The job seeker cannot reply.
counselor-messages-body = Message to the job seeker
