# ログイン and the screens around accounts.

login-heading = マイページにログイン
login-lead = マイページをお持ちの方は、登録したメールアドレスとパスワードでログインしてください。求人者マイページをお持ちの事業主の方、ハローワーク職員の方も、こちらからログインします。
login-email = メールアドレス
login-password = パスワード
login-submit = ログイン
login-busy = ログイン中…
login-shared-pc = ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。
login-no-mypage = マイページをお持ちでない方
login-opening-note = ハローワークの窓口でマイページ開設のためのメールアドレスを登録した方は、こちらからパスワードを登録してマイページを開設してください。
login-open-opening = マイページを開設する（ハローワークをご利用中の方）
# $days: the days a 仮登録 waits for its 本登録.
login-registration-note = ハローワークで求職登録をしていない方は、マイページを開設してオンラインで求職申込み（仮登録）ができます。{ $days }日以内にハローワークで本登録の手続きをするまで、使える機能は一部に限られます。
login-open-registration = マイページを開設して求職申込みをする（ハローワークに登録していない方）
login-employers = 事業主の方（求人の申込み）
login-employer-note = 求人の申込みをする事業主の方は、求人者マイページを開設して事業所登録を申請してください。ハローワークが確認して受理すると、事業所番号が付きます。
login-open-employer-opening = 求人者マイページを開設する
login-forgot = パスワードを忘れた方・ロックされた方
login-forgot-note = 登録したメールアドレスに届く認証キーで、新しいパスワードを設定できます。ロックされた場合も、こちらから再設定してください。
login-open-reset = パスワードを再設定する
login-lockout-hint = 続けて何度もパスワードを間違えると、しばらくの間ログインできなくなります。

not-found-heading = ページが見つかりません
not-found-text = お探しのページは移動したか、存在しません。
not-found-to-search = 求人検索へ
page-loading = 読み込み中…
