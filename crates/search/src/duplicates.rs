//! Near-duplicate groups, decided when a posting is indexed: a posting joins the group of the
//! first posting of its scope (the same employer and 公開範囲, `domain::near_duplicates`) it
//! is a near-duplicate of, looked for among the postings this batch added and those the
//! index already holds, else it opens a group of its own. Group numbers come from a counter
//! kept in the commit payload, so they stay small and a search can mark the groups it saw in a
//! bitset. A changed posting is compared with its own previous version too and so keeps its
//! group while it stays alike. The work per posting is bounded: at most
//! [`MAX_COMPARED_POSTINGS`] of its scope's postings are compared.

use std::collections::HashMap;

use shigoto_domain::near_duplicates::{
    fingerprint, near_duplicates, scope, Fingerprint, GroupScope, Signature, SIGNATURE_BYTES,
};
use shigoto_shared::JobSheet;
use tantivy::collector::DocSetCollector;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Searcher, TantivyDocument, Term};

use crate::index::IndexError;
use crate::schema::Fields;

/// Postings of one scope a new posting is compared with, at most.
pub const MAX_COMPARED_POSTINGS: usize = 2_000;

/// A fingerprint as stored: the title hash (little-endian) then the signature.
pub fn to_bytes(print: &Fingerprint) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(8 + SIGNATURE_BYTES);
    bytes.extend_from_slice(&print.title.to_le_bytes());
    bytes.extend_from_slice(&print.text.0);
    bytes
}

/// A stored fingerprint read back (none when malformed).
pub fn from_bytes(bytes: &[u8]) -> Option<Fingerprint> {
    let (title, text) = bytes.split_first_chunk::<8>()?;
    Some(Fingerprint {
        title: u64::from_le_bytes(*title),
        text: Signature(text.try_into().ok()?),
    })
}

/// The fingerprint of a posting as indexed.
pub fn of(sheet: &JobSheet) -> Fingerprint {
    fingerprint(&sheet.work.title, &sheet.work.description)
}

/// Assigns groups to the postings of one batch.
pub struct Grouper<'a> {
    searcher: &'a Searcher,
    fields: &'a Fields,
    /// Postings added in this batch, by scope.
    added: HashMap<GroupScope, Vec<(Fingerprint, u64)>>,
    /// The next group number.
    pub next: u64,
}

impl<'a> Grouper<'a> {
    /// A grouper over the committed index `searcher`, numbering new groups from `next`.
    pub fn new(searcher: &'a Searcher, fields: &'a Fields, next: u64) -> Self {
        Self {
            searcher,
            fields,
            added: HashMap::new(),
            next,
        }
    }

    /// The group of a posting about to be added, with its fingerprint.
    pub fn group_of(&mut self, sheet: &JobSheet) -> Result<(u64, Fingerprint), IndexError> {
        let print = of(sheet);
        let Some(scope) = scope(sheet) else {
            return Ok((self.open_group(), print));
        };
        let in_batch = self.added.get(&scope).and_then(|postings| {
            postings
                .iter()
                .take(MAX_COMPARED_POSTINGS)
                .find(|(other, _)| near_duplicates(&print, other))
                .map(|(_, group)| *group)
        });
        let group = match in_batch {
            Some(group) => group,
            None => match self.in_index(&scope, &print)? {
                Some(group) => group,
                None => self.open_group(),
            },
        };
        self.added.entry(scope).or_default().push((print, group));
        Ok((group, print))
    }

    fn open_group(&mut self) -> u64 {
        self.next += 1;
        self.next - 1
    }

    /// The group of a near-duplicate among the scope's postings already indexed.
    fn in_index(&self, scope: &GroupScope, print: &Fingerprint) -> Result<Option<u64>, IndexError> {
        let term = |field, text: &str| -> (Occur, Box<dyn Query>) {
            let term = Term::from_field_text(field, text);
            let query = TermQuery::new(term, IndexRecordOption::Basic);
            (Occur::Must, Box::new(query))
        };
        let query = BooleanQuery::new(vec![
            term(self.fields.employer, &scope.office_number),
            term(self.fields.publication, scope.publication.as_str()),
        ]);
        let found = self.searcher.search(&query, &DocSetCollector)?;
        for address in found.into_iter().take(MAX_COMPARED_POSTINGS) {
            let doc: TantivyDocument = self.searcher.doc(address)?;
            let other = doc
                .get_first(self.fields.fingerprint)
                .and_then(|value| value.as_bytes())
                .and_then(from_bytes);
            if !other.is_some_and(|other| near_duplicates(print, &other)) {
                continue;
            }
            let segment = self.searcher.segment_reader(address.segment_ord);
            let groups = segment.fast_fields().u64(crate::schema::DUP_GROUP)?;
            if let Some(group) = groups.first(address.doc_id) {
                return Ok(Some(group));
            }
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_survive_storage() {
        let print = fingerprint("一般事務", "書類の作成と電話応対を担当します。");
        assert_eq!(from_bytes(&to_bytes(&print)), Some(print));
        assert_eq!(from_bytes(&[1, 2, 3]), None);
    }
}
