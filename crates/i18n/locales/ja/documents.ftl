# 印刷する書類（PDF・CSV）: 紹介状と求職活動実績。求人票は job.ftl。

## 紹介状
# PDF の題名（文書のプロパティ）。
document-letter-file-title = 紹介状 { $job } { $name }
document-letter-issued = 紹介日　{ $date }
document-letter-number = 紹介番号　{ $number }
document-letter-heading = 紹　介　状
document-letter-addressee = { $employer }　御中
document-letter-phone = 電話　{ $phone }
document-letter-counselor = 担当　{ $name }
document-letter-request = 下記の求職者を紹介いたします。ご多忙のところ恐れ入りますが、面接など選考のお取り計らいをお願いいたします。
document-letter-name = 氏名
document-letter-kana = フリガナ
document-letter-birth-date = 生年月日
document-letter-seeker-number = 求職番号
document-letter-job-number = 求人番号
document-letter-title = 職種
document-letter-work-place = 就業場所
document-letter-deadline = 紹介期限日
document-letter-answer-heading = 選考結果のご回答について
document-letter-answer = 選考の結果（採用・不採用・辞退・取消）は、求人者マイページの「応募者一覧」からご登録ください。ご登録いただいた結果は、求職者とハローワークに伝わります。求人者マイページをお使いでない場合は、上記のハローワークまでご連絡ください。
document-letter-privacy = この紹介状は、公共職業安定所の職業紹介によるものです。紹介された方の個人情報は、選考の目的にのみお使いください。
# 日本語以外の版の下に書く注意（日本語版には出ない）。
document-letter-translation = この紹介状は日本語版が正本です。

## 求職活動実績
document-activity-title = 求職活動実績
# PDF の題名（文書のプロパティ）。
document-activity-file-title = 求職活動実績 { $number } { $from }〜{ $to }
document-activity-page = { $page } / { $pages } ページ　作成日 { $date }
document-activity-who = { $name }（求職番号 { $number }）　期間：{ $from }〜{ $to }
document-activity-hint = 失業認定申告書の「求職活動の状況」に、この順に転記できます。
document-activity-date = 活動日
document-activity-kind = 求職活動の方法
document-activity-employer = 事業所名・利用機関
document-activity-job-number = 求人番号
document-activity-title-column = 職種・活動の内容
document-activity-result = 応募の結果
# 結果のない行（職業相談）。
document-activity-no-result = －
document-activity-none = この期間の求職活動の記録はありません。
# 公開範囲で事業所名が伏せられた求人への応募。
document-activity-employer-hidden = 事業所名非公開
# 日本語以外の版の下に書く注意（日本語版には出ない）。
document-activity-translation = 失業認定申告書には日本語版をお使いください。
