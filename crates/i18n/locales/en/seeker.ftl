# The job seeker's MyPage screens (お気に入り, 応募, 求職活動実績…).

## Shared by the MyPage screens.

# $count: how many there are; $limit: how many there may be.
seeker-count-of = { $count } of { $limit }
# Between the items of a list (求人番号, file names…).
seeker-list-separator = { ", " }
seeker-not-synced = Not synced
    .title = Changed on this computer and not sent to the service yet
seeker-closed = Closed
seeker-job-number-only = Job number { $number }
# $title: the posting's title; $number: its 求人番号.
seeker-job-title-number = { $title } (job number { $number })

## Saved search conditions in words (保存した検索条件).

# Between the places, the occupations or the types of employment.
seeker-conditions-joiner = { ", " }
seeker-conditions-kind = { $category } ({ $style })
seeker-conditions-keyword = Keywords "{ $keyword }"
seeker-conditions-keyword-any = Keywords "{ $keyword }" (any of them)
seeker-conditions-exclude = Leaving out "{ $words }"
seeker-conditions-job-numbers = Job number { $numbers }
# $count: how many of the 詳細条件 are set.
seeker-conditions-advanced = { $count ->
    [one] 1 more condition
   *[other] { $count } more conditions
}
seeker-conditions-none = No conditions (all jobs)
seeker-confirm-cancel = Cancel
seeker-saving = Saving…
seeker-save = Save

## 保存した検索条件 on the search screen, and the 「この条件を保存」 form.

seeker-saved-heading = Saved searches
seeker-saved-loading = Loading your saved searches…
seeker-saved-empty = You have no saved searches. Enter conditions and press "Save these conditions": they appear here, and next time you can search with one click.
seeker-saved-open = Save these conditions
# $limit: how many searches may be saved.
seeker-saved-limit = You can save up to { $limit } searches. Give the conditions above a name and save them, then search with them again at any time with "Search with these conditions".
seeker-saved-alert = Tell me about new jobs
seeker-saved-alert-hint = (when new jobs are published, the app tells you with a notification and a number in the menu)
# $when: the time of the last run (14:05, or a date and time).
seeker-saved-last-run = Last searched: { $when }
seeker-saved-new-count = { $count } new
    .title = Jobs published since the last search (checked every few minutes)
seeker-saved-run = Search with these conditions
seeker-saved-run-named = Search with "{ $name }"
seeker-saved-running = Searching…
seeker-saved-delete = Delete
seeker-saved-delete-named = Delete "{ $name }"
seeker-saved-delete-confirm = Delete the saved search "{ $name }"?
seeker-saved-delete-yes = Delete
seeker-saved-form-lead = Saves the conditions now entered in the search form.
seeker-saved-name = Name
    .placeholder = e.g. Office work
# $limit: the longest name; $chars: the characters typed.
seeker-saved-name-hint = Up to { $limit } characters ({ $chars }/{ $limit })
seeker-saved-target = How to save
seeker-saved-target-new = Save as new
seeker-saved-overwrite-named = Overwrite "{ $name }"
seeker-saved-full = You can save only { $limit } searches. Choose the one to overwrite.
seeker-saved-cancel = Cancel
seeker-saved-notice-saved = Saved the search "{ $name }".
seeker-saved-notice-overwritten = Overwrote the saved search "{ $name }".
seeker-saved-notice-deleted = Deleted the saved search "{ $name }".
# $reason: what is wrong with the search form's conditions.
seeker-saved-form-invalid = The search form's conditions have an error, so they cannot be saved. { $reason }
seeker-saved-target-gone = The saved search to overwrite has already been deleted. Please choose again.

## 求職活動状況: the lists of postings sent to the seeker, and their confirmations.

# $count: how many postings the list has.
seeker-activity-count = { $count ->
    [one] 1 job
   *[other] { $count } jobs
}
seeker-applying = Applying…
seeker-withdraw = Withdraw
seeker-withdraw-confirm-yes = Confirm withdrawal

## 求職活動状況: ハローワークからの紹介・おすすめ求人.

seeker-introductions-heading = Referrals and recommended jobs from Hello Work
seeker-introductions-empty = You have no referrals from Hello Work.
seeker-introductions-empty-hint = When you consult at a Hello Work counter, the staff may refer jobs to you online. Referrals appear here and in Messages.
# $by: the counselor and office who sent it; $when: when.
seeker-introductions-sent = { $by } / { $when }
seeker-introductions-applied-badge = Applied
seeker-introductions-apply = Apply through this referral
seeker-introductions-confirm = You are applying to this job as a Hello Work referral. A referral letter is issued and your job seeker details are sent to the employer. Continue?
seeker-introductions-confirm-yes = Confirm application
seeker-introductions-applied = You applied to { $title } (referral). You can save the referral letter from the jobs you have applied to under Job search activity.
# The counselor's 「求人を紹介する」 form, said when sent ($kind: オンライン職業紹介 or おすすめ求人).
seeker-introduce-sent = Sent { $title } (job number { $number }) as { $kind }. It reaches the job seeker's messages and job search activity.

## 求職活動状況: 依頼を受けた求人 (応募検討依頼).

seeker-requests-heading = Jobs you were invited to apply for
seeker-requests-lead = To apply, open the job sheet and press "Apply".
seeker-requests-empty = You have no invitations to apply.
seeker-requests-empty-hint = If you publish your job seeker profile ("Publish my profile" under Job seeker details and settings), employers may invite you to apply.
seeker-requests-waiting = Awaiting your answer
seeker-requests-applied = Applied
seeker-requests-declined-badge = Declined
seeker-requests-confirm = You are declining this invitation to apply. The employer will see it as "Declined". Continue?
seeker-requests-sending = Sending…
seeker-requests-declined = Declined the invitation to apply for job number { $number }.
seeker-back = Back
seeker-to-search = Go to job search
seeker-to-settings = Go to settings

## 求職状態: the line, the rows and the advice banner.

seeker-seeking-state = Job seeking status
seeker-seeking-valid-until-label = Valid until
# $date: the last valid day.
seeker-seeking-valid-until = Active (until { $date })
seeker-seeking-invalid-since = Inactive (expired on { $date })
# Before the advice; a mark, not read out.
seeker-seeking-advice-mark = !
# $date: the last valid day; $days: how long before it the seeker is told.
seeker-seeking-advice-soon = Your job seeker registration expires soon ({ $date }; you are told { $days } days before). If you consult at Hello Work or apply for a job in the month it expires, it is extended to the end of the next month.
# $months: how many months after the lapse it can be switched online.
seeker-seeking-advice-switch = Your job seeking status is inactive (it expired on { $date }). While it is inactive you cannot apply for jobs. Until the end of the month { $months } months after it expired, you can make it active again under "Settings".
seeker-seeking-advice-visit = Your job seeking status is inactive. While it is inactive you cannot apply for jobs. It can no longer be made active online, so please visit your nearest Hello Work office.
# $reason: why the service could not be asked.
seeker-refresh-failed = Could not check your latest job seeking status. { $reason }

## 各種設定 (求職有効 → 完了).

seeker-settings-heading = Settings
seeker-settings-lead = While your job seeking status is inactive, you cannot apply for jobs or receive referrals from Hello Work. If it expired only recently, you can make it active again here.
seeker-settings-current = Current job seeking status:{" "}
seeker-settings-not-registered = You can change your job seeking status once your registration is completed at Hello Work.
# The new last valid day goes between these two.
seeker-settings-done-before = Your job seeking status is now active. It is valid until{" "}
seeker-settings-done-after = . You can apply for jobs.
seeker-settings-confirm = Your job seeking status will be made active. It will be valid until the last day of the month after next, counting from today.
seeker-settings-confirm-hint = Press "Complete" to switch.
seeker-settings-complete = Complete
seeker-settings-switching = Switching…
seeker-settings-switch = Make active
seeker-settings-visit-office = Too much time has passed since it expired, so your job seeking status cannot be made active online. Please visit your nearest Hello Work office.
seeker-settings-no-switch = Your job seeking status is active. Nothing needs to be switched.
seeker-settings-back = Back to job seeker details and settings

## 求職者情報・設定.

seeker-info-heading = Job seeker details and settings
seeker-info-lead = Your job seeker details and job seeking status as registered at Hello Work. While your status is active, you can apply for jobs.
seeker-info-profile = Job seeker details
seeker-info-name = Name
seeker-info-number = Job seeker number
seeker-info-office = Your Hello Work office
seeker-info-email = Email address
seeker-info-registration = Registration
seeker-info-registration-provisional = Provisional (waiting to be completed at Hello Work)
seeker-info-registration-registered = Registered
seeker-info-registration-lapsed = Provisional registration expired
seeker-info-pending = Changes made on this computer are sent when a connection is available.
seeker-info-open-profile = Change job seeker details
seeker-info-open-publication = Publish my profile
seeker-info-next-steps = What to do next
# $office: the seeker's Hello Work office (or seeker-info-nearest-office); $until: seeker-info-provisional-until or nothing.
seeker-info-step-register = Complete your registration at { $office }{ $until }. Until then you cannot apply for jobs.
seeker-info-provisional-until = { " " }by { $date }
seeker-info-nearest-office = your nearest Hello Work office
seeker-info-step-lapsed = Your provisional registration has expired. Please apply as a job seeker again at the counter of { $office }.
seeker-info-step-profile = Register your contact details, work history and the work you want under "Change job seeker details". They are used for job counselling and referrals.
seeker-info-step-desired = Registering the occupations and places of work you want makes job counselling and referrals smoother.
seeker-info-step-search = Find work with job search, and apply from the job sheet.

## 求職活動状況.

seeker-activity-heading = Job search activity
seeker-activity-seeking = Job seeking status:{" "}
seeker-activity-seeker-info = Job seeker details and settings
seeker-activity-lead = The selection status of the jobs you applied for, your favorite jobs and your saved searches. They are synced automatically between this computer and the service, and can be checked offline. You can use the same on other computers too.
seeker-activity-favorites = Favorites
seeker-favorites-none = You have no favorite jobs.
seeker-activity-show-favorites = Show all favorite jobs
seeker-activity-no-searches = You have no saved searches.
seeker-activity-to-search = Save conditions in job search
seeker-activity-requests-heading = Invitations to apply from employers
seeker-activity-requests-hint = If you publish your profile, employers may send you invitations to consider applying for a job. They appear here.

## お気に入り求人.

seeker-favorites-heading = Favorite jobs
seeker-favorites-loading = Loading your favorite jobs…
seeker-favorites-none-hint = You can add them with "☆ Add to favorites" in the search results or on a job sheet.
# $limit: how many favorites there may be.
seeker-favorites-lead = The jobs you added to your favorites, most recently added first (up to { $limit }). Jobs no longer recruiting stay in the list as "Closed". Even without an internet connection, you can show their job sheets as last synced.
seeker-favorites-offline = You are offline. This is the content as last synced. Changes to your favorites are sent automatically when the connection is back.
# A favorite whose summary is not on this computer yet.
seeker-favorites-untitled = Job number { $number }
seeker-favorites-pending = Not synced
    .title = Added on this computer and not sent to the service yet
seeker-favorites-no-summary = The job's details appear after the next sync with the service.
seeker-favorites-added = Added to favorites: { $date }
seeker-favorites-show-sheet = Show job sheet
    .label = Show the job sheet of "{ $title }"
seeker-loading = Loading…
seeker-rejections-title = The following changes made on this computer were not accepted by the service and have been undone.
seeker-rejections-close = Close

## 応募書類 and 紹介状 saved as PDFs.

seeker-document-application = Application document
seeker-document-referral-letter = Referral letter
# $kind: 履歴書, 職務経歴書…; $name: the file's name; $size: its size (12 KB).
seeker-document-line = { $kind }: { $name } ({ $size })
seeker-document-save = Save (PDF)
# $what: seeker-document-application or seeker-document-referral-letter; $path: where it went.
seeker-document-saved = { $what } saved: { $path } ({ $size }). Open the PDF to print it.

## 求職活動状況: 応募中の求人 and 選考が終わった求人.

seeker-applications-in-progress = Jobs you applied for
seeker-applications-in-progress-none = No applications in selection.
seeker-applications-ended = Jobs whose selection has ended
seeker-applications-ended-none = No applications whose selection has ended.
# $applied, $decided: the dates of the application and of the result.
seeker-applications-dates = Applied { $applied } / Result { $decided }
seeker-applications-applied-on = Applied { $applied }
seeker-applications-employer = { $employer } (job number { $number })
seeker-applications-reason = Reason: { $reason }
# $names: the files sent, one after another.
seeker-applications-documents = Application documents: { $names }
seeker-applications-save-letter = Save referral letter
seeker-applications-withdraw-named = Withdraw the application to { $title }
seeker-applications-withdraw-confirm = You are withdrawing this application. This cannot be undone. Continue?
seeker-applications-withdrawing = Withdrawing…

## 採否 on the employer's applicant screen (its state lives with the seeker's applications).

seeker-result-hint-hired = You have decided to hire this applicant.
seeker-result-hint-rejected = You will not hire this time. You can add the reason.
seeker-result-hint-declined = The applicant has withdrawn.
seeker-result-hint-cancelled = There will be no selection, for example because the job was cancelled.
seeker-result-choose = Choose the hiring decision (hired, not hired, withdrawn or cancelled).
# $result: 採用, 不採用, 辞退 or 取消.
seeker-result-recorded = Recorded the hiring decision "{ $result }". The applicant has been told by email.

## 求職活動実績の出力.

seeker-report-heading = Job search activity record
seeker-report-hint = Saves your applications, referrals and job counselling in the period in a form that is easy to copy into the unemployment certification form. The PDF is for printing, the CSV for spreadsheets.
seeker-report-period = Period
# Between the two dates; not read out.
seeker-report-range = –
seeker-report-to = End of the period
seeker-report-pdf = Save as PDF
seeker-report-csv = Save as CSV
seeker-report-saved = Saved: { $path } ({ $size })
seeker-report-no-date = Enter the dates of the period.

## 応募する (オンライン自主応募).

seeker-apply-heading = Apply
seeker-apply-to-job = Back to the job sheet
seeker-apply-warnings = Before you apply
seeker-apply-warnings-lead = Before applying online by yourself, be sure to read the following two points. Tick each one once you have read it.
seeker-apply-confirmed = I have read this
seeker-apply-next = Next
seeker-apply-confirm-both = Before applying, read the two points and tick both.
seeker-apply-details = Check your application
seeker-apply-details-lead = The following is sent to the employer you apply to.
seeker-apply-profile = Information sent to the employer
seeker-apply-name = Name (kana)
seeker-apply-name-value = { $name } ({ $kana })
seeker-apply-birth-date = Date of birth
seeker-apply-prefecture = Address (prefecture)
seeker-apply-message = Message to the employer (optional)
# $count: the characters typed; $max: the most allowed.
seeker-apply-message-count = { $count }/{ $max } characters
seeker-apply-documents = Application documents (optional)
# $max: how many files may be attached.
seeker-apply-documents-hint = You can attach up to { $max } PDF files, such as a résumé or a career history (up to 5 MB each).
# $name: the file's name; $size: its size (12 KB).
seeker-apply-document-name = { $name } ({ $size })
seeker-apply-document-kind = Kind of { $name }
seeker-apply-document-remove = Remove
seeker-apply-choose-file = Choose a PDF file…
seeker-apply-add-file = Add another PDF file…
seeker-apply-unreadable = { $name }: the file could not be read.
seeker-apply-submit = Apply
# $title: the posting; $date: the day of the application.
seeker-apply-done = You applied to { $title } (on { $date }).
seeker-apply-done-hint = You will be told the result of the selection under Job search activity and by email.
seeker-apply-to-activity = Go to job search activity
seeker-back-to-info = Back to job seeker details and settings

## 求職情報公開.

seeker-publication-lead = If you publish your job seeker profile without your name and contact details, employers can find you and send you an "invitation to apply". You can stop publishing at any time.
seeker-publication-published = Published
# After 公開中; $when: when the seeker agreed.
seeker-publication-agreed = { " " }You agreed and published it on { $when }.
seeker-publication-stop = Stop publishing
seeker-publication-differs = You have changed your job seeker details, so they differ from what is published. Check the content below to publish it again.
seeker-publication-not-published = Your profile is not published.
seeker-publication-preview = What employers will see (check)
seeker-publication-hidden = Your name, contact details, address, date of birth, school names, past employers and the content of your past work are not published. The content is made from the desired conditions, work history and licences you registered under "Change job seeker details".
seeker-publication-agree = I agree that employers can see the content above
seeker-publication-publish = Publish this content
seeker-publication-done-published = Your profile has been published.
seeker-publication-done-stopped = Your profile is no longer published.

## Hidden employers

seeker-hidden-heading = Hidden employers
seeker-hidden-loading = Loading the hidden employers…
seeker-hidden-count-of = { $count } of { $limit }
seeker-hidden-lead = Employers whose jobs you chose not to see in search results. An employer hidden from a job that does not name it is hidden only in the jobs that do not name it, so that hiding never tells who it is. Press "Show" to see their jobs again in results and new-job notices.
seeker-hidden-none = You have not hidden any employer.
seeker-hidden-none-hint = In the search results, press "Don't show this employer's jobs" to stop seeing an employer's jobs.
# $number: the 求人番号; $title: its 職種.
seeker-hidden-from = Hidden from job number { $number } ({ $title })
seeker-hidden-from-number = Hidden from job number { $number }
seeker-hidden-on = Hidden on { $date }
seeker-hidden-pending = Not synced
    .title = Hidden on this computer and not sent to the service yet
seeker-hidden-show = Show
    .label = Show the jobs of { $name }
