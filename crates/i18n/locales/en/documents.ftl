# Printed documents (PDF and CSV): the referral letter and the job-search activity record.
# The job sheet is in job.ftl.

## Referral letter (紹介状)
# The PDF's title (document properties).
document-letter-file-title = Referral letter { $job } { $name }
document-letter-issued = Issued { $date }
document-letter-number = Referral No. { $number }
document-letter-heading = Referral letter (紹介状)
document-letter-addressee = To { $employer }
document-letter-phone = Phone { $phone }
document-letter-counselor = Counselor { $name }
document-letter-request = We refer to you the job seeker below. We would be grateful if you could arrange an interview or other selection.
document-letter-name = Name
document-letter-kana = Name in kana
document-letter-birth-date = Date of birth
document-letter-seeker-number = Job seeker No.
document-letter-job-number = Job No.
document-letter-title = Job title
document-letter-work-place = Place of work
document-letter-deadline = Valid until
document-letter-answer-heading = Telling us the result
document-letter-answer = Please record the result (hired, not hired, withdrawn or cancelled) under Applicants in the employer's MyPage. It reaches the job seeker and Hello Work. If you do not use the employer's MyPage, please contact the Hello Work office above.
document-letter-privacy = This referral is made by a Public Employment Security Office (Hello Work). Please use the referred person's personal information only for the selection.
# Said below a version in a language other than Japanese (never on the Japanese one).
document-letter-translation = This is a translation; the Japanese 紹介状 is the original. Switch the app to 日本語 to save it.

## Job-search activity record (求職活動実績)
document-activity-title = Job-search activity record
# The PDF's title (document properties).
document-activity-file-title = Job-search activity { $number } { $from } – { $to }
document-activity-page = Page { $page } of { $pages } · made { $date }
document-activity-who = { $name } (job seeker No. { $number }) · { $from } – { $to }
document-activity-hint = The lines follow the order of 「求職活動の状況」 on the unemployment certification form (失業認定申告書).
document-activity-date = Date
document-activity-kind = Activity
document-activity-employer = Employer or office
document-activity-job-number = Job No.
document-activity-title-column = Job title or subject
document-activity-result = Result
# A line without a result (counselling).
document-activity-no-result = –
document-activity-none = No job-search activity was recorded in this period.
# An application to a posting whose publication range hides the employer's name.
document-activity-employer-hidden = Name not public
# Said below a version in a language other than Japanese (never on the Japanese one).
document-activity-translation = For the unemployment certification form, use the Japanese version: switch the app to 日本語 and save it again.
