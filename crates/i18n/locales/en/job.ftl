# The job sheet (kyujinhyo): one posting, laid out like the printed one.

sheet-kind = Job sheet
# After a label whose value goes on from the page before (the printed sheet).
sheet-continued = (continued)
sheet-loading = Loading the job sheet…
sheet-print = Print
sheet-save-pdf = Save as PDF
sheet-saving-pdf = Saving…
# $path: where the PDF was saved.
sheet-pdf-saved = The job sheet was saved as a PDF: { $path }
sheet-job-number = Job number
sheet-job-number-value = Job number: { $number }
sheet-closed = Recruiting for this job has ended
sheet-received-on = Received
sheet-referral-deadline = Referral deadline
sheet-receiving-office = Receiving Hello Work office
sheet-category = Type of posting
sheet-category-value = { $category } ({ $style })
sheet-publication = Publication
sheet-online = Online application
sheet-online-yes = Accepted
sheet-online-no = Not accepted

sheet-section-employer = Employer
sheet-section-work = Job
sheet-section-wage = Wage and allowances
sheet-section-hours = Working hours
sheet-section-conditions = Other working conditions
sheet-section-company = About the company
sheet-section-selection = Selection
sheet-section-notes = Special notes and remarks

sheet-office-number = Employer number
sheet-employer-name = Employer
sheet-employer-hidden = Employer name not published
sheet-address = Address
sheet-address-value = 〒{ $postal } { $address }
sheet-phone = Phone
sheet-homepage = Website

sheet-title = Job title
sheet-description = Duties
sheet-occupation = Occupation classification
sheet-occupation-value = { $path } ({ $code })
sheet-employment = Type of employment
sheet-contract = Contract period
sheet-contract-none = No fixed term
sheet-contract-months = Fixed term ({ $months } months); renewal possible: { $renewable }
sheet-place = Place of work
sheet-place-hidden = (street address not published)
sheet-station = Nearest station
sheet-station-walk = { $minutes } min walk from { $station }
sheet-car = Commuting by car
sheet-car-value = { $car } (parking: { $parking })
sheet-transfer = Transfers possible
sheet-remote = Remote work
sheet-uij = Welcomes people moving from cities (UIJ turn)
sheet-age = Age
sheet-age-reason = { $limit } ({ $reason })
sheet-age-any = Any age
sheet-age-from = { $min } or older
sheet-age-to = { $max } or younger
sheet-age-range = { $min } to { $max }
sheet-education = Education
sheet-experience = Experience needed
sheet-licenses = Licences and qualifications needed
sheet-trial = Trial period
sheet-trial-months = Yes ({ $months } months)

sheet-wage-kind = Wage basis
sheet-base = Base pay
sheet-allowances = Fixed allowances
sheet-allowance = { $name } { $amount }
sheet-fixed-overtime = Fixed overtime pay
sheet-commute = Commuting allowance
sheet-closing-day = Pay period closes
sheet-pay-day = Payday
sheet-raise = Pay rises
sheet-bonus = Bonus

sheet-shifts = Working hours
sheet-shift = ({ $number }) { $start }–{ $end }
sheet-rotating = Shift work
sheet-overtime = Overtime
sheet-overtime-hours = { $hours } hours a month on average
sheet-break = Breaks
sheet-break-minutes = { $minutes } minutes
sheet-days-per-week = Working days a week
sheet-days-per-week-value = { $days } days a week
sheet-days-off = Days off
sheet-two-days-off = Two days off a week
sheet-weekends-off = Weekends and holidays off
sheet-annual-holidays = Days off a year
sheet-annual-holidays-value = { $days } days

sheet-insurance = Insurance
sheet-insurance-employment = Employment
sheet-insurance-accident = Workers' accident
sheet-insurance-health = Health
sheet-insurance-pension = Pension
sheet-insurance-separator = ,{" "}
sheet-retirement-allowance = Retirement allowance
sheet-retirement-age = Retirement age
sheet-retirement-age-value = Yes (at { $age } for all)
sheet-rehiring = Re-employment after retirement
sheet-housing = Housing available
sheet-childcare = Childcare available

sheet-employees = Employees
sheet-employees-value = { $total } in the company, { $site } at this workplace
sheet-founded = Founded
sheet-founded-value = { $year }
sheet-capital = Capital
sheet-capital-man = ¥{ $yen }
sheet-capital-oku = ¥{ $yen }
sheet-capital-oku-man = ¥{ $yen }
sheet-business = Business
sheet-features = What the company offers
sheet-representative = Representative
sheet-corporate-number = Corporate number

sheet-openings = Openings
sheet-openings-value = { $count }
sheet-methods = Selection methods
sheet-result-notice = Result notice
sheet-result-notice-value = Within { $days } days of the interview
sheet-documents = Application documents
sheet-selection-place = Place of selection
sheet-contact = Contact person

sheet-special = Special notes on this job
sheet-remarks = Remarks

# Values shown when there is nothing else.
sheet-yes = Yes
sheet-no = No
sheet-none = None
sheet-not-given = Not given
sheet-any = Not required
sheet-hidden = Not published
# How a list is joined (「、」).
sheet-list-separator = ,{" "}

# "Back" on the sheet, and where it leads.
sheet-back = ‹ Back to { $to }
sheet-back-escape = Esc also takes you back to { $to }
sheet-back-results = the search results
sheet-back-favorites = favorite jobs
sheet-back-activity = job search activity
sheet-back-postings = job postings
sheet-back-editor = the form
sheet-back-posting-queue = the postings to accept
sheet-back-messages = messages
