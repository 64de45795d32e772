# Help.

nav-help = Help
help-heading = Help
help-lead = How to use job search and MyPage, whom to ask, and the terms of use and privacy policy.
help-desk = Help desk
help-desk-phone = 0570-077450
help-desk-hours = Monday to Friday 9:30–18:00, except public holidays and the New Year holidays; in Japanese
help-desk-note = The help desk answers questions about using job search and MyPage. For questions about a job or an application, please ask your nearest Hello Work office.
help-offices = Your nearest Hello Work office
help-offices-link = Find Hello Work offices and their areas
help-howto = How to

help-search = Search for jobs
    .text = On "Job search", choose conditions such as the type of posting, place of work, occupation, type of employment and keywords, and press "Search". With no conditions, every job is listed, newest first. Press a job's title to open its job sheet.
help-keep = Keep favorites and searches
    .text = Signed in to your job seeker MyPage, you can keep up to { $favorites } jobs as favorites and up to { $searches } searches you use often. When a kept search has new jobs, you can be told.
help-opening = Open a job seeker MyPage
    .text = If you registered as a job seeker at Hello Work, open your MyPage with the key sent to the email address you gave at the counter. If you have not registered at Hello Work, "Open a MyPage and apply as a job seeker" registers you provisionally; then complete the registration at Hello Work within the time allowed.
help-apply = Apply online (your own application)
    .text = Jobs whose sheet says "Online application accepted" can be applied for from MyPage without going through Hello Work. With your own application, any trouble is settled between you and the employer, and the re-employment allowance may not be paid. If you would like Hello Work to refer you, please ask at the counter.
help-messages = Messages
    .text = You can exchange messages on MyPage with the employers of jobs you applied for or were referred to (when the employer has an employer MyPage). You can read messages from Hello Work but cannot send messages to Hello Work.
help-publish = Publish your job seeker details
    .text = From "Job seeker details and settings", you can publish your job seeker details without your name or contact details. Employers may then ask you to consider applying. You can stop publishing at any time.
help-activity = See your job search activity
    .text = "Job search activity" shows the jobs you applied for, those whose selection has ended, and your referrals and counselling. You can save your job search record as a PDF or CSV file.
help-shared-pc = On a computer at Hello Work or elsewhere
    .text = On a computer other people also use, always sign out when you have finished. Marked as a shared computer in "Settings", the app removes the sign-in and the data kept on this computer when you sign out and when it quits.

help-rules = Terms of use and privacy policy
help-terms = MyPage terms of use
help-privacy = Privacy policy
help-terms-japanese = The terms of use and the privacy policy apply in their Japanese text, shown below.
