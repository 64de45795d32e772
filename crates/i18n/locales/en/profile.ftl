# The 求職者情報 (profile) and its fields.

## 求職者情報 in words (the read-only table, the anonymous profile).

# The parts' names: also the rows' `data-part` (in Japanese whatever the language).
profile-part-phone = Phone number
profile-part-address = Address
profile-part-education = Education
profile-part-work = Work history
profile-part-licences = Licences and qualifications
profile-part-occupations = Desired occupations
profile-part-areas = Desired places of work
profile-part-employment = Desired types of employment
profile-part-wage = Desired wage
profile-part-hours = Desired working hours
profile-part-start = Available to start
profile-part-age = Age group
profile-part-experience = Experience
# A 年月 ($month: 1 to 12).
profile-year-month = { $month ->
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
# $kind: 月給 or 時給; $amount: yen.
profile-wage-at-least = { $kind } ¥{ $amount } or more
profile-start-from = From { $date }
profile-summary-none = Not registered
# A 学歴 line: $school (and department), $when it ended, $status (卒業, 中退…); the variants
# leave out what is not given.
profile-summary-education = { $school } ({ $when }, { $status })
profile-summary-education-status = { $school } ({ $status })
profile-summary-education-when = { $school } ({ $when })
profile-summary-education-school = { $school }
profile-summary-still-working = present
# A 職歴 line: from, to (or 在職中), the employer; then its occupation and type of employment.
profile-summary-work = { $from } – { $to }, { $employer }
profile-summary-work-kind = { " " }({ $kind })
profile-summary-any-employment = Any
profile-summary-hours = { $from }–{ $to }
profile-anonymous-caption = Job seeker profile shown to employers
profile-anonymous-none = Not specified
profile-anonymous-not-registered = None registered
# $name: the occupation; $years: whole years of experience (0: less than one).
profile-anonymous-experience = { $years ->
    [0] { $name }: less than a year
    [one] { $name }: 1 year
   *[other] { $name }: { $years } years
}

## 求職者情報の変更 (the editor).

profile-editor-heading = Change job seeker details
profile-editor-lead = Your contact details, education and work history, licences and qualifications, and the work you want. Hello Work staff refer to them in job counselling and referrals. You can save with boxes left empty; fill in correctly what you enter.
profile-editor-pending = Saved on this computer. It is sent to the Hello Work service when a connection is available.
# $when: when the service confirmed the save.
profile-editor-confirmed = As saved on { $when }.
profile-editor-empty = Nothing is registered yet. Register what you can.
profile-editor-saved = Saved.{" "}
# $count: how many boxes have a problem.
profile-editor-problems = { $count ->
    [one] There is an error in 1 place.
   *[other] There are errors in { $count } places.
} Check the note under each box.
profile-choose = Please choose
profile-choose-none = (none)
profile-remove-line = Remove this line
profile-contact = Contact details
profile-contact-phone-hint = With or without hyphens.
profile-contact-postal-code = Postal code
profile-contact-prefecture = Prefecture of your address
profile-contact-address = City, street and building
    .placeholder = Chiyoda-ku Kasumigaseki 1-2-2
# $number: the line's number (1, 2…).
profile-education-line = Education { $number }
profile-education-remove = Remove education { $number }
profile-education-school = School
    .placeholder = Tokyo Metropolitan University
profile-education-department = Faculty and department
    .placeholder = Faculty of Economics
profile-education-status-when = Graduated or left, and when
profile-education-status = Graduated or left
profile-education-finished = Year and month
# $max: how many lines there may be.
profile-education-hint = Up to { $max }, starting with the most recent. Enter the year and month like "2015-03".
profile-education-add = Add education
profile-work-line = Work history { $number }
profile-work-remove = Remove work history { $number }
profile-work-employer = Employer
profile-work-kind = Occupation and type of employment
profile-work-occupation = Occupation
profile-work-employment = Type of employment
profile-work-period = Period
profile-work-from = Month you started
# Between the two months of the period.
profile-work-from-after = to
profile-work-to = Month you left
    .placeholder = Empty if still working
profile-work-to-after = { "" }
profile-work-duties = Duties
profile-work-hint = Up to { $max }, starting with the most recent.
profile-work-add = Add work history
# $max: how many; $chars: the longest one.
profile-licences-hint = One per line, up to { $max } (up to { $chars } characters each). Example: ordinary driving licence
profile-desired = The work you want
profile-desired-occupations-hint = Choose up to { $max }.
profile-desired-areas-hint = Up to { $max }. You need not choose a city.
profile-desired-employment-hint = If you choose none, any type of employment is fine.
profile-desired-wage-kind = Monthly or hourly
profile-desired-wage-min = Desired wage (yen or more)
profile-desired-wage-unit = yen or more
profile-desired-hours-from = Desired working hours (start)
profile-desired-hours-to = Desired working hours (end)
# Between the two times.
profile-desired-hours-range = –
profile-desired-start-day = Day you can start

## The person-detail rows of a job seeker's registration (at the counter and online).

profile-required = Required
profile-optional = Optional
profile-kana-hint = Enter it in full-width katakana (hiragana is changed into katakana).
profile-person-name = Name
    .placeholder = e.g. Yamada Taro
profile-person-kana = Name in kana
    .placeholder = e.g. ヤマダ タロウ
profile-person-birth-date = Date of birth
profile-person-prefecture = Address (prefecture)
profile-person-municipality = Address (city)
profile-person-municipality-hint = The Hello Work office covering the city where you live accepts your application.

## 事業所情報: the employer's registration rows and table (求人者マイページ, 事業所登録の審査).

profile-employer-name = Establishment name
    .placeholder = e.g. Hinode Shoji Co., Ltd.
profile-employer-kana = Establishment name (kana)
    .placeholder = e.g. カブシキガイシャヒノデショウジ
profile-employer-postal-code = Postal code
    .placeholder = e.g. 100-0013
profile-employer-prefecture = Location (prefecture)
profile-employer-municipality = Location (city)
profile-employer-municipality-hint = The Hello Work office covering the location accepts the establishment registration.
profile-employer-street = Location (street and building)
    .placeholder = e.g. Kasumigaseki 1-2-2, Hinode Building 3F
profile-employer-phone = Phone number
    .placeholder = e.g. 03-1234-5678
profile-employer-representative = Representative
    .placeholder = e.g. Taro Hinode, President
profile-employer-industry = Industry
    .placeholder = e.g. Wholesale and retail trade
    .hint = Choose from the list or type it in.
profile-employer-employees = Number of employees (whole company)
    .placeholder = e.g. 42
    .hint = Enter the number of people in digits.
profile-employer-business = Business
    .placeholder = e.g. Wholesale of stationery and office supplies, mail order for offices
# $max: the most characters.
profile-employer-business-hint = Up to { $max } characters.
profile-employer-homepage = Website
    .placeholder = e.g. https://www.hinode.example.jp
profile-employer-address = Location
# $code: the postal code.
profile-employer-postal = 〒{ $code }
# The number alone: the row's label says what it counts.
profile-employer-employees-value = { $count }
profile-employer-no-homepage = None
# The 大分類 of the 日本標準産業分類, suggested for 業種. The Japanese names are what is
# entered whatever the language; a translation only labels them.
profile-industry-a = Agriculture and forestry
profile-industry-b = Fisheries
profile-industry-c = Mining and quarrying of stone and gravel
profile-industry-d = Construction
profile-industry-e = Manufacturing
profile-industry-f = Electricity, gas, heat supply and water
profile-industry-g = Information and communications
profile-industry-h = Transport and postal activities
profile-industry-i = Wholesale and retail trade
profile-industry-j = Finance and insurance
profile-industry-k = Real estate and goods rental and leasing
profile-industry-l = Scientific research, professional and technical services
profile-industry-m = Accommodations, eating and drinking services
profile-industry-n = Living-related and personal services and amusement services
profile-industry-o = Education, learning support
profile-industry-p = Medical, health care and welfare
profile-industry-q = Compound services
profile-industry-r = Services, not elsewhere classified
profile-industry-s = Government, except elsewhere classified
profile-industry-t = Industries unable to classify
