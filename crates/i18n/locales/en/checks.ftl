# The problems the rules find in a form (求人申込み, 求職者情報) and the refusals of 求職情報公開 and of searching it.

## Any box: a text or a number as typed ($label: the box's name, one of the checks-label-… texts)
checks-text-required = Enter the { $label }.
# $max: the most characters; $length: how many were typed (written as they are).
checks-text-too-long = Enter the { $label } in { $max } characters or fewer (it has { $length } now).
checks-number-required = Enter the { $label } as a number.
# $min, $max: the bounds, written as they are (no thousands separators).
checks-number-out-of-range = Enter the { $label } as a number from { $min } to { $max }.
checks-number-not-digits = Enter the { $label } in digits only (half-width or full-width).

## 求人申込み, step 1: 求人区分
checks-category-required = Choose the type of posting.
checks-work-style-required = Choose full-time or part-time.
checks-label-graduation-year = year of graduation (March)
# $first, $last: the two years of graduation that may be recruited for.
checks-graduation-year-out-of-range = A posting for new and recent graduates recruits people graduating in March { $first } or March { $last }: enter one of these years.

## Step 2: 事業所
checks-corporate-number-invalid = A corporate number has 13 digits. Check it on the National Tax Agency's corporate number site and enter it (leave it empty if you have none).
checks-label-employees-site = number of employees at the place of work
# $company: the 従業員数 of the 事業所登録 (the whole company).
checks-employees-site-over-company = The employees at the place of work cannot be more than the employees in your employer registration ({ $company } in the whole company).
checks-label-founded-year = year founded (Western calendar)
checks-label-capital = capital (× 10,000 yen)

## Step 3: 仕事内容
checks-label-work-title = job title
checks-label-duties = duties
checks-occupation-required = Choose the occupation classification from the list (down to a minor group).
checks-employment-type-required = Choose the type of employment.
checks-label-trial-months = trial period (months)
checks-remote-work-required = Choose whether there is remote work.
checks-label-education-required = education required
checks-label-experience-required = experience required
checks-regular-fixed-term = A job for a regular employee cannot have a fixed-term contract (with a fixed term, choose "Non-regular employee").
checks-dispatch-needs-term = For a "Temporary agency (fixed-term)" job, tick "Fixed-term contract".
# $category: the 求人区分 (季節, 出稼ぎ).
checks-category-needs-term = For a job of the type "{ $category }", tick "Fixed-term contract".
checks-label-contract-months = contract period (months)
checks-place-prefecture-required = Choose the prefecture of the place of work.
checks-place-municipality-required = Choose the city of the place of work.
checks-label-address-line = street and building of the place of work
checks-label-nearest-station = nearest station
checks-label-station-minutes = minutes from the nearest station
checks-label-age-min = lower age limit
checks-label-age-max = upper age limit
checks-age-limit-missing = Enter a lower or an upper age limit (for no limit, untick "Age limit").
checks-age-min-over-max = The lower age limit cannot be above the upper one.
checks-age-reason-required = To limit the age, choose the exception the law permits for it.
checks-age-retirement-max-only = With "Up to the retirement age", enter only an upper limit (there can be no lower limit).
checks-age-reason-indefinite-only = This exception can be chosen only for a job without a fixed-term contract.
checks-age-career-max-only = With "Long-term career building", enter only an upper limit.
checks-age-career-no-experience = To choose "Long-term career building", leave the experience required empty (none required).
checks-age-older-workers-min-only = With "Promoting employment of people aged 60 and over", enter only a lower limit, of 60 or more.
# $max: how many lines.
checks-licenses-too-many = Enter up to { $max } lines of licences and qualifications required.
# $max: the most characters of a line; $line: the line too long.
checks-license-too-long = Enter each licence or qualification in { $max } characters or fewer ("{ $line }").

## Step 4: 賃金・手当
checks-wage-kind-required = Choose the wage basis (monthly, daily or hourly).
checks-label-base-min = base wage (from)
checks-label-base-max = base wage (to)
checks-base-max-below-min = The upper base wage cannot be below the lower one (leave "To" empty if there is no range).
checks-label-fixed-overtime = fixed overtime pay (a month)
checks-label-commute-allowance = commuting allowance ("なし" if there is none)
checks-label-closing-day = wage closing day
checks-label-pay-day = pay day
checks-label-raise = pay raises ("なし" if there are none)
checks-label-bonus = bonuses ("なし" if there are none)
# $max: how many allowances.
checks-allowances-too-many = You can enter up to { $max } allowances.
checks-label-allowance-name = name of the allowance
checks-label-allowance-amount = monthly amount of the allowance

## Step 5: 労働時間
checks-label-break-minutes = break (minutes)
checks-break-longer-than-work = The break is longer than the working hours.
# $hours, $minutes: the working time without the break; $due: the minutes of break due.
checks-break-too-short = Working hours of { $hours } h { $minutes } min of actual work need a break of at least { $due } minutes (Labour Standards Act, Article 34).
checks-label-overtime-hours = average overtime hours a month (0 if none)
checks-label-days-per-week = working days a week
checks-label-days-off = days off (e.g. 土 日 祝日)
checks-two-days-off-required = Choose "Two days off a week".
checks-weekends-off-every-week = For a job with weekends and holidays off, set "Two days off a week" to "Every week".
checks-label-annual-holidays = days off a year
# $min: the days off a year that two days off every week make.
checks-annual-holidays-too-few = With two days off every week, there are at least { $min } days off a year.
# $max: how many lines.
checks-shifts-too-many = You can enter up to { $max } lines of working hours.
checks-shift-start-invalid = Enter the start time like "8:30".
checks-shift-end-invalid = Enter the end time like "17:30".
checks-shift-end-same-as-start = The end time is the same as the start time.
checks-shifts-required = Enter at least one line of working hours.

## Step 6: 保険・年金・定年
checks-workers-compensation-required = Workers' accident compensation insurance covers every worker. Tick it.
checks-label-retirement-age = retirement age
checks-rehiring-required = With a retirement age under 65, a re-employment (continued employment) scheme up to 65 is required.
checks-retirement-age-required = For an age limit "Up to the retirement age", enter the retirement age.
# $max: the upper age limit that fits the 定年 (one year under it).
checks-retirement-age-limit-mismatch = An age limit "Up to the retirement age" is under the retirement age. Set the upper limit to { $max }, or review the retirement age.

## Step 7: 求人PR
checks-label-features = description of what makes the company special
checks-label-special = special notes on the job
checks-label-remarks = remarks

## Step 8: 選考方法
checks-label-openings = number of openings
checks-selection-methods-required = Choose at least one selection method.
checks-label-result-within-days = days within which the selection result is given
checks-label-documents = application documents
checks-label-selection-place = place of selection
checks-label-contact = contact person
checks-notice-by-required = Choose at least one way of giving the selection result.
checks-publication-required = Choose who may see the job.
checks-online-application-range = Online applications can be accepted only with a publication that shows the employer's name (to everyone, or only to job seekers with a MyPage).

## 求職者情報: 連絡先
checks-phone-invalid = Enter the phone number as 10 or 11 digits starting with 0 (e.g. 03-1234-5678).
checks-postal-code-invalid = Enter the postal code as 7 digits (e.g. 100-0013).
checks-prefecture-unknown = Choose the prefecture from the list.
checks-label-address = address
checks-address-prefecture-required = Choose the prefecture of your address.

## 求職者情報: 学歴, 職歴, 免許・資格
# $label: which 年月 (checks-label-…).
checks-year-month-invalid = Enter the { $label } as a year and month, like "2020-04" or "2020年4月".
# $max: how many lines.
checks-education-too-many = You can enter up to { $max } lines of education.
checks-label-school = school name
checks-label-department = faculty and department
checks-education-status-required = Choose whether you graduated, left and so on.
checks-label-finished = month you graduated or left
checks-education-expected-past = Enter an expected graduation as this month or later.
checks-education-enrolled-too-far = The planned graduation is too far ahead.
checks-education-finished-future = Enter the month you graduated or left as this month or earlier.
# $max: how many lines.
checks-work-history-too-many = You can enter up to { $max } lines of work history.
checks-label-employer = employer
checks-work-occupation-unknown = Choose the occupation from the list.
checks-label-work-from = month you started
checks-work-from-future = Enter the month you started as this month or earlier.
checks-label-work-to = month you left
checks-work-to-out-of-range = Enter the month you left between the month you started and this month (leave it empty if you still work there).
# $max: the most characters; $start: the first characters of the licence; $length: its characters.
checks-licence-too-long = Enter each licence or qualification in { $max } characters or fewer ("{ $start }…" has { $length }).
# $max: how many; $count: how many were entered.
checks-licences-too-many = You can enter up to { $max } licences and qualifications (you have { $count }).

## 求職者情報: 希望条件
checks-label-desired-occupations = desired occupations
checks-label-desired-areas = desired places of work
# $label: what is chosen (checks-label-…).
checks-choice-unknown = Choose the { $label } from the list.
# $label: what is chosen; $max: how many may be.
checks-choices-too-many = You can choose up to { $max } { $label }.
checks-desired-wage-kind-required = Choose whether the desired wage is monthly or hourly.
checks-label-desired-wage-monthly = desired wage (monthly, in yen)
checks-label-desired-wage-hourly = desired wage (hourly, in yen)
checks-desired-time-invalid = Enter the times like "9:00" (both of them).
checks-desired-hours-same = The end time must differ from the start time.
checks-start-on-out-of-range = The day you can start must be within a year from today.
checks-start-on-required = Enter the day you can start.
