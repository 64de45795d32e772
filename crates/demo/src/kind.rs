//! Job families: groups of 職業分類 minor codes that share a wage band, a working-hours pattern,
//! a part-time share and description phrases. Each minor code belongs to one family
//! (see `occupation.rs`).

/// A job family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    Office,
    Accounting,
    MedOffice,
    It,
    DevEngineer,
    ProdEngineer,
    BuildEngineer,
    Researcher,
    Doctor,
    Pharmacist,
    Nurse,
    Therapist,
    Dental,
    Nutrition,
    Welfare,
    Nursery,
    Teacher,
    Legal,
    Creative,
    Performer,
    Manager,
    Retail,
    Sales,
    Care,
    MedAide,
    Beauty,
    Cook,
    Server,
    Hotel,
    Housekeeping,
    BuildingMgmt,
    Security,
    Cleaning,
    Driver,
    Transport,
    Logistics,
    Factory,
    Inspection,
    Mechanic,
    Construction,
    Electrician,
    Civil,
    Farm,
    Forestry,
    Fishery,
    Public,
    Service,
}

/// The daily rhythm of a job: which shifts, which days off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pattern {
    /// Weekday office hours.
    Office,
    /// A clinic: long lunch break, Thursday and Sunday off.
    Clinic,
    /// Round-the-clock care or ward work with night shifts.
    Care24,
    /// Day-time care (デイサービス): one day shift, Sundays off.
    Day,
    /// Home visits: day shifts, short part-time slots.
    Visit,
    Retail,
    Restaurant,
    Hotel,
    /// Institutional kitchen (給食): early starts.
    Kitchen,
    Factory,
    Logistics,
    Driver,
    Construction,
    Security,
    Cleaning,
    /// Nursery and school.
    School,
    /// Cram school and lessons: afternoon and evening.
    Cram,
    Farm,
    /// Railway and ship crews: rotating day, evening and night duty.
    Station,
}

/// How much of the job can be done from home.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Remote {
    Never,
    Sometimes,
    Often,
}

/// The numbers that drive a family's postings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Params {
    /// Share of part-time postings, percent.
    pub part_time: u32,
    /// 月給 lower bound band at the national level, thousand yen.
    pub monthly: (u32, u32),
    /// 時給 band for part-time work where the minimum wage is 1,100 yen.
    pub hourly: (u32, u32),
    /// 日給 band (yen) and the share of full-time postings paid by the day, when any.
    pub daily: Option<(u32, u32, u32)>,
    pub pattern: Pattern,
    pub remote: Remote,
    /// Share of postings that ask for a school background, percent.
    pub education: u32,
    /// Part of the medical and care cluster, whose hours follow the facility.
    pub care_cluster: bool,
}

const fn params(
    part_time: u32,
    monthly: (u32, u32),
    hourly: (u32, u32),
    pattern: Pattern,
) -> Params {
    Params {
        part_time,
        monthly,
        hourly,
        daily: None,
        pattern,
        remote: Remote::Never,
        education: 15,
        care_cluster: false,
    }
}

impl Params {
    const fn remote(mut self, remote: Remote) -> Self {
        self.remote = remote;
        self
    }
    const fn daily(mut self, low: u32, high: u32, share: u32) -> Self {
        self.daily = Some((low, high, share));
        self
    }
    const fn education(mut self, share: u32) -> Self {
        self.education = share;
        self
    }
    const fn care(mut self) -> Self {
        self.care_cluster = true;
        self
    }
}

impl Kind {
    /// The family's numbers.
    pub(crate) fn params(self) -> Params {
        use Pattern as P;
        use Remote::{Often, Sometimes};
        match self {
            Kind::Office => params(30, (180, 230), (1100, 1300), P::Office)
                .remote(Sometimes)
                .education(25),
            Kind::Accounting => params(25, (190, 260), (1150, 1400), P::Office)
                .remote(Sometimes)
                .education(30),
            Kind::MedOffice => params(40, (175, 215), (1080, 1250), P::Clinic).care(),
            Kind::It => params(5, (230, 380), (1500, 2200), P::Office)
                .remote(Often)
                .education(45),
            Kind::DevEngineer => params(3, (230, 350), (1400, 1800), P::Office)
                .remote(Sometimes)
                .education(60),
            Kind::ProdEngineer => params(3, (210, 320), (1300, 1600), P::Office).education(45),
            Kind::BuildEngineer => {
                params(3, (250, 400), (1400, 1800), P::Construction).education(30)
            }
            Kind::Researcher => params(5, (230, 350), (1300, 1700), P::Office)
                .remote(Sometimes)
                .education(80),
            Kind::Doctor => params(20, (800, 1300), (8000, 12000), P::Clinic)
                .education(0)
                .care(),
            Kind::Pharmacist => params(30, (300, 420), (2000, 2600), P::Clinic)
                .education(0)
                .care(),
            Kind::Nurse => params(30, (230, 320), (1500, 2000), P::Care24)
                .education(0)
                .care(),
            Kind::Therapist => params(20, (210, 280), (1500, 2000), P::Clinic)
                .education(0)
                .care(),
            Kind::Dental => params(35, (200, 280), (1300, 1700), P::Clinic)
                .education(0)
                .care(),
            Kind::Nutrition => params(20, (190, 240), (1150, 1400), P::Kitchen)
                .education(0)
                .care(),
            Kind::Welfare => params(15, (190, 250), (1150, 1400), P::Day)
                .education(20)
                .care(),
            Kind::Nursery => params(35, (190, 250), (1100, 1350), P::School).education(0),
            Kind::Teacher => params(40, (200, 300), (1300, 2000), P::School).education(60),
            Kind::Legal => params(15, (200, 320), (1200, 1600), P::Office)
                .remote(Sometimes)
                .education(40),
            Kind::Creative => params(15, (200, 300), (1200, 1500), P::Office)
                .remote(Often)
                .education(30),
            Kind::Performer => params(50, (180, 260), (1200, 2000), P::Retail),
            Kind::Manager => params(0, (300, 480), (1500, 2000), P::Office)
                .remote(Sometimes)
                .education(40),
            Kind::Retail => params(55, (180, 230), (1050, 1250), P::Retail).education(5),
            Kind::Sales => params(5, (200, 300), (1150, 1400), P::Office)
                .remote(Sometimes)
                .education(35),
            Kind::Care => params(35, (180, 240), (1100, 1400), P::Care24)
                .education(0)
                .care(),
            Kind::MedAide => params(40, (170, 210), (1080, 1250), P::Clinic)
                .education(0)
                .care(),
            Kind::Beauty => params(25, (180, 260), (1100, 1400), P::Retail).education(0),
            Kind::Cook => params(45, (180, 260), (1080, 1300), P::Restaurant).education(0),
            Kind::Server => params(60, (180, 230), (1050, 1250), P::Restaurant).education(0),
            Kind::Hotel => params(35, (180, 230), (1080, 1250), P::Hotel).education(5),
            Kind::Housekeeping => params(70, (180, 220), (1200, 1500), P::Visit).education(0),
            Kind::BuildingMgmt => params(40, (180, 250), (1050, 1250), P::Security).education(5),
            Kind::Security => params(30, (190, 240), (1100, 1300), P::Security).education(0),
            Kind::Cleaning => params(70, (170, 200), (1050, 1150), P::Cleaning).education(0),
            Kind::Driver => params(15, (230, 350), (1150, 1400), P::Driver).education(0),
            Kind::Transport => params(5, (220, 320), (1200, 1500), P::Station).education(40),
            Kind::Logistics => params(45, (180, 240), (1080, 1300), P::Logistics).education(0),
            Kind::Factory => params(30, (180, 260), (1080, 1300), P::Factory).education(5),
            Kind::Inspection => params(40, (180, 230), (1080, 1250), P::Factory).education(5),
            Kind::Mechanic => params(5, (200, 300), (1200, 1500), P::Office).education(15),
            Kind::Construction => params(3, (220, 360), (1200, 1500), P::Construction)
                .daily(11_000, 18_000, 40)
                .education(0),
            Kind::Electrician => params(3, (220, 330), (1200, 1500), P::Construction)
                .daily(11_000, 17_000, 25)
                .education(5),
            Kind::Civil => params(5, (210, 320), (1150, 1400), P::Construction)
                .daily(10_000, 16_000, 40)
                .education(0),
            Kind::Farm => params(35, (170, 220), (1050, 1200), P::Farm)
                .daily(8_000, 11_000, 20)
                .education(0),
            Kind::Forestry => params(5, (190, 260), (1100, 1300), P::Farm)
                .daily(9_000, 14_000, 50)
                .education(0),
            Kind::Fishery => params(10, (200, 350), (1100, 1300), P::Farm).education(0),
            Kind::Public => params(10, (180, 230), (1050, 1200), P::Office).education(50),
            Kind::Service => params(40, (180, 230), (1080, 1300), P::Retail).education(5),
        }
    }
}
