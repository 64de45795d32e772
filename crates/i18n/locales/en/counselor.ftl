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
