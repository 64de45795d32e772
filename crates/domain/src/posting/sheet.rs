//! The 求人票 a checked form becomes: the company from the 事業所登録, every section from the
//! steps, and what 受理 gives it (求人番号, 受付年月日, 紹介期限日, 受理安定所).

use chrono::NaiveDate;
use shigoto_shared::{EmployerProfile, EmployerSection, JobSheet, JobStatus, PostingForm};

use super::{check, Checked, Context, Problems};
use crate::validity;

/// Shown instead of the 求人番号 before 受理.
pub const NUMBER_AT_ACCEPTANCE: &str = "受理時に付番";

/// What 受理 gives a posting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub job_number: String,
    pub received_on: NaiveDate,
    pub referral_deadline: NaiveDate,
    /// 受理安定所.
    pub receiving_office: String,
}

/// 紹介期限日 of a posting accepted on `received_on`: 翌々月末日, or for 新卒・既卒 postings 31
/// March of the graduation year.
pub fn referral_deadline(checked: &Checked, received_on: NaiveDate) -> NaiveDate {
    match checked.category.graduation_year {
        Some(year) => validity::new_graduate_deadline(year),
        None => validity::end_of_month_after_next(received_on),
    }
}

/// The 求人票 of a checked form, for the company `company` (事業所番号 `office_number`).
pub fn sheet(
    checked: &Checked,
    company: &EmployerProfile,
    office_number: &str,
    issue: Issue,
) -> JobSheet {
    JobSheet {
        job_number: issue.job_number,
        received_on: issue.received_on,
        referral_deadline: issue.referral_deadline,
        receiving_office: issue.receiving_office,
        category: checked.category.category,
        work_style: checked.category.work_style,
        status: JobStatus::Open,
        publication: checked.selection.publication,
        online_application: checked.selection.online_application,
        graduation_year: checked.category.graduation_year,
        employer: EmployerSection {
            name: Some(company.name.clone()),
            name_kana: Some(company.name_kana.clone()),
            office_number: Some(office_number.to_owned()),
            postal_code: Some(company.postal_code.clone()),
            address: Some(crate::employer::full_address(company)),
            phone: Some(company.phone.clone()),
            homepage: company.homepage.clone(),
            representative: Some(company.representative.clone()),
            corporate_number: checked.company.corporate_number.clone(),
            business: company.business.clone(),
            features: checked.pr.features.clone(),
            employees_total: company.employees,
            employees_site: checked.company.employees_site,
            founded_year: checked.company.founded_year,
            capital_man_yen: checked.company.capital_man_yen,
        },
        work: checked.work.clone(),
        wage: checked.wage.clone(),
        hours: checked.hours.clone(),
        conditions: checked.conditions.clone(),
        selection: checked.selection.section.clone(),
        notes: checked.pr.notes.clone(),
        employer_hidden: false,
    }
}

/// The 求人票 as it would be published if accepted today (for the 確認 page and the counselor's
/// review): the number reads 「受理時に付番」.
pub fn preview(
    form: &PostingForm,
    context: &Context,
    office_number: &str,
    receiving_office: &str,
) -> Result<JobSheet, Problems> {
    let checked = check(form, context)?;
    let issue = Issue {
        job_number: NUMBER_AT_ACCEPTANCE.to_owned(),
        received_on: context.today,
        referral_deadline: referral_deadline(&checked, context.today),
        receiving_office: receiving_office.to_owned(),
    };
    Ok(sheet(&checked, context.company, office_number, issue))
}
