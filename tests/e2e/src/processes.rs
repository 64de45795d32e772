//! The app's process tree as Linux's `/proc` shows it: who is below whom, what each runs, how
//! long ago it started, and its memory (PSS, which shares each page among the processes that
//! map it, so a tree's figures add up).

use std::path::PathBuf;
use std::time::Duration;

/// `(parent pid, state, start time in clock ticks after boot)` from `/proc/<pid>/stat`.
fn stat(pid: u32) -> Option<(u32, char, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces: read after the last one.
    let rest = stat.get(stat.rfind(')')? + 1..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let state = fields.first()?.chars().next()?;
    let parent = fields.get(1)?.parse().ok()?;
    // Field 22 of the line; the first after the name is field 3.
    let start = fields.get(19)?.parse().ok()?;
    Some((parent, state, start))
}

/// Every process below `root` (children, their children…), not `root` itself.
pub fn descendants(root: u32) -> Vec<u32> {
    let all: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .map(|dir| {
            dir.filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
                .filter_map(|pid| Some((pid, stat(pid)?.0)))
                .collect()
        })
        .unwrap_or_default();
    let mut found = vec![root];
    let mut i = 0;
    while let Some(&parent) = found.get(i) {
        found.extend(
            all.iter()
                .filter(|(_, p)| *p == parent)
                .map(|(pid, _)| *pid),
        );
        i += 1;
    }
    found.retain(|pid| *pid != root);
    found
}

/// Still running: present and not a zombie waiting for its parent.
pub fn is_running(pid: u32) -> bool {
    stat(pid).is_some_and(|(_, state, _)| state != 'Z' && state != 'X')
}

/// The program a process runs.
pub fn executable(pid: u32) -> Option<PathBuf> {
    std::fs::read_link(format!("/proc/{pid}/exe")).ok()
}

/// The short name of a process (`comm`: at most 15 bytes, e.g. `WebKitWebProces`).
pub fn name(pid: u32) -> Option<String> {
    Some(
        std::fs::read_to_string(format!("/proc/{pid}/comm"))
            .ok()?
            .trim()
            .to_owned(),
    )
}

/// How long ago the process started (to the clock tick, 10 ms on Linux).
pub fn age(pid: u32) -> Option<Duration> {
    let (_, _, start_ticks) = stat(pid)?;
    let uptime: f64 = std::fs::read_to_string("/proc/uptime")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    // USER_HZ is 100 on every Linux the app runs on.
    let started = start_ticks as f64 / 100.0;
    Some(Duration::from_secs_f64((uptime - started).max(0.0)))
}

/// The proportional set size of a process in KiB (`Pss:` of `/proc/<pid>/smaps_rollup`).
pub fn pss_kib(pid: u32) -> Option<u64> {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    rollup
        .lines()
        .find_map(|line| line.strip_prefix("Pss:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}
