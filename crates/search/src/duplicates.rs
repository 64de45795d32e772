//! Near-duplicate groups, decided when a posting is indexed: a posting joins the group of the
//! first posting of the same employer (事業所番号) it is a near-duplicate of
//! (`domain::near_duplicates`), looked for among the postings this batch added and those the
//! index already holds, else it opens a group of its own. Group numbers come from a counter
//! kept in the commit payload, so they stay small and a search can mark the groups it saw in a
//! bitset. A changed posting is compared with its own previous version too and so keeps its
//! group while it stays alike. The work per posting is bounded: at most
//! [`MAX_COMPARED_POSTINGS`] of its employer's postings are compared.

use std::collections::HashMap;

use shigoto_domain::near_duplicates::{
    fingerprint, near_duplicates, Fingerprint, Signature, SIGNATURE_BYTES,
};
use shigoto_shared::JobSheet;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Searcher, TantivyDocument, Term};

use crate::index::IndexError;
use crate::schema::Fields;

/// Postings of one employer a new posting is compared with, at most.
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
    /// Postings added in this batch, by 事業所番号.
    added: HashMap<String, Vec<(Fingerprint, u64)>>,
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
        let Some(employer) = sheet.employer.office_number.as_deref() else {
            return Ok((self.open_group(), print));
        };
        let in_batch = self.added.get(employer).and_then(|postings| {
            postings
                .iter()
                .take(MAX_COMPARED_POSTINGS)
                .find(|(other, _)| near_duplicates(&print, other))
                .map(|(_, group)| *group)
        });
        let group = match in_batch {
            Some(group) => group,
            None => match self.in_index(employer, &print)? {
                Some(group) => group,
                None => self.open_group(),
            },
        };
        self.added
            .entry(employer.to_owned())
            .or_default()
            .push((print, group));
        Ok((group, print))
    }

    fn open_group(&mut self) -> u64 {
        self.next += 1;
        self.next - 1
    }

    /// The group of a near-duplicate among the employer's postings already indexed.
    fn in_index(&self, employer: &str, print: &Fingerprint) -> Result<Option<u64>, IndexError> {
        let term = Term::from_field_text(self.fields.employer, employer);
        let query = TermQuery::new(term, IndexRecordOption::Basic);
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
