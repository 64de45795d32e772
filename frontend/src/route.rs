//! The screens of the app, one [`Route`] each, and who may see them. The app runs under a hash
//! router (`#/jobs/…`), which works under Tauri's custom protocol; "back" is the router's
//! history. [`switch`] draws the page of a route behind its [`Access`] rule (see
//! [`crate::pages::guard`]).
//!
//! To add a screen: write its page in `pages/<area>/`, add a variant here with its path and
//! access, and a line in [`switch`].

use shigoto_shared::Role;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages::{
    account, counselor, employer, guard::Guarded, help, job, messages, not_found, offices, search,
    seeker,
};

#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    /// 求人検索: the search form with the result list below it.
    #[at("/")]
    Search,
    /// One 求人票.
    #[at("/jobs/:job_number")]
    Job { job_number: String },
    /// 応募する (オンライン自主応募) of one posting.
    #[at("/jobs/:job_number/apply")]
    Apply { job_number: String },
    /// ログイン.
    #[at("/login")]
    Login,
    /// 求職者マイページの開設（ハローワークをご利用中の方）.
    #[at("/mypage/opening")]
    Opening,
    /// マイページを開設して求職申込み（ハローワークに登録していない方）.
    #[at("/mypage/registration")]
    Registration,
    /// パスワードを忘れた方・ロックされた方.
    #[at("/password-reset")]
    PasswordReset,
    /// パスワード変更.
    #[at("/account/password")]
    PasswordChange,
    /// メールアドレス変更.
    #[at("/account/email")]
    EmailChange,
    /// 端末の設定.
    #[at("/settings")]
    Settings,
    /// ヘルプ: the help desk, how to use the service, the terms and the privacy policy.
    #[at("/help")]
    Help,
    /// ハローワークの所在地・管轄: the offices of a prefecture and what each covers.
    #[at("/offices")]
    Offices,
    /// お気に入り求人.
    #[at("/mypage/favorites")]
    Favorites,
    /// 非表示の事業所: the employers hidden from the results.
    #[at("/mypage/hidden-employers")]
    HiddenEmployers,
    /// 求職活動状況.
    #[at("/mypage/activity")]
    Activity,
    /// 求職者情報・設定.
    #[at("/mypage/info")]
    SeekerInfo,
    /// 各種設定 (求職有効).
    #[at("/mypage/info/settings")]
    SeekerSettings,
    /// 求職者情報の変更.
    #[at("/mypage/info/profile")]
    SeekerProfile,
    /// 求職情報公開.
    #[at("/mypage/info/publication")]
    Publication,
    /// メッセージ: the threads of a job seeker or an employer.
    #[at("/messages")]
    Messages,
    /// One thread.
    #[at("/messages/:id")]
    Thread { id: i64 },
    /// 求職者の記録: a counselor opens a job seeker by 求職番号.
    #[at("/counselor/seekers")]
    SeekerDesk,
    /// One job seeker's record at the counter.
    #[at("/counselor/seekers/:seeker_number")]
    SeekerRecord { seeker_number: String },
    /// 窓口での求職登録.
    #[at("/counselor/counter")]
    Counter,
    /// 仮登録の本登録.
    #[at("/counselor/provisional")]
    Provisional,
    /// 求人者マイページの開設（事業主の方）.
    #[at("/employer/opening")]
    EmployerOpening,
    /// 求人者マイページ (the employer's 事業所登録).
    #[at("/employer")]
    EmployerHome,
    /// 事業所登録の審査.
    #[at("/counselor/employers")]
    EmployerReview,
    /// 求人一覧 (the employer's postings).
    #[at("/employer/postings")]
    EmployerPostings,
    /// 求職者を探す (published 求職情報 and 応募検討依頼).
    #[at("/employer/seekers")]
    SeekerSearch,
    /// One of the employer's postings: the eight-step editor of a draft or a returned posting,
    /// else its detail.
    #[at("/employer/postings/:id")]
    EmployerPosting { id: i64 },
    /// 応募者一覧 of one of the employer's published postings.
    #[at("/employer/jobs/:job_number/applicants")]
    EmployerApplicants { job_number: String },
    /// One applicant, with 採否.
    #[at("/employer/applicants/:id")]
    EmployerApplicant { id: i64 },
    /// 求人受理: the filed postings of the counselor's prefecture.
    #[at("/counselor/postings")]
    PostingQueue,
    /// The review of one filed posting.
    #[at("/counselor/postings/:id")]
    PostingReview { id: i64 },
    /// 操作の記録: the audit trail of the counselor's office.
    #[at("/counselor/actions")]
    CounselorActions,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

/// Who may see a screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Everyone,
    /// Any signed-in account.
    SignedIn,
    /// Accounts of this role.
    Role(Role),
    /// The two sides of messages: job seekers and employers.
    SeekerOrEmployer,
}

impl Route {
    pub fn access(&self) -> Access {
        match self {
            Route::Search
            | Route::Job { .. }
            | Route::Login
            | Route::Opening
            | Route::Registration
            | Route::PasswordReset
            | Route::Settings
            | Route::Help
            | Route::Offices
            | Route::EmployerOpening
            | Route::NotFound => Access::Everyone,
            Route::PasswordChange | Route::EmailChange => Access::SignedIn,
            Route::Messages | Route::Thread { .. } => Access::SeekerOrEmployer,
            Route::Favorites
            | Route::HiddenEmployers
            | Route::Activity
            | Route::SeekerInfo
            | Route::SeekerSettings
            | Route::SeekerProfile
            | Route::Publication
            | Route::Apply { .. } => Access::Role(Role::Seeker),
            Route::Counter
            | Route::Provisional
            | Route::EmployerReview
            | Route::PostingQueue
            | Route::CounselorActions
            | Route::PostingReview { .. }
            | Route::SeekerDesk
            | Route::SeekerRecord { .. } => Access::Role(Role::Counselor),
            Route::EmployerHome
            | Route::EmployerPostings
            | Route::SeekerSearch
            | Route::EmployerPosting { .. }
            | Route::EmployerApplicants { .. }
            | Route::EmployerApplicant { .. } => Access::Role(Role::Employer),
        }
    }

    /// The menu entry a screen belongs to (a posting belongs to its list).
    pub fn menu_entry(&self) -> Route {
        match self {
            Route::EmployerPosting { .. }
            | Route::EmployerApplicants { .. }
            | Route::EmployerApplicant { .. } => Route::EmployerPostings,
            Route::PostingReview { .. } => Route::PostingQueue,
            Route::SeekerSettings | Route::SeekerProfile | Route::Publication => Route::SeekerInfo,
            Route::Apply { .. } => Route::Search,
            Route::SeekerRecord { .. } => Route::SeekerDesk,
            Route::Thread { .. } => Route::Messages,
            Route::Offices => Route::Help,
            other => other.clone(),
        }
    }

    /// Where an account starts after signing in.
    pub fn home_of(role: Role) -> Route {
        match role {
            Role::Counselor => Route::Counter,
            Role::Employer => Route::EmployerHome,
            Role::Seeker => Route::Search,
        }
    }
}

/// The page of `route`.
pub fn switch(route: Route) -> Html {
    let page = match &route {
        Route::Search => html! { <search::SearchPage /> },
        Route::Job { job_number } => html! { <job::JobPage job_number={job_number.clone()} /> },
        Route::Apply { job_number } => html! {
            <seeker::apply::ApplyPage key={job_number.clone()} job_number={job_number.clone()} />
        },
        Route::Login => html! { <account::login::LoginPage /> },
        Route::Opening => html! { <account::opening::OpeningPage /> },
        Route::Registration => html! { <account::registration::RegistrationPage /> },
        Route::PasswordReset => html! { <account::password_reset::PasswordResetPage /> },
        Route::PasswordChange => html! { <account::password_change::PasswordChangePage /> },
        Route::EmailChange => html! { <account::email_change::EmailChangePage /> },
        Route::Settings => html! { <account::settings::SettingsPage /> },
        Route::Help => html! { <help::HelpPage /> },
        Route::Offices => html! { <offices::OfficesPage /> },
        Route::Favorites => html! { <seeker::favorites::FavoritesPage /> },
        Route::HiddenEmployers => html! { <seeker::hidden_employers::HiddenEmployersPage /> },
        Route::Activity => html! { <seeker::activity::ActivityPage /> },
        Route::SeekerInfo => html! { <seeker::info::SeekerInfoPage /> },
        Route::SeekerSettings => html! { <seeker::settings::SeekingSettingsPage /> },
        Route::SeekerProfile => html! { <seeker::profile::SeekerProfilePage /> },
        Route::Publication => html! { <seeker::publication::PublicationPage /> },
        Route::Messages => html! { <messages::list::MessagesPage /> },
        // Keyed by the thread: another thread starts afresh.
        Route::Thread { id } => html! { <messages::thread::ThreadPage key={*id} id={*id} /> },
        Route::SeekerDesk => html! { <counselor::seeker_desk::SeekerDeskPage /> },
        // Keyed by the seeker: another seeker's record starts afresh.
        Route::SeekerRecord { seeker_number } => html! {
            <counselor::seeker_record::SeekerRecordPage key={seeker_number.clone()}
                seeker_number={seeker_number.clone()} />
        },
        Route::Counter => html! { <counselor::counter::CounterPage /> },
        Route::Provisional => html! { <counselor::provisional::ProvisionalPage /> },
        Route::EmployerReview => html! { <counselor::employer_review::EmployerReviewPage /> },
        Route::EmployerOpening => html! { <employer::opening::EmployerOpeningPage /> },
        Route::EmployerHome => html! { <employer::home::EmployerHomePage /> },
        Route::EmployerPostings => html! { <employer::postings::PostingListPage /> },
        Route::SeekerSearch => html! { <employer::seekers::SeekerSearchPage /> },
        // Keyed by the posting: another posting's screen starts afresh.
        Route::EmployerPosting { id } => html! {
            <employer::posting::PostingPage key={*id} id={*id} />
        },
        Route::EmployerApplicants { job_number } => html! {
            <employer::applicants::ApplicantsPage key={job_number.clone()} job_number={job_number.clone()} />
        },
        Route::EmployerApplicant { id } => html! {
            <employer::applicant::ApplicantPage key={*id} id={*id} />
        },
        Route::PostingQueue => html! { <counselor::posting_queue::PostingQueuePage /> },
        Route::CounselorActions => html! { <counselor::actions::CounselorActionsPage /> },
        Route::PostingReview { id } => html! {
            <counselor::posting_review::PostingReviewPage key={*id} id={*id} />
        },
        Route::NotFound => html! { <not_found::NotFoundPage /> },
    };
    html! { <Guarded route={route}>{ page }</Guarded> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_has_its_address_and_its_people() {
        let job = Route::Job {
            job_number: "13010-12345678".into(),
        };
        assert_eq!(job.to_path(), "/jobs/13010-12345678");
        assert_eq!(Route::recognize("/jobs/13010-12345678"), Some(job));
        assert_eq!(Route::recognize("/no/such/screen"), Some(Route::NotFound));
        assert_eq!(Route::Favorites.access(), Access::Role(Role::Seeker));
        assert_eq!(Route::HiddenEmployers.access(), Access::Role(Role::Seeker));
        assert_eq!(
            Route::EmployerReview.access(),
            Access::Role(Role::Counselor)
        );
        assert_eq!(Route::EmailChange.access(), Access::SignedIn);
        let posting = Route::EmployerPosting { id: 42 };
        assert_eq!(posting.to_path(), "/employer/postings/42");
        assert_eq!(
            Route::recognize("/employer/postings/42"),
            Some(posting.clone())
        );
        assert_eq!(
            Route::recognize("/employer/postings"),
            Some(Route::EmployerPostings)
        );
        assert_eq!(posting.access(), Access::Role(Role::Employer));
        assert_eq!(posting.menu_entry(), Route::EmployerPostings);
        let review = Route::PostingReview { id: 7 };
        assert_eq!(
            Route::recognize("/counselor/postings/7"),
            Some(review.clone())
        );
        assert_eq!(review.access(), Access::Role(Role::Counselor));
        assert_eq!(review.menu_entry(), Route::PostingQueue);
        assert_eq!(
            Route::recognize("/employer/postings/abc"),
            Some(Route::NotFound)
        );
        assert_eq!(Route::Search.access(), Access::Everyone);
        assert_eq!(Route::recognize("/help"), Some(Route::Help));
        assert_eq!(Route::Help.access(), Access::Everyone);
        assert_eq!(Route::recognize("/offices"), Some(Route::Offices));
        assert_eq!(Route::Offices.access(), Access::Everyone);
        assert_eq!(Route::Offices.menu_entry(), Route::Help);
        assert_eq!(
            Route::recognize("/mypage/info/settings"),
            Some(Route::SeekerSettings)
        );
        assert_eq!(Route::SeekerSettings.access(), Access::Role(Role::Seeker));
        assert_eq!(Route::SeekerSettings.menu_entry(), Route::SeekerInfo);
        let record = Route::SeekerRecord {
            seeker_number: "13010-00000001".into(),
        };
        assert_eq!(
            Route::recognize("/counselor/seekers/13010-00000001"),
            Some(record.clone())
        );
        assert_eq!(record.access(), Access::Role(Role::Counselor));
        assert_eq!(record.menu_entry(), Route::SeekerDesk);
        for role in [Role::Seeker, Role::Employer, Role::Counselor] {
            let home = Route::home_of(role).access();
            assert!(
                home == Access::Everyone || home == Access::Role(role),
                "{role:?}"
            );
        }
    }
}
