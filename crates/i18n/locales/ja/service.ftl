# The service's own refusals and answers (not the domain's rules), in the language each request
# asks for (Accept-Language).

## Signing in and roles

service-sign-in = ログインしてください。
service-session-expired = ログインの有効期限が切れました。もう一度ログインしてください。
service-session-idle = 一定時間操作がなかったため、ログアウトしました。もう一度ログインしてください。
service-forbidden = この機能を利用する権限がありません。

## 認証キー

# $tries: how many wrong tries void a key.
# $start_over: what to do then (a service-key-start-over text).
service-key-invalid = 認証キーが正しくないか、有効期限（送信から50分）が切れているか、使えなくなっています。認証キーは{ $tries }回間違えると無効になります。正しく入力しても受け付けられない場合は、{ $start_over }
service-key-start-over-email-birth-date = もう一度、最初（メールアドレスと生年月日の入力）からやり直してください。
service-key-start-over-email = もう一度、最初（メールアドレスの入力）からやり直してください。
service-key-start-over-new-email = もう一度、新しいメールアドレスの入力からやり直してください。

## Requests the service cannot read

service-busy = ただいま混み合っています。しばらくしてから再度お試しください。
service-body-not-json = リクエストの形式が正しくありません（Content-Type: application/json が必要です）。
service-body-incomplete = リクエストが大きすぎるか、途中で途切れました。
# $cause: what the JSON parser found wrong (in English).
service-body-malformed = リクエストの内容が正しくありません（{ $cause }）。
# $cause: what is wrong with the address (in English).
service-path-malformed = URLの形式が正しくありません（{ $cause }）。

## Accounts and passwords

service-wrong-credentials = メールアドレスまたはパスワードが正しくありません。パスワードを続けて間違えると、しばらくログインできなくなります。その場合は時間をおいて再度お試しいただくか、「パスワードを忘れた方」からパスワードを再設定してください。
service-sign-in-throttled = ログインの試行回数が多すぎます。しばらくしてから再度お試しください。
service-no-such-account = アカウントが見つかりません。
service-wrong-current-password = 現在のパスワードが正しくありません。続けて間違えると、しばらくログインできなくなります。
service-password-changed = パスワードを変更しました。ほかの端末でのログインは終了しました。
service-email-unchanged = 現在と同じメールアドレスです。新しいメールアドレスを入力してください。
service-email-taken = このメールアドレスはほかのアカウントで使われています。別のメールアドレスを入力してください。
service-password-confirmation-differs = 確認用のパスワードが一致しません。同じパスワードを2回入力してください。

## Opening a MyPage, registering, resetting a password: the answers

service-terms-not-agreed = 利用規約とプライバシーポリシーの両方をお読みいただき、同意のチェックを入れてください。
service-terms-updated = 利用規約が更新されました。画面を開き直して、新しい規約をご確認ください。
service-mypage-already-open = このメールアドレスのマイページはすでに開設されています。ログイン画面からログインしてください。
service-opening-key-sent = ご登録のメールアドレスと生年月日が一致した場合、認証キーをメールで送信しました。メールに記載の認証キーを50分以内に入力してください。メールが届かない場合は、入力内容をご確認のうえ、もう一度お試しください。
service-mypage-opened = マイページの開設が完了しました。ログイン画面から、メールアドレスと設定したパスワードでログインしてください。
service-sign-up-key-sent = 入力されたメールアドレスに認証キーを送信しました。メールに記載の認証キーを50分以内に入力してください。すでにマイページをお持ちのメールアドレスには、認証キーの代わりにそのことをお知らせするメールをお送りします。
# $number: the new 求職番号.
service-registration-received = マイページを開設し、求職申込み（仮登録）を受け付けました。求職番号は { $number } です。申込日から14日以内にハローワークで本登録の手続きをしてください。ログイン画面から、メールアドレスと設定したパスワードでログインできます。
service-employer-mypage-opened = 求人者マイページを開設し、事業所登録（仮登録）を受け付けました。ハローワークで内容を確認して受理すると、事業所番号をメールでお知らせします。ログイン画面から、メールアドレスと設定したパスワードでログインできます。
service-reset-key-sent = 入力されたメールアドレスでアカウントが登録されている場合、認証キーをメールで送信しました。メールに記載の認証キーを50分以内に入力してください。
service-password-reset = パスワードを再設定しました。新しいパスワードでログインしてください。
service-email-change-key-sent = 新しいメールアドレスに認証キーを送信しました。メールに記載の認証キーを50分以内に入力してください。メールが届かない場合は、アドレスに誤りがないか、ほかのアカウントで使われていないかご確認ください。
# $email: the new address.
service-email-changed = メールアドレスを { $email } に変更しました。次回から新しいメールアドレスでログインしてください。ほかの端末でのログインは終了しました。
service-no-mails-for-counselors = 職員にはお知らせメールは送られません。
service-new-jobs-digest-seekers-only = 新着求人のお知らせメールは求職者のみが受け取れます。

## What is not there (404), or not this caller's

service-no-seeker-registration = 求職登録が見つかりません。
service-no-employer-registration = 事業所登録が見つかりません。
service-no-counselor-record = 職員情報が登録されていません。
service-no-such-posting = この求人は見つかりません。
service-no-such-application = この応募は見つかりません。
service-no-such-applicant = この応募者は見つかりません。
service-no-such-document = この応募書類は見つかりません。
service-no-such-referral-letter = この応募の紹介状は見つかりません。
service-no-such-introduction = この紹介は見つかりません。
service-no-such-request = この応募検討依頼は見つかりません。
service-no-such-thread = このメッセージのやりとりは見つかりません。
service-no-such-employer-registration = この事業所登録は見つかりません。
# $number: the 求職番号 asked for.
service-no-such-seeker = 求職番号 { $number } の求職者は見つかりません。

## The employer's 事業所登録 and 求人

service-employer-registration-accepted-already = 事業所登録はすでに受理されています。
service-employer-registration-under-review = 事業所登録はハローワークで確認中のため、変更できません。
service-employer-not-accepted-yet = 求人の申込みは、事業所登録がハローワークで受理されてからできます。
# $max: how many drafts an employer may keep.
service-too-many-drafts = 下書きは{ $max }件までです。不要な下書きを削除してから作成してください。
service-change-under-way = この求人の変更はすでに作成されています。求人一覧の「変更」から続けてください。
service-posting-under-review = この求人はハローワークで確認中のため、変更できません。
service-published-posting-not-editable = 公開中・終了した求人は直接編集できません。「求人内容を変更する」から変更を申し込んでください。
service-only-drafts-deleted = 削除できるのは下書きだけです。公開中の求人は募集を停止してください。
service-posting-expired = 紹介期限日を過ぎた求人です。新しい求人として申し込んでください（求人一覧の「複製して新規作成」）。
service-posting-not-published = 公開中の求人ではありません。

## Counselors: registrations and postings to accept or return

service-seeker-already-registered = この求職者はすでに本登録されています。
service-provisional-registration-lapsed = 仮登録の期限（申込日から14日）を過ぎているため、本登録できません。もう一度求職申込みをしていただくようご案内ください。
service-employer-registration-decided = この事業所登録はすでに受理または返戻されています。一覧を更新してください。
service-posting-decided = この求人はすでに受理または返戻されています。一覧を更新してください。
# $reason: the first rule the posting breaks.
service-posting-breaks-rules-today = 申込み内容が今日の時点で規則に合いません（{ $reason }）。理由を添えて返戻してください。
service-revised-posting-closed = 変更前の求人が公開中ではなくなりました。返戻してください。
service-posting-past-referral-deadline = 紹介期限日（卒業年の3月31日）を過ぎているため受理できません。返戻してください。

## Messages

service-message-key-malformed = 送信キーの形式が正しくありません。
service-messages-throttled = 短い時間に多くのメッセージが送信されました。しばらくしてから再度お試しください。
service-message-key-used-elsewhere = この送信キーは別のやりとりで使われています。
service-counselor-writes-from-record = 職員は求職者の記録からメッセージを送ります。

## The MyPage sync (favorites, saved searches, 求職者情報) and 求職情報公開

# $number: the 求人番号 as sent.
service-favorite-job-number-malformed = 求人番号「{ $number }」の形式が正しくありません。
service-favorite-job-not-found = 求人番号 { $number } の求人は見つからないため、お気に入りに追加できませんでした。
# $reason: why (the limit of favorites).
service-favorite-not-added = 求人番号 { $number } は追加されませんでした。{ $reason }
# $number: the 求人番号 as sent.
service-hidden-employer-job-not-found = 求人番号 { $number } の求人は見つからないため、その事業所を非表示にできませんでした。
# $reason: why (the limit of hidden employers).
service-hidden-employer-not-hidden = 求人番号 { $number } の事業所は非表示になりませんでした。{ $reason }
service-saved-search-id-malformed = 保存する検索条件の識別子が正しくありません。
# $name: the saved search's name.
# $reason: why (the limit of saved searches).
service-saved-search-not-saved = 「{ $name }」は保存されませんでした。{ $reason }
service-idempotency-conflict = 同じ識別キーで別の変更が送られたため、受け付けませんでした。
# $max: the most changes one push may carry.
service-too-many-mutations = 一度に送れる変更は{ $max }件までです。
# $key: the key as sent.
service-mutation-key-not-uuid = 識別キー「{ $key }」はUUIDではありません。
service-sync-cursor-malformed = 同期位置（since）の形式が正しくありません。
service-profile-not-a-seeker = 求職者として登録されていないため、求職者情報は保存できません。
# $reason: the first problem of the profile.
service-profile-not-saved = 求職者情報は保存されませんでした。{ $reason }
service-publication-not-agreed = 公開する内容を確認し、同意してください。
service-publication-preview-outdated = 求職者情報が確認の後に変わりました。公開する内容をもう一度確認してください。
service-publication-suspended = 求職状態が無効のため、求人者には表示されていません。求職有効にすると再び表示されます。
