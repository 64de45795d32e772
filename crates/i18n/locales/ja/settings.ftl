# 端末の設定.

settings-heading = 端末の設定
settings-lead = このパソコンでのアプリの使い方を設定します。設定はこの端末だけに保存され、ほかのパソコンには影響しません。
settings-loading = 設定を読み込んでいます…
settings-language = 表示言語
settings-language-auto = このパソコンの言語に合わせる（{ $lang }）
settings-language-hint = 画面の表示に使う言語です。選ぶとすぐに切り替わります。
settings-language-saved = 表示言語を変更しました。
settings-shared = 共用端末
settings-shared-check = この端末を共用端末として使う
settings-shared-hint = ハローワークや図書館など、ほかの人も使うパソコンではチェックを入れてください。ログアウト時とアプリ終了時に、ログイン情報（キーリング）とこの端末に保存したマイページのデータを消去します。チェックを入れない場合は、アプリを終了してもログアウトするまではログインしたままになります。
settings-shared-fixed = この端末は、管理者の設定により共用端末として使うことになっています。この設定は変更できません。
settings-shared-counselor-now = ハローワーク職員のアカウントでログインしている間は、この設定にかかわらず共用端末として扱い、ログアウト時とアプリ終了時にログイン情報を消去します。
settings-shared-counselor = ハローワーク職員のアカウントでログインした場合は、この設定にかかわらず共用端末として扱います。
settings-save = 設定を保存
settings-saving = 保存中…
settings-saved-shared = この端末を共用端末に設定しました。ログアウト時とアプリ終了時に、ログイン情報とこの端末に保存したマイページのデータを消去します。
settings-saved-private = 共用端末の設定を解除しました。アプリを終了しても、ログアウトするまではログインしたままになります。
