# The service's refusals, in the language each request asks for (Accept-Language).

error-internal = サービスで問題が発生しました。しばらくしてから再度お試しください。
error-no-such-url = このURLは存在しません。
error-query-too-long = 検索条件が長すぎます（{ $max }バイトまで）。条件を減らしてください。
error-query-malformed = 検索条件の形式が正しくありません（{ $cause }）。
error-no-such-job = 求人番号 { $number } の求人は見つかりません。
error-no-such-prefecture = 都道府県コード「{ $code }」はありません。01〜47の2桁で指定してください。
