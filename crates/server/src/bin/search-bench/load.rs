//! The HTTP load run: the release service (`shigoto-server`, built next to this binary) serves
//! the benchmark's database and index on a loopback port, and `wrk` asks it the searches given,
//! in turn, over a few keep-alive connections for a fixed time. Every answer carries its facet
//! counts, as the app's searches do; with more distinct searches than the service's facet cache
//! holds, each one is counted afresh. Prints what wrk measured: requests per second and the
//! latency percentiles, with the answers that were not 200.

use std::io::Write as _;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};

/// How long the service may take to open the index and listen.
const START_TIMEOUT: Duration = Duration::from_secs(300);

/// How the load is applied.
#[derive(Debug, Clone, Copy)]
pub struct Load {
    /// wrk threads (each an event loop).
    pub threads: u32,
    /// Keep-alive connections, shared by the threads.
    pub connections: u32,
    /// Measured time.
    pub duration: Duration,
}

/// What wrk measured.
#[derive(Debug, Clone, Copy)]
pub struct Measured {
    pub requests: u64,
    pub requests_per_second: f64,
    pub p50: Duration,
    pub p99: Duration,
    /// Answers other than 2xx/3xx, plus connection errors and timeouts.
    pub failed: u64,
}

/// The service process, stopped when dropped.
pub struct Service {
    child: Child,
    pub addr: SocketAddr,
}

impl Drop for Service {
    fn drop(&mut self) {
        // The benchmark's data folder goes right after; a service left running would hold it.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the release service over `database` with `data_dir` (whose `index` folder the
/// benchmark built) and waits until it listens.
pub fn start_service(data_dir: &Path, database: &Path) -> anyhow::Result<Service> {
    let exe = std::env::current_exe()?
        .parent()
        .context("the benchmark's folder")?
        .join("shigoto-server");
    let addr = free_loopback_port()?;
    let log = std::fs::File::create(data_dir.join("service.log"))?;
    let mut child = Command::new(&exe)
        .env("SHIGOTO_BIND", addr.to_string())
        .env("SHIGOTO_DATA_DIR", data_dir)
        .env("SHIGOTO_DATABASE_URL", database)
        .env("SHIGOTO_DEMO_JOBS", "0")
        // The benchmark compacts the index itself, between its measurements.
        .env("SHIGOTO_INDEX_COMPACT_IDLE_SECS", "0")
        .env("SHIGOTO_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .with_context(|| {
            format!(
                "cannot start {} (cargo build --release -p shigoto-server)",
                exe.display()
            )
        })?;
    let started = Instant::now();
    while TcpStream::connect(addr).is_err() {
        if let Some(status) = child.try_wait()? {
            let log = std::fs::read_to_string(data_dir.join("service.log")).unwrap_or_default();
            bail!("the service stopped ({status}) before listening:\n{log}");
        }
        if started.elapsed() > START_TIMEOUT {
            let _ = child.kill();
            bail!("the service did not listen within {START_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Ok(Service { child, addr })
}

/// Runs wrk against `service` with `paths` (each a path and query) asked in turn.
pub fn run_wrk(
    service: &Service,
    script_dir: &Path,
    paths: &[String],
    load: Load,
) -> anyhow::Result<Measured> {
    let script = write_script(script_dir, paths)?;
    let output = Command::new("wrk")
        .arg(format!("--threads={}", load.threads))
        .arg(format!("--connections={}", load.connections))
        .arg(format!("--duration={}s", load.duration.as_secs().max(1)))
        .arg("--timeout=10s")
        .arg("--script")
        .arg(&script)
        .arg(format!("http://{}", service.addr))
        .output()
        .context("cannot run wrk (apt-get install wrk; `cargo xtask bench` installs it)")?;
    if !output.status.success() {
        bail!("wrk failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    parse_summary(&String::from_utf8_lossy(&output.stdout))
}

/// The Lua script: each wrk thread asks the paths in turn from its own starting point, and the
/// run ends with one machine-readable line.
fn write_script(dir: &Path, paths: &[String]) -> anyhow::Result<PathBuf> {
    let path = dir.join("load.lua");
    let mut file = std::fs::File::create(&path)?;
    writeln!(file, "local paths = {{")?;
    for p in paths {
        // Paths are URL-encoded ASCII; no quote or backslash reaches the Lua string.
        writeln!(file, "  \"{p}\",")?;
    }
    writeln!(file, "}}")?;
    file.write_all(
        br#"local threads = 0
setup = function(thread)
  thread:set("next_path", threads * 7919)
  threads = threads + 1
end
request = function()
  next_path = (next_path or 0) % #paths + 1
  return wrk.format("GET", paths[next_path])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("shigoto-load requests=%d micros=%d failed=%d p50=%d p99=%d\n",
    summary.requests, summary.duration,
    e.status + e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
"#,
    )?;
    Ok(path)
}

fn parse_summary(stdout: &str) -> anyhow::Result<Measured> {
    let line = stdout
        .lines()
        .find(|line| line.starts_with("shigoto-load "))
        .with_context(|| format!("wrk printed no summary:\n{stdout}"))?;
    let value = |name: &str| -> anyhow::Result<u64> {
        line.split_whitespace()
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
            .with_context(|| format!("no {name} in {line:?}"))?
            .parse()
            .with_context(|| format!("{name} in {line:?}"))
    };
    let requests = value("requests")?;
    let micros = value("micros")?.max(1);
    Ok(Measured {
        requests,
        requests_per_second: requests as f64 * 1e6 / micros as f64,
        p50: Duration::from_micros(value("p50")?),
        p99: Duration::from_micros(value("p99")?),
        failed: value("failed")?,
    })
}

fn free_loopback_port() -> anyhow::Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_line_is_read() {
        let measured = parse_summary(
            "Running 10s test\nshigoto-load requests=2500 micros=10000000 failed=3 p50=1500 p99=9000\n",
        )
        .expect("parsed");
        assert_eq!(measured.requests, 2500);
        assert!((measured.requests_per_second - 250.0).abs() < 1e-9);
        assert_eq!(measured.p99, Duration::from_micros(9000));
        assert_eq!(measured.failed, 3);
        assert!(parse_summary("nothing").is_err());
    }
}
