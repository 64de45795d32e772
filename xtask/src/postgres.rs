//! A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder, started on a
//! free loopback port with fsync off, removed again when dropped.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, Result};

use crate::process::{self, free_port, is_root};

/// A running cluster.
pub struct Cluster {
    dir: PathBuf,
    bin: PathBuf,
    pub port: u16,
}

impl Cluster {
    /// Maintenance database URL (tests create their own databases from it).
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// initdb + start.
    pub fn start() -> Result<Self> {
        let bin = process::output(Command::new("sh").args([
            "-c",
            "ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1",
        ]))?;
        let bin = PathBuf::from(bin.trim());
        anyhow::ensure!(
            bin.join("initdb").is_file(),
            "PostgreSQL server binaries not found"
        );
        let dir = std::env::temp_dir().join(format!("shigoto-pg-{}", std::process::id()));
        if dir.exists() {
            std::fs::remove_dir_all(&dir)?;
        }
        std::fs::create_dir_all(&dir)?;
        let port = free_port()?;
        let cluster = Self { dir, bin, port };
        if is_root() {
            // initdb refuses to run as root: the cluster belongs to the postgres user.
            process::run(
                Command::new("chown")
                    .arg("postgres:postgres")
                    .arg(&cluster.dir),
            )?;
        }
        let data = cluster.dir.join("data");
        process::run(cluster.as_owner("initdb").arg("-D").arg(&data).args([
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ]))
        .context("initdb")?;
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200",
            cluster.dir.display()
        );
        process::run(
            cluster
                .as_owner("pg_ctl")
                .arg("-D")
                .arg(&data)
                .args(["-w", "-l"])
                .arg(cluster.dir.join("server.log"))
                .args(["-o", &options, "start"]),
        )
        .context("pg_ctl start")?;
        Ok(cluster)
    }

    fn as_owner(&self, tool: &str) -> Command {
        let program = self.bin.join(tool);
        if is_root() {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(program);
            command
        } else {
            Command::new(program)
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self
            .as_owner("pg_ctl")
            .arg("-D")
            .arg(self.dir.join("data"))
            .args(["-m", "immediate", "stop"])
            .status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
