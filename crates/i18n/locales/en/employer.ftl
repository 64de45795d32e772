# The employer's screens (求人者マイページ, 応募者, 求職者検索).

## Shared by the employer's screens
employer-loading = Loading…
employer-refresh = Refresh
employer-refreshing = Refreshing…
employer-office-number = Establishment number
employer-return-reason = Reason for return (from Hello Work)
# A time in Japan: $date as the language writes dates, $time 「01:05」.
employer-datetime = { $date } { $time }

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
