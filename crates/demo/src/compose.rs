//! Composes the free text of a posting from the phrase tables: 仕事内容 (3–6 sentences),
//! 求人に関する特記事項 and 備考, each consistent with the rest of the sheet.

use shigoto_shared::{EmploymentType, JobCategory, RemoteWork, WageKind, WageSection, WorkStyle};

use crate::dice::Dice;
use crate::kind::Kind;
use crate::occupation::Profile;
use crate::text::{self, fill};
use crate::wage::yen;

/// The words a description is filled with.
pub(crate) struct Context<'a> {
    /// The facility as shown in text (「特別養護老人ホーム」, 「本社」).
    pub facility: &'a str,
    /// The city of the work place (「札幌市」).
    pub city: &'a str,
    /// People at the work place.
    pub people: u32,
}

/// 仕事内容: a lead sentence, two or three tasks, up to two sentences about the workplace.
pub(crate) fn description(dice: &mut Dice, profile: &Profile, ctx: &Context<'_>) -> String {
    let kind_text = text::kind_text(profile.kind);
    let mut out = String::with_capacity(400);
    let lead = dice.pick(kind_text.leads, "");
    fill(lead, ctx.facility, ctx.city, ctx.people, &mut out);

    let specific = &profile.tasks;
    let wanted = 2 + dice.below(2);
    let mut tasks: Vec<&str> = Vec::with_capacity(3);
    if specific.is_empty() {
        for at in dice.distinct(kind_text.tasks.len(), wanted) {
            tasks.push(kind_text.tasks[at]);
        }
    } else {
        let generic = kind_text.mixable && !kind_text.tasks.is_empty() && dice.chance(50);
        let own = (wanted - usize::from(generic)).min(specific.len());
        for at in dice.distinct(specific.len(), own) {
            tasks.push(specific[at]);
        }
        if generic || tasks.len() < 2 {
            if let Some(&extra) = kind_text.tasks.get(dice.below(kind_text.tasks.len())) {
                tasks.push(extra);
            }
        }
    }
    for task in tasks {
        fill(task, ctx.facility, ctx.city, ctx.people, &mut out);
    }
    // Sentences that give the head count only suit small workplaces.
    let env: Vec<&str> = kind_text
        .env
        .iter()
        .copied()
        .filter(|e| ctx.people <= 40 || !e.contains("{n}"))
        .collect();
    let env_count = dice.below(3).min(env.len());
    for at in dice.distinct(env.len(), env_count) {
        fill(env[at], ctx.facility, ctx.city, ctx.people, &mut out);
    }
    out
}

/// What the special notes depend on.
pub(crate) struct NoteInput<'a> {
    pub kind: Kind,
    pub style: WorkStyle,
    pub employment: EmploymentType,
    pub category: JobCategory,
    pub wage: &'a WageSection,
    pub fixed_overtime_hours: Option<u32>,
    pub shift_count: usize,
    pub night: bool,
    pub contract_months: Option<u16>,
    pub trial_months: Option<u8>,
    pub car_commute: bool,
    pub parking: bool,
    pub licensed: bool,
    pub uij_turn: bool,
    pub remote: RemoteWork,
    pub city: &'a str,
    /// Month (1–12) the posting was received.
    pub received_month: u32,
    /// Year of the 3月 graduation a new-graduate posting is for.
    pub graduation_year: i32,
}

fn dispatch_destination(kind: Kind) -> &'static str {
    match kind {
        Kind::Office | Kind::Accounting | Kind::MedOffice => "一般企業の事務部門",
        Kind::Factory | Kind::Inspection => "製造業の工場",
        Kind::Logistics => "物流センター",
        _ => "取引先企業",
    }
}

/// 求人に関する特記事項, one 「＊」 line each.
pub(crate) fn special_notes(dice: &mut Dice, input: &NoteInput<'_>) -> String {
    let mut lines: Vec<String> = Vec::with_capacity(6);
    match input.employment {
        EmploymentType::DispatchFixed | EmploymentType::DispatchIndefinite => {
            lines.push(format!(
                "＊この求人は労働者派遣です（派遣先：{}内の{}）。",
                input.city,
                dispatch_destination(input.kind)
            ));
            if let Some(months) = input.contract_months {
                lines.push(format!(
                    "＊派遣期間は{months}か月で、更新の可能性があります。"
                ));
            }
        }
        _ => {}
    }
    match input.category {
        JobCategory::NewGraduate => lines.push(format!(
            "＊{}年3月に学校を卒業予定の方、および卒業後おおむね3年以内の方が対象です。",
            input.graduation_year
        )),
        JobCategory::Seasonal => {
            let months = u32::from(input.contract_months.unwrap_or(3)).max(1);
            let start = input.received_month % 12 + 1;
            let end = (start + months - 2) % 12 + 1;
            lines.push(format!("＊{start}月から{end}月までの季節雇用です。"));
        }
        JobCategory::Migrant => {
            lines.push("＊出稼ぎの方の応募を歓迎します。寮（個室）を用意しています。".to_owned());
        }
        JobCategory::Disability => {
            lines.push("＊障害者手帳をお持ちの方を対象とした求人です。".to_owned());
            lines.push("＊通院や体調に配慮した勤務が可能です。".to_owned());
        }
        JobCategory::General => {}
    }
    if input.night {
        if matches!(input.kind, Kind::Care | Kind::Nurse | Kind::MedAide) {
            lines.push(format!(
                "＊夜勤は月4〜5回程度です（夜勤手当 1回 {}円）。",
                yen(dice.stepped(5_000, 10_000, 500))
            ));
        } else {
            lines.push("＊夜勤があります（深夜割増賃金を支給）。".to_owned());
        }
    }
    if input.shift_count > 1 {
        lines.push(format!(
            "＊就業時間（1）〜（{}）の交替制です。",
            input.shift_count
        ));
    }
    if input.style == WorkStyle::PartTime && dice.chance(60) {
        lines.push("＊勤務日数・時間は相談に応じます。扶養の範囲内での勤務も可能です。".to_owned());
    }
    if let (Some(hours), Some(amount)) = (input.fixed_overtime_hours, input.wage.fixed_overtime) {
        lines.push(format!(
            "＊固定残業代（{hours}時間分 {}円）は時間外労働の有無にかかわらず支給し、{hours}時間を超える時間外労働分は追加で支給します。",
            yen(amount)
        ));
    }
    if input.style == WorkStyle::FullTime {
        match input.wage.kind {
            WageKind::Daily => {
                let days = 21 + dice.below(2) as u32;
                lines.push(format!(
                    "＊月額換算（月{days}日勤務）：{}円〜{}円",
                    yen(input.wage.base_min * days),
                    yen(input.wage.base_max * days)
                ));
            }
            WageKind::Hourly => lines.push(format!(
                "＊月収例：時給{}円×8時間×21日＝{}円",
                yen(input.wage.base_min),
                yen(input.wage.base_min * 8 * 21)
            )),
            WageKind::Monthly => {}
        }
    }
    if let Some(months) = input.trial_months {
        lines.push(format!(
            "＊試用期間{months}か月（期間中の労働条件に変更はありません）。"
        ));
    }
    if input.car_commute && input.parking && dice.chance(50) {
        lines.push("＊マイカー通勤可（無料駐車場あり）。".to_owned());
    }
    if input.licensed
        && matches!(
            input.kind,
            Kind::Driver
                | Kind::Care
                | Kind::Construction
                | Kind::Civil
                | Kind::Electrician
                | Kind::BuildingMgmt
        )
        && dice.chance(30)
    {
        lines.push("＊資格取得支援制度があります（費用は会社負担）。".to_owned());
    }
    if input.uij_turn {
        lines.push("＊UIJターン希望の方を歓迎します。面接日程は相談に応じます。".to_owned());
    }
    match input.remote {
        RemoteWork::Partial => {
            lines.push("＊在宅勤務は週1〜2日程度可能です（入社後3か月は出社）。".to_owned());
        }
        RemoteWork::Full => {
            lines
                .push("＊原則として在宅勤務です（月1回程度、本社で打合せがあります）。".to_owned());
        }
        RemoteWork::None => {}
    }
    if lines.len() < 3 || dice.chance(40) {
        let note = dice.pick(text::GENERAL_NOTES, text::GENERAL_NOTES[0]);
        lines.push(note.to_owned());
    }
    lines.join("\n")
}

/// 備考: the smoking policy and one or two practical remarks.
pub(crate) fn remarks(dice: &mut Dice, smoking: &str) -> String {
    let mut out = format!("＊就業場所の受動喫煙対策：{smoking}");
    let count = 1 + dice.below(2);
    for at in dice.distinct(text::REMARKS.len(), count) {
        out.push('\n');
        out.push_str(text::REMARKS[at]);
    }
    out
}
