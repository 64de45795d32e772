//! How the search benchmarks report their timings: percentiles of a run's durations in
//! milliseconds, a row of p50/p99 pairs per query kind.

use std::time::Duration;

/// The `p`-th percentile of `times` (sorts them).
pub fn percentile(times: &mut [Duration], p: usize) -> Duration {
    times.sort();
    let rank = (times.len() * p).div_ceil(100).saturating_sub(1);
    times.get(rank).copied().unwrap_or_default()
}

/// A duration in milliseconds, two decimals.
pub fn ms(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1000.0)
}

/// `text` padded with spaces to `width` terminal columns (a Japanese character takes two), so
/// tables line up in a terminal.
pub fn padded(text: &str, width: usize) -> String {
    let columns: usize = text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
    format!("{text}{}", " ".repeat(width.saturating_sub(columns)))
}

/// The heading of a table whose columns are p50/p99 pairs of `names`.
pub fn heading(names: &[&str]) -> String {
    let mut line = padded("query", 22);
    for name in names {
        line.push_str(&format!(
            " {:>13} {:>13}",
            format!("{name} p50"),
            format!("{name} p99")
        ));
    }
    line
}

/// One row: `name`, then the p50 and p99 of each column of durations (a dash for a column
/// that was not measured for this row).
pub fn row(name: &str, columns: &mut [Vec<Duration>]) -> String {
    let mut line = padded(name, 22);
    for times in columns.iter_mut() {
        if times.is_empty() {
            line.push_str(&format!(" {:>13} {:>13}", "-", "-"));
        } else {
            line.push_str(&format!(
                " {:>13} {:>13}",
                ms(percentile(times, 50)),
                ms(percentile(times, 99))
            ));
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_pick_the_rank() {
        let mut times: Vec<Duration> = (1..=100).rev().map(Duration::from_millis).collect();
        assert_eq!(percentile(&mut times, 50), Duration::from_millis(50));
        assert_eq!(percentile(&mut times, 99), Duration::from_millis(99));
        assert_eq!(percentile(&mut [], 99), Duration::ZERO);
        assert_eq!(ms(Duration::from_micros(1_250)), "1.25 ms");
        assert_eq!(padded("求人番号", 10), "求人番号  ");
        assert_eq!(padded("query", 7), "query  ");
        let unmeasured = row("kind", &mut [vec![Duration::from_millis(2)], Vec::new()]);
        assert!(
            unmeasured.ends_with("            -             -"),
            "{unmeasured}"
        );
        assert!(unmeasured.contains("2.00 ms"), "{unmeasured}");
    }
}
