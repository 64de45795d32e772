# ハローワークの所在地・管轄 (the office directory), open to everyone.

offices-heading = ハローワークの所在地・管轄
offices-lead = 都道府県を選ぶと、その都道府県のハローワークの所在地・電話番号・開庁時間と、管轄する市区町村を表示します。お住まいの市区町村（会社の場合は所在地）を選ぶと、手続きをするハローワークがわかります。
offices-prefecture = 都道府県
offices-municipality = 市区町村
offices-all-municipalities = （すべての市区町村）
offices-choose-prefecture = 都道府県を選んでください。
offices-loading = ハローワークの一覧を読み込んでいます…
# $count: how many offices the prefecture has.
offices-count = { $prefecture }のハローワーク（{ $count }か所）
# $municipality: a municipality's name; $office: the office's name.
offices-covering = { $municipality }を管轄するのは{ $office }です。
offices-none-covering = { $municipality }を管轄するハローワークは登録されていません。
offices-address = 所在地
offices-phone = 電話番号
offices-hours = 開庁時間
offices-jurisdiction = 管轄区域
offices-demo = デモ用
offices-demo-note = この一覧はデモ用に作った架空のハローワークです。実在する事業所の所在地・電話番号ではありません。
offices-failed = ハローワークの一覧を読み込めませんでした。
offices-retry = もう一度読み込む
offices-separator = 、
