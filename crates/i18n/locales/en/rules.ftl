# What the domain's rules say when they refuse something (outside the forms' problems).

## Search conditions
# $min, $max: the youngest and oldest age a search can name
rules-search-age = Enter an age from { $min } to { $max } in digits.
# $label: one of the lists below; $count: how many were sent
rules-search-too-many = Too many { $label } were given ({ $count }). Please choose the conditions again.
rules-search-job-numbers = job numbers
rules-search-prefectures = prefectures
rules-search-municipalities = cities
rules-search-occupations = occupation classifications
rules-search-employment-types = types of employment
rules-search-features = features of the job
# $count: the characters typed
rules-search-keyword-too-long = Enter keywords of at most { $max } characters (you entered { $count }).
rules-search-exclude-too-long = Enter words to leave out of at most { $max } characters.
rules-search-job-numbers-max = You can give up to { $max } job numbers.
# $label: one of the lists above
rules-search-codes-max = You can choose up to { $max } { $label }.
# $code: the code as sent
rules-search-unknown-code = There is no code "{ $code }" among the { $label }.
# $code: the municipality's code
rules-search-municipality-elsewhere = The city ({ $code }) is not in the prefectures you chose.
rules-search-end-before-start = The end of the working hours must be later than the start.
rules-search-annual-holidays = Days off a year can be at most 366.
rules-search-posting-age = New postings can go back at most { $max } days.
rules-search-relevance = Sorting by relevance is possible when you enter keywords.
rules-search-per-page = Choose 10, 30 or 50 jobs per page.
rules-search-page = Give a page from 1 to { $max }. Please narrow down your conditions.
# $text: the time as typed
rules-search-time = Enter the time as "09:00" ({ $text }).

## 求人番号
# $input: what was typed
rules-job-number = Enter the job number as 5 digits, a hyphen and 8 digits in half-width characters, like "13010-12345678" ({ $input })

## Passwords and email addresses
rules-password-full-width = Full-width characters cannot be used. Use half-width letters, digits and symbols.
rules-password-blank = Spaces and line breaks cannot be used.
# $min, $max: the rule's length; $count: the characters typed
rules-password-length = Use { $min } to { $max } characters for the password (you entered { $count }).
# $missing: the classes missing (digit, letter, symbol, digit-letter, digit-symbol,
# letter-symbol, all)
rules-password-missing = Include { $missing ->
        [digit] a digit
        [letter] a letter
        [symbol] a symbol
        [digit-letter] a digit and a letter
        [digit-symbol] a digit and a symbol
        [letter-symbol] a letter and a symbol
       *[all] a digit, a letter and a symbol
    } in the password.
# Every broken part of the rule, the sentences above in a row (a space between two).
# $characters: full-width, blank, both or ok; $length: wrong or ok; $missing: as above, or none
rules-password-rule = { $characters ->
        [full-width] { rules-password-full-width }
        [blank] { rules-password-blank }
        [both] { rules-password-full-width } { rules-password-blank }
       *[ok] { "" }
    }{ $length ->
        [wrong] { $characters ->
            [ok] { "" }
           *[other] { " " }
        }{ rules-password-length }
       *[ok] { "" }
    }{ $missing ->
        [none] { "" }
       *[other] { $length ->
            [wrong] { " " }
           *[ok] { $characters ->
                [ok] { "" }
               *[other] { " " }
            }
        }{ rules-password-missing }
    }
rules-password-same-as-email = You cannot use your email address as the password, nor a part of it with only digits or symbols added.
rules-password-too-common = This password is too common. Please choose one that is hard to guess.
rules-email-empty = Enter your email address.
rules-email-blank = An email address cannot contain spaces or line breaks.
rules-email-not-ascii = Enter the email address in half-width letters, digits and symbols. Addresses with Japanese characters cannot be used.
rules-email-too-long = Enter an email address of at most { $max } characters.
rules-email-at = An email address must contain exactly one "@" (e.g. taro@example.jp).
rules-email-local-part = The part of the email address before the "@" is not valid.
rules-email-local-part-too-long = The part of the email address before the "@" can be at most { $max } characters.
rules-email-domain = The part of the email address after the "@" (the domain) is not valid (e.g. example.jp).

## A job seeker's details
rules-person-name-empty = Enter the name.
rules-person-name-too-long = Enter a name of at most { $max } characters.
rules-person-kana-empty = Enter the reading in katakana.
rules-person-kana = Enter the reading in full-width katakana.
rules-person-birth-date-future = The date of birth cannot be later than today.
# $min: the youngest age registered
rules-person-birth-date-age = Please check the date of birth (you must be { $min } or older).
rules-person-prefecture = Choose the prefecture of the address.
rules-person-municipality = Choose the city of the address.

## 事業所情報
# $label: one of the names below
rules-employer-text = Enter the { $label } in at most { $max } characters.
rules-employer-name = establishment name
rules-employer-street = street and building of the location
rules-employer-representative = representative's name
rules-employer-industry = industry
rules-employer-business = business
rules-employer-return-reason = reason for returning
rules-employer-kana = Enter the reading of the establishment name in full-width katakana.
rules-employer-postal-code = Enter the postal code as 7 digits (e.g. 100-0013).
rules-employer-prefecture = Choose the prefecture of the location.
rules-employer-municipality = Choose the city of the location.
rules-employer-phone = Enter the phone number as 10 or 11 digits starting with 0 (e.g. 03-1234-5678).
rules-employer-employees = Enter the number of employees, 1 or more.
rules-employer-homepage = Enter the website as a URL starting with https:// or http://.

## Applying (応募) and its 採否
# The two warnings every online self-application shows.
rules-apply-disputes-warning = If any trouble arises over an online application of your own, the selection, or the working conditions after you are hired, it is to be settled between the job seeker and the employer themselves.
rules-apply-benefits-warning = If you find work through an online application of your own rather than through a Hello Work referral, employment promotion benefits such as the re-employment allowance may not be paid.
rules-apply-warnings = Before applying, read the two points and tick both.
# $max: the longest message (written without grouping)
rules-apply-message-too-long = Enter a message of at most { $max } characters.
rules-apply-not-registered = You cannot apply while provisionally registered. Please complete your registration at Hello Work first.
rules-apply-seeking-invalid = You cannot apply because your job seeking status is inactive. Make it active under "Job seeker details and settings" → "Settings", or visit your nearest Hello Work office.
rules-apply-posting-closed = You cannot apply because this job is no longer recruiting.
rules-apply-no-online = This job does not accept online applications. If you wish to apply, please ask Hello Work.
rules-apply-already-applied = You have already applied for this job.
rules-document-too-many = You can attach up to { $max } documents.
rules-document-too-large = Each document can be at most 5 MB.
rules-document-empty = An empty file cannot be attached.
rules-document-not-pdf = Documents must be PDF files.
rules-document-name-missing = The document has no file name.
rules-document-name-too-long = The document's file name can be at most { $max } characters.
rules-referral-not-registered = A provisionally registered job seeker cannot be referred. Complete the registration first.
rules-referral-seeking-invalid = A job seeker whose job seeking status is inactive cannot be referred. Make it active first.
rules-referral-posting-closed = This job cannot be referred because it is no longer recruiting.
rules-referral-already-applied = This job seeker has already applied for this job.
rules-decision-already-decided = The selection for this application has already ended.
rules-decision-not-a-result = Choose Hired, Not hired, Withdrawn or Cancelled as the result.
rules-decision-seeker-declines = You can only withdraw the application.
rules-decision-reason-only-rejection = A reason can be given only when the applicant is not hired.
rules-decision-reason-too-long = Enter a reason for not hiring of at most { $max } characters.

## オンライン職業紹介, おすすめ求人 and 応募検討依頼
# $max: the longest note
rules-note-too-long = Enter a note of at most { $max } characters.
rules-note-control-character = The note contains control characters that cannot be used.
rules-introduction-already = This job has already been introduced to the job seeker in the same way.
rules-introduction-not-a-referral = To apply for a recommended job, use "Apply" on its job sheet.
rules-request-posting-closed = This job is no longer recruiting, so no request to consider applying can be sent for it.
# $max: how many seekers one posting may ask
rules-request-limit = A request to consider applying can be sent to at most { $max } job seekers per job.
rules-request-already-sent = You have already sent this job seeker a request to consider applying for this job.
rules-request-not-published = This job seeker profile is no longer published.
rules-request-already-answered = This request to consider applying has already been answered.

## メッセージ
rules-message-to-hello-work = Messages cannot be sent to Hello Work. Please contact your nearest Hello Work office.
rules-message-not-a-party = You cannot send messages in this conversation.
rules-message-empty = Enter a message.
# $max: the longest message (written without grouping)
rules-message-too-long = Enter a message of at most { $max } characters.
rules-message-control-character = The message contains characters that cannot be used.

## 職業相談
rules-counselling-future = The counselling date cannot be in the future.
# $days: how many days back a session may be recorded
rules-counselling-too-long-ago = The counselling date can be at most { $days } days ago.
rules-counselling-before-application = The counselling date is before the date of the job application.
# $max: the longest note (written without grouping)
rules-counselling-note-too-long = Enter counselling notes of at most { $max } characters.

## 求職状態 and 求職情報の公開
rules-switch-already-valid = Your job seeking status is already active.
rules-switch-not-registered = A provisionally registered job seeker can change the job seeking status once the registration is completed at Hello Work.
rules-switch-lapsed = Your job seeking status could not be made active. Please visit your nearest Hello Work office.
rules-publish-not-registered = You can publish your profile once your registration is completed at Hello Work.
rules-publish-not-valid = Your profile cannot be published because your job seeking status is inactive. Make it active under Settings in Job seeker details and settings.
rules-publish-nothing-to-search-by = To publish, register at least one desired occupation and one desired place of work.

## Employers' search of published 求職情報
rules-profile-search-occupation = Choose the desired occupation from the occupation classification list.
rules-profile-search-prefecture = Choose a prefecture from the list.
rules-profile-search-experience = Choose the experience from the major or middle groups of the occupation classification.
rules-profile-search-licence = Enter licence words of at most { $max } characters.
rules-profile-search-page = The page given is not valid.

## 求職活動実績
rules-period-reversed = The end of the period must be the same day as its start or later.
# $days: the longest period
rules-period-too-long = A report can cover at most { $days } days. Please split the period.

## Accounts: 認証キー and 求職番号
# $minutes: how long a key is valid after it is mailed
rules-key-lifetime = The authentication key is valid for { $minutes } minutes after the email is sent.
# The lifetime, then what to do once the key has run out.
# $minutes: as above; $then: that sentence
rules-key-lifetime-then = { rules-key-lifetime } { $then }
rules-seeker-number = Enter the job seeker number as "12345-12345678" (5 digits, a hyphen, 8 digits).

## Finding a job seeker at the counter
rules-lookup-empty = Enter a name or its reading in katakana.
rules-lookup-too-long = Enter a name or reading of at most { $max } characters.
# $max: how many words a lookup may have
rules-lookup-too-many-words = Use at most { $max } words (separate family and given names with a space).

## MyPage limits
rules-mypage-favorites-full = You can keep up to { $max } favorites. Delete favorites you no longer need, then add this one.
rules-mypage-hidden-employers-full = You can hide up to { $max } employers. Show again the ones you no longer need hidden (MyPage, Hidden employers), then hide this one.
rules-mypage-saved-searches-full = You can save up to { $max } searches. Overwrite a saved search or delete one you no longer need.
rules-mypage-search-name-empty = Enter a name for the search to save (e.g. office work).
# $count: the characters typed
rules-mypage-search-name-too-long = Enter a search name of at most { $max } characters (you entered { $count }).

## A posting's extension
rules-extension-not-published = Only published jobs can be extended.
rules-extension-expired = A job past its referral deadline cannot be extended. Please file it as a new job offer.
rules-extension-already = The referral deadline can be extended only once. This job has already been extended.
