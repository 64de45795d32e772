//! The public office directory (`GET /api/v1/offices?prefecture=NN`): a prefecture's Hello
//! Work offices with their jurisdictions, open to everyone without an account.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::Json;
use shigoto_i18n::key;
use shigoto_server_db::offices;
use shigoto_shared::{ApiError, ErrorCode, OfficeDirectory, OfficeEntry, OfficeQuery};

use crate::app::AppState;
use crate::error::AppError;
use crate::extract::ApiQuery;

/// The offices of one prefecture, each with the municipalities it covers.
#[utoipa::path(get, path = "/api/v1/offices", tag = "offices",
    params(OfficeQuery),
    responses(
        (status = 200, description = "The prefecture's offices, by code", body = OfficeDirectory),
        (status = 400, description = "Not a prefecture code", body = ApiError),
    ))]
pub async fn list(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<OfficeQuery>,
) -> Result<Json<OfficeDirectory>, AppError> {
    let Some(prefecture) = shigoto_refdata::prefecture(query.prefecture.trim()) else {
        return Err(AppError::texted_at(
            ErrorCode::InvalidParameter,
            "prefecture",
            key!("error-no-such-prefecture"),
            &[("code", query.prefecture.chars().take(8).collect())],
        ));
    };
    let db = state.db.clone();
    let (found, jurisdictions) = tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        let found = offices::in_prefecture(&mut conn, prefecture.code)?;
        let jurisdictions = offices::jurisdictions_in_prefecture(&mut conn, prefecture.code)?;
        Ok::<_, AppError>((found, jurisdictions))
    })
    .await??;
    let mut covered: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in jurisdictions {
        covered
            .entry(row.office_code)
            .or_default()
            .push(row.municipality_code);
    }
    let offices = found
        .into_iter()
        .map(|office| OfficeEntry {
            municipality_codes: covered.remove(&office.code).unwrap_or_default(),
            code: office.code,
            name: office.name,
            prefecture_code: office.prefecture_code,
            address: office.address,
            phone: office.phone,
            hours: office.hours,
            demo: office.demo,
        })
        .collect();
    Ok(Json(OfficeDirectory {
        prefecture_code: prefecture.code.to_owned(),
        offices,
    }))
}
