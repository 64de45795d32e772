# The employer's screens (求人者マイページ, 応募者, 求職者検索).

## Shared by the employer's screens
employer-loading = Loading…
employer-refresh = Refresh
employer-refreshing = Refreshing…
employer-office-number = Establishment number
employer-return-reason = Reason for return (from Hello Work)
## Employer registration's statuses: the badge, the name beside it, the explanation under it
employer-status-provisional-badge = Under review
employer-status-returned-badge = Returned
employer-status-accepted-badge = Registered
employer-status-provisional-name = Employer registration under review (provisional)
employer-status-returned-name = Employer registration returned (please correct it and apply again)
employer-status-accepted-name = Employer registration complete
employer-status-provisional-text = Hello Work is reviewing your employer registration (provisional). Once it is accepted, your establishment gets an establishment number and we let you know by email.
employer-status-returned-text = Hello Work has returned your employer registration. Check the "Reason for return" below, correct the establishment details and apply again.
employer-status-accepted-text = Your employer registration has been accepted. Use your establishment number when you offer jobs.

## Opening an employer MyPage (for employers)
employer-opening-title = Open an employer MyPage (for employers)
employer-opening-lead = Employers who want to offer jobs open an employer MyPage and apply for the registration of their establishment in the following steps. Once Hello Work has checked and accepted it, it gets an establishment number.
employer-opening-steps = Steps to open an employer MyPage
employer-opening-step-terms = Terms of use
employer-opening-step-terms-title = Read and agree to the employer MyPage terms of use
employer-opening-step-email = Email address
employer-opening-step-email-title = Enter your email address
employer-opening-step-key = Key and establishment
employer-opening-step-key-title = Enter the key, a password and your establishment's details
employer-opening-step-done = Done
employer-opening-step-done-title = Employer MyPage opened and employer registration applied for
employer-opening-cancel = ‹ Stop and go back to sign-in
employer-opening-cancel-done = ‹ Back to sign-in
employer-opening-next-hint = Press "Next" and enter your email address.
employer-opening-email-lead = Enter the email address you will sign in to the employer MyPage with (for example the address of the person in charge of hiring) and press "Send key". An email with a "key" is sent to that address.
employer-opening-email-placeholder = e.g. saiyo@example.co.jp
employer-opening-secrets = Key and password
employer-opening-password = Password
employer-opening-office = Establishment details
employer-opening-office-hint = Enter the details of the establishment that offers jobs. The Hello Work of the prefecture where it is located checks them.
employer-opening-caution = After opening, your employer registration stays provisional (under review) until Hello Work has checked it. If something is missing or wrong, it is returned to you: then correct it and apply again.
employer-opening-completing = Applying…
employer-opening-complete = Open and apply for employer registration
employer-opening-done-title = Your employer MyPage is open and your application for employer registration was received
employer-opening-done-fallback = Sign in on the sign-in screen with your email address and the password you set.
employer-opening-done-note = Hello Work is checking your employer registration. Once signed in, you can see how the review stands (under review, returned or registered) and your establishment number.
# On the login screen once the MyPage is opened.
employer-opened-notice = Your employer MyPage is open. Sign in with the email address and password you registered to see how the review of your employer registration stands.

## Employer MyPage (the employer's home)
# $name: the 事業所名 (or the email).
employer-home-greeting = Employer MyPage of { $name }
employer-home-greeting-text = Here you can see the state of your employer registration, your establishment's details and the jobs you offered. Once your employer registration is accepted, your establishment gets an establishment number and you can offer jobs.
employer-home-heading = Employer registration
employer-home-lead = How the review at Hello Work stands.
employer-home-status = Employer registration
employer-home-profile = Registered establishment details
employer-home-postings = Offering jobs
employer-home-postings-hint = Offer a job (entered in 8 steps) and see how the jobs you offered stand.
employer-home-postings-link = See your job offers
employer-home-postings-note = You can offer jobs once Hello Work has accepted your employer registration. Then you can offer them from here.
employer-home-postings-summary = Jobs offered
# $count: postings returned by a counselor.
employer-home-postings-returned = { $count ->
    [one] Hello Work returned { $count } job offer. Check the reason for return in your job offers, correct it and apply again.
   *[other] Hello Work returned { $count } job offers. Check the reasons for return in your job offers, correct them and apply again.
}
employer-home-refile = Correct your establishment details
employer-home-refile-hint = Correct your establishment details as the reason for return says, and press "Correct and apply again". Hello Work then checks them once more.
employer-home-refiling = Applying…
employer-home-refile-submit = Correct and apply again
employer-home-refiled = You corrected your establishment details and applied again. Please wait until Hello Work has checked them.

## Job offers (the employer's list)
employer-postings-heading = Job offers
employer-postings-lead = The jobs you offered and the drafts you are writing. A draft goes on from what you saved with "Save for later". Hello Work checks each job you offer; once accepted, it gets a job number and is published.
employer-postings-not-accepted = You can offer jobs once Hello Work has accepted your employer registration.
employer-postings-new = Offer a new job
employer-postings-creating = Creating…
employer-postings-none = No job offers yet. Start with "Offer a new job".
employer-postings-counts = Number by status
employer-postings-count = { $count }
# The home's summary: 「公開中 2件」, the parts joined by the separator.
employer-postings-summary-part = { $status }: { $count }
employer-postings-summary-separator = {", "}
employer-postings-untitled = (no job title yet)
employer-postings-edit = Edit
employer-postings-open = Open
employer-postings-copy = Copy as a new offer
employer-postings-delete = Delete
# $action: one of the buttons' words (編集, 開く…).
employer-postings-action-named = { $action }: { $title }
employer-postings-change-badge = Change
employer-postings-changes = Changes job { $number }
employer-postings-job-number = Job number: { $number }
employer-postings-job-number-later = Job number: given on acceptance
employer-postings-received-on = Received: { $date }
employer-postings-deadline = Referral deadline: { $date }
employer-postings-extended = {" "}(extended)
employer-postings-updated = Updated: { $time }
employer-postings-return-reason = Reason for return:{" "}
employer-postings-change-status = Change applied for: { $status }
employer-postings-change-open = Open the change
employer-postings-delete-question = Delete the draft "{ $title }"? This cannot be undone.
employer-postings-delete-confirm = Delete
employer-postings-delete-cancel = Cancel
employer-postings-deleted = The draft "{ $title }" was deleted.
employer-postings-copied = The job was copied into a new draft. Check it and then apply.
employer-back-to-postings = Back to job offers

## Applicants
employer-applicants-heading = Applicants
# $number: the 求人番号.
employer-applicants-lead = Applicants for job { $number }. The newest applications are at the top.
employer-applicants-none = No one has applied for this job yet.
employer-applicants-name = Name
employer-applicants-kind = Type of application
employer-applicants-applied-on = Applied on
employer-applicants-status = Status
employer-applicants-actions = Actions
# $date: when the result was recorded.
employer-applicants-decided-on = ({ $date })
employer-applicants-open = Details

## One applicant, and the hiring decision form
employer-applicant-heading = Applicant
employer-applicant-heading-named = Applicant: { $name }
# $title: the posting's 職種; $number: its 求人番号.
employer-applicant-job = { $title } (job number { $number })
employer-applicant-letter-save = Save the referral letter (PDF)
employer-applicant-letter-saving = Saving…
# $path: where the PDF was written; $size: its size (12 KB).
employer-applicant-letter-saved = The referral letter was saved: { $path } ({ $size }). Open the PDF to print it.
employer-applicant-result-reason = Reason for not hiring: { $reason }
employer-applicant-profile = About the applicant
employer-applicant-name = Name (reading)
employer-applicant-name-value = { $name } ({ $kana })
employer-applicant-birth-date = Date of birth
employer-applicant-email = Email address
employer-applicant-prefecture = Address (prefecture)
employer-applicant-seeker-number = Job seeker number
employer-applicant-message = Message with the application
employer-applicant-no-message = (none)
employer-applicant-record-heading = Record the hiring decision
employer-applicant-result = Hiring decision
employer-applicant-reason = Reason for not hiring (optional)
employer-applicant-reason-hint = The applicant sees it. Up to { $max } characters.
employer-applicant-record = Record the hiring decision
employer-applicant-recording = Recording…
employer-applicant-back = Back to applicants

## Requests to consider applying, sent (on the applicants' list)
employer-requests-heading = Requests to consider applying, sent
# $count: requests that may still be sent for the posting.
employer-requests-remaining = { $count ->
    [one] You can send { $count } more request to consider applying for this job.
   *[other] You can send { $count } more requests to consider applying for this job.
}
employer-requests-none = You have not sent any request to consider applying yet. You can send them from "Find job seekers".
employer-requests-sent-at = Sent
employer-requests-profile = Job seeker's profile
employer-requests-answer-column = Answer
employer-requests-waiting = Waiting for an answer
# $answer: 応募 or 辞退; $time: when.
employer-requests-answer = { $answer } ({ $time })
# One fact of the 求職情報: 「年齢層: 30代」; the facts joined by the separator.
employer-requests-fact = { $label }: { $text }
employer-requests-fact-separator = {" "}/{" "}

## Find job seekers (published profiles, and requests to consider applying)
employer-seekers-heading = Find job seekers
# $max: how many seekers one posting may ask.
employer-seekers-lead = Find job seekers who have published their profile, and send them a request to consider applying for one of your published jobs. Names and contact details are not shown. For one job you can ask up to { $max } people, and each person only once.
employer-seekers-occupation = Occupation wished
employer-seekers-prefecture = Place of work wished
employer-seekers-experience = Experience
employer-seekers-licence = Licences and qualifications
employer-seekers-licence-placeholder = e.g. bookkeeping
employer-seekers-any = Any
employer-seekers-search = Search
employer-seekers-request-job = Job to ask about
# An option of the postings: its 求人番号, a full-width space, its 職種.
employer-seekers-posting-option = { $number } { $title }
employer-seekers-no-posting = You have no published job. Once a job is accepted and published, you can send requests.
employer-seekers-note = A short note
employer-seekers-note-hint = Optional. Up to { $max } characters. The job seeker receives it as a message.
employer-seekers-choose-posting = Choose the job to send the request to consider applying for (you need a published job).
employer-seekers-total = { $count ->
    [one] { $count } job seeker profile found.
   *[other] { $count } job seeker profiles found.
}
employer-seekers-more = Next page
employer-seekers-send = Send a request to consider applying
employer-seekers-sending = Sending…
employer-seekers-sent = The request to consider applying was sent.

## Jobs whose referral deadline is near (the banner above the job offers)
employer-reminders-mark = !
employer-reminders-heading = Jobs whose referral deadline is near
# $title: the 職種; $number: the 求人番号; $date: the 紹介期限日; $days: days left.
employer-reminders-line = { $days ->
    [one] The referral deadline of { $title } (job number { $number }) is { $date } ({ $days } day left).
   *[other] The referral deadline of { $title } (job number { $number }) is { $date } ({ $days } days left).
}
employer-reminders-extended-once = {" "}It was already extended: to keep recruiting, offer the job again.
employer-reminders-extend = Extend the referral deadline (only once)
employer-reminders-extend-named = Extend the referral deadline of { $title }
employer-reminders-extending = Extending…
employer-reminders-extended = The referral deadline was extended to { $date }.

## Find by name or reading (counselors, on the job seeker records)
employer-finder-heading = Find by name or reading
employer-finder-lead = If you do not know the job seeker number, search by name or by its reading (hiragana works too; put a space between family name and given name). Only people of the prefecture you serve are listed.
employer-finder-words = Name or reading
employer-finder-words-placeholder = e.g. 森 さくら
employer-finder-find = Find
employer-finder-finding = Finding…
employer-finder-none = No job seeker matches.
employer-finder-count = { $count } found
# $max: how many matches are listed at most.
employer-finder-more = More people match (only { $max } are listed). Add words to narrow the search.
# $number: the 求職番号; $birth: the birth date; $registration: where the registration stands; $until: the last day it is valid.
employer-finder-facts = Job seeker number { $number } · born { $birth } · { $registration } · valid until { $until }
employer-finder-registration-provisional = Provisional (waiting for registration at Hello Work)
employer-finder-registration-registered = Registered
employer-finder-registration-lapsed = Provisional registration expired
employer-finder-open = Open
employer-finder-open-named = Open the record of { $name }
