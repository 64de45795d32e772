# The labels of the closed lists of values (labelled_enum! in crates/shared): one key per
# value, `enum-<Type>-<wire name>`.

## JobSeekingState
enum-JobSeekingState-valid = Active
enum-JobSeekingState-invalid = Inactive

## ApplicationKind
enum-ApplicationKind-self_applied = Own application
enum-ApplicationKind-referred = Referral

## ApplicationStatus
enum-ApplicationStatus-in_progress = In selection
enum-ApplicationStatus-hired = Hired
enum-ApplicationStatus-rejected = Not hired
enum-ApplicationStatus-declined = Withdrawn
enum-ApplicationStatus-cancelled = Cancelled

## DocumentKind
enum-DocumentKind-resume = Résumé (rirekisho)
enum-DocumentKind-career_history = Career history (shokumu keirekisho)
enum-DocumentKind-other = Other document

## ActivityKind
enum-ActivityKind-self_application = Own application (online)
enum-ActivityKind-referral = Job referral (Hello Work)
enum-ActivityKind-counselling = Career counselling (Hello Work)

## CounsellingTopic
enum-CounsellingTopic-job_consultation = Career counselling
enum-CounsellingTopic-job_information = Job information
enum-CounsellingTopic-application_documents = Help with application documents
enum-CounsellingTopic-interview_practice = Interview practice
enum-CounsellingTopic-other = Other counselling

## RequestAnswer
enum-RequestAnswer-applied = Applied
enum-RequestAnswer-declined = Declined

## IntroductionKind
enum-IntroductionKind-referral = Online job referral
enum-IntroductionKind-recommendation = Recommended job

## JobCategory
enum-JobCategory-general = General
enum-JobCategory-new_graduate = New and recent graduates
enum-JobCategory-seasonal = Seasonal
enum-JobCategory-migrant = Away from home (dekasegi)
enum-JobCategory-disability = For people with disabilities

## WorkStyle
enum-WorkStyle-full_time = Full-time
enum-WorkStyle-part_time = Part-time

## EmploymentType
enum-EmploymentType-regular = Regular employee
enum-EmploymentType-non_regular = Non-regular employee
enum-EmploymentType-dispatch_fixed = Temporary agency (fixed-term)
enum-EmploymentType-dispatch_indefinite = Temporary agency (permanent)
enum-EmploymentType-part_time = Part-time worker

## PublicationRange
enum-PublicationRange-full = Publish the posting with the employer's name
enum-PublicationRange-registered_only = Publish the employer's name only to job seekers with a MyPage
enum-PublicationRange-no_company_name = Publish the posting without the employer's name
enum-PublicationRange-not_published = Do not publish the posting

## WageKind
enum-WageKind-monthly = Monthly
enum-WageKind-daily = Daily
enum-WageKind-hourly = Hourly

## TwoDaysOff
enum-TwoDaysOff-every_week = Every week
enum-TwoDaysOff-other = Other
enum-TwoDaysOff-none = None

## RemoteWork
enum-RemoteWork-none = None
enum-RemoteWork-partial = Yes (partly from home)
enum-RemoteWork-full = Yes (fully from home)

## JobStatus
enum-JobStatus-open = Open
enum-JobStatus-closed = Closed

## JobFeature
enum-JobFeature-no_education = No education required
enum-JobFeature-no_experience = No experience required
enum-JobFeature-no_license = No qualifications required
enum-JobFeature-car_commute = Commuting by car allowed
enum-JobFeature-no_transfer = No transfers
enum-JobFeature-remote_work = Remote work possible
enum-JobFeature-uij_turn = Welcomes people moving from cities (UIJ turn)
enum-JobFeature-weekends_off = Weekends and holidays off
enum-JobFeature-little_overtime = Up to 10 hours overtime a month
enum-JobFeature-housing = Housing available
enum-JobFeature-childcare = Childcare available
enum-JobFeature-seniors = Open to people aged 60 and over
enum-JobFeature-online_application = Online application accepted

## ThreadParty
enum-ThreadParty-employer = Employer
enum-ThreadParty-hello_work = Hello Work

## MessageSide
enum-MessageSide-seeker = Job seeker
enum-MessageSide-employer = Employer
enum-MessageSide-hello_work = Hello Work

## PostingStep
enum-PostingStep-category = Type of posting
enum-PostingStep-employer = Employer
enum-PostingStep-work = Job
enum-PostingStep-wage = Wage and allowances
enum-PostingStep-hours = Working hours
enum-PostingStep-insurance = Insurance, pension and retirement
enum-PostingStep-pr = Job PR
enum-PostingStep-selection = Selection

## AgeLimitReason
enum-AgeLimitReason-retirement_age = Up to the retirement age (exception 1)
enum-AgeLimitReason-by_law = Age limit set by law (exception 2)
enum-AgeLimitReason-career_building = Long-term career building (exception 3a)
enum-AgeLimitReason-skill_succession = Passing on skills and know-how (exception 3b)
enum-AgeLimitReason-performance = Authenticity of artistic performance (exception 3c)
enum-AgeLimitReason-older_workers = Promoting employment of people aged 60 and over (exception 3d)

## SelectionMethod
enum-SelectionMethod-documents = Document screening
enum-SelectionMethod-interview = Interview
enum-SelectionMethod-written = Written test
enum-SelectionMethod-aptitude = Aptitude test
enum-SelectionMethod-other = Other

## ResultNotice
enum-ResultNotice-mail = By post
enum-ResultNotice-phone = By phone
enum-ResultNotice-email = By email
enum-ResultNotice-mypage = Job seeker MyPage

## PostingStatus
enum-PostingStatus-draft = Draft
enum-PostingStatus-submitted = Under review
enum-PostingStatus-returned = Returned
enum-PostingStatus-published = Published
enum-PostingStatus-expired = Expired
enum-PostingStatus-stopped = Recruiting stopped

## EducationStatus
enum-EducationStatus-graduated = Graduated
enum-EducationStatus-expected = Expected to graduate
enum-EducationStatus-enrolled = Enrolled
enum-EducationStatus-left = Left before graduating

## DesiredWageKind
enum-DesiredWageKind-monthly = Monthly
enum-DesiredWageKind-hourly = Hourly

## StartTiming
enum-StartTiming-immediately = Immediately
enum-StartTiming-from = From a date
enum-StartTiming-undecided = Undecided / to be discussed

## AgeBracket
enum-AgeBracket-teens = Teens
enum-AgeBracket-twenties = 20s
enum-AgeBracket-thirties = 30s
enum-AgeBracket-forties = 40s
enum-AgeBracket-fifties = 50s
enum-AgeBracket-sixties = 60s
enum-AgeBracket-seventies = 70 or older
