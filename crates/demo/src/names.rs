//! Name parts for fictional employers and people: company name stems and endings with their
//! katakana readings and a romanization (for web addresses), legal forms, family and given names.

/// A word with its reading (katakana) and a romanization (lower-case ASCII).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    pub text: &'static str,
    pub kana: &'static str,
    pub roman: &'static str,
}

pub(crate) const fn w(text: &'static str, kana: &'static str, roman: &'static str) -> Word {
    Word { text, kana, roman }
}

/// Name stems that read well in front of any business ending.
pub(crate) const STEMS: &[Word] = &[
    w("さくら", "サクラ", "sakura"),
    w("青葉", "アオバ", "aoba"),
    w("みなと", "ミナト", "minato"),
    w("ひかり", "ヒカリ", "hikari"),
    w("若葉", "ワカバ", "wakaba"),
    w("朝日", "アサヒ", "asahi"),
    w("東洋", "トウヨウ", "toyo"),
    w("中央", "チュウオウ", "chuo"),
    w("日の出", "ヒノデ", "hinode"),
    w("大和", "ヤマト", "yamato"),
    w("富士", "フジ", "fuji"),
    w("北斗", "ホクト", "hokuto"),
    w("三陽", "サンヨウ", "sanyo"),
    w("丸和", "マルワ", "maruwa"),
    w("協和", "キョウワ", "kyowa"),
    w("共栄", "キョウエイ", "kyoei"),
    w("平和", "ヘイワ", "heiwa"),
    w("光和", "コウワ", "kowa"),
    w("栄光", "エイコウ", "eiko"),
    w("明星", "ミョウジョウ", "myojo"),
    w("若竹", "ワカタケ", "wakatake"),
    w("つばさ", "ツバサ", "tsubasa"),
    w("あおぞら", "アオゾラ", "aozora"),
    w("ふれあい", "フレアイ", "fureai"),
    w("やまびこ", "ヤマビコ", "yamabiko"),
    w("松風", "マツカゼ", "matsukaze"),
    w("白樺", "シラカバ", "shirakaba"),
    w("葵", "アオイ", "aoi"),
    w("千代田", "チヨダ", "chiyoda"),
    w("三和", "サンワ", "sanwa"),
    w("太陽", "タイヨウ", "taiyo"),
    w("緑風", "リョクフウ", "ryokufu"),
    w("新星", "シンセイ", "shinsei"),
    w("東和", "トウワ", "towa"),
    w("大成", "タイセイ", "taisei"),
    w("昭栄", "ショウエイ", "shoei"),
    w("なごみ", "ナゴミ", "nagomi"),
    w("はるか", "ハルカ", "haruka"),
    w("いずみ", "イズミ", "izumi"),
    w("こすもす", "コスモス", "cosmos"),
    w("きらら", "キララ", "kirara"),
    w("松葉", "マツバ", "matsuba"),
    w("桜川", "サクラガワ", "sakuragawa"),
    w("清流", "セイリュウ", "seiryu"),
    w("北辰", "ホクシン", "hokushin"),
    w("旭", "アサヒ", "asahi"),
    w("双葉", "フタバ", "futaba"),
    w("日進", "ニッシン", "nisshin"),
    w("報徳", "ホウトク", "hotoku"),
    w("未来", "ミライ", "mirai"),
];

/// Family names with readings, in rough order of frequency.
pub(crate) const FAMILY: &[Word] = &[
    w("佐藤", "サトウ", "sato"),
    w("鈴木", "スズキ", "suzuki"),
    w("高橋", "タカハシ", "takahashi"),
    w("田中", "タナカ", "tanaka"),
    w("伊藤", "イトウ", "ito"),
    w("渡辺", "ワタナベ", "watanabe"),
    w("山本", "ヤマモト", "yamamoto"),
    w("中村", "ナカムラ", "nakamura"),
    w("小林", "コバヤシ", "kobayashi"),
    w("加藤", "カトウ", "kato"),
    w("吉田", "ヨシダ", "yoshida"),
    w("山田", "ヤマダ", "yamada"),
    w("佐々木", "ササキ", "sasaki"),
    w("松本", "マツモト", "matsumoto"),
    w("井上", "イノウエ", "inoue"),
    w("木村", "キムラ", "kimura"),
    w("林", "ハヤシ", "hayashi"),
    w("斎藤", "サイトウ", "saito"),
    w("清水", "シミズ", "shimizu"),
    w("山口", "ヤマグチ", "yamaguchi"),
    w("森", "モリ", "mori"),
    w("池田", "イケダ", "ikeda"),
    w("橋本", "ハシモト", "hashimoto"),
    w("阿部", "アベ", "abe"),
    w("石川", "イシカワ", "ishikawa"),
    w("前田", "マエダ", "maeda"),
    w("藤田", "フジタ", "fujita"),
    w("岡田", "オカダ", "okada"),
    w("後藤", "ゴトウ", "goto"),
    w("長谷川", "ハセガワ", "hasegawa"),
    w("村上", "ムラカミ", "murakami"),
    w("近藤", "コンドウ", "kondo"),
    w("石井", "イシイ", "ishii"),
    w("坂本", "サカモト", "sakamoto"),
    w("遠藤", "エンドウ", "endo"),
    w("青木", "アオキ", "aoki"),
    w("藤井", "フジイ", "fujii"),
    w("西村", "ニシムラ", "nishimura"),
    w("福田", "フクダ", "fukuda"),
    w("太田", "オオタ", "ota"),
    w("三浦", "ミウラ", "miura"),
    w("藤原", "フジワラ", "fujiwara"),
    w("岡本", "オカモト", "okamoto"),
    w("松田", "マツダ", "matsuda"),
    w("中川", "ナカガワ", "nakagawa"),
];

/// Given names.
pub(crate) const GIVEN: &[&str] = &[
    "健一",
    "誠",
    "大輔",
    "直樹",
    "浩二",
    "和也",
    "翔太",
    "拓也",
    "隆",
    "修",
    "剛",
    "博之",
    "智子",
    "裕子",
    "美穂",
    "恵",
    "直子",
    "真由美",
    "陽子",
    "久美子",
    "由美",
    "彩",
    "麻衣",
    "千尋",
];

/// The legal form of an employer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    Kabushiki,
    Yugen,
    Godo,
    Shafuku,
    Iryo,
    IryoShadan,
    Gakko,
    Ippan,
    Npo,
    Nouji,
    Kyodo,
    Shukyo,
    /// A sole proprietor: no corporate number, named after the owner.
    Individual,
    /// A public body, named by its facility's template.
    Public,
}

impl Form {
    /// The form as written in the name and its reading.
    pub(crate) fn parts(self) -> (&'static str, &'static str) {
        match self {
            Form::Kabushiki => ("株式会社", "カブシキガイシャ"),
            Form::Yugen => ("有限会社", "ユウゲンガイシャ"),
            Form::Godo => ("合同会社", "ゴウドウガイシャ"),
            Form::Shafuku => ("社会福祉法人", "シャカイフクシホウジン"),
            Form::Iryo => ("医療法人", "イリョウホウジン"),
            Form::IryoShadan => ("医療法人社団", "イリョウホウジンシャダン"),
            Form::Gakko => ("学校法人", "ガッコウホウジン"),
            Form::Ippan => ("一般社団法人", "イッパンシャダンホウジン"),
            Form::Npo => ("特定非営利活動法人", "トクテイヒエイリカツドウホウジン"),
            Form::Nouji => ("農事組合法人", "ノウジクミアイホウジン"),
            Form::Kyodo => ("協同組合", "キョウドウクミアイ"),
            Form::Shukyo => ("宗教法人", "シュウキョウホウジン"),
            Form::Individual | Form::Public => ("", ""),
        }
    }

    /// A company (会社) rather than a non-profit 法人.
    pub(crate) fn is_company(self) -> bool {
        matches!(self, Form::Kabushiki | Form::Yugen | Form::Godo)
    }

    /// The title of the person who represents the employer.
    pub(crate) fn head(self) -> &'static str {
        match self {
            Form::Kabushiki => "代表取締役",
            Form::Yugen => "取締役",
            Form::Godo => "代表社員",
            Form::Shafuku | Form::Iryo | Form::IryoShadan | Form::Gakko | Form::Nouji => "理事長",
            Form::Ippan | Form::Npo | Form::Kyodo => "代表理事",
            Form::Shukyo => "代表役員",
            Form::Individual => "代表",
            Form::Public => "所属長",
        }
    }

    /// The domain suffix of its web site.
    pub(crate) fn domain(self) -> &'static str {
        match self {
            Form::Kabushiki | Form::Yugen | Form::Godo => ".co.jp",
            Form::Shafuku
            | Form::Iryo
            | Form::IryoShadan
            | Form::Ippan
            | Form::Npo
            | Form::Nouji
            | Form::Kyodo
            | Form::Shukyo => ".or.jp",
            Form::Gakko => ".ac.jp",
            Form::Individual => ".jp",
            Form::Public => ".lg.jp",
        }
    }
}
