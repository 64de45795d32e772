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
