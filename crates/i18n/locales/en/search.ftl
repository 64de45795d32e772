# Job search: the form and its more conditions.

search-heading = Job search
search-lead = Choose your conditions and press "Search". Searching with no conditions lists every job, newest first.
search-category = Type of posting
search-any = Any
search-work-style-group = Full-time or part-time
search-work-style = Working pattern:
search-work-style-any = Both
search-area = Place of work
search-area-note = Up to { $max }
search-occupation = Occupation
search-occupation-note = Up to { $max } from the occupation classification
search-employment = Type of employment
search-keyword = Keywords
    .placeholder = e.g. office computer
    .hint = Separate several keywords with spaces. Up to { $max } characters.
search-keyword-mode = How keywords combine
search-keyword-mode-and = All of them
search-keyword-mode-or = Any of them
search-exclude = Leave out jobs with
    .placeholder = e.g. night shift
search-job-numbers = Job number
    .placeholder = e.g. 13010-12345678
    .hint = If you know a job's number, enter it (up to { $max }, separated by commas or spaces).
search-advanced = More conditions
search-advanced-set = { $count } set
search-advanced-note = Age, wage, working hours, days off, new postings, features of the job
search-submit = Search
search-searching = Searching…
search-clear = Clear conditions

search-age = Age
search-age-unit = years old
search-age-hint = Leaves out jobs whose age limit you do not meet.
search-wage = Wage
search-wage-monthly = Monthly (at least)
search-wage-hourly = Hourly (at least)
search-wage-man-yen = ¥{ $yen } or more
search-wage-yen = ¥{ $yen } or more
search-wage-hint = Shows monthly-paid jobs whose monthly wage, and hourly-paid jobs whose highest hourly wage, is at least this amount.
search-hours = Working hours
search-start = Starts
search-start-after = or later
search-end = Ends
search-end-before = or earlier
search-holidays = Days off
search-two-days-off = Two days off every week
search-annual-holidays = Days off a year
search-annual-holidays-days = { $days } or more
search-posted = New postings
search-posted-today = Today or yesterday
search-posted-week = Within a week
search-posted-age-today = Today
# New postings: the days counting today.
search-posted-age-days = Last { $days } days
search-features = Features of the job
search-features-hint = Shows jobs that meet every condition you tick.

# Place-of-work and occupation pickers (also on other forms).
area-choose-prefecture = Choose a prefecture
area-prefecture-first = (choose a prefecture first)
area-choose-municipality = Choose a city (optional)
area-prefecture-n = Prefecture ({ $number })
area-municipality-n = City ({ $number })
occupation-major = Major group
occupation-middle = Middle group
occupation-minor = Minor group
occupation-choose-major = Choose a major group
occupation-major-first = (choose a major group first)
occupation-choose-middle = Choose a middle group (optional)
occupation-middle-first = (choose a middle group first)
occupation-choose-minor = Choose a minor group (optional)
occupation-label = { $name } ({ $code })
occupation-add = Add
occupation-remove = Remove
occupation-remove-named = Remove { $name }
occupation-hint = Choose an occupation and press "Add" (up to { $max }).
occupation-chosen = Chosen occupations
occupation-full = You can choose up to { $max } occupations. To change them, remove one you have chosen.

# The result list.
results-waiting = Search results appear here.
results-searching = Searching…
results-updating = Updating…
# The heading is 「検索結果 」, the count, then 「件」.
results-heading-before = { "" }
results-heading-after = { " " }jobs found
results-range = Showing { $first }–{ $last }
results-distinct = ({ $count } after grouping similar jobs)
# $count: how many other postings are near-duplicates of this one.
results-similar = { $count } similar { $count ->
        [one] job
       *[other] jobs
    }
results-similar-received = Received { $date }
results-similar-loading = Loading the similar jobs…
results-sort = Order
results-per-page = Per page
results-per-page-option = { $count }
sort-relevance = Best match
sort-received-desc = Newest first
sort-deadline-asc = Referral deadline soonest
sort-wage-desc = Highest pay first (as a monthly amount)
results-none-title = No job matches these conditions.
results-none-fewer-words = Use fewer keywords, or switch to "Any of them".
results-none-wider = Widen the search: only a prefecture for the place of work, or a broader occupation group (middle or major).
results-none-advanced = Remove some of the more conditions (wage, working hours, days off, features of the job).
results-none-number = If you search by job number, check that the number (e.g. 13010-12345678) is right.
results-new = New
results-new-since-visit = New since last visit
    .title = Published after your last visit to this app
results-kind = { $category } · { $style }
results-job-number = Job number{" "}
results-employer-hidden = Employer name not published
results-received-on = Received
results-referral-deadline = Referral deadline
results-show-detail = Show details
    .label = Show the details of { $title }

# Amounts of money and wages.
yen = ¥{ $amount }
yen-range = { $min }–{ $max }
yen-from = { $min } or more
wage = { $kind } { $range }

# Page navigation.
paging-label = Pages
paging-previous = ‹ Previous
paging-next = Next ›
paging-page = Page { $page }
paging-page-current = Page { $page } (shown)

# Favorites.
favorite-add = Add to favorites
favorite-remove = Remove from favorites
favorite-add-named = Add "{ $title }" to favorites
favorite-remove-named = Remove "{ $title }" from favorites

# Beside a choice of the search form: how many jobs it finds.
search-facet-count = ({ $count })
# Beside the search button: how many jobs the form's conditions find (before searching).
search-form-total = Jobs matching these conditions: { $count }
# Above the results: for each chosen condition, how many jobs it left out.
search-removed-lead = Left out by each condition:
search-removed-item = { $condition } { $count }

## Hiding an employer from the results (signed-in job seekers)

results-hide-employer = Don't show this employer's jobs
    .label = Don't show the jobs of the employer of { $title }
# $name: the employer's name (or 事業所名非公開).
results-hidden-done = The jobs of { $name } are no longer shown.
# $number: the 求人番号 it was hidden from; $title: its 職種 (the employer has no public name).
results-hidden-done-unnamed = Jobs without the employer's name from the employer of job number { $number } ({ $title }) are no longer shown.
results-hidden-undo = Undo
results-hidden-close = Close
    .label = Close this notice
results-hidden-count = Hidden employers: { $count }
# The condition's name in the line of what each condition left out.
results-hidden-employers = Hidden employers
