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
