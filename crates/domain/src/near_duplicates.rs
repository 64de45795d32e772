//! Near-duplicate postings: two postings of the same employer and 公開範囲 ([`GroupScope`])
//! with the same 職種 (after NFKC normalization, spaces dropped) whose 仕事内容 are nearly the
//! same text are one job posted twice (a repost with a word, the wage or the place changed), and search shows them as one
//! result with 「ほか n件の類似求人」. A different 職種 is a different job even over a shared
//! description (an employer's 路線バス運転手 and 観光バス乗務員 may be described alike).
//!
//! The 仕事内容 is cut into the character bigrams the index also makes (after the same NFKC
//! normalization, spaces dropped), and the resemblance of two postings is the Jaccard
//! similarity of their bigram sets, estimated from a [`Signature`] of [`SIGNATURE_BYTES`] bytes:
//! one-permutation MinHash (each bigram hashed once, into one of 64 bins; the least hash of
//! each bin kept; empty bins filled from the next non-empty one), keeping 8 bits of each bin's
//! minimum (b-bit MinHash). Two signatures agree in a bin with probability J + (1 − J)/256, which
//! [`resemblance`] turns back into an estimate of J (standard error about 0.05 near the
//! threshold).
//!
//! The threshold [`NEAR_DUPLICATE_AT`] is 0.7. A repost that says one phrase of a short
//! 仕事内容 another way (three sentences, about 100 characters) keeps about 80% of its bigrams,
//! and the estimate's standard error of about 0.05 puts such a copy above 0.7 with two errors to
//! spare; two different jobs of one employer under the same 職種 share the employer's set
//! phrases but not what the work is, and stay below it unless all but one sentence are the same
//! (which a reader takes for the same job too). On the demo's 20,000 postings
//! (`crates/demo/tests/near_duplicates.rs`) 0.7 finds the duplicates with precision 0.984 and
//! recall 0.994; 0.75 gave 0.996 and 0.969, missing reworded short reposts.

use shigoto_shared::{JobSheet, PublicationRange};

use crate::keyword::normalize;

/// Bins of a signature, one byte each.
pub const SIGNATURE_BYTES: usize = 64;

/// Estimated resemblance of 仕事内容 from which two postings of one employer with the same 職種
/// are near-duplicates.
pub const NEAR_DUPLICATE_AT: f64 = 0.7;

/// The b-bit one-permutation MinHash of a posting's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Signature(pub [u8; SIGNATURE_BYTES]);

/// What near-duplicates are decided on: a hash of the normalized 職種 and the signature of the
/// 仕事内容 (72 bytes in all).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint {
    pub title: u64,
    pub text: Signature,
}

/// The normalized characters of `text`, spaces dropped.
fn characters(text: &str) -> Vec<char> {
    normalize(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The fingerprint of a posting's 職種 and 仕事内容.
pub fn fingerprint(title: &str, description: &str) -> Fingerprint {
    let title = characters(title)
        .into_iter()
        .fold(0x243F_6A88_85A3_08D3_u64, |hash, c| {
            mix(hash ^ u64::from(u32::from(c)))
        });
    Fingerprint {
        title,
        text: signature(description),
    }
}

/// SplitMix64's finalizer: a fast, well-mixed 64-bit hash of a 64-bit value.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// The signature of a text (a 仕事内容).
pub fn signature(text: &str) -> Signature {
    let text = characters(text);
    let mut bins = [u64::MAX; SIGNATURE_BYTES];
    for pair in text.windows(2) {
        let hash = mix((u64::from(u32::from(pair[0])) << 32) | u64::from(u32::from(pair[1])));
        // The top six bits pick the bin, the rest order the bigrams within it.
        let bin = (hash >> 58) as usize;
        let rank = hash & ((1 << 58) - 1);
        if rank < bins[bin] {
            bins[bin] = rank;
        }
    }
    let mut bytes = [0u8; SIGNATURE_BYTES];
    if bins.iter().all(|b| *b == u64::MAX) {
        return Signature(bytes);
    }
    for (at, byte) in bytes.iter_mut().enumerate() {
        // An empty bin borrows the next non-empty bin's minimum (rotation densification),
        // told apart by how far it looked so two borrowed values rarely agree by accident.
        let (distance, minimum) = (0..SIGNATURE_BYTES)
            .map(|step| (step, bins[(at + step) % SIGNATURE_BYTES]))
            .find(|(_, value)| *value != u64::MAX)
            .unwrap_or((0, 0));
        *byte = (mix(minimum ^ ((distance as u64) << 58)) & 0xFF) as u8;
    }
    Signature(bytes)
}

/// The estimated Jaccard resemblance of the bigram sets behind two signatures, in 0..=1.
pub fn resemblance(a: &Signature, b: &Signature) -> f64 {
    let agree = a.0.iter().zip(&b.0).filter(|(x, y)| x == y).count();
    let observed = agree as f64 / SIGNATURE_BYTES as f64;
    let chance = 1.0 / 256.0;
    ((observed - chance) / (1.0 - chance)).clamp(0.0, 1.0)
}

/// The postings a posting may be grouped with: those of the same employer (事業所番号)
/// published to the same range (公開範囲). A group is one result to every viewer, and opening
/// 「ほか n件」 lists its postings together, so a posting whose employer is hidden from a viewer
/// (「事業所名等を含まない」, or 「マイページ開設者に限定」 to anyone without one) must never share a
/// group with one that names the employer: the group would name it. Postings without a
/// 事業所番号 are grouped with none (`None`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct GroupScope {
    pub office_number: String,
    pub publication: PublicationRange,
}

/// The scope within which `sheet` is compared with other postings.
pub fn scope(sheet: &JobSheet) -> Option<GroupScope> {
    Some(GroupScope {
        office_number: sheet.employer.office_number.clone()?,
        publication: sheet.publication,
    })
}

/// Whether two postings (of one [`GroupScope`]) are one job posted twice.
pub fn near_duplicates(a: &Fingerprint, b: &Fingerprint) -> bool {
    a.title == b.title && resemblance(&a.text, &b.text) >= NEAR_DUPLICATE_AT
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "当社の物流センターでの仕分け作業です。届いた商品をハンディ端末で検品し、\
        行き先ごとに仕分けてカゴ車に積み込みます。重い物は少なく、未経験の方も多く活躍しています。\
        慣れてきたらフォークリフトでの搬送もお願いします。";

    #[test]
    fn a_repost_with_one_word_changed_is_a_near_duplicate() {
        let original = fingerprint("倉庫内作業", TEXT);
        assert_eq!(resemblance(&original.text, &original.text), 1.0);
        let reworded = fingerprint(
            "倉庫内作業",
            &TEXT.replacen("お願いします", "お任せします", 1),
        );
        let alike = resemblance(&original.text, &reworded.text);
        assert!(near_duplicates(&original, &reworded), "{alike}");
        // Width, case and spaces do not matter, as in search.
        let wide = fingerprint("倉庫内 作業", &TEXT.replace("カゴ車", "ｶｺﾞ車"));
        assert_eq!(wide, original);
        // Another 職種 over the same text is another job.
        assert!(!near_duplicates(
            &original,
            &fingerprint("フォークリフト運転", TEXT)
        ));
    }

    #[test]
    fn different_jobs_are_not() {
        let warehouse = fingerprint("倉庫内作業", TEXT);
        let office = fingerprint(
            "倉庫内作業",
            "当社の本社での一般事務です。電話応対と来客対応、書類の作成とファイリングを担当します。\
             パソコンでのデータ入力が中心で、エクセルの基本操作ができる方を歓迎します。",
        );
        assert!(resemblance(&warehouse.text, &office.text) < 0.3);
        assert!(!near_duplicates(&warehouse, &office));
        // Nothing to compare is like nothing else.
        assert!(resemblance(&signature(""), &warehouse.text) < 0.3);
    }
}
