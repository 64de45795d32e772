//! A posting's wage as a monthly amount, so that postings paid by the hour, the day or the
//! month can be ordered by pay (「賃金の高い順（月額換算）」): 時給 × 8 hours × 21 days, 日給 × 21
//! days. Eight hours is the statutory working day; 21 days is about what a month leaves after
//! 週休二日 and public holidays (a year of 120 days off is 245 working days, 20.4 a month).

use shigoto_shared::WageKind;

/// Working days in a month, for 日給 and 時給.
pub const WORKING_DAYS_A_MONTH: u64 = 21;
/// Working hours in a day, for 時給.
pub const HOURS_A_DAY: u64 = 8;

/// `amount` (yen, paid per `kind`) as a monthly amount.
pub fn monthly_equivalent(kind: WageKind, amount: u32) -> u64 {
    let amount = u64::from(amount);
    match kind {
        WageKind::Monthly => amount,
        WageKind::Daily => amount * WORKING_DAYS_A_MONTH,
        WageKind::Hourly => amount * HOURS_A_DAY * WORKING_DAYS_A_MONTH,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_becomes_a_month() {
        assert_eq!(monthly_equivalent(WageKind::Monthly, 250_000), 250_000);
        assert_eq!(monthly_equivalent(WageKind::Daily, 12_000), 252_000);
        assert_eq!(monthly_equivalent(WageKind::Hourly, 1_500), 252_000);
        assert_eq!(
            monthly_equivalent(WageKind::Hourly, u32::MAX),
            u64::from(u32::MAX) * 168,
            "no overflow"
        );
    }
}
