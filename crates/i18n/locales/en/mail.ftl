# The service's mails. Each mail is a subject (`mail-<what>-subject`) and a text
# (`mail-<what>-body`) framed by the greeting, the footer and the service's name.

mail-service-name = Shigoto
# $title: the subject's own words
mail-subject = [Shigoto] { $title }
# $service: mail-service-name
mail-greeting = Thank you for using { $service }.
mail-footer = * This mail was sent from an address that cannot receive replies.
mail-rule = ----------------------------------------
# A time in Japan time, to the minute.
# $year, $month, $day, $hour: numbers; $minute: two digits; $weekday: mail-weekday-*
mail-time = { $weekday } { $day } { $month ->
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
    } { $year }, { $hour }:{ $minute } (Japan time)
mail-weekday-mon = Monday
mail-weekday-tue = Tuesday
mail-weekday-wed = Wednesday
mail-weekday-thu = Thursday
mail-weekday-fri = Friday
mail-weekday-sat = Saturday
mail-weekday-sun = Sunday
# A day of the digest: $month, $day.
mail-day = { $day } { $month ->
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
    }

## 認証キー
mail-key-title-open-seeker = opening your job seeker MyPage
mail-key-title-online-registration = opening a MyPage and applying for job placement
mail-key-title-open-employer = opening your employer MyPage
mail-key-title-password-reset = resetting your password
mail-key-title-email-change = changing your email address
mail-key-procedure-open-seeker = opening your job seeker MyPage (setting a password)
mail-key-procedure-online-registration = opening a MyPage and applying for job placement (provisional registration)
mail-key-procedure-open-employer = opening your employer MyPage (setting a password)
mail-key-procedure-password-reset = resetting your password
mail-key-procedure-email-change = changing your email address
mail-key-ignored-opening = If you delete this mail, no MyPage will be opened.
mail-key-ignored-password-reset = If you delete this mail, your password stays as it is and you can sign in as before.
mail-key-ignored-email-change = If you delete this mail, your email address stays as it is.
# $title: mail-key-title-*
mail-key-subject = Your authentication key for { $title }
# $procedure: mail-key-procedure-*; $key; $until: mail-time; $minutes; $tries; $ignored: mail-key-ignored-*
mail-key-body =
    We have received your request for { $procedure }.
    Please enter the following authentication key on the screen of that procedure.

      Authentication key: { $key }

      Valid until { $until } ({ $minutes } minutes from sending).

    - The key can be used only once.
    - After { $tries } wrong entries, the key can no longer be used.
    - If the key has expired or can no longer be used, start the procedure again from the beginning.
      We will send you a new key.

    ■ If you did not expect this mail
    Someone may have entered your email address by mistake.
    Do not enter the key and do not tell it to anyone.
    { $ignored }
mail-key-staff-never-ask = * Hello Work staff never ask for your authentication key or password by phone or mail.

## Notices
mail-email-changed-subject = Your email address was changed
# $when: mail-time; $address: the new address
mail-email-changed-body =
    On { $when }, the email address used to sign in to your MyPage was changed to the following address.

      New email address: { $address }

    From now on, notices will be sent to the new address and no longer to this one.

    ■ If you did not make this change
    Someone else may know your password. Please contact your nearest Hello Work office.

mail-employer-accepted-subject = Your establishment registration was accepted
# $company; $number: the 事業所番号
mail-employer-accepted-body =
    Dear { $company },

    Hello Work has accepted your establishment registration.

      Establishment number: { $number }

    Sign in to your employer MyPage to apply for job postings.

mail-employer-returned-subject = Your establishment registration was returned
# $company; $reason: the counselor's words
mail-employer-returned-body =
    Dear { $company },

    Hello Work has checked your establishment registration and returned it for the following reason.

      { $reason }

    Please sign in to your employer MyPage, correct the establishment details and apply again.

mail-posting-accepted-subject = Your job posting was accepted
mail-posting-accepted-new = accepted your job posting and published it
mail-posting-accepted-change = accepted the change to your job posting and replaced the published job sheet with the changed one
# $company; $what: mail-posting-accepted-new or -change; $title: 職種; $number: 求人番号
mail-posting-accepted-body =
    Dear { $company },

    Hello Work has { $what }.

      Occupation: { $title }
      Job number: { $number }

    You can follow applications and the referral deadline under "Job postings" in your employer MyPage.

mail-posting-returned-subject = Your job posting was returned
# $company; $title: 職種; $reason: the counselor's words
mail-posting-returned-body =
    Dear { $company },

    Hello Work has checked your job posting and returned it for the following reason.

      Occupation: { $title }
      Reason: { $reason }

    Please correct it from "Job postings" in your employer MyPage and apply again.

mail-application-result-subject = The result of your application
# $name: the seeker; $number: 求人番号; $title: 職種; $result: the result's label
mail-application-result-body =
    Dear { $name },

    The result of the selection for a job you applied to has been recorded.

      Job number: { $number }
      Occupation: { $title }
      Result: { $result }

    For details, see "Job search activity" in your job seeker MyPage.

mail-password-changed-subject = Your password was changed
mail-password-changed-by-reset = reset with an authentication key from "Forgot your password"
mail-password-changed-by-mypage = changed from the MyPage
# $when: mail-time; $how: mail-password-changed-by-*
mail-password-changed-body =
    On { $when }, the password of the MyPage that signs in with this email address was { $how }.
    Every sign-in on other devices has ended.

    ■ If you did not make this change
    Someone else may be using your account. Reset your password at once from "Forgot your password" and contact your nearest Hello Work office.

mail-sign-up-attempt-subject = About a request to open a MyPage
mail-sign-up-attempt-page-employer = an employer MyPage
mail-sign-up-attempt-page-seeker = a MyPage
# $when: mail-time; $page: mail-sign-up-attempt-page-*
mail-sign-up-attempt-body =
    On { $when }, someone asked to open { $page } with this email address. A MyPage is already open with this address, so no authentication key was sent.

    If it was you, please sign in to your MyPage. If you have forgotten your password, you can reset it from "Forgot your password" on the sign-in screen.

    If you did not make this request, please discard this mail.

mail-locked-subject = Sign-in is paused
# $until: mail-time
mail-locked-body =
    Wrong passwords were entered several times in a row, so signing in to the MyPage of this email address is paused until { $until }.
    After that you can sign in again. To sign in sooner, reset your password from "Forgot your password" on the sign-in screen.

    ■ If you did not try to sign in
    Someone else may have tried to sign in. We recommend changing to a password that is hard to guess.

## Event notices (only that something happened)
mail-event-message-subject = You have a new message
mail-event-message-what = You have a new message.
mail-event-message-screen = "Messages"
mail-event-introduction-subject = Hello Work has introduced a job to you
mail-event-introduction-what = Hello Work has introduced a job to you.
mail-event-introduction-screen = "Job search activity"
mail-event-applicant-subject = Someone applied to your job posting
mail-event-applicant-what = Someone applied to one of your job postings.
mail-event-applicant-screen = list of applicants under "Job postings"
mail-event-request-subject = An employer asks you to consider applying
mail-event-request-what = An employer who saw your published job-seeker information asks you to consider applying.
mail-event-request-screen = requests received under "Job search activity"
# $what: mail-event-*-what; $screen: mail-event-*-screen
mail-event-body =
    A notice from Shigoto (Hello Work job service).

    { $what }
    Please see { $screen } in the app for details.

    You can stop these mails with the "Notices by mail" setting in the app ("Job seeker details and settings" for job seekers, "Employer MyPage" for employers).

## The daily mail of new postings
# $day: mail-day
mail-digest-subject = New jobs published on { $day }
# $day: mail-day
mail-digest-lead = Of the jobs published on { $day }, these match the saved searches you marked "Tell me about new jobs".
# $name: the saved search's name; $count
mail-digest-section = ■ Saved search "{ $name }": { $count ->
        [one] { $count } job
       *[other] { $count } jobs
    }
# $count: how many more matched than are listed
mail-digest-more = { "  " }and { $count } more
mail-digest-closing =
    To see a job sheet, enter its job number in the app's job search.
    You can stop this mail with "Mail about new jobs" under "Job seeker details and settings" in the app.

## Expiry reminders
mail-reminder-screen-seeker = You can check your job-seeking registration under "Job seeker details and settings" in the app.
mail-reminder-screen-employer = You can check and extend the referral deadlines of your postings under "Job postings" in the app.
mail-reminder-settings-seeker = Job seeker details and settings
mail-reminder-settings-employer = Employer MyPage
# $line: the reminder's line; $screen: mail-reminder-screen-*; $settings: mail-reminder-settings-*
mail-reminder-body =
    { $line }
    { $screen }
    You can stop these notices with "Notices by mail" under "{ $settings }" in the app.
