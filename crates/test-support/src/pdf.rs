//! Reading back the PDFs the service makes, as a reader would: their text through poppler's
//! `pdftotext` (installed by `cargo xtask setup --test`).

/// The text of a PDF, laid out roughly as on the page.
pub fn pdf_text(pdf: &[u8]) -> anyhow::Result<String> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("document.pdf");
    std::fs::write(&path, pdf)?;
    let out = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .map_err(|err| {
            anyhow::anyhow!(
                "pdftotext (poppler-utils) is needed: cargo xtask setup --test installs it: {err}"
            )
        })?;
    anyhow::ensure!(out.status.success(), "pdftotext failed: {out:?}");
    Ok(String::from_utf8(out.stdout)?)
}
