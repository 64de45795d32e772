# What the desktop app says itself (not the service): its own refusals, the failures of the
# OS keyring, this device's MyPage data and files, and the names of the files it saves.

## Reaching the service
# $url: the service URL as configured
client-bad-url = 接続先のURL（{ $url }）が正しくありません。管理者に連絡してください。
client-insecure-url = サービスのアドレスが安全ではありません（https:// ではありません）。管理者に連絡してください。
client-protocol = 求人サービスから予期しない応答がありました。しばらくしてから再度お試しください。
desktop-sync-unexpected = 求人サービスから予期しない応答がありました。しばらくしてから再度同期します。

## Signing in and the MyPage on this device
desktop-signed-out = ログインしてください。
desktop-mypage-not-a-seeker = お気に入りと検索条件の保存は、求職者としてログインすると使えます。
desktop-mypage-signed-out = お気に入りと検索条件の保存は、ログインすると使えます。
desktop-cache-unusable = この端末に保存したマイページのデータを読み書きできませんでした。
desktop-cache-erase-failed = この端末に保存したマイページのデータを消去できませんでした。
desktop-keyring-failed = ログイン情報をOSの資格情報ストア（キーリング）で扱えませんでした。OSのログイン状態を確認してください。
desktop-saved-search-gone = この検索条件はすでに削除されています。
desktop-thread-not-found = このメッセージのやりとりは見つかりません。

## 端末の設定
desktop-shared-workstation-fixed = この端末は管理者の設定により共用端末として使うことになっているため、変更できません。
desktop-settings-write-failed = 端末の設定を保存できませんでした。アプリの設定フォルダーに書き込めるか確認してください。

## Saved files
# $folder: where it was to be saved
desktop-document-unsaved = 書類を保存できませんでした（{ $folder }）。保存先のフォルダを確認してください。
# $number: 求人番号
desktop-file-job-sheet = 求人票_{ $number }.pdf
# $id: the application's number, 8 digits
desktop-file-referral-letter = 紹介状_{ $id }.pdf
# $id: the application's number, 8 digits; $number: the document's number
desktop-file-application-document = 応募書類_{ $id }_{ $number }.pdf
# $from, $to: the period (2026-11-01); $extension: pdf or csv
desktop-file-activity-report = 求職活動実績_{ $from }_{ $to }.{ $extension }

## OS notifications
desktop-notification-open = 開く
