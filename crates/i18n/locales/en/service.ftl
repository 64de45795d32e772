# The service's own refusals and answers (not the domain's rules), in the language each request
# asks for (Accept-Language).

## Signing in and roles

service-sign-in = Please sign in.
service-session-expired = Your sign-in has expired. Please sign in again.
service-session-idle = You were signed out because there was no activity for a while. Please sign in again.
service-forbidden = You do not have permission to use this feature.

## Authentication keys

# $tries: how many wrong tries void a key.
# $start_over: what to do then (a service-key-start-over text).
service-key-invalid = The authentication key is wrong, has expired (50 minutes after it was sent) or can no longer be used. A key stops working after { $tries ->
        [one] one wrong try
       *[other] { $tries } wrong tries
    }. If it is still refused when entered correctly, { $start_over }
service-key-start-over-email-birth-date = start again from the beginning (entering your email address and date of birth).
service-key-start-over-email = start again from the beginning (entering your email address).
service-key-start-over-new-email = start again by entering the new email address.

## Requests the service cannot read

service-busy = The service is busy right now. Please try again in a little while.
service-body-not-json = The request is not in the right form (Content-Type: application/json is required).
service-body-incomplete = The request is too large or was cut off.
# $cause: what the JSON parser found wrong (in English).
service-body-malformed = The content of the request is not valid ({ $cause }).
# $cause: what is wrong with the address (in English).
service-path-malformed = The address is not in the right form ({ $cause }).

## Accounts and passwords

service-wrong-credentials = The email address or password is wrong. After several wrong passwords in a row you cannot sign in for a while. If that happens, try again later, or reset your password from "Forgotten or locked password".
service-sign-in-throttled = There have been too many sign-in attempts. Please try again in a little while.
service-no-such-account = The account was not found.
service-wrong-current-password = The current password is wrong. After several wrong passwords in a row you cannot sign in for a while.
service-password-changed = Your password has been changed. You have been signed out on your other devices.
service-email-unchanged = This is your current email address. Enter a new email address.
service-email-taken = This email address is used by another account. Enter a different email address.
service-password-confirmation-differs = The confirmation password does not match. Enter the same password twice.

## Opening a MyPage, registering, resetting a password: the answers

service-terms-not-agreed = Please read both the terms of use and the privacy policy, and tick the boxes to agree.
service-terms-updated = The terms of use have been updated. Please open the screen again and check the new terms.
service-mypage-already-open = A MyPage is already open for this email address. Please sign in from the sign-in screen.
service-opening-key-sent = If the email address and date of birth match our records, an authentication key has been sent by email. Enter the key from the email within 50 minutes. If no email arrives, check what you entered and try again.
service-mypage-opened = Your MyPage is open. Sign in from the sign-in screen with your email address and the password you set.
service-sign-up-key-sent = An authentication key has been sent to the email address you entered. Enter the key from the email within 50 minutes. If that address already has a MyPage, we send an email saying so instead of a key.
# $number: the new 求職番号.
service-registration-received = Your MyPage is open and your job application (provisional registration) has been received. Your job seeker number is { $number }. Complete your registration at Hello Work within 14 days of applying. You can sign in from the sign-in screen with your email address and the password you set.
service-employer-mypage-opened = Your employer MyPage is open and your employer registration (provisional) has been received. Once Hello Work has checked and accepted it, we will email you your establishment number. You can sign in from the sign-in screen with your email address and the password you set.
service-reset-key-sent = If an account is registered with the email address you entered, an authentication key has been sent by email. Enter the key from the email within 50 minutes.
service-password-reset = Your password has been reset. Sign in with the new password.
service-email-change-key-sent = An authentication key has been sent to the new email address. Enter the key from the email within 50 minutes. If no email arrives, check that the address is correct and not used by another account.
# $email: the new address.
service-email-changed = Your email address has been changed to { $email }. From now on, sign in with the new email address. You have been signed out on your other devices.
service-no-mails-for-counselors = Staff do not receive notification emails.
service-new-jobs-digest-seekers-only = Only job seekers can receive emails about new jobs.

## What is not there (404), or not this caller's

service-no-seeker-registration = No job seeker registration was found.
service-no-employer-registration = No employer registration was found.
service-no-counselor-record = No staff record is registered for this account.
service-no-such-posting = This job was not found.
service-no-such-application = This application was not found.
service-no-such-applicant = This applicant was not found.
service-no-such-document = This application document was not found.
service-no-such-referral-letter = No referral letter was found for this application.
service-no-such-introduction = This job introduction was not found.
service-no-such-request = This request to consider applying was not found.
service-no-such-thread = This message conversation was not found.
service-no-such-employer-registration = This establishment registration was not found.
# $number: the 求職番号 asked for.
service-no-such-seeker = There is no job seeker with the job seeker number { $number }.

## The employer's registration and job offers

service-employer-registration-accepted-already = Your employer registration has already been accepted.
service-employer-registration-under-review = Your employer registration is being checked by Hello Work and cannot be changed.
service-employer-not-accepted-yet = You can offer jobs once Hello Work has accepted your employer registration.
# $max: how many drafts an employer may keep.
service-too-many-drafts = You can keep up to { $max } drafts. Delete drafts you no longer need before creating a new one.
service-change-under-way = A change to this job offer has already been started. Go on with it from "Change" in the list of job offers.
service-posting-under-review = This job offer is being checked by Hello Work and cannot be changed.
service-published-posting-not-editable = A published or ended job offer cannot be edited directly. Apply for a change with "Change the job offer".
service-only-drafts-deleted = Only drafts can be deleted. To end a published job offer, stop recruiting.
service-posting-expired = The referral deadline of this job offer has passed. Offer it as a new job (with "Copy as a new offer" in the list of job offers).
service-posting-not-published = This job offer is not published.

## Counselors: registrations and postings to accept or return

service-seeker-already-registered = This job seeker's registration has already been completed.
service-provisional-registration-lapsed = The provisional registration has expired (14 days from the application), so the registration cannot be completed. Please ask the person to apply as a job seeker again.
service-employer-registration-decided = This establishment registration has already been accepted or returned. Please refresh the list.
service-posting-decided = This job posting has already been accepted or returned. Please refresh the list.
# $reason: the first rule the posting breaks.
service-posting-breaks-rules-today = As of today, the job posting breaks a rule ({ $reason }). Return it with the reason.
service-revised-posting-closed = The job posting this change applies to is no longer published. Return the change.
service-posting-past-referral-deadline = The referral deadline (31 March of the graduation year) has passed, so the job posting cannot be accepted. Return it.

## Messages

service-message-key-malformed = The message's sending key is not in the right form.
service-messages-throttled = Too many messages were sent in a short time. Please try again in a little while.
service-message-key-used-elsewhere = This sending key has been used in another conversation.
service-counselor-writes-from-record = Staff send messages from the job seeker's record.

## The MyPage sync (favorites, saved searches, job seeker details) and publishing the profile

# $number: the 求人番号 as sent.
service-favorite-job-number-malformed = The job number "{ $number }" is not in the right form.
service-favorite-job-not-found = The job with the job number { $number } was not found, so it could not be added to your favorites.
# $reason: why (the limit of favorites).
service-favorite-not-added = The job number { $number } was not added. { $reason }
# $number: the 求人番号 as sent.
service-hidden-employer-job-not-found = The job with the job number { $number } was not found, so its employer could not be hidden.
# $reason: why (the limit of hidden employers).
service-hidden-employer-not-hidden = The employer of the job number { $number } was not hidden. { $reason }
service-saved-search-id-malformed = The identifier of the search to save is not valid.
# $name: the saved search's name.
# $reason: why (the limit of saved searches).
service-saved-search-not-saved = "{ $name }" was not saved. { $reason }
service-idempotency-conflict = A different change was sent with the same identifying key, so it was not accepted.
# $max: the most changes one push may carry.
service-too-many-mutations = Up to { $max } changes can be sent at once.
# $key: the key as sent.
service-mutation-key-not-uuid = The identifying key "{ $key }" is not a UUID.
service-sync-cursor-malformed = The sync position (since) is not in the right form.
service-profile-not-a-seeker = You are not registered as a job seeker, so job seeker details cannot be saved.
# $reason: the first problem of the profile.
service-profile-not-saved = Your job seeker details were not saved. { $reason }
service-publication-not-agreed = Check the content to publish and agree to it.
service-publication-preview-outdated = Your job seeker details changed after you checked them. Check the content to publish again.
service-publication-suspended = Your job seeking status is inactive, so employers cannot see your profile. It is shown again when you make your status active.
