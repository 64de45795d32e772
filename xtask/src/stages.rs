//! How long each stage of a command took: [`Stages::run`] prints `==> stage: <name>` when a
//! stage starts and `<name> took 1 min 23 s` when it ends; [`Stages::finish`] prints the table of
//! every stage run, and on failure which stage failed after how long.

use std::time::{Duration, Instant};

use anyhow::Result;

/// The stages of one command, in the order they ran.
pub struct Stages {
    command: &'static str,
    started: Instant,
    done: Vec<(String, Duration, bool)>,
}

impl Stages {
    /// Starts timing `command` (e.g. `"cargo xtask test"`).
    pub fn new(command: &'static str) -> Self {
        Self {
            command,
            started: Instant::now(),
            done: Vec::new(),
        }
    }

    /// Runs one stage and records how long it took and whether it failed.
    pub fn run<T>(&mut self, name: &str, work: impl FnOnce() -> Result<T>) -> Result<T> {
        eprintln!("==> stage: {name}");
        let started = Instant::now();
        let result = work();
        let took = started.elapsed();
        match &result {
            Ok(_) => eprintln!("{name} took {}", human(took)),
            Err(_) => eprintln!("{name} failed after {}", human(took)),
        }
        self.done.push((name.to_owned(), took, result.is_ok()));
        result
    }

    /// Prints the table of the stages (`what` names the point reached, e.g. "until the app
    /// opens") and passes `result` on.
    pub fn finish<T>(self, what: &str, result: Result<T>) -> Result<T> {
        let width = self
            .done
            .iter()
            .map(|(name, _, _)| name.chars().count())
            .max()
            .unwrap_or(0)
            .max("total".len());
        eprintln!("\n==> {}: time per stage ({what})", self.command);
        for (name, took, ok) in &self.done {
            let mark = if *ok { "" } else { "  FAILED" };
            eprintln!("  {name:<width$}  {:>12}{mark}", human(*took));
        }
        eprintln!(
            "  {:<width$}  {:>12}",
            "total",
            human(self.started.elapsed())
        );
        if let Some((name, took, _)) = self.done.iter().find(|(_, _, ok)| !ok) {
            eprintln!(
                "{} failed in stage {name} after {}",
                self.command,
                human(*took)
            );
        }
        result
    }
}

/// `0.4 s`, `12 s`, `1 min 23 s`, `1 h 2 min`.
pub fn human(took: Duration) -> String {
    let secs = took.as_secs();
    match secs {
        0..=9 => format!("{:.1} s", took.as_secs_f64()),
        10..=59 => format!("{secs} s"),
        60..=3599 => format!("{} min {} s", secs / 60, secs % 60),
        _ => format!("{} h {} min", secs / 3600, secs % 3600 / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_people_write_them() {
        assert_eq!(human(Duration::from_millis(400)), "0.4 s");
        assert_eq!(human(Duration::from_secs(12)), "12 s");
        assert_eq!(human(Duration::from_secs(83)), "1 min 23 s");
        assert_eq!(human(Duration::from_secs(42 * 60 + 43)), "42 min 43 s");
        assert_eq!(human(Duration::from_secs(3720)), "1 h 2 min");
    }

    #[test]
    fn a_failed_stage_is_recorded_and_its_error_passed_on() {
        let mut stages = Stages::new("cargo xtask test");
        assert_eq!(stages.run("fmt", || Ok(1)).ok(), Some(1));
        assert!(stages
            .run("clippy", || -> Result<()> { anyhow::bail!("lint") })
            .is_err());
        assert_eq!(stages.done.len(), 2);
        assert!(stages.done[0].2);
        assert!(!stages.done[1].2);
        assert!(stages
            .finish("done", Err::<(), _>(anyhow::anyhow!("lint")))
            .is_err());
    }
}
