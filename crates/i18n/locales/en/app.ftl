# The app's shell: header, connection, menu, account, footer, greeting; roles.

app-skip-to-main = Skip to main content
app-product-name = Shigoto Job Search
app-subtitle = Search Hello Work's job postings
app-footer-help = Questions about job search and MyPage: help desk { help-desk-phone } ({ help-desk-hours })

connection-checking = Checking the connection…
connection-online = Connected to the job service
connection-offline = Cannot reach the job service
connection-indexed-jobs = { $count } open jobs
connection-recheck = Check again
connection-unreachable = Cannot reach the job service. Check your network connection and try again in a little while.
connection-recheck-banner = Check the connection again

nav-menu = Menu
nav-search = Job search
nav-employer-home = Employer MyPage
nav-employer-postings = Job postings
nav-employer-seekers = Find job seekers
nav-favorites = Favorites
nav-seeker-info = Job seeker details and settings
nav-counter = Register at the counter
nav-provisional = Complete provisional registrations
nav-seeker-desk = Job seeker records
nav-employer-review = Employer registration review
nav-posting-queue = Accept job postings
nav-counselor-actions = Activity log
nav-messages = Messages
nav-activity = Job search activity
nav-messages-unread = { $count } unread
nav-activity-new = { $count } new
nav-search-new = { $count } new jobs for your saved searches
nav-settings = Settings

account-sign-in = Sign in
account-email-title = The email address you are signed in with
account-password-change = Change password
account-email-change = Change email address
account-sign-out = Sign out
account-signing-out = Signing out…
account-name-person = { $name }
account-name-company = { $name }

role-seeker = Job seeker
role-employer = Employer
role-counselor = Hello Work staff

greeting-label = Welcome
greeting-next-counselor = Besides job search, the menu lets you register job seekers at the counter ("Register at the counter"), complete the registration of people who applied online ("Complete provisional registrations"), and accept or return employer registrations ("Employer registration review").
greeting-next-employer = Besides job search, "Employer MyPage" in the menu shows the state of your employer registration.
greeting-next-seeker = You can search jobs.
greeting-shared-pc = If you are using a computer at Hello Work, always sign out when you have finished.
greeting-welcome-person = Welcome, { $name }.
greeting-welcome-company = Welcome, { $name }.
greeting-welcome-anonymous = Welcome.
greeting-provisional-until = Your registration is provisional. Complete it at Hello Work by { $date }. Some features, such as referrals and job recommendations, can be used once it is complete.
greeting-provisional-within = Your registration is provisional. Complete it at Hello Work within { $days } days of applying. Some features, such as referrals and job recommendations, can be used once it is complete.
greeting-lapsed = More than { $days } days have passed since your provisional registration, so it can no longer be completed. To apply as a job seeker, please visit your nearest Hello Work office.

# Dates: 31 January 2027.
date = { $day } { $month ->
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
} { $year }

# Dates in a narrow column: 31 Jan 2027.
date-short = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }

# A time in Japan: $date as the language writes dates, $time as 14:05.
datetime = { $date } { $time }

# The header's sync indicator of a signed-in job seeker.
sync-checking = Checking the sync…
sync-what = Sync of favorites and saved searches
sync-caption = Sync:
sync-now = Sync now
sync-up-to-date = Up to date
sync-syncing = Syncing
sync-offline = Offline
sync-error = Sync error
# $time: 「14:05」, or the day and the time.
sync-last = Last synced { $time }
# $count: edits waiting to be sent.
sync-pending = { $count } not sent
sync-time-on = { $date } { $time }
