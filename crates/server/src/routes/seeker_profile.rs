//! 求職者情報 in the MyPage sync: a `save_profile` mutation is checked by the domain on the
//! Japan date and kept as the seeker's whole profile (the newest save wins), numbered in the
//! seeker's MyPage sequence; a pull carries it when it changed after the cursor. Counselors read
//! it on the seeker's record.

use chrono::NaiveDateTime;
use shigoto_domain::japan_time::japan_date;
use shigoto_i18n::{Catalogue, Text};
use shigoto_server_db::{mypage, seeker_profiles, seekers, AnyConnection};
use shigoto_shared::{ErrorCode, KeptProfile, Outcome, SeekerProfile};

use crate::error::AppError;

/// Keeps `profile` for the account's seeker (inside the mutation's transaction); a rejection is
/// written in `texts`' language.
pub(crate) fn save(
    conn: &mut AnyConnection,
    account_id: i64,
    profile: &SeekerProfile,
    now: NaiveDateTime,
    texts: &Catalogue,
) -> Result<Outcome, AppError> {
    let Some(seeker) = seekers::find_by_account(conn, account_id)? else {
        return Ok(Outcome::Rejected {
            code: ErrorCode::NotFound,
            message: texts.t("service-profile-not-a-seeker"),
        });
    };
    let checked = match shigoto_domain::profile::check(profile, japan_date(now)) {
        Ok(checked) => checked,
        Err(problems) => {
            // A sync outcome is kept and answered again as it was: in Japanese, like the others.
            let first = problems
                .first()
                .map(|p| shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja).text(&p.message))
                .unwrap_or_default();
            return Ok(Outcome::Rejected {
                code: ErrorCode::InvalidParameter,
                message: texts.text(&Text::new("service-profile-not-saved").with("reason", first)),
            });
        }
    };
    let text = serde_json::to_string(&checked).map_err(AppError::internal)?;
    let unchanged =
        seeker_profiles::find(conn, seeker.id)?.is_some_and(|kept| kept.profile == text);
    if !unchanged {
        let seq = mypage::next_seq(conn, account_id)?;
        seeker_profiles::put(conn, seeker.id, &text, seq, now)?;
    }
    Ok(Outcome::Applied)
}

/// The seeker's profile as kept, if one was saved.
pub(crate) fn kept(
    conn: &mut AnyConnection,
    seeker_id: i64,
) -> Result<Option<KeptProfile>, AppError> {
    seeker_profiles::find(conn, seeker_id)?
        .map(read)
        .transpose()
}

/// The seeker's profile when it changed after MyPage number `seq`.
pub(crate) fn changed(
    conn: &mut AnyConnection,
    seeker_id: i64,
    seq: i64,
) -> Result<Option<KeptProfile>, AppError> {
    seeker_profiles::changed_since(conn, seeker_id, seq)?
        .map(read)
        .transpose()
}

fn read(stored: seeker_profiles::StoredProfile) -> Result<KeptProfile, AppError> {
    Ok(KeptProfile {
        profile: serde_json::from_str(&stored.profile).map_err(AppError::internal)?,
        updated_at: stored.updated_at,
    })
}
