# What the desktop app says itself (not the service): its own refusals, the failures of the
# OS keyring, this device's MyPage data and files, and the names of the files it saves.

## Reaching the service
# $url: the service URL as configured
client-bad-url = The service address ({ $url }) is not valid. Please contact your administrator.
client-insecure-url = The service address is not secure (it is not https://). Please contact your administrator.
client-protocol = The job service gave an unexpected answer. Please try again in a while.
desktop-sync-unexpected = The job service gave an unexpected answer. Syncing will be tried again in a while.

## Signing in and the MyPage on this device
desktop-signed-out = Please sign in.
desktop-mypage-not-a-seeker = Favorites and saved searches are available when you sign in as a job seeker.
desktop-mypage-signed-out = Favorites and saved searches are available when you sign in.
desktop-cache-unusable = The MyPage data kept on this computer could not be read or written.
desktop-cache-erase-failed = The MyPage data kept on this computer could not be erased.
desktop-keyring-failed = Your sign-in could not be kept in the system's credential store (keyring). Check that you are signed in to the system.
desktop-saved-search-gone = This saved search has already been deleted.
desktop-thread-not-found = This conversation cannot be found.

## 端末の設定
desktop-shared-workstation-fixed = Your administrator has set this computer up as a shared workstation; this cannot be changed here.
desktop-settings-write-failed = The settings could not be saved. Check that the app's settings folder can be written to.

## Saved files
# $folder: where it was to be saved
desktop-document-unsaved = The document could not be saved ({ $folder }). Please check the folder it is saved to.
# $number: 求人番号
desktop-file-job-sheet = job-sheet_{ $number }.pdf
# $id: the application's number, 8 digits
desktop-file-referral-letter = referral-letter_{ $id }.pdf
# $id: the application's number, 8 digits; $number: the document's number
desktop-file-application-document = application-document_{ $id }_{ $number }.pdf
# $from, $to: the period (2026-11-01); $extension: pdf or csv
desktop-file-activity-report = job-search-activity_{ $from }_{ $to }.{ $extension }

## OS notifications
desktop-notification-open = Open
