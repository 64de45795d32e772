# The labels of the closed lists of values (labelled_enum! in crates/shared): one key per
# value, `enum-<Type>-<wire name>`.

## JobSeekingState
enum-JobSeekingState-valid = 有効
enum-JobSeekingState-invalid = 無効

## ApplicationKind
enum-ApplicationKind-self_applied = 自主応募
enum-ApplicationKind-referred = 紹介

## ApplicationStatus
enum-ApplicationStatus-in_progress = 選考中
enum-ApplicationStatus-hired = 採用
enum-ApplicationStatus-rejected = 不採用
enum-ApplicationStatus-declined = 辞退
enum-ApplicationStatus-cancelled = 取消

## DocumentKind
enum-DocumentKind-resume = 履歴書
enum-DocumentKind-career_history = 職務経歴書
enum-DocumentKind-other = その他の書類

## ActivityKind
enum-ActivityKind-self_application = 自主応募（オンライン）
enum-ActivityKind-referral = 職業紹介（ハローワーク）
enum-ActivityKind-counselling = 職業相談（ハローワーク）

## CounsellingTopic
enum-CounsellingTopic-job_consultation = 職業相談
enum-CounsellingTopic-job_information = 求人情報の提供
enum-CounsellingTopic-application_documents = 応募書類の作成支援
enum-CounsellingTopic-interview_practice = 面接の練習
enum-CounsellingTopic-other = その他の相談

## RequestAnswer
enum-RequestAnswer-applied = 応募
enum-RequestAnswer-declined = 辞退

## IntroductionKind
enum-IntroductionKind-referral = オンライン職業紹介
enum-IntroductionKind-recommendation = おすすめ求人

## JobCategory
enum-JobCategory-general = 一般
enum-JobCategory-new_graduate = 新卒・既卒
enum-JobCategory-seasonal = 季節
enum-JobCategory-migrant = 出稼ぎ
enum-JobCategory-disability = 障害のある方

## WorkStyle
enum-WorkStyle-full_time = フルタイム
enum-WorkStyle-part_time = パート

## EmploymentType
enum-EmploymentType-regular = 正社員
enum-EmploymentType-non_regular = 正社員以外
enum-EmploymentType-dispatch_fixed = 有期雇用派遣
enum-EmploymentType-dispatch_indefinite = 無期雇用派遣
enum-EmploymentType-part_time = パート労働者

## PublicationRange
enum-PublicationRange-full = 事業所名等を含む求人情報を公開
enum-PublicationRange-registered_only = 事業所名等を含む求人情報を求職者マイページ開設者に限定公開
enum-PublicationRange-no_company_name = 事業所名等を含まない求人情報を公開
enum-PublicationRange-not_published = 求人情報を公開しない

## WageKind
enum-WageKind-monthly = 月給
enum-WageKind-daily = 日給
enum-WageKind-hourly = 時給

## TwoDaysOff
enum-TwoDaysOff-every_week = 毎週
enum-TwoDaysOff-other = その他
enum-TwoDaysOff-none = なし

## RemoteWork
enum-RemoteWork-none = なし
enum-RemoteWork-partial = あり（一部在宅）
enum-RemoteWork-full = あり（完全在宅）

## JobStatus
enum-JobStatus-open = 募集中
enum-JobStatus-closed = 募集終了

## JobFeature
enum-JobFeature-no_education = 学歴不問
enum-JobFeature-no_experience = 経験不問
enum-JobFeature-no_license = 資格不問
enum-JobFeature-car_commute = マイカー通勤可
enum-JobFeature-no_transfer = 転勤なし
enum-JobFeature-remote_work = テレワーク可
enum-JobFeature-uij_turn = UIJターン歓迎
enum-JobFeature-weekends_off = 土日祝休み
enum-JobFeature-little_overtime = 残業月10時間以内
enum-JobFeature-housing = 入居可能住宅あり
enum-JobFeature-childcare = 託児施設あり
enum-JobFeature-seniors = 60歳以上応募可
enum-JobFeature-online_application = オンライン自主応募可

## ThreadParty
enum-ThreadParty-employer = 求人者
enum-ThreadParty-hello_work = ハローワーク

## MessageSide
enum-MessageSide-seeker = 求職者
enum-MessageSide-employer = 求人者
enum-MessageSide-hello_work = ハローワーク

## PostingStep
enum-PostingStep-category = 求人区分
enum-PostingStep-employer = 事業所
enum-PostingStep-work = 仕事内容
enum-PostingStep-wage = 賃金・手当
enum-PostingStep-hours = 労働時間
enum-PostingStep-insurance = 保険・年金・定年
enum-PostingStep-pr = 求人PR
enum-PostingStep-selection = 選考方法

## AgeLimitReason
enum-AgeLimitReason-retirement_age = 定年年齢を上限（1号）
enum-AgeLimitReason-by_law = 法令の規定による年齢制限（2号）
enum-AgeLimitReason-career_building = 長期勤続によるキャリア形成（3号イ）
enum-AgeLimitReason-skill_succession = 技能・ノウハウの継承（3号ロ）
enum-AgeLimitReason-performance = 芸術・芸能の表現の真実性（3号ハ）
enum-AgeLimitReason-older_workers = 60歳以上の高年齢者等の雇用促進（3号ニ）

## SelectionMethod
enum-SelectionMethod-documents = 書類選考
enum-SelectionMethod-interview = 面接
enum-SelectionMethod-written = 筆記試験
enum-SelectionMethod-aptitude = 適性検査
enum-SelectionMethod-other = その他

## ResultNotice
enum-ResultNotice-mail = 郵送
enum-ResultNotice-phone = 電話
enum-ResultNotice-email = Eメール
enum-ResultNotice-mypage = 求職者マイページ

## PostingStatus
enum-PostingStatus-draft = 下書き
enum-PostingStatus-submitted = 審査中
enum-PostingStatus-returned = 返戻
enum-PostingStatus-published = 公開中
enum-PostingStatus-expired = 期限切れ
enum-PostingStatus-stopped = 募集停止

## EducationStatus
enum-EducationStatus-graduated = 卒業
enum-EducationStatus-expected = 卒業見込み
enum-EducationStatus-enrolled = 在学中
enum-EducationStatus-left = 中退

## DesiredWageKind
enum-DesiredWageKind-monthly = 月給
enum-DesiredWageKind-hourly = 時給

## StartTiming
enum-StartTiming-immediately = すぐに
enum-StartTiming-from = 日付を指定
enum-StartTiming-undecided = 未定・相談

## AgeBracket
enum-AgeBracket-teens = 10代
enum-AgeBracket-twenties = 20代
enum-AgeBracket-thirties = 30代
enum-AgeBracket-forties = 40代
enum-AgeBracket-fifties = 50代
enum-AgeBracket-sixties = 60代
enum-AgeBracket-seventies = 70代以上
