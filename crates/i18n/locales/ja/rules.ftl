# What the domain's rules say when they refuse something (outside the forms' problems).

## Search conditions
# $min, $max: the youngest and oldest age a search can name
rules-search-age = 年齢は{ $min }〜{ $max }の数字で入力してください。
# $label: one of the lists below; $count: how many were sent
rules-search-too-many = { $label }の指定が多すぎます（{ $count }件）。条件を選び直してください。
rules-search-job-numbers = 求人番号
rules-search-prefectures = 都道府県
rules-search-municipalities = 市区町村
rules-search-occupations = 職業分類
rules-search-employment-types = 雇用形態
rules-search-features = こだわり条件
# $count: the characters typed
rules-search-keyword-too-long = フリーワードは{ $max }文字以内で入力してください（現在{ $count }文字）。
rules-search-exclude-too-long = 除外するキーワードは{ $max }文字以内で入力してください。
rules-search-job-numbers-max = 求人番号は{ $max }件まで指定できます。
# $label: one of the lists above
rules-search-codes-max = { $label }は{ $max }件まで選択できます。
# $code: the code as sent
rules-search-unknown-code = { $label }のコード「{ $code }」は存在しません。
# $code: the municipality's code
rules-search-municipality-elsewhere = 市区町村（{ $code }）は、選択した都道府県に含まれていません。
rules-search-end-before-start = 就業時間の終了は開始より後の時刻にしてください。
rules-search-annual-holidays = 年間休日数は366日以内で指定してください。
rules-search-posting-age = 新着は{ $max }日前までで指定してください。
rules-search-relevance = 関連度順は、フリーワードを入力したときに選べます。
rules-search-per-page = 表示件数は10件・30件・50件から選んでください。
rules-search-page = ページは1〜{ $max }の範囲で指定してください。条件を絞り込んでください。
# $text: the time as typed
rules-search-time = 時刻は「09:00」の形式で入力してください（{ $text }）。

## 求人番号
# $input: what was typed
rules-job-number = 求人番号は「13010-12345678」のように、5桁-8桁の半角数字で入力してください（{ $input }）

## Passwords and email addresses
rules-password-full-width = 全角文字は使えません。半角英数字と記号で入力してください。
rules-password-blank = 空白や改行は使えません。
# $min, $max: the rule's length; $count: the characters typed
rules-password-length = パスワードは{ $min }文字以上{ $max }文字以内で入力してください（入力されたのは{ $count }文字です）。
# $missing: the classes missing (digit, letter, symbol, digit-letter, digit-symbol,
# letter-symbol, all)
rules-password-missing = パスワードに{ $missing ->
        [digit] 数字
        [letter] 英字
        [symbol] 記号
        [digit-letter] 数字と英字
        [digit-symbol] 数字と記号
        [letter-symbol] 英字と記号
       *[all] 数字、英字、記号
    }を含めてください。
# Every broken part of the rule, the sentences above in a row.
# $characters: full-width, blank, both or ok; $length: wrong or ok; $missing: as above, or none
rules-password-rule = { $characters ->
        [full-width] { rules-password-full-width }
        [blank] { rules-password-blank }
        [both] { rules-password-full-width }{ rules-password-blank }
       *[ok] { "" }
    }{ $length ->
        [wrong] { rules-password-length }
       *[ok] { "" }
    }{ $missing ->
        [none] { "" }
       *[other] { rules-password-missing }
    }
rules-password-same-as-email = メールアドレスと同じパスワードは使えません。メールアドレスの一部に数字や記号を付け足しただけのものも使えません。
rules-password-too-common = よく使われているパスワードは使えません。推測されにくいパスワードを設定してください。
rules-email-empty = メールアドレスを入力してください。
rules-email-blank = メールアドレスに空白や改行は使えません。
rules-email-not-ascii = メールアドレスは半角英数字と記号で入力してください。日本語を含むメールアドレスは使えません。
rules-email-too-long = メールアドレスは{ $max }文字以内で入力してください。
rules-email-at = メールアドレスには「@」を1つだけ含めてください（例：taro@example.jp）。
rules-email-local-part = メールアドレスの「@」より前の部分が正しくありません。
rules-email-local-part-too-long = メールアドレスの「@」より前の部分は{ $max }文字以内で入力してください。
rules-email-domain = メールアドレスの「@」より後ろの部分（ドメイン）が正しくありません（例：example.jp）。

## A job seeker's details
rules-person-name-empty = 氏名を入力してください。
rules-person-name-too-long = 氏名は{ $max }文字以内で入力してください。
rules-person-kana-empty = フリガナを入力してください。
rules-person-kana = フリガナは全角カタカナで入力してください。
rules-person-birth-date-future = 生年月日に今日より後の日付は指定できません。
# $min: the youngest age registered
rules-person-birth-date-age = 生年月日を確認してください（{ $min }歳以上）。
rules-person-prefecture = 住所の都道府県を選択してください。
rules-person-municipality = 住所の市区町村を選択してください。

## 事業所情報
# $label: one of the names below
rules-employer-text = { $label }を{ $max }文字以内で入力してください。
rules-employer-name = 事業所名
rules-employer-street = 所在地の番地・建物
rules-employer-representative = 代表者名
rules-employer-industry = 業種
rules-employer-business = 事業内容
rules-employer-return-reason = 返戻の理由
rules-employer-kana = 事業所名のフリガナを全角カタカナで入力してください。
rules-employer-postal-code = 郵便番号を7桁の数字（例: 100-0013）で入力してください。
rules-employer-prefecture = 所在地の都道府県を選択してください。
rules-employer-municipality = 所在地の市区町村を選択してください。
rules-employer-phone = 電話番号を0から始まる10桁または11桁の数字（例: 03-1234-5678）で入力してください。
rules-employer-employees = 従業員数を1人以上の数で入力してください。
rules-employer-homepage = ホームページは https:// または http:// から始まるURLで入力してください。

## Applying (応募) and its 採否
# The two warnings every online self-application shows.
rules-apply-disputes-warning = オンライン自主応募による応募や選考、採用後の労働条件などについてトラブルが生じた場合は、求職者と求人者の当事者間で解決していただくことになります。
rules-apply-benefits-warning = ハローワークの職業紹介によらないオンライン自主応募で就職した場合、再就職手当などの就職促進給付が支給されない場合があります。
rules-apply-warnings = 応募の前に、2つの注意事項を確認してチェックを入れてください。
# $max: the longest message (written without grouping)
rules-apply-message-too-long = 応募メッセージは{ $max }文字以内で入力してください。
rules-apply-not-registered = 仮登録の方は応募できません。ハローワークで本登録を済ませてから応募してください。
rules-apply-seeking-invalid = 求職状態が無効のため応募できません。「求職者情報・設定」→「各種設定」から求職有効に切り替えるか、最寄りのハローワークまで来所ください。
rules-apply-posting-closed = この求人は募集を終了しているため応募できません。
rules-apply-no-online = この求人はオンライン自主応募を受け付けていません。応募を希望する場合はハローワークにご相談ください。
rules-apply-already-applied = この求人にはすでに応募しています。
rules-document-too-many = 応募書類は{ $max }つまで添付できます。
rules-document-too-large = 応募書類は1ファイル5MB以内にしてください。
rules-document-empty = 空のファイルは添付できません。
rules-document-not-pdf = 応募書類はPDFファイルにしてください。
rules-document-name-missing = 応募書類のファイル名がありません。
rules-document-name-too-long = 応募書類のファイル名は{ $max }文字以内にしてください。
rules-referral-not-registered = 仮登録の求職者は紹介できません。先に本登録をしてください。
rules-referral-seeking-invalid = 求職状態が無効の求職者は紹介できません。先に求職有効に切り替えてください。
rules-referral-posting-closed = この求人は募集を終了しているため紹介できません。
rules-referral-already-applied = この求職者はすでにこの求人に応募しています。
rules-decision-already-decided = この応募の選考はすでに終わっています。
rules-decision-not-a-result = 選考結果には、採用・不採用・辞退・取消のいずれかを選んでください。
rules-decision-seeker-declines = 応募を取り下げる（辞退する）ことだけができます。
rules-decision-reason-only-rejection = 理由を入力できるのは不採用のときだけです。
rules-decision-reason-too-long = 不採用の理由は{ $max }文字以内で入力してください。

## オンライン職業紹介, おすすめ求人 and 応募検討依頼
# $max: the longest note
rules-note-too-long = ひとことは{ $max }文字以内で入力してください。
rules-note-control-character = ひとことに使えない制御文字が含まれています。
rules-introduction-already = この求人はすでに同じ方法で紹介しています。
rules-introduction-not-a-referral = おすすめ求人には、求人票の「応募する」から応募してください。
rules-request-posting-closed = この求人は募集を終了しているため、応募検討依頼を送れません。
# $max: how many seekers one posting may ask
rules-request-limit = 1つの求人で応募検討依頼を送れるのは{ $max }人までです。
rules-request-already-sent = この求職者には、この求人の応募検討依頼をすでに送っています。
rules-request-not-published = この求職情報は公開が終わっています。
rules-request-already-answered = この応募検討依頼にはすでに回答しています。

## メッセージ
rules-message-to-hello-work = ハローワークへのメッセージは送信できません。ご用件は最寄りのハローワークにお問い合わせください。
rules-message-not-a-party = このスレッドにはメッセージを送信できません。
rules-message-empty = メッセージを入力してください。
# $max: the longest message (written without grouping)
rules-message-too-long = メッセージは{ $max }文字以内で入力してください。
rules-message-control-character = メッセージに使えない文字が含まれています。

## 職業相談
rules-counselling-future = 相談日に未来の日付は指定できません。
# $days: how many days back a session may be recorded
rules-counselling-too-long-ago = 相談日は{ $days }日前までの日付にしてください。
rules-counselling-before-application = 相談日が求職申込日より前です。
# $max: the longest note (written without grouping)
rules-counselling-note-too-long = 相談内容のメモは{ $max }文字以内で入力してください。

## 求職状態 and 求職情報の公開
rules-switch-already-valid = 求職状態はすでに有効です。
rules-switch-not-registered = 仮登録の求職者は、ハローワークでの本登録が済んでから求職状態を切り替えられます。
rules-switch-lapsed = 求職状態を有効に切り替えられませんでした。最寄りのハローワークまで来所ください。
rules-publish-not-registered = 求職情報の公開は、ハローワークで本登録を済ませてからできます。
rules-publish-not-valid = 求職状態が無効のため公開できません。求職者情報・設定の各種設定から求職有効にしてください。
rules-publish-nothing-to-search-by = 公開するには、希望職種と希望勤務地を1つ以上登録してください。

## Employers' search of published 求職情報
rules-profile-search-occupation = 希望職種は職業分類の一覧から選んでください。
rules-profile-search-prefecture = 都道府県を一覧から選んでください。
rules-profile-search-experience = 経験は職業分類の大分類か中分類から選んでください。
rules-profile-search-licence = 免許・資格の言葉は{ $max }文字以内で入力してください。
rules-profile-search-page = ページの指定が正しくありません。

## 求職活動実績
rules-period-reversed = 期間の終わりは始まりと同じ日か、それより後の日にしてください。
# $days: the longest period
rules-period-too-long = 出力できる期間は{ $days }日までです。期間を分けて出力してください。

## Accounts: 認証キー and 求職番号
# $minutes: how long a key is valid after it is mailed
rules-key-lifetime = 認証キーはメールの送信から{ $minutes }分以内有効です。
# The lifetime, then what to do once the key has run out.
# $minutes: as above; $then: that sentence
rules-key-lifetime-then = { rules-key-lifetime }{ $then }
rules-seeker-number = 求職番号は「12345-12345678」の形（数字5桁・ハイフン・数字8桁）で入力してください。

## Finding a job seeker at the counter
rules-lookup-empty = 氏名またはフリガナを入力してください。
rules-lookup-too-long = 氏名またはフリガナは{ $max }文字以内で入力してください。
# $max: how many words a lookup may have
rules-lookup-too-many-words = 言葉は{ $max }つまでにしてください（姓と名の間は空白で区切ります）。

## MyPage limits
rules-mypage-favorites-full = お気に入りは{ $max }件まで登録できます。不要なお気に入りを削除してから追加してください。
rules-mypage-hidden-employers-full = 非表示にできる事業所は{ $max }社までです。MyPageの「非表示の事業所」から不要なものを表示に戻してください。
rules-mypage-saved-searches-full = 検索条件は{ $max }件まで保存できます。既存の条件に上書き保存するか、不要な条件を削除してください。
rules-mypage-search-name-empty = 保存する検索条件の名前を入力してください（例：事務）。
# $count: the characters typed
rules-mypage-search-name-too-long = 検索条件の名前は{ $max }文字以内で入力してください（現在{ $count }文字）。

## A posting's extension
rules-extension-not-published = 延長できるのは公開中の求人だけです。
rules-extension-expired = 紹介期限日を過ぎた求人は延長できません。新しい求人として申し込んでください。
rules-extension-already = 紹介期限の延長は1回だけです。この求人はすでに延長しています。
