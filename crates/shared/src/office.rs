//! The public directory of Hello Work offices: each office of a prefecture with its address,
//! phone, hours and the municipalities its jurisdiction (管轄) covers.

use serde::{Deserialize, Serialize};

/// Which prefecture's offices to list (`GET /api/v1/offices?prefecture=01`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema, utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct OfficeQuery {
    /// 都道府県コード, 2 digits.
    pub prefecture: String,
}

/// One office of the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OfficeEntry {
    /// 5 digits: the prefecture and three more.
    pub code: String,
    /// 「ハローワーク札幌」.
    pub name: String,
    pub prefecture_code: String,
    /// 所在地 with the prefecture.
    pub address: String,
    pub phone: String,
    /// 開庁時間.
    pub hours: String,
    /// One of the demo's invented offices, not a real one.
    pub demo: bool,
    /// The municipalities its jurisdiction covers (codes, in code order).
    pub municipality_codes: Vec<String>,
}

/// The offices of one prefecture, by code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OfficeDirectory {
    pub prefecture_code: String,
    pub offices: Vec<OfficeEntry>,
}
