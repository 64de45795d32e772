# ログイン and the screens around accounts.

login-heading = Sign in to MyPage
login-lead = If you have a MyPage, sign in with the email address and password you registered. Employers with an employer MyPage and Hello Work staff also sign in here.
login-email = Email address
login-password = Password
login-submit = Sign in
login-busy = Signing in…
login-shared-pc = On a computer at Hello Work, always sign out when you have finished.
login-no-mypage = If you have no MyPage
login-opening-note = If you registered an email address for MyPage at a Hello Work counter, set a password here to open your MyPage.
login-open-opening = Open a MyPage (you already use Hello Work)
# $days: the days a 仮登録 waits for its 本登録.
login-registration-note = If you have not registered as a job seeker at Hello Work, you can open a MyPage and apply online (provisional registration). Until you complete the registration at Hello Work within { $days } days, only some features are available.
login-open-registration = Open a MyPage and register as a job seeker (not yet registered at Hello Work)
login-employers = Employers (offering jobs)
login-employer-note = Employers who want to offer jobs open an employer MyPage and apply for the registration of their establishment. Once Hello Work has checked and accepted it, it gets an establishment number.
login-open-employer-opening = Open an employer MyPage
login-forgot = Forgotten or locked password
login-forgot-note = Set a new password with the key sent to your registered email address. If your account is locked, reset it here too.
login-open-reset = Reset the password
login-lockout-hint = After several wrong passwords in a row, signing in is blocked for a while.

not-found-heading = Page not found
not-found-text = The page you are looking for has moved or does not exist.
not-found-to-search = Go to job search
page-loading = Loading…

## The app's own refusals, when a call to the app goes wrong (ipc)

# $detail: the command and what went wrong, for the help desk.
account-ipc-arguments = Your entry could not be passed to the app. ({ $detail })
# $detail: the command and what went wrong, for the help desk.
account-ipc-answer = The service's answer could not be read. ({ $detail })
# $detail: what the app said.
account-ipc-failed = Something went wrong. ({ $detail })
# $detail: what the app said.
account-ipc-broken = The app stopped answering. Please restart the app. ({ $detail })
account-ipc-failed-plain = Something went wrong.

## The boxes the account forms share: what their checks refuse

account-email-missing = Enter your email address.
account-password-missing = Enter your password.
account-current-password-missing = Enter your current password.
account-birth-date-missing = Enter your date of birth.
account-birth-date-invalid = Enter a valid date of birth (e.g. 1 April 1990).
account-confirmation-missing = Enter the password again to confirm it.
account-confirmation-mismatch = The two passwords do not match. Enter the same password twice.
account-key-missing = Enter the authentication key.
# $digits: how many digits a key has.
account-key-invalid = Enter the { $digits }-digit authentication key from the email.
account-agreement-missing = Agree to both the terms of use and the privacy policy.

## The password rule's checklist under a new password, and the confirmation's hint

# $min, $max: the shortest and longest password.
account-password-rule = Use { $min } to { $max } half-width characters, with at least one letter, one digit and one symbol.
# $min, $max: the shortest and longest password.
account-password-rule-length = { $min } to { $max } characters
account-password-rule-letter = A half-width letter
account-password-rule-digit = A half-width digit
account-password-rule-symbol = A symbol (! # $ % & ? @ and so on)
# The mark before an item while nothing is typed.
account-password-rule-pending = •
# Read after an item of the checklist by screen readers.
account-password-rule-met = (met)
account-password-rule-unmet = (not met yet)
account-password-ok = This password can be used.
account-confirmation-matches = The passwords match.
account-confirmation-differs = The passwords do not match.
account-confirmation-hint = Enter the same password again to confirm it.

## The steps of the 認証キー flows (the indicator's name of each step; .title: its heading)

account-step-terms = Terms of use
    .title = Read and agree to the MyPage terms of use
account-step-email = Email address
    .title = Enter your email address
account-opening-step-request = Email address and date of birth
    .title = Enter your email address and date of birth
account-opening-step-key = Authentication key and password
    .title = Enter the authentication key and a password
account-opening-step-done = Done
    .title = Your MyPage is open
account-registration-step-key = Authentication key and application
    .title = Enter the authentication key, a password and your job application
account-registration-step-done = Done
    .title = MyPage opened and job application (provisional registration) received
account-reset-step-key = Authentication key and new password
    .title = Enter the authentication key and a new password
account-reset-step-done = Done
    .title = Password reset
account-email-change-step-request = New email address
    .title = Enter the new email address and your current password
account-email-change-step-key = Authentication key
    .title = Enter the authentication key
account-email-change-same = This is your current email address. Enter a new one.

## The notes the login shows after signing out, an ended session or a completed procedure

account-signed-out-notice = You have signed out.
account-session-ended-notice = Your sign-in has expired. Please sign in again.
account-opened-notice = Your MyPage is open. Sign in with the email address and password you registered.
account-registered-notice = Your MyPage is open and your job application (provisional registration) has been received. Sign in with the email address and password you registered.
account-reset-notice = Your password has been reset. Sign in with the new password.
# $reason: why, as the service or the app says it.
account-sign-out-failed = Could not sign out. { $reason }

## マイページ利用規約 and プライバシーポリシー (step 1 of the opening and the registration; the
## Japanese text is the one that applies). Each article: its heading; .text: its paragraphs.

# $year, $month: the version of the terms.
account-terms-version = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year } edition
# $version: a version written some other way.
account-terms-version-other = Edition { $version }
account-terms-1 = Article 1 (Purpose)
    .text = These terms govern the use of the job seeker MyPage ("MyPage") of Shigoto ("the Service"). MyPage supports the user's job search with features such as searching job postings, keeping favourites, applying for jobs and messages.
account-terms-2 = Article 2 (Who may use MyPage)
    .text = MyPage may be used by people who have registered as job seekers at Hello Work or who have applied online as job seekers. Users use MyPage having agreed to these terms.
account-terms-3 = Article 3 (Email address and password)
    .text = Users keep the email address and password they sign in with under their own responsibility and must not disclose them to anyone else.
    .text-2 = When you use MyPage on a shared computer, such as one at Hello Work, always sign out when you have finished.
account-terms-4 = Article 4 (Prohibited acts)
    .text = Users must not: (1) register false information; (2) use another person's email address or password; (3) disrupt the operation of the Service; (4) act against the law or public order and morals.
account-terms-5 = Article 5 (Direct applications and messages)
    .text = A direct application that does not go through Hello Work is made between the user and the employer. Any trouble arising from the application is to be settled between the parties. If you find a job through a direct application, the re-employment allowance may not be paid.
    .text-2 = Messages cannot be sent to Hello Work with the message feature. Please consult Hello Work at its counter or by phone.
account-terms-6 = Article 6 (Suspension and changes of the Service)
    .text = All or part of the Service may be suspended without notice for maintenance or to deal with failures.
account-terms-7 = Article 7 (Changes to these terms)
    .text = These terms may be changed when necessary. When they change, the new terms may be shown when you open a MyPage or sign in, and you may be asked to agree again.
account-privacy-1 = 1. Information collected
    .text = To open and use MyPage, we collect your name, its reading in katakana (furigana), date of birth, email address, address (prefecture), the conditions of the work you want, the status of your applications, the content of messages, and the dates and times you sign in.
account-privacy-2 = 2. Purpose of use
    .text = The information collected is used only to confirm your identity, to provide job placement and job information, to contact you, and to improve the Service.
account-privacy-3 = 3. Disclosure to third parties
    .text = Except where required by law, we do not disclose your information to third parties without your consent. When you apply for a job, we give the employer the information needed for the selection. When you publish your job seeker information, your name and contact details are not published.
account-privacy-4 = 4. Security
    .text = Passwords are stored in a form that cannot be turned back, and communication is encrypted. The information the app stores on this computer is erased when you sign out.
account-privacy-5 = 5. Checking and correcting your information, and enquiries
    .text = You can check or correct the information you registered at a Hello Work counter. For enquiries, please contact the help desk ({ help-desk-phone }, { help-desk-hours }).
# Above the terms when they are shown in another language than Japanese.
account-terms-japanese-applies = This is a translation: the Japanese text of the terms of use and the privacy policy is the one that applies.

## Step 1 of the opening and the registration: agreeing to the terms

account-terms-lead = Read the privacy policy and the MyPage terms of use, tick both to agree, and press "Next".
account-terms-title = MyPage terms of use
account-privacy-title = Privacy policy
# $version: the version of the terms (2026年11月版).
account-terms-version-note = ({ $version })
account-terms-agree = I agree to the MyPage terms of use
account-privacy-agree = I agree to the privacy policy
account-terms-next = Next
account-terms-next-hint = Tick both boxes to be able to press "Next".

## The parts every 認証キー flow is drawn with

# $number: the step's number.
account-flow-step-number = Step { $number }
# $number: the step's number (read by screen readers before its name).
account-steps-number = Step { $number }:{ " " }
account-flow-back = ‹ Back
account-flow-sending = Sending…
account-flow-send-key = Send the authentication key
account-flow-restart = ‹ Send the authentication key again
account-flow-to-login = Go to sign-in
account-flow-mail-caution = If you restrict the mail you receive, allow mail from this service before you go on.
account-flow-email = Email address
account-flow-required = Required
account-key-expired-hint = If it has expired, start again from "Send the authentication key again".
account-confirm-cancel = Cancel
account-email-memo = Email address (for your reference)
account-key = Authentication key
# $digits: how many digits a key has.
account-key-note = The { $digits }-digit number in the email
account-password = Password
account-new-password = New password
# $label: パスワード or 新しいパスワード.
account-password-confirmation = { $label } (again, to confirm)

## メールでのお知らせ (a job seeker's and an employer's settings)

account-mails-heading = Email notifications
account-mails-events = Tell me by email about new messages, referrals from Hello Work, applications and selection results
account-mails-events-hint = The email only says that there is something new; you read it in the app.
account-mails-digest = Get an email about new job postings (once a day)
account-mails-digest-hint = Every morning, we send the job numbers and occupations of the postings published the day before that match the saved searches you marked "Tell me about new postings" in job search.
account-mails-events-on = You will now get notification emails.
account-mails-events-off = Notification emails have been stopped.
# $hour: the hour (Japan time) the daily mail goes out.
account-mails-digest-on = You will now get emails about new job postings (every morning around { $hour }:00 Japan time, with the postings of the day before).
account-mails-digest-off = Emails about new job postings have been stopped.
account-flow-cancel = ‹ Back to sign-in
account-flow-email-placeholder = e.g. taro@example.jp
account-flow-done-fallback = Sign in from the sign-in screen with your email address and the password you set.
account-birth-date = Date of birth

## 求職者マイページの開設（ハローワークをご利用中の方）

account-opening-title = Open your job seeker MyPage (you already use Hello Work)
account-opening-lead = If you registered an email address for MyPage at a Hello Work counter, follow these steps to set a password and open your MyPage.
account-opening-steps = Steps to open MyPage
account-opening-next-hint = Press "Next" and enter your email address and date of birth.
account-opening-email-lead = Enter the email address and date of birth registered at the counter and press "Send the authentication key". An email with the authentication key will be sent to that address.
account-opening-as-registered = As registered at the counter
account-opening-completing = Registering…
account-opening-complete = Finish
account-opening-done = Your MyPage is open

## マイページを開設して求職申込みをする（ハローワークに登録していない方）

account-registration-title = Open a MyPage and apply as a job seeker (not yet registered at Hello Work)
# $days: the days a 仮登録 waits for its 本登録.
account-registration-lead = If you have not registered as a job seeker at Hello Work, follow these steps to open a MyPage and apply online (provisional registration). Complete your registration at Hello Work within { $days } days of the provisional registration.
account-registration-steps = Steps to open MyPage and apply
account-registration-cancel = ‹ Stop applying and go back to sign-in
account-registration-next-hint = Press "Next" and enter your email address.
account-registration-email-lead = Enter the email address you will sign in to MyPage with and press "Send the authentication key". An email with the authentication key will be sent to that address.
account-registration-secrets = Authentication key and password
account-registration-application = Your job application
# $days: the days a 仮登録 waits for its 本登録.
account-registration-provisional-caution = After you apply, you are provisionally registered. Complete your registration at Hello Work within { $days } days.
account-registration-completing = Applying…
account-registration-complete = Apply
account-registration-done = Your MyPage is open and your job application (provisional registration) has been received
# $days: the days a 仮登録 waits for its 本登録.
account-registration-done-note = You are provisionally registered. Complete your registration at your nearest Hello Work within { $days } days. Job search and favourites can be used at once; some features, such as referrals and job recommendations, become available after the registration is complete.

## パスワードを忘れた方・ロックされた方

account-reset-title = Forgotten or locked password
account-reset-lead = If you have forgotten your password, or cannot sign in because of several wrong passwords in a row (locked), follow these steps to set a new password.
account-reset-steps = Steps to reset the password
# $digits: how many digits a key has; $lifetime: how long a key lasts (the service's words).
account-reset-email-lead = Enter the email address registered for your MyPage and press "Send the authentication key". If the address is registered, an email with the authentication key ({ $digits } digits) for resetting your password will be sent to it. { $lifetime }
account-reset-lockout-hint = A locked account can sign in again as soon as its password is reset.
account-reset-as-registered = As registered for MyPage
account-reset-key-expired-hint = If it has expired or is no longer valid, start again from "Send the authentication key again".
account-reset-signs-out = Resetting the password signs out the MyPage wherever it is still signed in, such as on another computer.
account-reset-completing = Resetting…
account-reset-complete = Reset the password
account-reset-done = Your password has been reset
account-reset-done-fallback = Sign in from the sign-in screen with your email address and the new password.

## パスワード変更

account-password-change-heading = Change password
account-password-change-lead = Enter your current password and a new one, and press "Change password".
account-password-change-email = Signed in as
account-current-password = Current password
account-password-change-signs-out = Changing the password signs out the MyPage wherever it is still signed in, such as on another computer. You stay signed in in this app.
account-cancel = Cancel
account-changing = Changing…
account-password-change-submit = Change password

## メールアドレス変更

account-email-change-heading = Change email address
account-email-change-lead = Change the email address you sign in with. The change is complete once you enter the authentication key sent to the new address.
account-email-change-steps = Steps to change the email address
account-email-change-current = Current email address
account-email-change-new = New email address
account-email-change-placeholder = e.g. taro.new@example.jp
account-email-change-password-hint = To confirm it is you, enter the password you sign in with now.
account-email-change-caution = The authentication key is sent to the new address. If you restrict the mail you receive, allow mail from this service before you go on.
account-email-change-submit = Change email address
account-email-change-cancel = ‹ Stop and go back to the previous screen

## 求人票 of a signed-in job seeker: the way to apply online

account-job-apply = Apply
