//! Documents the app saves for the person (a 紹介状 to print): written whole to a temporary
//! file in the downloads folder and renamed, so a half-written PDF is never left under the
//! final name; an existing file of the same name is replaced (it is the same document).

use std::path::Path;

use shigoto_shared::{ApiError, ErrorCode, SavedDocument};

/// Writes `bytes` as `name` in `dir` (made if missing).
pub fn save(dir: &Path, name: &str, bytes: &[u8]) -> Result<SavedDocument, ApiError> {
    let refused = |err: std::io::Error| {
        tracing::error!(code = "document_unsaved", error = %err, dir = %dir.display(), "could not save a document");
        ApiError::new(
            ErrorCode::Internal,
            crate::language::texts().t_with(
                "desktop-document-unsaved",
                &[("folder", dir.display().to_string().into())],
            ),
        )
    };
    std::fs::create_dir_all(dir).map_err(refused)?;
    let path = dir.join(name);
    let partial = dir.join(format!(".{name}.part"));
    std::fs::write(&partial, bytes).map_err(refused)?;
    std::fs::rename(&partial, &path).map_err(refused)?;
    tracing::info!(path = %path.display(), bytes = bytes.len(), "document saved");
    Ok(SavedDocument {
        path: path.display().to_string(),
        bytes: bytes.len() as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_written_whole_under_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("ダウンロード");
        let saved = save(&folder, "紹介状_00000001.pdf", b"%PDF-1.7 test").unwrap();
        assert_eq!(saved.bytes, 13);
        assert_eq!(std::fs::read(&saved.path).unwrap(), b"%PDF-1.7 test");
        let again = save(&folder, "紹介状_00000001.pdf", b"%PDF-1.7").unwrap();
        assert_eq!(std::fs::read(&again.path).unwrap(), b"%PDF-1.7");
        let names: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "no partial file left: {names:?}");
    }
}
