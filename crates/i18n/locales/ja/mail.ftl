# The service's mails. Each mail is a subject (`mail-<what>-subject`) and a text
# (`mail-<what>-body`) framed by the greeting, the footer and the service's name.

mail-service-name = Shigoto（しごと）
# $title: the subject's own words
mail-subject = 【Shigoto】{ $title }
# $service: mail-service-name
mail-greeting = { $service }をご利用いただき、ありがとうございます。
mail-footer = ※このメールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。
mail-rule = ――――――――――――――――――――
# A time in Japan time, to the minute.
# $year, $month, $day, $hour: numbers; $minute: two digits; $weekday: mail-weekday-*
mail-time = { $year }年{ $month }月{ $day }日（{ $weekday }）{ $hour }時{ $minute }分
mail-weekday-mon = 月
mail-weekday-tue = 火
mail-weekday-wed = 水
mail-weekday-thu = 木
mail-weekday-fri = 金
mail-weekday-sat = 土
mail-weekday-sun = 日
# A day of the digest: $month, $day.
mail-day = { $month }月{ $day }日

## 認証キー
mail-key-title-open-seeker = 求職者マイページの開設
mail-key-title-online-registration = マイページの開設と求職申込み
mail-key-title-open-employer = 求人者マイページの開設
mail-key-title-password-reset = パスワードの再設定
mail-key-title-email-change = メールアドレスの変更
mail-key-procedure-open-seeker = 求職者マイページの開設（パスワード登録）
mail-key-procedure-online-registration = マイページの開設と求職申込み（仮登録）
mail-key-procedure-open-employer = 求人者マイページの開設（パスワード登録）
mail-key-procedure-password-reset = パスワードの再設定
mail-key-procedure-email-change = メールアドレスの変更
mail-key-ignored-opening = このメールを削除すれば、マイページは開設されません。
mail-key-ignored-password-reset = このメールを削除すれば、パスワードは変更されず、これまでどおりログインできます。
mail-key-ignored-email-change = このメールを削除すれば、メールアドレスは変更されません。
# $title: mail-key-title-*
mail-key-subject = 認証キーのお知らせ（{ $title }）
# $procedure: mail-key-procedure-*; $key; $until: mail-time; $minutes; $tries; $ignored: mail-key-ignored-*
mail-key-body =
    { $procedure }のお手続きを受け付けました。
    手続きの画面で、次の認証キーを入力してください。

    　認証キー：{ $key }

    　{ $until }まで有効です（送信から{ $minutes }分間）。

    ・認証キーは1回だけ使えます。
    ・入力を{ $tries }回まちがえると、この認証キーは使えなくなります。
    ・有効期限を過ぎたときや使えなくなったときは、はじめから手続きをやり直してください。
    　新しい認証キーをお送りします。

    ■このメールにお心当たりのない方へ
    どなたかがメールアドレスを誤って入力した可能性があります。
    認証キーは入力せず、どなたにも教えないでください。
    { $ignored }
mail-key-staff-never-ask = ※職員が電話やメールで認証キーやパスワードをお尋ねすることはありません。

## Notices
mail-email-changed-subject = メールアドレス変更のお知らせ
# $when: mail-time; $address: the new address
mail-email-changed-body =
    { $when }に、マイページのログインに使うメールアドレスが次のアドレスに変更されました。

    　新しいメールアドレス：{ $address }

    これからのお知らせは新しいアドレスにお送りします。このアドレスにはお送りしません。

    ■この変更にお心当たりのない方へ
    第三者がパスワードを知っている可能性があります。最寄りのハローワークにご連絡ください。

mail-employer-accepted-subject = 事業所登録受理のお知らせ
# $company; $number: the 事業所番号
mail-employer-accepted-body =
    { $company } 様

    ハローワークで事業所登録を受理しました。

    　事業所番号：{ $number }

    求人者マイページにログインすると、求人の申込みができます。

mail-employer-returned-subject = 事業所登録の返戻のお知らせ
# $company; $reason: the counselor's words
mail-employer-returned-body =
    { $company } 様

    ハローワークで事業所登録の内容を確認し、次の理由で返戻しました。

    　{ $reason }

    求人者マイページにログインし、事業所情報を修正して再申請してください。

mail-posting-accepted-subject = 求人受理のお知らせ
mail-posting-accepted-new = 求人の申込みを受理し、求人情報を公開しました
mail-posting-accepted-change = 求人内容の変更を受理し、公開中の求人票を変更後の内容に差し替えました
# $company; $what: mail-posting-accepted-new or -change; $title: 職種; $number: 求人番号
mail-posting-accepted-body =
    { $company } 様

    ハローワークで{ $what }。

    　職種：{ $title }
    　求人番号：{ $number }

    応募の状況や紹介期限日は、求人者マイページの求人一覧でご確認いただけます。

mail-posting-returned-subject = 求人の返戻のお知らせ
# $company; $title: 職種; $reason: the counselor's words
mail-posting-returned-body =
    { $company } 様

    ハローワークで求人の申込み内容を確認し、次の理由で返戻しました。

    　職種：{ $title }
    　理由：{ $reason }

    求人者マイページの求人一覧から内容を修正して、もう一度お申し込みください。

mail-application-result-subject = 応募の選考結果のお知らせ
# $name: the seeker; $number: 求人番号; $title: 職種; $result: the result's label
mail-application-result-body =
    { $name } 様

    応募した求人の選考結果が登録されました。

    　求人番号：{ $number }
    　職種：{ $title }
    　結果：{ $result }

    詳しくは、求職者マイページの「求職活動状況」でご確認ください。

mail-password-changed-subject = パスワード変更のお知らせ
mail-password-changed-by-reset = 「パスワードを忘れた方」の認証キーによって再設定されました
mail-password-changed-by-mypage = マイページから変更されました
# $when: mail-time; $how: mail-password-changed-by-*
mail-password-changed-body =
    { $when }に、このメールアドレスでログインするマイページのパスワードが{ $how }。
    ほかの端末でのログインはすべて終了しました。

    ■この変更にお心当たりのない方へ
    第三者があなたのアカウントを使っている可能性があります。すぐに「パスワードを忘れた方」からパスワードを再設定し、最寄りのハローワークにご連絡ください。

mail-sign-up-attempt-subject = マイページ開設のお申込みについて
mail-sign-up-attempt-page-employer = 求人者マイページ
mail-sign-up-attempt-page-seeker = マイページ
# $when: mail-time; $page: mail-sign-up-attempt-page-*
mail-sign-up-attempt-body =
    { $when }に、このメールアドレスで{ $page }の開設が申し込まれましたが、このメールアドレスではすでにマイページが開設されているため、認証キーはお送りしていません。

    ご自身のお申込みでしたら、開設済みのマイページにログインしてください。パスワードをお忘れの場合は、ログイン画面の「パスワードを忘れた方」から再設定できます。

    お心当たりのない場合は、このメールは破棄してください。

mail-locked-subject = ログインの一時停止のお知らせ
# $until: mail-time
mail-locked-body =
    パスワードが続けて誤って入力されたため、このメールアドレスのマイページへのログインを{ $until }まで停止しています。
    その後は再びログインできます。すぐにログインしたい場合は、ログイン画面の「パスワードを忘れた方」からパスワードを再設定してください。

    ■お心当たりのない方へ
    第三者がログインを試みた可能性があります。推測されにくいパスワードに変更することをおすすめします。

## Event notices (only that something happened)
mail-event-message-subject = 新しいメッセージが届いています
mail-event-message-what = 新しいメッセージが届いています。
mail-event-message-screen = 「メッセージ」
mail-event-introduction-subject = ハローワークから求人の紹介が届いています
mail-event-introduction-what = ハローワークから求人の紹介が届いています。
mail-event-introduction-screen = 「求職活動状況」
mail-event-applicant-subject = 求人への応募がありました
mail-event-applicant-what = お申し込みの求人に応募がありました。
mail-event-applicant-screen = 「求人一覧」の応募者一覧
mail-event-request-subject = 求人者から応募検討依頼が届いています
mail-event-request-what = 公開している求職情報を見た求人者から、応募検討依頼が届いています。
mail-event-request-screen = 「求職活動状況」の依頼を受けた求人
# $what: mail-event-*-what; $screen: mail-event-*-screen
mail-event-body =
    Shigoto（ハローワーク求人サービス）からのお知らせです。

    { $what }
    内容はアプリの{ $screen }でご確認ください。

    このお知らせメールは、アプリの「メールでのお知らせ」の設定（求職者は「求職者情報・設定」、求人者は「求人者マイページ」）で停止できます。

## The daily mail of new postings
# $day: mail-day
mail-digest-subject = 新着求人のお知らせ（{ $day }公開分）
# $day: mail-day
mail-digest-lead = { $day }に公開された求人のうち、「新着をお知らせ」にした保存した検索条件に合う求人をお知らせします。
# $name: the saved search's name; $count
mail-digest-section = ■ 保存した検索条件「{ $name }」　{ $count }件
# $count: how many more matched than are listed
mail-digest-more = 　ほか{ $count }件
mail-digest-closing =
    求人票は、アプリの求人検索で求人番号を入力するとご覧いただけます。
    このメールは、アプリの「求職者情報・設定」の「新着求人のお知らせメール」で停止できます。

## Expiry reminders
mail-reminder-screen-seeker = 求職登録の状態はアプリの「求職者情報・設定」でご確認いただけます。
mail-reminder-screen-employer = 求人の紹介期限日と延長は、アプリの「求人一覧」でご確認いただけます。
mail-reminder-settings-seeker = 求職者情報・設定
mail-reminder-settings-employer = 求人者マイページ
# $line: the reminder's line; $screen: mail-reminder-screen-*; $settings: mail-reminder-settings-*
mail-reminder-body =
    { $line }
    { $screen }
    このお知らせメールは、アプリの「{ $settings }」の「メールでのお知らせ」で停止できます。
