//! Accessibility checked by a real tool on every screen the tests look at: axe-core (the npm
//! release `cargo xtask setup --test` pins, found through `SHIGOTO_AXE_SCRIPT`) is injected
//! into the app's window through WebDriver and run against the WCAG 2.1 A and AA rules; a
//! violation of serious or critical impact fails the test, naming the rule, its help and the
//! elements.

use std::sync::OnceLock;

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use thirtyfour::prelude::*;

use crate::required_env;

/// The axe-core script, read once.
fn script() -> Result<&'static str> {
    static SCRIPT: OnceLock<String> = OnceLock::new();
    if let Some(script) = SCRIPT.get() {
        return Ok(script);
    }
    let path = required_env("SHIGOTO_AXE_SCRIPT")?;
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("reading axe-core from {path} (cargo xtask setup --test)"))?;
    Ok(SCRIPT.get_or_init(|| text))
}

/// Injects axe-core unless the page has it, runs it and answers the violations that matter.
const RUN: &str = r#"
const done = arguments[arguments.length - 1];
window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
}).then(
    (results) => done(results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 8).map((n) => n.target.join(' ') + ' — ' + (n.failureSummary || '')),
        }))),
    (error) => done([{ id: 'axe-error', impact: 'critical', help: String(error), nodes: [] }]),
);
"#;

#[derive(Debug, Deserialize)]
struct Violation {
    id: String,
    impact: String,
    help: String,
    nodes: Vec<String>,
}

/// Runs axe-core on the screen shown (`screen` names it in a failure).
pub async fn check(driver: &WebDriver, screen: &str) -> Result<()> {
    let present = driver
        .execute("return typeof window.axe === 'object';", Vec::new())
        .await?;
    if present.json() != &serde_json::Value::Bool(true) {
        driver.execute(script()?, Vec::new()).await?;
    }
    let answer = driver.execute_async(RUN, Vec::new()).await?;
    let violations: Vec<Violation> = serde_json::from_value(answer.json().clone())
        .with_context(|| format!("axe-core's answer on {screen}: {}", answer.json()))?;
    if violations.is_empty() {
        return Ok(());
    }
    let report: Vec<String> = violations
        .iter()
        .map(|v| {
            format!(
                "  {} ({}): {}\n{}",
                v.id,
                v.impact,
                v.help,
                v.nodes
                    .iter()
                    .map(|node| format!("    {node}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        })
        .collect();
    if let Ok(path) = std::env::var("AXE_SURVEY") {
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        writeln!(f, "== {screen}\n{}", report.join("\n"))?;
        return Ok(());
    }
    bail!(
        "axe-core finds serious accessibility violations on {screen}:\n{}",
        report.join("\n")
    )
}
