//! `application_documents`: the 応募書類 (PDFs) sent with an application, written once in the
//! application's transaction. Lists read their names and sizes only; the content is read one
//! document at a time.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::application_documents;
use crate::AnyConnection;

/// A document as lists show it (without its content).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = application_documents)]
pub struct DocumentEntry {
    pub application_id: i64,
    pub number: i32,
    pub kind: String,
    pub file_name: String,
    pub byte_size: i64,
}

/// A document to store.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = application_documents)]
pub struct NewDocument<'a> {
    pub application_id: i64,
    pub number: i32,
    pub kind: &'a str,
    pub file_name: &'a str,
    pub byte_size: i64,
    pub content: &'a [u8],
    pub created_at: NaiveDateTime,
}

/// Stores `documents` (inside the caller's transaction).
pub fn insert(conn: &mut AnyConnection, documents: &[NewDocument<'_>]) -> QueryResult<()> {
    for document in documents {
        diesel::insert_into(application_documents::table)
            .values(document)
            .execute(conn)?;
    }
    Ok(())
}

/// The documents of the applications `ids`, in order within each.
pub fn entries_of(conn: &mut AnyConnection, ids: &[i64]) -> QueryResult<Vec<DocumentEntry>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    application_documents::table
        .filter(application_documents::application_id.eq_any(ids))
        .order((
            application_documents::application_id,
            application_documents::number,
        ))
        .select(DocumentEntry::as_select())
        .load(conn)
}

/// One document with its content: its entry and the PDF.
pub fn read(
    conn: &mut AnyConnection,
    application_id: i64,
    number: i32,
) -> QueryResult<Option<(DocumentEntry, Vec<u8>)>> {
    application_documents::table
        .find((application_id, number))
        .select((DocumentEntry::as_select(), application_documents::content))
        .first(conn)
        .optional()
}
