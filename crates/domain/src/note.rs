//! A short note sent along with something (a counselor's introduction, an employer's
//! 応募検討依頼): trimmed, line breaks as `\n`, within its length, no control characters but line
//! breaks (each sender names its own limit and says the refusal in its own words); and the
//! message that carries it, pointing to a posting.

/// What is wrong with a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteProblem {
    TooLong,
    ControlCharacter,
}

/// The note as stored, or what is wrong with it.
pub fn checked(text: &str, max_chars: usize) -> Result<String, NoteProblem> {
    let note = text.trim().replace("\r\n", "\n");
    if note.chars().count() > max_chars {
        return Err(NoteProblem::TooLong);
    }
    if note.chars().any(|c| c.is_control() && c != '\n') {
        return Err(NoteProblem::ControlCharacter);
    }
    Ok(note)
}

/// A message that points the reader to a posting: 「【heading】lead」, the posting's 求人番号
/// and 職種, then the sender's note when there is one.
pub fn announcing(heading: &str, lead: &str, job: &shigoto_shared::JobSheet, note: &str) -> String {
    let mut text = format!(
        "【{heading}】{lead}\n求人番号 {}　{}",
        job.job_number, job.work.title
    );
    if !note.is_empty() {
        text.push_str("\n\n");
        text.push_str(note);
    }
    text
}
