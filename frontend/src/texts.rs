//! Texts chosen by a value (a role, a person or a company), for the screens that show them:
//! each maps the value to its catalogue key and looks it up in the language shown.

use shigoto_i18n::Catalogue;
use shigoto_shared::{AccountInfo, Role, SortOrder};

/// The role's name (求職者, Employer…).
pub fn role_label(t: &Catalogue, role: Role) -> String {
    match role {
        Role::Seeker => t.t("role-seeker"),
        Role::Employer => t.t("role-employer"),
        Role::Counselor => t.t("role-counselor"),
    }
}

/// How the app addresses the account: a company (employer) as 様, a person as さん (in
/// Japanese; English uses the name alone).
pub fn account_name(t: &Catalogue, account: &AccountInfo) -> String {
    let name = account.display_name.trim();
    match account.role {
        Role::Employer => t.t_with("account-name-company", &[("name", name.into())]),
        Role::Seeker | Role::Counselor => t.t_with("account-name-person", &[("name", name.into())]),
    }
}

/// A search order's name (関連度順, Newest first…).
pub fn sort_label(t: &Catalogue, sort: SortOrder) -> String {
    match sort {
        SortOrder::Relevance => t.t("sort-relevance"),
        SortOrder::ReceivedDesc => t.t("sort-received-desc"),
        SortOrder::DeadlineAsc => t.t("sort-deadline-asc"),
        SortOrder::WageDesc => t.t("sort-wage-desc"),
    }
}
