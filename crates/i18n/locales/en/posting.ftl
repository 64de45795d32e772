# The 求人申込み (posting editor) and its steps.

## One posting's page (offering a job, or the detail of a filed posting)
posting-heading = Job
posting-heading-editor = Offer a job
posting-heading-change = Change of a job offer
posting-heading-detail = Job details
posting-loading = Loading…
posting-to-list = Back to job postings
posting-saved = What you entered was saved for later. You can go on at any time with "Edit" in your job offers.
posting-submitted = Your job offer was filed (provisional). Hello Work checks it; once accepted, it gets a job number and is published. We also let you know the result by email.
posting-change-submitted = Your job offer was filed (provisional). Hello Work checks the change. Until the change is accepted, the published job sheet stays in search as it is.
posting-no-company = Your employer registration could not be read, so what you entered cannot be checked. Please try again in a while.
# 受理安定所 on the sheet of the 確認 page.
posting-receiving-office-at-acceptance = The Hello Work office for your establishment (decided on acceptance)

## A filed posting: status, facts, actions
posting-status = Status
posting-status-text-draft = This job offer is being written.
posting-status-text-submitted = Hello Work is checking it. Once accepted, it gets a job number and is published.
posting-status-text-published = Published. It appears in job search until the referral deadline.
posting-status-text-expired = The referral deadline has passed. To keep recruiting, offer it again with "Copy as a new offer".
posting-status-text-stopped = Recruiting for this job was stopped. It does not appear in job search. To recruit again, offer it again with "Copy as a new offer".
posting-job-number = Job number
posting-applicants = Applicants
posting-applicants-link = Applicants
posting-received-on = Received
posting-referral-deadline = Referral deadline
posting-extended-badge = Extended
# $status: where the change stands (下書き, 審査中…).
posting-pending-change = A change of this job is under way ({ $status }). Until the change is accepted, the current job sheet stays published.
posting-change-continue = Go on with the change
posting-change-see = See the change
posting-extend = Extend the referral deadline
posting-extend-used = The referral deadline was already extended (it can be extended only once).
posting-extend-hint = You can extend the referral deadline by one month (only once).
posting-change = Change the job offer
posting-change-hint = Hello Work checks the change; once accepted, it replaces the job sheet.
posting-stop = Stop recruiting
posting-stop-hint = Closes the job, for example when you have hired someone.
posting-stop-question = Once recruiting is stopped, this job no longer appears in job search, and this cannot be undone. Stop recruiting?
posting-stop-confirm = Stop
posting-stopping = Stopping…
posting-stop-cancel = Cancel
# $date: the new 紹介期限日.
posting-extended-until = The referral deadline was extended. The new referral deadline is { $date }.
posting-extended = The referral deadline was extended.
posting-stopped = Recruiting was stopped. This job no longer appears in search.
posting-change-started = You started changing the job offer.
posting-sheet-pending = The job sheet appears once everything needed is entered.

## The parts of the job sheet a change alters (the counselor's review)
posting-changed-header = Type of posting and publication
posting-changed-work = { sheet-section-work }
posting-changed-wage = { sheet-section-wage }
posting-changed-hours = { sheet-section-hours }
posting-changed-conditions = { sheet-section-conditions }
posting-changed-company = { sheet-section-company }
posting-changed-selection = { sheet-section-selection }
posting-changed-notes = { sheet-section-notes }

## The editor: notes above the steps, the step indicator, the buttons, the confirmation page
posting-return-reason = Reason for return (from Hello Work)
posting-return-reason-hint = Correct it as the reason says, and apply again.
# A change: 「公開中の求人」, then in bold 「（求人番号 …）」, then 「の変更を申し込みます。」.
posting-change-note-before = You are applying to change the published job{" "}
posting-change-note-number = (job number { $number })
posting-change-note-after = .
posting-change-note-published = Until the change is accepted, the published job sheet stays in search as it is.
posting-steps = Steps of a job offer
# Before a step's name, for screen readers.
posting-step-number = Step { $number }:{" "}
# $number: this step; $count: how many there are.
posting-step-of = Step { $number } of { $count }
posting-unsaved = Some of what you entered is not saved. Press "Save for later" before you leave this screen.
posting-back = Back
posting-save = Save for later
posting-saving = Saving…
posting-next = Next
posting-next-confirm = Next (confirm)
posting-confirm-heading = Check your job offer
posting-confirm-lead = Once accepted, this job sheet is published (the job number, the date received and the referral deadline are set on the day of acceptance). Check it and press "Apply". To correct it, use "Back" or the steps above.
posting-submit = Apply
posting-submitting = Applying…

## What each step is for, under its heading
posting-lead-category = Choose the type of posting, and full-time or part-time.
posting-lead-employer = The establishment's details come from your employer registration. Enter the other company details to show on the job sheet.
posting-lead-work = Enter the job title, the duties, the place of work and the requirements.
posting-lead-wage = Enter the base wage and allowances, and when wages are closed and paid.
posting-lead-hours = Enter the working hours, breaks and days off.
posting-lead-insurance = Choose the insurance, retirement allowance, retirement age and so on.
posting-lead-pr = Write freely what makes your company and this job attractive (all optional).
posting-lead-selection = Choose how you select applicants, and who may see the job.

## The boxes of the steps: marks, units, shared hints
posting-required = Required
posting-optional = Optional
posting-choose = Choose
posting-remove = Remove
# $max: the domain's limit.
posting-max-chars = Up to { $max } characters.
# Before a line of several (就業時間): 「（1）」.
posting-line-number = ({ $number })
posting-unit-people = people
posting-unit-year = {""}
posting-unit-man-yen = × 10,000 yen
posting-unit-yen = yen
posting-unit-yen-monthly = yen (a month)
posting-unit-yen-daily = yen (a day)
posting-unit-yen-hourly = yen (an hour)
posting-unit-hours = hours
posting-unit-minutes = min
posting-unit-days = days
posting-unit-within-days = days at most
posting-unit-months = months
posting-unit-age = years old
posting-unit-age-or-over = years old or over
posting-unit-age-or-under = years old or under

## Step 1, type of posting
posting-category = Type of posting
posting-work-style = Working pattern
posting-graduation-year = Year of graduation (March)
posting-graduation-year-choose = Choose the year of graduation
# $year: the year of graduation in March.
posting-graduation-year-option = Graduating in March { $year }

## Step 2, employer
posting-company-registered = Registered establishment
posting-company-office-number = Establishment number
posting-company-change-hint = To change your employer registration, please consult Hello Work.
posting-company-loading = Loading your employer registration…
posting-company-sheet = Company details for the job sheet
posting-company-corporate-number = Corporate number
posting-company-corporate-number-placeholder = e.g. 7000012050002
posting-company-corporate-number-hint = Check it on the National Tax Agency's corporate number site (leave it empty if you have none).
posting-company-employees-site = Employees (at the place of work)
posting-company-employees-site-hint = How many people work at the place of work of this job.
# $count: the 従業員数 of the 事業所登録 (the whole company).
posting-company-employees-site-hint-limit = How many people work at the place of work of this job (at most the { $count } employees of the whole company in your employer registration).
posting-company-founded-year = Year founded
posting-company-founded-year-placeholder = e.g. 1987
posting-company-founded-year-hint = Enter the Western calendar year.
posting-company-capital = Capital
posting-company-capital-placeholder = e.g. 3000

## Step 3, job
posting-work-title = Job title
posting-work-title-placeholder = e.g. General affairs and office work
posting-work-title-hint = The heading of the job sheet (up to { $max } characters).
posting-work-occupation = Occupation classification
posting-work-occupation-hint = Choose a major group and a middle group, then a minor group.
posting-work-choose-middle = Choose a middle group
posting-work-choose-minor = Choose a minor group
posting-work-description = Duties
posting-work-description-placeholder = e.g. General office work: entering orders, answering the phone, receiving visitors.
posting-work-employment-type = Type of employment
posting-work-employment-type-choose = Choose the type of employment
posting-work-contract = Contract period
posting-work-fixed-term = Fixed-term contract
posting-work-contract-renewable = The contract may be renewed
posting-work-trial = Trial period
posting-work-trial-hint = Leave it empty if there is no trial period.
posting-work-place = Place of work
posting-work-prefecture = Prefecture
posting-work-municipality = City
posting-work-address-line = Street and building
posting-work-address-line-placeholder = e.g. 霞が関1-2-2 ひのでビル3階
posting-work-station = Nearest station
posting-work-station-placeholder = e.g. 霞ケ関駅
posting-work-station-minutes = Walk from the station
posting-work-commute = Commuting and transfers
posting-work-car-commute = Commuting by car allowed
posting-work-parking = Parking available
posting-work-transfer = Transfers possible
posting-work-uij-turn = Welcomes people moving from cities (UIJ turn)
posting-work-remote = Remote work
posting-work-age = Age
posting-work-age-limited = Age limit
posting-work-age-hint = An age limit is allowed only for one of the exceptions the law permits.
posting-work-age-min = From
posting-work-age-max = To
posting-work-age-reason = Exception allowing the age limit
posting-work-age-reason-choose = Choose the exception
posting-work-age-any = The job is published with no age limit.
posting-work-education = Education required
posting-work-education-placeholder = e.g. High school or higher
posting-work-experience = Experience required
posting-work-experience-placeholder = e.g. Office work (1 year or more)
posting-work-not-required-hint = Leave it empty if none is required.
posting-work-licenses = Licences and qualifications required
posting-work-licenses-placeholder = e.g. Ordinary driving licence
# $max: how many lines; $chars: the characters of one line.
posting-work-licenses-hint = One a line, up to { $max } lines (up to { $chars } characters a line). Leave it empty if none is required.

## Step 4, wage and allowances
posting-wage-kind = Wage basis
posting-wage-base = Base wage
posting-wage-base-min = From
posting-wage-base-min-placeholder = e.g. 200000
posting-wage-base-max = To
posting-wage-base-max-placeholder = e.g. 250000
posting-wage-base-max-hint = Leave "To" empty if there is no range.
posting-wage-allowances = Fixed allowances
posting-wage-allowances-none = If no allowance is paid every month, add none.
# $number: the line's number.
posting-wage-allowance-name = Name of allowance { $number }
posting-wage-allowance-name-placeholder = e.g. Housing allowance
posting-wage-allowance-amount = A month
posting-wage-allowance-remove = Remove allowance { $number }
posting-wage-allowance-add = Add an allowance
posting-wage-allowances-hint = Up to { $max } allowances.
posting-wage-fixed-overtime = Fixed overtime pay
posting-wage-fixed-overtime-hint = Leave it empty if there is no fixed overtime pay.
posting-wage-none-hint = If there is none, enter "なし" (none).
posting-wage-commute = Commuting allowance
posting-wage-commute-placeholder = e.g. 実費支給（上限あり）月額30,000円
posting-wage-closing-day = Wage closing day
posting-wage-closing-day-placeholder = e.g. 月末
posting-wage-pay-day = Pay day
posting-wage-pay-day-placeholder = e.g. 翌月25日
posting-wage-raise = Pay raises
posting-wage-raise-placeholder = e.g. あり（前年度実績 月額5,000円）
posting-wage-bonus = Bonuses
posting-wage-bonus-placeholder = e.g. あり（年2回）

## Step 5, working hours
posting-hours-shifts = Working hours
# $number: the line's number.
posting-hours-shift-start = Start of working hours { $number }
posting-hours-shift-start-placeholder = e.g. 8:30
posting-hours-tilde = –
posting-hours-shift-end = End
posting-hours-shift-end-placeholder = e.g. 17:30
posting-hours-shift-remove = Remove working hours { $number }
posting-hours-shift-add = Add working hours
# $max: how many lines there may be.
posting-hours-shifts-hint = Use the 24-hour clock, as in "8:30". With shifts or other several working hours, enter up to { $max }.
posting-hours-rotating = Shifts
posting-hours-rotating-check = Shift work (rotating)
posting-hours-overtime = Average overtime a month
posting-hours-overtime-hint = Enter 0 if there is no overtime.
posting-hours-break = Break
posting-hours-days-per-week = Working days a week
posting-hours-days-per-week-part-time = Required for a part-time job.
posting-hours-days-per-week-full-time = May be left empty for a full-time job.
posting-hours-days-off = Days off
posting-hours-days-off-placeholder = e.g. 土 日 祝日
posting-hours-weekends = Weekends and holidays off
posting-hours-weekends-check = Saturdays, Sundays and public holidays off
posting-hours-two-days-off = Two days off a week
posting-hours-annual-holidays = Days off a year

## Step 6, insurance, pension and retirement
posting-insurance = Insurance
posting-insurance-employment = Employment insurance
posting-insurance-workers-compensation = Workers' accident compensation insurance
posting-insurance-health = Health insurance
posting-insurance-pension = Employees' pension
posting-insurance-retirement = Retirement allowance
posting-insurance-retirement-allowance = Retirement allowance scheme
posting-insurance-retirement-age = Retirement age
posting-insurance-retirement-age-hint = Leave it empty if there is no retirement age.
posting-insurance-welfare = Re-employment and benefits
posting-insurance-rehiring = Re-employment scheme
posting-insurance-housing = Housing available
posting-insurance-childcare = Childcare facility available

## Step 7, job PR
posting-pr-features = What makes the company special
posting-pr-features-placeholder = e.g. Since our founding we have supplied office goods to the region.
posting-pr-special = Special notes on the job
posting-pr-special-placeholder = e.g. We train people without experience with care.
posting-pr-remarks = Remarks

## Step 8, selection
posting-selection-openings = Openings
posting-selection-methods = Selection methods
posting-selection-result = Selection result given within
posting-selection-result-hint = The days from the selection (an interview…) to telling the result.
posting-selection-documents = Application documents
posting-selection-documents-placeholder = e.g. Résumé (with photo), career history
posting-selection-place = Place of selection
posting-selection-place-placeholder = e.g. Head office (same as the place of work)
posting-selection-contact = Contact person
posting-selection-contact-placeholder = e.g. 総務課 佐藤
posting-selection-notice-by = How the result is given
posting-selection-publication = Who may see the job
posting-selection-online = Online applications
posting-selection-online-check = Accept online applications from the job seeker MyPage
posting-selection-online-hint = Possible only with a publication that shows the employer's name (to everyone, or only to job seekers with a MyPage).
