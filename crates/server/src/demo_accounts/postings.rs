//! The demo employer's postings, so the local demo shows the whole pipeline at once: two
//! published (受理 by the demo counselor, in search), one filed and waiting in the counselor's
//! 求人受理 list, and one half-written draft. They go through the same database functions and
//! the same 受理 as the routes; the forms are `shigoto_demo::posting_forms`.

use chrono::{NaiveDate, NaiveDateTime};
use shigoto_demo::posting_forms::{half_written, office_clerk, route_sales, warehouse_part_time};
use shigoto_server_db::job_postings::{self, Created, NewDraft};
use shigoto_server_db::{employer_registrations, AnyConnection};

use crate::admin::AdminError;
use crate::error::AppError;
use crate::routes::counselor_postings::accept_filed;

/// Files the demo employer's postings: the two published ones accepted by `counselor_id`.
pub fn seed(
    conn: &mut AnyConnection,
    account_id: i64,
    counselor_id: i64,
    today: NaiveDate,
    now: NaiveDateTime,
) -> Result<(), AdminError> {
    let registration = employer_registrations::find_by_account(conn, account_id)?
        .ok_or_else(|| AdminError::Invalid("the demo employer has no registration".into()))?
        .registration;
    let employer_id = registration
        .employer_id
        .ok_or_else(|| AdminError::Invalid("the demo employer is not accepted".into()))?;
    let plan = [
        (office_clerk(), true, true),
        (warehouse_part_time(), true, true),
        (route_sales(), true, false),
        (half_written(), false, false),
    ];
    for (form, file, accept) in plan {
        let text = serde_json::to_string(&form).map_err(AppError::internal)?;
        let title = crate::routes::posting_views::list_title(&form);
        let created = shigoto_server_db::write_transaction(conn, |conn| {
            job_postings::create_draft(
                conn,
                NewDraft {
                    employer_id,
                    form: &text,
                    title: &title,
                    prefecture_code: &registration.prefecture_code,
                    office_code: &registration.office_code,
                    revises_id: None,
                },
                i64::MAX,
                now,
            )
        })?;
        let Created::Draft(id) = created else {
            return Err(AdminError::Invalid("demo posting draft refused".into()));
        };
        if file && !job_postings::submit(conn, id, employer_id, &text, &title, now)? {
            return Err(AdminError::Invalid("demo posting not filed".into()));
        }
        if accept {
            let posting = job_postings::find(conn, id)?
                .ok_or_else(|| AdminError::Invalid("demo posting vanished".into()))?;
            accept_filed(conn, &posting, counselor_id, today, now)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use shigoto_domain::posting::{check, Context};

    use super::*;

    #[test]
    fn the_filed_demo_postings_pass_every_step_and_the_draft_does_not() {
        let company = shigoto_domain::employer::check(&super::super::employer_profile()).unwrap();
        let context = Context {
            today: NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
            company: &company,
        };
        for form in [office_clerk(), warehouse_part_time(), route_sales()] {
            let checked = check(&form, &context);
            assert!(checked.is_ok(), "{}: {:?}", form.work.title, checked.err());
        }
        assert!(check(&half_written(), &context).is_err());
    }
}
