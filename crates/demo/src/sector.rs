//! Business sectors (業種) of the demo employers: how common each is, the legal forms and name
//! endings its employers use, its facilities (a facility may bring its own working pattern,
//! occupation mix and naming), the mix of 職業分類 minor codes its postings draw from, and the
//! phrases for 事業内容 and 会社の特長.

use crate::kind::Pattern;
use crate::names::{w, Form, Word};

/// Where a sector is more common.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lean {
    Neutral,
    /// Concentrated in the big cities (IT, finance, media).
    Metro,
    /// Concentrated in the countryside (farming, forestry, fishing).
    Rural,
}

/// A minor code and its weight in a mix.
pub(crate) type Mix = &'static [(&'static str, u32)];

/// A kind of workplace within a sector.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Facility {
    pub label: &'static str,
    pub weight: u32,
    /// Working pattern for the care and medical families, when it differs from theirs.
    pub pattern: Option<Pattern>,
    /// Occupation mix, when it differs from the sector's.
    pub mix: Option<Mix>,
    /// Employer name template (`{city}`, `{pref}`, `{pref_short}`) for public bodies.
    pub name: Option<&'static str>,
}

const fn fac(label: &'static str) -> Facility {
    Facility {
        label,
        weight: 1,
        pattern: None,
        mix: None,
        name: None,
    }
}

impl Facility {
    const fn pattern(mut self, pattern: Pattern) -> Self {
        self.pattern = Some(pattern);
        self
    }
    const fn weight(mut self, weight: u32) -> Self {
        self.weight = weight;
        self
    }
    const fn mix(mut self, mix: Mix) -> Self {
        self.mix = Some(mix);
        self
    }
    const fn named(mut self, name: &'static str) -> Self {
        self.name = Some(name);
        self
    }
}

/// One sector.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sector {
    pub key: &'static str,
    pub weight: u32,
    pub lean: Lean,
    pub forms: &'static [(Form, u32)],
    /// Name endings for companies (株式会社 …).
    pub endings: &'static [Word],
    /// Name endings for non-profit bodies (社会福祉法人 …会).
    pub assoc: &'static [Word],
    /// Name endings for sole proprietors (family name + ending); `{f}` uses the facility.
    pub individual: &'static [Word],
    pub facilities: &'static [Facility],
    pub mix: Mix,
    /// 事業内容 lines; `{f}` is the facility, `{n}` a size.
    pub business: &'static [&'static str],
    /// 会社の特長 lines.
    pub features: &'static [&'static str],
    /// Places workers with client companies (人材派遣).
    pub dispatch: bool,
    /// Percent of employers offering housing (社宅・寮).
    pub housing: u32,
    /// Percent of employers with a childcare facility.
    pub childcare: u32,
}

/// A sector with defaults; `_label` names the 業種 for the reader of the table.
const fn sector(key: &'static str, _label: &'static str, weight: u32) -> Sector {
    Sector {
        key,
        weight,
        lean: Lean::Neutral,
        forms: &[(Form::Kabushiki, 6), (Form::Yugen, 2)],
        endings: &[],
        assoc: &[],
        individual: &[],
        facilities: &[],
        mix: &[],
        business: &[],
        features: &[],
        dispatch: false,
        housing: 5,
        childcare: 0,
    }
}

const KAI: &[Word] = &[
    w("会", "カイ", "kai"),
    w("福祉会", "フクシカイ", "fukushikai"),
    w("厚生会", "コウセイカイ", "koseikai"),
    w("慈恵会", "ジケイカイ", "jikeikai"),
];

const SERVICE: &[Word] = &[
    w("総合サービス", "ソウゴウサービス", "sogo-service"),
    w("サービス", "サービス", "service"),
    w("商事", "ショウジ", "shoji"),
    w("産業", "サンギョウ", "sangyo"),
];

const CARE_COMPANY: &[Word] = &[
    w("ケアサービス", "ケアサービス", "care"),
    w("介護サービス", "カイゴサービス", "kaigo"),
    w("ライフケア", "ライフケア", "lifecare"),
    w("福祉サービス", "フクシサービス", "fukushi"),
];

const FACTORY: &[Word] = &[
    w("工業", "コウギョウ", "kogyo"),
    w("製作所", "セイサクショ", "seisakusho"),
    w("精工", "セイコウ", "seiko"),
    w("産業", "サンギョウ", "sangyo"),
    w("工業所", "コウギョウショ", "kogyosho"),
];

const FOOD: &[Word] = &[
    w("食品", "ショクヒン", "foods"),
    w("フーズ", "フーズ", "foods"),
    w("食品工業", "ショクヒンコウギョウ", "shokuhin"),
    w("製菓", "セイカ", "seika"),
];

const BUILD: &[Word] = &[
    w("建設", "ケンセツ", "kensetsu"),
    w("工務店", "コウムテン", "komuten"),
    w("組", "グミ", "gumi"),
    w("建工", "ケンコウ", "kenko"),
    w("土木", "ドボク", "doboku"),
];

use crate::kind::Pattern as P;

/// Every sector.
pub(crate) static SECTORS: &[Sector] = &[
    Sector {
        forms: &[
            (Form::Shafuku, 5),
            (Form::Kabushiki, 4),
            (Form::IryoShadan, 1),
            (Form::Iryo, 1),
        ],
        endings: CARE_COMPANY,
        assoc: KAI,
        facilities: &[
            fac("特別養護老人ホーム").weight(4),
            fac("介護老人保健施設").weight(2),
            fac("有料老人ホーム").weight(3),
            fac("グループホーム").weight(3),
            fac("サービス付き高齢者向け住宅").weight(2),
            fac("デイサービスセンター").weight(4).pattern(P::Day),
            fac("小規模多機能型居宅介護事業所").weight(1),
            fac("ショートステイ").weight(1),
        ],
        mix: &[
            ("361", 60),
            ("133", 7),
            ("162", 4),
            ("161", 5),
            ("169", 5),
            ("391", 5),
            ("258", 4),
            ("662", 3),
            ("144", 1),
            ("145", 1),
            ("151", 2),
            ("039", 1),
            ("371", 1),
            ("761", 2),
            ("351", 1),
            ("257", 1),
        ],
        business: &[
            "{f}の運営（定員{n}名）",
            "{f}および短期入所生活介護事業所の運営",
            "高齢者介護事業（{f}、居宅介護支援事業所）",
        ],
        features: &[
            "「その人らしい暮らし」を大切に、一人ひとりに寄り添うケアを実践しています。",
            "介護ロボットや見守りセンサーを導入し、職員の負担軽減に取り組んでいます。",
            "介護福祉士などの資格取得費用を法人が全額負担します。",
            "地域の夏祭りやボランティアとの交流行事を毎年開催しています。",
        ],
        housing: 10,
        childcare: 15,
        ..sector("care_facility", "介護施設", 85)
    },
    Sector {
        forms: &[
            (Form::Kabushiki, 6),
            (Form::Npo, 2),
            (Form::Yugen, 1),
            (Form::Godo, 1),
        ],
        endings: CARE_COMPANY,
        facilities: &[
            fac("訪問介護事業所").weight(4),
            fac("訪問看護ステーション").weight(2).mix(&[
                ("133", 30),
                ("144", 4),
                ("145", 2),
                ("146", 1),
                ("258", 2),
            ]),
            fac("居宅介護支援事業所").weight(1),
        ],
        mix: &[
            ("362", 45),
            ("169", 8),
            ("133", 4),
            ("258", 2),
            ("161", 1),
            ("351", 1),
        ],
        business: &[
            "{f}の運営",
            "訪問介護・居宅介護支援・福祉用具貸与",
            "在宅介護サービス（{f}）",
        ],
        features: &[
            "直行直帰も可能で、子育て中のスタッフも多数活躍しています。",
            "同行訪問による研修で、未経験の方も安心して始められます。",
            "タブレットで記録ができ、事務作業を減らしています。",
        ],
        ..sector("home_care", "訪問介護", 22)
    },
    Sector {
        forms: &[
            (Form::Shafuku, 4),
            (Form::Npo, 3),
            (Form::Kabushiki, 3),
            (Form::Ippan, 1),
        ],
        endings: CARE_COMPANY,
        assoc: KAI,
        facilities: &[
            fac("障害者支援施設").weight(2),
            fac("就労継続支援B型事業所").weight(3).pattern(P::Day),
            fac("放課後等デイサービス").weight(3).pattern(P::Day),
            fac("生活介護事業所").weight(2).pattern(P::Day),
            fac("障害者グループホーム").weight(2),
        ],
        mix: &[
            ("162", 30),
            ("361", 10),
            ("161", 5),
            ("163", 3),
            ("169", 3),
            ("133", 1),
            ("662", 2),
            ("782", 1),
            ("243", 1),
            ("257", 1),
        ],
        business: &[
            "障害福祉サービス事業（{f}）",
            "{f}の運営（定員{n}名）",
            "障害のある方の就労・生活支援",
        ],
        features: &[
            "利用者様一人ひとりの「できること」を大切にした支援を行っています。",
            "地域の企業と連携し、利用者様の就労を後押ししています。",
            "職員同士の相談がしやすく、チームで支援する体制です。",
        ],
        ..sector("disability", "障害福祉", 22)
    },
    Sector {
        forms: &[
            (Form::IryoShadan, 4),
            (Form::Iryo, 4),
            (Form::Kabushiki, 0),
            (Form::Ippan, 1),
        ],
        assoc: &[
            w("会", "カイ", "kai"),
            w("医療会", "イリョウカイ", "iryokai"),
            w("仁愛会", "ジンアイカイ", "jinaikai"),
            w("博愛会", "ハクアイカイ", "hakuaikai"),
        ],
        facilities: &[
            fac("病院").weight(3).pattern(P::Care24),
            fac("総合病院").weight(1).pattern(P::Care24),
            fac("療養型病院").weight(2).pattern(P::Care24),
            fac("精神科病院").weight(1).pattern(P::Care24),
        ],
        mix: &[
            ("133", 30),
            ("371", 10),
            ("258", 8),
            ("141", 2),
            ("142", 1),
            ("143", 2),
            ("144", 3),
            ("145", 2),
            ("146", 1),
            ("151", 2),
            ("121", 2),
            ("124", 2),
            ("391", 3),
            ("169", 1),
            ("257", 1),
            ("263", 1),
            ("761", 1),
            ("697", 1),
            ("131", 1),
            ("132", 1),
            ("159", 1),
            ("379", 1),
            ("031", 1),
        ],
        business: &[
            "{f}の運営（{n}床）",
            "病院（内科・外科・整形外科・リハビリテーション科）",
            "{f}および介護老人保健施設の運営",
        ],
        features: &[
            "地域の中核病院として、24時間の救急医療に取り組んでいます。",
            "院内保育所があり、子育て中の職員も安心して働けます。",
            "プリセプター制度による新人教育を行っています。",
            "電子カルテを導入し、業務の効率化を進めています。",
        ],
        housing: 25,
        childcare: 45,
        ..sector("hospital", "病院", 30)
    },
    Sector {
        forms: &[
            (Form::IryoShadan, 4),
            (Form::Individual, 4),
            (Form::Iryo, 1),
        ],
        assoc: &[
            w("会", "カイ", "kai"),
            w("健康会", "ケンコウカイ", "kenkokai"),
            w("緑会", "ミドリカイ", "midorikai"),
        ],
        individual: &[w("{f}", "", "clinic")],
        facilities: &[
            fac("内科クリニック").weight(3),
            fac("整形外科クリニック").weight(2),
            fac("眼科クリニック").weight(1),
            fac("皮膚科クリニック").weight(1),
            fac("小児科クリニック").weight(1),
            fac("健診センター").weight(1).pattern(P::Office),
        ],
        mix: &[
            ("133", 15),
            ("258", 14),
            ("371", 4),
            ("144", 2),
            ("143", 1),
            ("141", 1),
            ("146", 1),
            ("121", 1),
            ("379", 2),
        ],
        business: &[
            "{f}（内科・循環器内科・消化器内科）",
            "無床診療所の運営",
            "{f}の運営および訪問診療",
        ],
        features: &[
            "地域のかかりつけ医として、患者様に寄り添う医療を心がけています。",
            "残業はほとんどなく、プライベートとの両立がしやすい職場です。",
            "開院から{n}年、地域の皆様に支えられています。",
        ],
        ..sector("clinic", "診療所", 25)
    },
    Sector {
        forms: &[(Form::Individual, 5), (Form::IryoShadan, 3)],
        assoc: &[
            w("会", "カイ", "kai"),
            w("白樺会", "シラカバカイ", "shirakabakai"),
        ],
        individual: &[
            w("歯科医院", "シカイイン", "dental"),
            w("歯科クリニック", "シカクリニック", "dental-clinic"),
        ],
        facilities: &[fac("歯科医院").pattern(P::Clinic)],
        mix: &[("147", 15), ("372", 12), ("148", 3), ("122", 2), ("258", 3)],
        business: &[
            "歯科医院（一般歯科・小児歯科・矯正歯科・口腔外科）",
            "歯科診療および訪問歯科診療",
        ],
        features: &[
            "予防歯科に力を入れ、担当衛生士制を導入しています。",
            "最新の歯科用CTやマイクロスコープを備えています。",
            "診療時間の延長はほとんどなく、定時で帰れる日がほとんどです。",
        ],
        ..sector("dental", "歯科診療所", 15)
    },
    Sector {
        forms: &[(Form::Kabushiki, 6), (Form::Yugen, 2)],
        endings: &[
            w("薬局", "ヤッキョク", "pharmacy"),
            w("ファーマシー", "ファーマシー", "pharmacy"),
            w("調剤薬局", "チョウザイヤッキョク", "chozai"),
        ],
        facilities: &[fac("調剤薬局").pattern(P::Clinic)],
        mix: &[("124", 15), ("258", 6), ("323", 2), ("379", 1)],
        business: &[
            "保険調剤薬局の経営（{n}店舗）",
            "調剤薬局および在宅訪問薬剤管理指導",
        ],
        features: &[
            "地域の医療機関と連携し、在宅医療にも力を入れています。",
            "薬歴の電子化や調剤機器の導入で、対人業務に集中できる環境です。",
        ],
        ..sector("pharmacy", "調剤薬局", 10)
    },
    Sector {
        forms: &[(Form::Shafuku, 5), (Form::Kabushiki, 3), (Form::Gakko, 1)],
        endings: &[
            w("保育サービス", "ホイクサービス", "hoiku"),
            w("キッズ", "キッズ", "kids"),
            w("チャイルドケア", "チャイルドケア", "childcare"),
        ],
        assoc: &[
            w("会", "カイ", "kai"),
            w("福祉会", "フクシカイ", "fukushikai"),
            w("愛育会", "アイイクカイ", "aiikukai"),
        ],
        facilities: &[
            fac("保育園").weight(4),
            fac("認定こども園").weight(2).mix(&[
                ("163", 25),
                ("191", 12),
                ("391", 3),
                ("151", 2),
                ("257", 1),
            ]),
            fac("小規模保育施設").weight(2),
            fac("企業主導型保育所").weight(1),
        ],
        mix: &[
            ("163", 30),
            ("391", 3),
            ("151", 2),
            ("162", 1),
            ("257", 1),
            ("761", 1),
        ],
        business: &[
            "{f}の運営（定員{n}名）",
            "認可保育所および一時預かり事業",
            "子育て支援事業（{f}、地域子育て支援拠点）",
        ],
        features: &[
            "子どもたちの「やってみたい」を大切にする保育を実践しています。",
            "ICTシステムの導入で、連絡帳や書類作成の負担を減らしています。",
            "有給休暇の取得率が高く、持ち帰り仕事のない職場です。",
        ],
        childcare: 30,
        ..sector("nursery", "保育", 20)
    },
    Sector {
        forms: &[
            (Form::Kabushiki, 5),
            (Form::Gakko, 3),
            (Form::Individual, 1),
        ],
        endings: &[
            w("ゼミナール", "ゼミナール", "seminar"),
            w("教育センター", "キョウイクセンター", "kyoiku"),
            w("アカデミー", "アカデミー", "academy"),
        ],
        assoc: &[
            w("学園", "ガクエン", "gakuen"),
            w("学院", "ガクイン", "gakuin"),
        ],
        individual: &[
            w("塾", "ジュク", "juku"),
            w("音楽教室", "オンガクキョウシツ", "music"),
        ],
        facilities: &[
            fac("学習塾").weight(4).pattern(P::Cram),
            fac("専門学校").weight(2),
            fac("英会話スクール").weight(1).pattern(P::Cram),
            fac("自動車教習所").weight(1),
            fac("私立学校").weight(1).mix(&[
                ("192", 2),
                ("193", 3),
                ("194", 3),
                ("195", 1),
                ("196", 1),
                ("259", 2),
                ("243", 1),
            ]),
            fac("大学").weight(1).mix(&[
                ("197", 1),
                ("198", 3),
                ("259", 3),
                ("241", 1),
                ("254", 1),
            ]),
        ],
        mix: &[
            ("244", 15),
            ("199", 10),
            ("257", 3),
            ("254", 3),
            ("243", 1),
            ("249", 2),
            ("231", 1),
        ],
        business: &[
            "{f}の運営（{n}教室）",
            "小・中・高校生対象の学習指導",
            "教育事業（{f}）",
        ],
        features: &[
            "生徒一人ひとりに合わせた指導で、地域で高い合格実績があります。",
            "研修制度が整っており、指導経験のない方も安心です。",
            "教材は本部が用意するので、授業に集中できます。",
        ],
        ..sector("education", "教育・学習支援", 14)
    },
    Sector {
        lean: Lean::Metro,
        forms: &[(Form::Kabushiki, 9), (Form::Godo, 1)],
        endings: &[
            w("システムズ", "システムズ", "systems"),
            w("ソフト", "ソフト", "soft"),
            w("テクノロジー", "テクノロジー", "tech"),
            w("情報システム", "ジョウホウシステム", "joho"),
            w("ネットワークス", "ネットワークス", "networks"),
            w("ソリューションズ", "ソリューションズ", "solutions"),
        ],
        facilities: &[fac("本社")],
        mix: &[
            ("104", 30),
            ("102", 10),
            ("105", 10),
            ("106", 6),
            ("101", 4),
            ("103", 3),
            ("109", 4),
            ("311", 3),
            ("312", 2),
            ("345", 6),
            ("224", 2),
            ("257", 2),
            ("263", 1),
            ("313", 1),
        ],
        business: &[
            "受託ソフトウェア開発・システムインテグレーション",
            "自社パッケージソフトの開発・販売",
            "Webシステムの企画・開発・運用保守",
            "ネットワーク構築・ITインフラの運用支援",
        ],
        features: &[
            "自社内開発が中心で、客先常駐はありません。",
            "資格取得奨励金制度があり、スキルアップを応援しています。",
            "フレックスタイム制と在宅勤務を組み合わせた働き方ができます。",
            "若手社員が多く、意見を言いやすい社風です。",
        ],
        ..sector("it", "情報通信業", 30)
    },
    Sector {
        lean: Lean::Metro,
        forms: &[(Form::Kabushiki, 1)],
        endings: &[
            w("スタッフサービス", "スタッフサービス", "staff"),
            w("キャリア", "キャリア", "career"),
            w("人材センター", "ジンザイセンター", "jinzai"),
            w("ワークス", "ワークス", "works"),
        ],
        facilities: &[fac("派遣先企業")],
        mix: &[
            ("257", 10),
            ("312", 5),
            ("281", 4),
            ("263", 3),
            ("254", 3),
            ("256", 5),
            ("782", 10),
            ("754", 8),
            ("771", 5),
            ("583", 5),
            ("571", 4),
            ("684", 4),
            ("623", 3),
            ("508", 2),
            ("576", 2),
            ("311", 3),
            ("262", 2),
            ("258", 1),
        ],
        business: &[
            "労働者派遣事業および有料職業紹介事業",
            "人材派遣・業務請負事業",
        ],
        features: &[
            "担当コーディネーターが就業中もしっかりフォローします。",
            "無料のパソコン講座など、スキルアップ支援が充実しています。",
            "派遣先は大手企業を中心に、地域の優良企業です。",
        ],
        dispatch: true,
        housing: 20,
        ..sector("staffing", "人材派遣", 22)
    },
    Sector {
        endings: FOOD,
        forms: &[(Form::Kabushiki, 6), (Form::Yugen, 3)],
        facilities: &[
            fac("食品工場").weight(3),
            fac("製パン工場").mix(&[("545", 10), ("771", 2), ("623", 1), ("503", 1)]),
            fac("惣菜工場").weight(2).mix(&[
                ("554", 10),
                ("553", 2),
                ("771", 2),
                ("623", 1),
                ("391", 1),
            ]),
            fac("水産加工場").mix(&[("552", 10), ("553", 3), ("771", 2), ("623", 1), ("684", 1)]),
        ],
        mix: &[
            ("554", 10),
            ("545", 8),
            ("553", 6),
            ("552", 5),
            ("551", 4),
            ("543", 3),
            ("544", 3),
            ("546", 2),
            ("547", 2),
            ("548", 2),
            ("555", 2),
            ("503", 4),
            ("623", 4),
            ("771", 5),
            ("081", 2),
            ("071", 2),
            ("271", 2),
            ("272", 2),
            ("684", 2),
            ("782", 3),
            ("556", 1),
            ("504", 1),
            ("624", 1),
            ("051", 1),
        ],
        business: &[
            "食料品の製造・販売（{f}）",
            "惣菜・弁当の製造およびスーパーへの卸売",
            "パン・洋菓子の製造販売",
            "水産加工品・冷凍食品の製造",
        ],
        features: &[
            "HACCPに基づく衛生管理を徹底した清潔な工場です。",
            "地元の食材を使った商品づくりにこだわっています。",
            "全国のスーパー・コンビニに商品を出荷しています。",
        ],
        housing: 10,
        ..sector("food_mfg", "食料品製造業", 26)
    },
    Sector {
        endings: FACTORY,
        forms: &[(Form::Kabushiki, 6), (Form::Yugen, 3)],
        facilities: &[fac("本社工場").weight(3), fac("第二工場")],
        mix: &[
            ("527", 8),
            ("528", 10),
            ("537", 8),
            ("531", 5),
            ("532", 5),
            ("533", 5),
            ("534", 3),
            ("535", 1),
            ("536", 4),
            ("523", 2),
            ("524", 2),
            ("525", 2),
            ("526", 1),
            ("521", 1),
            ("522", 1),
            ("539", 2),
            ("491", 1),
            ("492", 1),
            ("493", 2),
            ("494", 2),
            ("495", 1),
            ("496", 1),
            ("497", 1),
            ("498", 2),
            ("499", 1),
            ("611", 2),
            ("612", 3),
            ("641", 2),
            ("086", 1),
            ("076", 1),
            ("083", 2),
            ("643", 2),
            ("684", 2),
            ("271", 1),
            ("263", 1),
            ("021", 1),
        ],
        business: &[
            "金属部品の切削加工・精密板金加工",
            "鉄骨・製缶品の製作および溶接加工",
            "金属プレス加工・金型の設計製作",
            "鋳造・熱処理・表面処理",
        ],
        features: &[
            "創業以来、高い精度が求められる部品づくりで取引先の信頼を得ています。",
            "最新のNC工作機械を導入し、若手でも技術が身につく環境です。",
            "技能検定の受検を会社が支援しています。",
        ],
        housing: 10,
        ..sector("metal", "金属製品製造業", 26)
    },
    Sector {
        endings: &[
            w("電機", "デンキ", "denki"),
            w("機械", "キカイ", "kikai"),
            w("工業", "コウギョウ", "kogyo"),
            w("エンジニアリング", "エンジニアリング", "engineering"),
            w("電子", "デンシ", "denshi"),
        ],
        forms: &[(Form::Kabushiki, 1)],
        facilities: &[fac("本社工場").weight(3), fac("事業所")],
        mix: &[
            ("571", 8),
            ("572", 5),
            ("573", 2),
            ("574", 2),
            ("575", 2),
            ("576", 4),
            ("577", 1),
            ("578", 1),
            ("581", 1),
            ("582", 2),
            ("583", 6),
            ("584", 6),
            ("585", 2),
            ("586", 1),
            ("587", 1),
            ("588", 1),
            ("591", 1),
            ("599", 2),
            ("511", 2),
            ("512", 2),
            ("513", 2),
            ("514", 1),
            ("515", 1),
            ("631", 2),
            ("632", 2),
            ("633", 2),
            ("634", 1),
            ("635", 1),
            ("073", 3),
            ("072", 3),
            ("074", 2),
            ("075", 1),
            ("079", 1),
            ("082", 2),
            ("083", 2),
            ("084", 2),
            ("085", 1),
            ("089", 1),
            ("601", 1),
            ("602", 1),
            ("605", 1),
            ("643", 1),
            ("281", 1),
            ("271", 2),
            ("289", 1),
        ],
        business: &[
            "産業用機械の設計・製造・販売",
            "自動車部品の製造",
            "電子部品・電子機器の製造",
            "制御盤・配電盤の設計製作",
        ],
        features: &[
            "国内外の大手メーカーと長く取引を続けている安定企業です。",
            "作業手順書が整っており、未経験からでも一人立ちできます。",
            "社員食堂があり、昼食は1食300円で利用できます。",
        ],
        housing: 15,
        childcare: 5,
        ..sector("machinery", "機械器具製造業", 30)
    },
    Sector {
        endings: &[
            w("化学工業", "カガクコウギョウ", "chemical"),
            w("化成", "カセイ", "kasei"),
            w("樹脂", "ジュシ", "jushi"),
            w("窯業", "ヨウギョウ", "yogyo"),
        ],
        forms: &[(Form::Kabushiki, 1)],
        facilities: &[fac("工場")],
        mix: &[
            ("541", 5),
            ("565", 6),
            ("564", 3),
            ("542", 3),
            ("501", 3),
            ("502", 2),
            ("508", 3),
            ("621", 2),
            ("622", 1),
            ("628", 2),
            ("077", 2),
            ("087", 2),
            ("051", 1),
            ("089", 1),
            ("119", 1),
            ("641", 1),
            ("509", 2),
            ("629", 2),
            ("649", 1),
        ],
        business: &[
            "合成樹脂製品の成形・加工",
            "工業用薬品・塗料の製造",
            "ゴム製品の製造",
            "セメント製品・陶磁器の製造",
        ],
        features: &[
            "安全衛生委員会を中心に、無災害の職場づくりに取り組んでいます。",
            "品質マネジメントシステム（ISO9001）の認証を取得しています。",
        ],
        ..sector("chemical", "化学・窯業", 14)
    },
    Sector {
        endings: &[
            w("縫製", "ホウセイ", "hosei"),
            w("印刷", "インサツ", "insatsu"),
            w("紙工", "シコウ", "shiko"),
            w("木工", "モッコウ", "mokko"),
            w("繊維", "センイ", "seni"),
        ],
        forms: &[(Form::Kabushiki, 5), (Form::Yugen, 4)],
        facilities: &[fac("工場")],
        mix: &[
            ("557", 3),
            ("558", 6),
            ("505", 2),
            ("625", 2),
            ("644", 2),
            ("563", 6),
            ("507", 2),
            ("627", 2),
            ("562", 3),
            ("506", 2),
            ("626", 1),
            ("561", 4),
            ("569", 3),
            ("642", 1),
            ("224", 1),
            ("319", 1),
        ],
        business: &[
            "婦人服・作業服の縫製",
            "商業印刷・製本",
            "紙器・段ボールの製造",
            "家具・建具の製造",
        ],
        features: &[
            "熟練の職人が丁寧に技術を教えます。",
            "地域の伝統産業を支える会社です。",
        ],
        ..sector("light_industry", "繊維・印刷・木工", 12)
    },
    Sector {
        endings: BUILD,
        forms: &[
            (Form::Kabushiki, 6),
            (Form::Yugen, 3),
            (Form::Individual, 1),
        ],
        individual: &[
            w("工務店", "コウムテン", "komuten"),
            w("建築", "ケンチク", "kenchiku"),
        ],
        facilities: &[fac("本社").weight(2), fac("工事現場")],
        mix: &[
            ("091", 6),
            ("092", 5),
            ("093", 2),
            ("711", 6),
            ("701", 3),
            ("702", 4),
            ("703", 3),
            ("712", 2),
            ("713", 2),
            ("714", 2),
            ("715", 1),
            ("717", 4),
            ("718", 2),
            ("719", 3),
            ("731", 8),
            ("695", 3),
            ("693", 2),
            ("696", 1),
            ("641", 2),
            ("643", 1),
            ("257", 1),
            ("263", 1),
            ("732", 1),
            ("733", 1),
            ("049", 1),
            ("031", 1),
        ],
        business: &[
            "総合建設業（土木・建築）",
            "木造住宅の設計・施工およびリフォーム",
            "公共土木工事（道路・河川・上下水道）",
            "鉄筋コンクリート造建築物の施工",
        ],
        features: &[
            "公共工事を中心に安定した受注があります。",
            "資格取得費用は会社が負担し、取得後は資格手当を支給します。",
            "地元に根ざして{n}年、地域のインフラを支えています。",
        ],
        housing: 10,
        ..sector("construction", "建設業", 40)
    },
    Sector {
        endings: &[
            w("電気工事", "デンキコウジ", "denki"),
            w("設備", "セツビ", "setsubi"),
            w("電設", "デンセツ", "densetsu"),
            w("管工業", "カンコウギョウ", "kan"),
        ],
        forms: &[(Form::Kabushiki, 5), (Form::Yugen, 3)],
        facilities: &[fac("本社"), fac("工事現場")],
        mix: &[
            ("725", 10),
            ("716", 8),
            ("724", 4),
            ("721", 1),
            ("722", 2),
            ("723", 2),
            ("082", 2),
            ("091", 1),
            ("697", 1),
            ("692", 1),
            ("602", 1),
            ("719", 1),
        ],
        business: &[
            "電気設備工事・空調設備工事",
            "給排水衛生設備工事",
            "電気通信設備工事・光ケーブル敷設工事",
        ],
        features: &[
            "電力会社・通信事業者の指定工事店です。",
            "先輩と組んで現場に出るので、未経験からでも技術が身につきます。",
        ],
        ..sector("facility_works", "設備工事業", 24)
    },
    Sector {
        lean: Lean::Rural,
        endings: &[
            w("砕石", "サイセキ", "saiseki"),
            w("鉱業", "コウギョウ", "kogyo"),
            w("砂利", "ジャリ", "jari"),
        ],
        forms: &[(Form::Kabushiki, 1)],
        facilities: &[fac("採石場")],
        mix: &[
            ("741", 2),
            ("742", 2),
            ("743", 3),
            ("749", 2),
            ("695", 3),
            ("663", 2),
        ],
        business: &["砕石・砂利の採取および販売", "石灰石の採掘"],
        features: &["自然の中の広い現場で、重機の操作技術が身につきます。"],
        ..sector("quarry", "採石業", 3)
    },
    Sector {
        endings: &[
            w("運輸", "ウンユ", "unyu"),
            w("運送", "ウンソウ", "unso"),
            w("物流", "ブツリュウ", "butsuryu"),
            w("ロジスティクス", "ロジスティクス", "logistics"),
            w("急送", "キュウソウ", "kyuso"),
        ],
        forms: &[(Form::Kabushiki, 6), (Form::Yugen, 3)],
        facilities: &[fac("営業所").weight(3), fac("物流センター")],
        mix: &[
            ("663", 35),
            ("684", 6),
            ("753", 5),
            ("302", 3),
            ("301", 2),
            ("754", 3),
            ("756", 1),
            ("603", 1),
            ("755", 2),
            ("257", 1),
            ("031", 1),
        ],
        business: &[
            "一般貨物自動車運送事業（保有車両{n}台）",
            "食品・日用品のルート配送",
            "倉庫業および貨物自動車運送事業",
        ],
        features: &[
            "デジタルタコグラフやドライブレコーダーを全車に装備しています。",
            "中型・大型免許の取得支援制度があります。",
            "荷物の手積み・手降ろしはほとんどありません。",
        ],
        housing: 10,
        ..sector("trucking", "道路貨物運送業", 34)
    },
    Sector {
        endings: &[
            w("交通", "コウツウ", "kotsu"),
            w("タクシー", "タクシー", "taxi"),
            w("バス", "バス", "bus"),
            w("観光", "カンコウ", "kanko"),
        ],
        forms: &[(Form::Kabushiki, 1)],
        facilities: &[fac("営業所")],
        mix: &[("662", 15), ("661", 10), ("302", 2), ("669", 2), ("603", 1)],
        business: &[
            "一般乗用旅客自動車運送事業（タクシー{n}台）",
            "一般乗合・貸切旅客自動車運送事業",
        ],
        features: &[
            "二種免許の取得費用は会社が全額負担します。",
            "乗務員の平均年齢は50代で、中高年の方も活躍しています。",
        ],
        ..sector("passenger", "旅客運送業", 10)
    },
    Sector {
        endings: &[
            w("海運", "カイウン", "kaiun"),
            w("汽船", "キセン", "kisen"),
            w("鉄道", "テツドウ", "tetsudo"),
            w("航空", "コウクウ", "koku"),
        ],
        forms: &[(Form::Kabushiki, 1)],
        facilities: &[fac("本社"), fac("営業所")],
        mix: &[
            ("651", 3),
            ("659", 1),
            ("681", 2),
            ("682", 3),
            ("671", 1),
            ("672", 1),
            ("673", 1),
            ("674", 1),
            ("683", 2),
            ("752", 2),
            ("301", 2),
            ("246", 1),
            ("604", 1),
        ],
        business: &[
            "内航海運業・旅客船事業",
            "鉄道事業および不動産事業",
            "航空運送事業・航空機使用事業",
        ],
        features: &["地域の暮らしと観光を支える交通事業者です。"],
        ..sector("rail_sea_air", "鉄道・海運・航空", 4)
    },
    Sector {
        endings: &[
            w("物流", "ブツリュウ", "butsuryu"),
            w("倉庫", "ソウコ", "soko"),
            w("ロジテム", "ロジテム", "logitem"),
        ],
        forms: &[(Form::Kabushiki, 1)],
        facilities: &[fac("物流センター").weight(3), fac("配送センター")],
        mix: &[
            ("754", 15),
            ("684", 8),
            ("753", 5),
            ("756", 4),
            ("771", 4),
            ("779", 2),
            ("781", 3),
            ("782", 5),
            ("272", 4),
            ("755", 2),
            ("689", 2),
            ("789", 1),
        ],
        business: &[
            "倉庫業・物流センターの運営",
            "通販商品の保管・出荷代行",
            "食品・日用品の在庫管理と配送",
        ],
        features: &[
            "空調完備の倉庫で、夏も冬も快適に働けます。",
            "ハンディ端末を使うので、未経験の方でもすぐに覚えられます。",
        ],
        ..sector("warehouse", "倉庫・物流", 24)
    },
    Sector {
        endings: &[
            w("配送サービス", "ハイソウサービス", "haiso"),
            w("メール便", "メールビン", "mail"),
        ],
        forms: &[(Form::Kabushiki, 1)],
        facilities: &[fac("集配センター")],
        mix: &[
            ("751", 8),
            ("755", 8),
            ("303", 3),
            ("301", 1),
            ("291", 1),
            ("299", 1),
        ],
        business: &["郵便・宅配便の集配業務の受託", "メール便・新聞の配達"],
        features: &["地域を知り尽くした先輩が丁寧に教えます。"],
        ..sector("postal", "郵便・配達", 5)
    },
    Sector {
        endings: &[
            w("ストア", "ストア", "store"),
            w("商店", "ショウテン", "shoten"),
            w("ドラッグ", "ドラッグ", "drug"),
            w("マート", "マート", "mart"),
        ],
        forms: &[(Form::Kabushiki, 8), (Form::Yugen, 2)],
        facilities: &[
            fac("スーパーマーケット").weight(4),
            fac("ドラッグストア")
                .weight(3)
                .mix(&[("323", 30), ("124", 4), ("321", 4), ("754", 1)]),
            fac("ホームセンター").weight(2),
            fac("衣料品店"),
            fac("家電量販店"),
            fac("コンビニエンスストア").weight(2),
            fac("書店"),
        ],
        mix: &[
            ("323", 40),
            ("321", 6),
            ("554", 3),
            ("391", 2),
            ("545", 1),
            ("754", 2),
            ("782", 1),
            ("327", 1),
            ("325", 1),
            ("339", 1),
        ],
        business: &[
            "{f}の経営（{n}店舗）",
            "食料品・日用品の小売",
            "{f}チェーンの運営",
        ],
        features: &[
            "地域密着型の店舗で、常連のお客様が多いお店です。",
            "従業員割引制度があります。",
            "主婦（夫）や学生さんなど幅広い年代が活躍しています。",
        ],
        ..sector("retail", "小売業", 44)
    },
    Sector {
        lean: Lean::Metro,
        endings: &[
            w("商事", "ショウジ", "shoji"),
            w("物産", "ブッサン", "bussan"),
            w("商会", "ショウカイ", "shokai"),
            w("トレーディング", "トレーディング", "trading"),
        ],
        forms: &[(Form::Kabushiki, 1)],
        facilities: &[fac("本社営業部").weight(2), fac("営業所")],
        mix: &[
            ("341", 5),
            ("342", 3),
            ("343", 2),
            ("344", 4),
            ("349", 6),
            ("322", 2),
            ("324", 1),
            ("327", 2),
            ("281", 6),
            ("272", 2),
            ("663", 2),
            ("754", 1),
            ("289", 2),
            ("021", 1),
        ],
        business: &[
            "食品・酒類の卸売",
            "工業用資材・機械工具の卸売",
            "医薬品・医療機器の卸売",
            "住宅設備機器・建築資材の販売",
        ],
        features: &[
            "創業{n}年、地域の取引先と長いお付き合いを続けています。",
            "営業車は1人1台貸与します。",
        ],
        ..sector("wholesale", "卸売業", 20)
    },
    Sector {
        endings: &[
            w("リユース", "リユース", "reuse"),
            w("レンタル", "レンタル", "rental"),
            w("質店", "シチテン", "shichiten"),
        ],
        forms: &[(Form::Kabushiki, 3), (Form::Individual, 1)],
        individual: &[w("質店", "シチテン", "shichiten")],
        facilities: &[fac("買取店"), fac("レンタル店")],
        mix: &[("334", 3), ("326", 3), ("423", 2), ("339", 2), ("323", 1)],
        business: &[
            "中古品の買取・販売",
            "レンタル事業（イベント用品・介護用品）",
        ],
        features: &["査定の知識が身につく仕事です。"],
        ..sector("reuse", "リユース・レンタル", 3)
    },
    Sector {
        endings: &[
            w("自動車", "ジドウシャ", "auto"),
            w("モータース", "モータース", "motors"),
            w("オート", "オート", "auto"),
        ],
        forms: &[(Form::Kabushiki, 6), (Form::Yugen, 3)],
        facilities: &[fac("整備工場").weight(2), fac("販売店")],
        mix: &[
            ("603", 10),
            ("633", 1),
            ("344", 5),
            ("604", 1),
            ("281", 2),
            ("254", 1),
            ("641", 1),
        ],
        business: &["自動車の販売・整備・車検", "指定自動車整備事業・鈑金塗装"],
        features: &[
            "国家資格の取得を会社が全面的にバックアップします。",
            "最新の診断機器を備えた認証工場です。",
        ],
        ..sector("auto", "自動車販売・整備", 10)
    },
    Sector {
        endings: &[
            w("フードサービス", "フードサービス", "foodservice"),
            w("ダイニング", "ダイニング", "dining"),
            w("食堂", "ショクドウ", "shokudo"),
        ],
        forms: &[
            (Form::Kabushiki, 5),
            (Form::Yugen, 3),
            (Form::Individual, 2),
        ],
        individual: &[w("食堂", "ショクドウ", "shokudo"), w("亭", "テイ", "tei")],
        facilities: &[
            fac("居酒屋").weight(2),
            fac("和食レストラン"),
            fac("ラーメン店"),
            fac("カフェ"),
            fac("焼肉店"),
            fac("ファミリーレストラン").weight(2),
            fac("寿司店"),
            fac("中華料理店"),
        ],
        mix: &[
            ("391", 25),
            ("403", 22),
            ("401", 5),
            ("392", 1),
            ("409", 2),
            ("545", 1),
        ],
        business: &[
            "飲食店の経営（{f}{n}店舗）",
            "{f}の経営",
            "飲食店の経営およびテイクアウト事業",
        ],
        features: &[
            "まかない付きで、食費の節約になります。",
            "オープンキッチンで、お客様の笑顔が見える職場です。",
            "調理経験がなくても、マニュアルと研修で一から覚えられます。",
        ],
        ..sector("restaurant", "飲食店", 40)
    },
    Sector {
        endings: &[
            w("給食サービス", "キュウショクサービス", "kyushoku"),
            w("フードサービス", "フードサービス", "food"),
        ],
        forms: &[(Form::Kabushiki, 1)],
        facilities: &[
            fac("給食センター").pattern(P::Kitchen),
            fac("社員食堂").pattern(P::Kitchen),
            fac("病院給食").pattern(P::Kitchen),
            fac("弁当製造工場").pattern(P::Kitchen),
        ],
        mix: &[("391", 15), ("151", 5), ("554", 4), ("409", 1), ("663", 1)],
        business: &[
            "病院・福祉施設・社員食堂の給食業務受託（{n}事業所）",
            "学校給食の調理業務受託",
        ],
        features: &[
            "土日休みの事業所が多く、家庭と両立しやすい仕事です。",
            "大量調理の技術が身につきます。",
        ],
        ..sector("food_service", "給食", 10)
    },
    Sector {
        endings: &[
            w("観光", "カンコウ", "kanko"),
            w("ホテル", "ホテル", "hotel"),
            w("リゾート", "リゾート", "resort"),
        ],
        forms: &[(Form::Kabushiki, 6), (Form::Yugen, 3)],
        facilities: &[
            fac("ビジネスホテル").weight(2),
            fac("温泉旅館").weight(2),
            fac("リゾートホテル"),
            fac("シティホテル"),
        ],
        mix: &[
            ("404", 12),
            ("402", 2),
            ("391", 5),
            ("403", 4),
            ("761", 4),
            ("385", 1),
            ("697", 1),
            ("254", 2),
            ("405", 1),
        ],
        business: &["{f}の経営（客室{n}室）", "旅館業・飲食業"],
        features: &[
            "全国から観光客が訪れる人気の宿です。",
            "寮完備で、遠方からの応募も歓迎します。",
        ],
        housing: 40,
        ..sector("hotel", "宿泊業", 12)
    },
    Sector {
        endings: &[
            w("レジャー", "レジャー", "leisure"),
            w("スポーツ", "スポーツ", "sports"),
            w(
                "エンターテインメント",
                "エンターテインメント",
                "entertainment",
            ),
        ],
        forms: &[(Form::Kabushiki, 1)],
        facilities: &[
            fac("ゴルフ場"),
            fac("スポーツクラブ"),
            fac("映画館"),
            fac("アミューズメント施設"),
            fac("ボウリング場"),
            fac("劇場"),
        ],
        mix: &[
            ("406", 10),
            ("249", 4),
            ("245", 2),
            ("231", 1),
            ("232", 1),
            ("233", 1),
            ("234", 1),
            ("235", 1),
            ("405", 1),
            ("424", 1),
            ("403", 2),
            ("463", 1),
        ],
        business: &["{f}の運営", "スポーツ・レジャー施設の運営管理"],
        features: &[
            "お客様の「楽しい」を支える仕事です。",
            "施設を無料で利用できる福利厚生があります。",
        ],
        ..sector("leisure", "娯楽業", 10)
    },
    Sector {
        endings: &[
            w("ビューティー", "ビューティー", "beauty"),
            w("ヘアー", "ヘアー", "hair"),
        ],
        forms: &[
            (Form::Kabushiki, 3),
            (Form::Yugen, 2),
            (Form::Individual, 3),
        ],
        individual: &[w("{f}", "", "salon")],
        facilities: &[
            fac("美容室").weight(3).mix(&[("382", 10), ("383", 1)]),
            fac("理容室").mix(&[("381", 6), ("382", 1)]),
            fac("エステサロン").mix(&[("383", 6)]),
            fac("ネイルサロン").mix(&[("383", 6)]),
        ],
        mix: &[("382", 12), ("381", 4), ("383", 8), ("389", 1)],
        business: &[
            "美容室の経営（{n}店舗）",
            "理容・美容業",
            "エステティックサロンの運営",
        ],
        features: &[
            "技術講習会を毎月開催しています。",
            "完全予約制で、一人ひとりのお客様に向き合えます。",
        ],
        ..sector("beauty", "理容・美容", 12)
    },
    Sector {
        endings: &[
            w("治療院", "チリョウイン", "chiryoin"),
            w("メディカル", "メディカル", "medical"),
        ],
        forms: &[(Form::Individual, 3), (Form::Kabushiki, 2)],
        individual: &[w("{f}", "", "clinic")],
        facilities: &[
            fac("整骨院")
                .pattern(P::Clinic)
                .mix(&[("153", 6), ("152", 1), ("254", 1)]),
            fac("鍼灸院")
                .pattern(P::Clinic)
                .mix(&[("152", 6), ("254", 1)]),
            fac("訪問マッサージ").pattern(P::Visit).mix(&[("152", 5)]),
        ],
        mix: &[("152", 5), ("153", 5), ("383", 1), ("254", 1)],
        business: &["整骨院・鍼灸院の運営", "訪問マッサージ事業"],
        features: &["保険施術から自費施術まで幅広く経験できます。"],
        ..sector("bodycare", "施術所", 6)
    },
    Sector {
        endings: &[
            w("クリーニング", "クリーニング", "cleaning"),
            w("リネンサプライ", "リネンサプライ", "linen"),
        ],
        forms: &[(Form::Kabushiki, 3), (Form::Yugen, 2)],
        facilities: &[fac("クリーニング工場"), fac("取次店"), fac("温浴施設")],
        mix: &[("385", 6), ("384", 2), ("761", 1)],
        business: &["クリーニング業・リネンサプライ", "公衆浴場の経営"],
        features: &["地域の皆様の暮らしを支える仕事です。"],
        ..sector("laundry_bath", "洗濯・浴場", 4)
    },
    Sector {
        endings: &[
            w("ビルサービス", "ビルサービス", "building"),
            w("メンテナンス", "メンテナンス", "maintenance"),
            w("美装", "ビソウ", "biso"),
            w("管財", "カンザイ", "kanzai"),
        ],
        forms: &[(Form::Kabushiki, 1)],
        facilities: &[
            fac("オフィスビル"),
            fac("商業施設"),
            fac("病院"),
            fac("ホテル"),
            fac("マンション"),
        ],
        mix: &[
            ("761", 25),
            ("697", 8),
            ("413", 4),
            ("762", 3),
            ("411", 3),
            ("412", 1),
            ("414", 2),
            ("419", 1),
            ("692", 1),
            ("694", 1),
            ("453", 2),
            ("763", 2),
            ("769", 2),
            ("049", 1),
            ("699", 1),
        ],
        business: &[
            "建物の清掃・設備管理・警備の総合管理業",
            "ビルメンテナンス業（{f}の清掃・設備管理）",
        ],
        features: &[
            "60代・70代の方も多数活躍しています。",
            "現場は自宅近くから選べます。",
        ],
        ..sector("building_service", "建物サービス業", 34)
    },
    Sector {
        endings: &[
            w("警備保障", "ケイビホショウ", "keibi"),
            w("セキュリティ", "セキュリティ", "security"),
            w("警備", "ケイビ", "keibi"),
        ],
        forms: &[(Form::Kabushiki, 1)],
        facilities: &[
            fac("商業施設"),
            fac("工事現場"),
            fac("オフィスビル"),
            fac("イベント会場"),
        ],
        mix: &[("453", 30), ("459", 3), ("414", 1), ("257", 1)],
        business: &[
            "施設警備・交通誘導警備・雑踏警備",
            "警備業（認定番号 第{n}号）",
        ],
        features: &[
            "法定の新任研修（20時間以上）は有給で行います。",
            "日払い・週払い制度があります。",
        ],
        ..sector("security", "警備業", 15)
    },
    Sector {
        endings: &[
            w("環境サービス", "カンキョウサービス", "kankyo"),
            w("クリーンセンター", "クリーンセンター", "clean"),
            w("リサイクル", "リサイクル", "recycle"),
        ],
        forms: &[(Form::Kabushiki, 4), (Form::Yugen, 2)],
        facilities: &[fac("リサイクルセンター"), fac("収集事業所")],
        mix: &[
            ("764", 6),
            ("765", 6),
            ("781", 4),
            ("326", 2),
            ("663", 2),
            ("695", 1),
            ("119", 1),
            ("699", 1),
        ],
        business: &[
            "一般廃棄物・産業廃棄物の収集運搬",
            "資源物のリサイクル・中間処理",
        ],
        features: &[
            "循環型社会を支える仕事です。",
            "作業服・安全靴は会社が支給します。",
        ],
        ..sector("waste", "廃棄物処理業", 6)
    },
    Sector {
        lean: Lean::Metro,
        endings: &[
            w("不動産", "フドウサン", "fudosan"),
            w("地所", "ジショ", "jisho"),
            w("ハウジング", "ハウジング", "housing"),
            w("ホーム", "ホーム", "home"),
        ],
        forms: &[(Form::Kabushiki, 6), (Form::Yugen, 2)],
        facilities: &[fac("本店"), fac("賃貸ショップ")],
        mix: &[
            ("331", 6),
            ("347", 8),
            ("411", 3),
            ("281", 3),
            ("254", 1),
            ("257", 2),
        ],
        business: &[
            "不動産の売買・賃貸仲介・管理",
            "分譲住宅の企画・販売",
            "賃貸マンションの管理（管理戸数{n}戸）",
        ],
        features: &[
            "宅地建物取引士の資格取得を応援しています。",
            "反響営業が中心で、飛び込み営業はありません。",
        ],
        ..sector("real_estate", "不動産業", 10)
    },
    Sector {
        lean: Lean::Metro,
        endings: &[
            w("保険サービス", "ホケンサービス", "hoken"),
            w("ファイナンス", "ファイナンス", "finance"),
            w("リース", "リース", "lease"),
        ],
        forms: &[(Form::Kabushiki, 5), (Form::Kyodo, 1)],
        facilities: &[fac("支店"), fac("本店")],
        mix: &[
            ("262", 8),
            ("346", 6),
            ("332", 5),
            ("333", 2),
            ("184", 3),
            ("261", 2),
            ("291", 1),
            ("257", 2),
        ],
        business: &[
            "損害保険・生命保険の代理店業務",
            "リース・割賦販売",
            "信用金庫業務",
        ],
        features: &[
            "ノルマに追われない、お客様本位の営業スタイルです。",
            "FP資格の取得を支援しています。",
        ],
        ..sector("finance", "金融・保険業", 10)
    },
    Sector {
        lean: Lean::Metro,
        forms: &[(Form::Individual, 6), (Form::Kabushiki, 2)],
        endings: &[
            w("会計", "カイケイ", "kaikei"),
            w("経営センター", "ケイエイセンター", "keiei"),
        ],
        individual: &[w("{f}", "", "office")],
        facilities: &[
            fac("税理士事務所")
                .weight(3)
                .mix(&[("263", 6), ("269", 6), ("182", 3), ("257", 2)]),
            fac("法律事務所").weight(2).mix(&[
                ("173", 2),
                ("179", 2),
                ("255", 2),
                ("257", 4),
                ("259", 3),
            ]),
            fac("社会保険労務士事務所").mix(&[("183", 2), ("252", 3), ("257", 2)]),
            fac("司法書士事務所").mix(&[("175", 2), ("179", 2), ("257", 2)]),
            fac("特許事務所").mix(&[("174", 2), ("259", 2), ("289", 1)]),
            fac("監査法人").mix(&[("181", 2), ("263", 1), ("189", 1)]),
            fac("土地家屋調査士事務所").mix(&[("179", 2), ("093", 1), ("257", 1)]),
            fac("経営コンサルティング").mix(&[("189", 3), ("253", 2), ("184", 1)]),
        ],
        mix: &[("263", 8), ("257", 4)],
        business: &["{f}（顧問先{n}件）", "{f}の業務全般"],
        features: &[
            "所内研修と外部研修で専門知識が身につきます。",
            "繁忙期以外は残業がほとんどありません。",
        ],
        ..sector("professional", "士業", 12)
    },
    Sector {
        lean: Lean::Metro,
        endings: &[
            w("企画", "キカク", "kikaku"),
            w("デザイン", "デザイン", "design"),
            w("出版", "シュッパン", "shuppan"),
            w("新聞社", "シンブンシャ", "shimbun"),
            w("プロダクション", "プロダクション", "production"),
        ],
        forms: &[(Form::Kabushiki, 1)],
        facilities: &[fac("制作部"), fac("編集部")],
        mix: &[
            ("211", 2),
            ("212", 3),
            ("213", 4),
            ("221", 1),
            ("222", 1),
            ("223", 1),
            ("224", 6),
            ("225", 3),
            ("234", 1),
            ("424", 1),
            ("563", 1),
            ("642", 1),
            ("281", 1),
            ("319", 1),
        ],
        business: &[
            "広告・販促物の企画制作",
            "地域情報誌・書籍の出版",
            "映像・Webコンテンツの制作",
        ],
        features: &[
            "少人数のチームで、企画から納品まで一貫して携われます。",
            "地域の魅力を発信する仕事です。",
        ],
        ..sector("media", "出版・広告・デザイン", 8)
    },
    Sector {
        lean: Lean::Rural,
        forms: &[
            (Form::Nouji, 3),
            (Form::Kabushiki, 3),
            (Form::Individual, 3),
        ],
        endings: &[
            w("ファーム", "ファーム", "farm"),
            w("農園", "ノウエン", "noen"),
            w("牧場", "ボクジョウ", "bokujo"),
            w("アグリ", "アグリ", "agri"),
        ],
        assoc: &[
            w("農産", "ノウサン", "nosan"),
            w("営農組合", "エイノウクミアイ", "einou"),
        ],
        individual: &[
            w("農園", "ノウエン", "noen"),
            w("牧場", "ボクジョウ", "bokujo"),
        ],
        facilities: &[
            fac("農場").weight(3),
            fac("牧場"),
            fac("造園部").mix(&[("463", 5), ("419", 1)]),
        ],
        mix: &[
            ("461", 20),
            ("462", 8),
            ("463", 3),
            ("469", 3),
            ("061", 1),
            ("781", 2),
            ("771", 1),
            ("543", 1),
        ],
        business: &[
            "野菜・果樹の生産および販売（作付面積{n}ha）",
            "酪農・肉用牛の肥育",
            "米・麦・大豆の生産、農作業受託",
        ],
        features: &[
            "農業未経験からスタートした社員が多数活躍しています。",
            "自社の直売所とネット通販で販売しています。",
        ],
        housing: 20,
        ..sector("agriculture", "農業", 15)
    },
    Sector {
        lean: Lean::Rural,
        forms: &[(Form::Kabushiki, 2), (Form::Kyodo, 2)],
        endings: &[
            w("林業", "リンギョウ", "ringyo"),
            w("木材", "モクザイ", "mokuzai"),
        ],
        facilities: &[fac("森林組合").weight(1)],
        mix: &[("471", 4), ("472", 4), ("479", 2), ("061", 1), ("463", 1)],
        business: &[
            "森林整備（植栽・下刈り・間伐）および素材生産",
            "木材の伐採・搬出",
        ],
        features: &["緑の雇用制度を活用し、3年間かけて技術を身につけられます。"],
        ..sector("forestry", "林業", 3)
    },
    Sector {
        lean: Lean::Rural,
        forms: &[
            (Form::Kabushiki, 2),
            (Form::Yugen, 2),
            (Form::Individual, 2),
        ],
        endings: &[
            w("水産", "スイサン", "suisan"),
            w("漁業", "ギョギョウ", "gyogyo"),
        ],
        individual: &[w("水産", "スイサン", "suisan")],
        facilities: &[fac("漁港"), fac("養殖場")],
        mix: &[
            ("481", 4),
            ("482", 2),
            ("483", 2),
            ("484", 3),
            ("489", 1),
            ("552", 2),
        ],
        business: &["定置網漁業・水産物の販売", "ぶり・かきの養殖", "まき網漁業"],
        features: &[
            "水揚げした魚は地元の市場に出荷しています。",
            "漁業経験のない方も歓迎します。",
        ],
        housing: 30,
        ..sector("fishery", "漁業", 4)
    },
    Sector {
        forms: &[(Form::Public, 1)],
        facilities: &[
            fac("市役所").weight(8).named("{city}役所").mix(&[
                ("257", 10),
                ("254", 3),
                ("253", 2),
                ("011", 1),
                ("161", 2),
                ("292", 2),
                ("259", 3),
                ("241", 1),
                ("242", 1),
                ("163", 2),
                ("263", 1),
            ]),
            fac("社会福祉協議会")
                .weight(3)
                .named("社会福祉法人{city}社会福祉協議会")
                .mix(&[("161", 3), ("362", 2), ("257", 2), ("029", 1)]),
            fac("商工会議所").weight(1).named("{city}商工会議所").mix(&[
                ("257", 2),
                ("189", 1),
                ("029", 1),
            ]),
            fac("自衛隊地方協力本部")
                .weight(1)
                .named("自衛隊{pref_short}地方協力本部")
                .mix(&[("431", 1)]),
            fac("警察本部")
                .weight(1)
                .named("{pref}警察本部")
                .mix(&[("441", 3), ("257", 1)]),
            fac("海上保安部")
                .weight(1)
                .named("{city}海上保安部")
                .mix(&[("442", 1)]),
            fac("消防本部")
                .weight(1)
                .named("{city}消防本部")
                .mix(&[("452", 1)]),
            fac("刑務所")
                .weight(1)
                .named("{city}刑務所")
                .mix(&[("451", 1)]),
            fac("労働基準監督署")
                .weight(1)
                .named("{city}労働基準監督署")
                .mix(&[("449", 1), ("257", 1)]),
            fac("地方裁判所")
                .weight(1)
                .named("{pref_short}地方裁判所")
                .mix(&[("171", 1), ("259", 1)]),
            fac("地方検察庁")
                .weight(1)
                .named("{pref_short}地方検察庁")
                .mix(&[("172", 1), ("259", 1)]),
        ],
        mix: &[("257", 1)],
        business: &["地方公共団体の行政事務", "公的機関の業務"],
        features: &[
            "会計年度任用職員として、期末手当の支給があります。",
            "住民の暮らしを支えるやりがいのある仕事です。",
        ],
        ..sector("public", "公務・公的機関", 8)
    },
    Sector {
        forms: &[
            (Form::Kabushiki, 3),
            (Form::Yugen, 1),
            (Form::Individual, 1),
        ],
        endings: &[
            w("典礼", "テンレイ", "tenrei"),
            w("セレモニー", "セレモニー", "ceremony"),
            w("ブライダル", "ブライダル", "bridal"),
        ],
        individual: &[w("葬祭", "ソウサイ", "sosai")],
        facilities: &[
            fac("葬儀会館").weight(2),
            fac("結婚式場"),
            fac("寺院")
                .named("宗教法人{temple}")
                .mix(&[("201", 2), ("257", 1)]),
        ],
        mix: &[("425", 6), ("409", 3), ("404", 1), ("383", 1), ("429", 2)],
        business: &["葬祭業（{f}{n}か所）", "結婚式場・宴会場の運営"],
        features: &["人生の大切な節目に寄り添う仕事です。"],
        ..sector("ceremony", "冠婚葬祭", 5)
    },
    Sector {
        forms: &[(Form::Kabushiki, 3), (Form::Godo, 1), (Form::Individual, 1)],
        endings: &[
            w("ライフサポート", "ライフサポート", "lifesupport"),
            w("ペットサービス", "ペットサービス", "pet"),
            w("トラベル", "トラベル", "travel"),
        ],
        individual: &[w("ペットサロン", "ペットサロン", "petsalon")],
        facilities: &[
            fac("ペットサロン").mix(&[("426", 4), ("123", 1)]),
            fac("家事代行サービス")
                .pattern(P::Visit)
                .mix(&[("351", 3), ("359", 2)]),
            fac("旅行センター").mix(&[("421", 4), ("422", 1), ("254", 1)]),
            fac("生活サービスセンター"),
        ],
        mix: &[
            ("423", 2),
            ("429", 2),
            ("359", 1),
            ("389", 1),
            ("299", 1),
            ("424", 1),
        ],
        business: &[
            "家事代行・生活支援サービス",
            "ペットのトリミング・ホテル",
            "旅行業（第3種旅行業）",
        ],
        features: &["お客様から直接「ありがとう」をいただける仕事です。"],
        ..sector("life_service", "生活関連サービス", 6)
    },
    Sector {
        forms: &[(Form::Kabushiki, 1)],
        endings: &[
            w("電力", "デンリョク", "denryoku"),
            w("ガス", "ガス", "gas"),
            w("エネルギー", "エネルギー", "energy"),
            w("水道サービス", "スイドウサービス", "suido"),
        ],
        facilities: &[
            fac("発電所").pattern(P::Station),
            fac("浄水場").pattern(P::Station),
            fac("営業所"),
        ],
        mix: &[
            ("691", 3),
            ("692", 1),
            ("694", 2),
            ("716", 1),
            ("106", 1),
            ("119", 1),
            ("291", 1),
            ("292", 1),
            ("699", 1),
        ],
        business: &["電力・ガスの供給", "上下水道施設の運転管理受託"],
        features: &["社会インフラを支える安定した仕事です。"],
        ..sector("utility", "電気・ガス・水道", 3)
    },
    Sector {
        lean: Lean::Metro,
        forms: &[(Form::Kabushiki, 1)],
        endings: &[
            w(
                "コミュニケーションズ",
                "コミュニケーションズ",
                "communications",
            ),
            w("テレサービス", "テレサービス", "teleservice"),
        ],
        facilities: &[fac("コールセンター")],
        mix: &[("256", 15), ("312", 3), ("311", 2), ("345", 1), ("257", 1)],
        business: &[
            "コールセンターの運営受託",
            "テレマーケティング・データ入力業務の受託",
        ],
        features: &[
            "研修期間は座学とロールプレイで、しっかり準備してからデビューできます。",
            "髪型・服装自由で働きやすい職場です。",
        ],
        ..sector("callcenter", "コールセンター", 6)
    },
    Sector {
        lean: Lean::Metro,
        forms: &[(Form::Kabushiki, 2), (Form::Ippan, 1)],
        endings: &[
            w("分析センター", "ブンセキセンター", "bunseki"),
            w("研究所", "ケンキュウジョ", "kenkyujo"),
        ],
        facilities: &[fac("研究所")],
        mix: &[
            ("051", 4),
            ("143", 2),
            ("119", 2),
            ("087", 1),
            ("623", 1),
            ("061", 1),
            ("257", 1),
        ],
        business: &["受託分析・試験検査", "食品・環境の分析および研究開発"],
        features: &["最新の分析機器がそろう環境で専門性を高められます。"],
        ..sector("research", "研究・検査機関", 3)
    },
    Sector {
        forms: &[(Form::Kabushiki, 3), (Form::Yugen, 2)],
        endings: SERVICE,
        facilities: &[fac("本社"), fac("事業所")],
        mix: &[
            ("257", 6),
            ("251", 4),
            ("263", 4),
            ("252", 2),
            ("281", 3),
            ("349", 3),
            ("254", 1),
            ("255", 1),
            ("253", 1),
            ("021", 1),
            ("031", 1),
            ("049", 1),
            ("782", 1),
            ("789", 1),
        ],
        business: &[
            "事務所用品の販売および総合サービス業",
            "各種業務の受託・総合サービス",
            "グループ会社の管理業務",
        ],
        features: &[
            "社員の定着率が高く、長く働ける会社です。",
            "有給休暇を取得しやすい雰囲気があります。",
        ],
        ..sector("general", "サービス業（他に分類されないもの）", 25)
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::occupation;

    #[test]
    fn every_mix_names_known_codes_and_every_code_is_used() {
        let mut used = std::collections::BTreeSet::new();
        for sector in SECTORS {
            assert!(!sector.facilities.is_empty(), "{}", sector.key);
            assert!(!sector.forms.is_empty() && !sector.business.is_empty());
            let mixes =
                std::iter::once(sector.mix).chain(sector.facilities.iter().filter_map(|f| f.mix));
            for mix in mixes {
                assert!(!mix.is_empty(), "{}", sector.key);
                for (code, weight) in mix {
                    assert!(
                        occupation::position(code).is_some(),
                        "{code} in {}",
                        sector.key
                    );
                    assert!(*weight > 0);
                    used.insert(*code);
                }
            }
            let needs_endings = sector.forms.iter().any(|(f, w)| *w > 0 && f.is_company());
            assert!(
                !needs_endings || !sector.endings.is_empty(),
                "{}",
                sector.key
            );
            let needs_assoc = sector.forms.iter().any(|(f, w)| {
                *w > 0 && !f.is_company() && !matches!(f, Form::Individual | Form::Public)
            });
            assert!(
                !needs_assoc || !sector.assoc.is_empty() || !sector.endings.is_empty(),
                "{}",
                sector.key
            );
            let needs_individual = sector
                .forms
                .iter()
                .any(|(f, w)| *w > 0 && *f == Form::Individual);
            assert!(
                !needs_individual || !sector.individual.is_empty(),
                "{}",
                sector.key
            );
            if sector.forms.iter().any(|(f, _)| *f == Form::Public) {
                assert!(sector.facilities.iter().all(|f| f.name.is_some()));
            }
        }
        for profile in occupation::profiles() {
            assert!(used.contains(profile.code), "{} is in no mix", profile.code);
        }
    }
}
