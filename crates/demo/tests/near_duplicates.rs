//! How well `domain::near_duplicates` finds the demo's duplicates: among 20,000 postings,
//! postings of one employer and 公開範囲 (`near_duplicates::scope`) are grouped when their fingerprints say so (and transitively), and
//! the groups are compared with the truth. Precision and recall are counted over pairs of
//! postings put in one group; both must reach 0.95.
//!
//! The truth is, first, the chains of the reposts the generator labels (`repost_of`). Second,
//! the generator also writes some duplicates by chance: an employer's fresh postings take
//! different occupations while its mix has any left, but an employer with more postings than
//! occupations repeats one, and two such postings draw their 職種 and 仕事内容 from the same
//! phrases; they may carry the same 職種 over the same sentences but one (a seeker sees one
//! job twice, as with a repost).
//! Those count as duplicates too, decided by whole sentences (split at 「。」), a measure
//! independent of the bigram fingerprints under test. The figures are printed (`cargo test -p shigoto-demo --test near_duplicates --
//! --nocapture`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use shigoto_demo::{jobs, DemoConfig};
use shigoto_domain::near_duplicates::{
    fingerprint, near_duplicates, resemblance, scope, GroupScope,
};

/// Union–find over posting positions.
struct Groups(Vec<usize>);

impl Groups {
    fn new(n: usize) -> Self {
        Groups((0..n).collect())
    }

    fn root(&mut self, mut at: usize) -> usize {
        while self.0[at] != at {
            self.0[at] = self.0[self.0[at]];
            at = self.0[at];
        }
        at
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        self.0[a.max(b)] = a.min(b);
    }

    /// Pairs of positions in one group.
    fn pairs(&mut self) -> usize {
        let mut sizes: HashMap<usize, usize> = HashMap::new();
        for at in 0..self.0.len() {
            *sizes.entry(self.root(at)).or_default() += 1;
        }
        sizes.values().map(|n| n * (n - 1) / 2).sum()
    }
}

/// Same 職種, and the sentences of 仕事内容 the same but for one at most (added, dropped or
/// changed), with at least three in common (three quarters of the text or more).
fn same_but_a_sentence(a: &shigoto_shared::JobSheet, b: &shigoto_shared::JobSheet) -> bool {
    let sentences = |text: &str| -> BTreeSet<String> {
        text.split('。')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let (x, y) = (
        sentences(&a.work.description),
        sentences(&b.work.description),
    );
    let shared = x.intersection(&y).count();
    a.work.title == b.work.title && shared >= 3 && x.len().max(y.len()) - shared <= 1
}

#[test]
fn reposts_are_found_with_precision_and_recall_of_at_least_095() {
    let config = DemoConfig {
        seed: 1,
        count: 20_000,
        today: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
    };
    let set: Vec<_> = jobs(&config).collect();
    let position: HashMap<&str, usize> = set
        .iter()
        .enumerate()
        .map(|(at, job)| (job.sheet.job_number.as_str(), at))
        .collect();
    let prints: Vec<_> = set
        .iter()
        .map(|job| fingerprint(&job.sheet.work.title, &job.sheet.work.description))
        .collect();

    let mut truth = Groups::new(set.len());
    let mut reposts = 0;
    let mut least_of_a_repost = f64::MAX;
    for (at, job) in set.iter().enumerate() {
        if let Some(original) = &job.repost_of {
            let from = position[original.as_str()];
            assert_eq!(
                set[from].employer.key, job.employer.key,
                "a repost keeps its employer"
            );
            assert_eq!(
                set[from].sheet.publication, job.sheet.publication,
                "a repost keeps its 公開範囲"
            );
            truth.join(at, from);
            reposts += 1;
            least_of_a_repost =
                least_of_a_repost.min(resemblance(&prints[at].text, &prints[from].text));
        }
    }
    let mut by_scope: HashMap<GroupScope, Vec<usize>> = HashMap::new();
    for (at, job) in set.iter().enumerate() {
        let scope = scope(&job.sheet).expect("demo postings have a 事業所番号");
        by_scope.entry(scope).or_default().push(at);
    }
    let mut found = Groups::new(set.len());
    let mut by_chance = 0;
    for postings in by_scope.values() {
        for (i, &a) in postings.iter().enumerate() {
            for &b in &postings[i + 1..] {
                if near_duplicates(&prints[a], &prints[b]) {
                    found.join(a, b);
                }
                if truth.root(a) != truth.root(b)
                    && same_but_a_sentence(&set[a].sheet, &set[b].sheet)
                {
                    truth.join(a, b);
                    by_chance += 1;
                }
            }
        }
    }
    // Pairs both put in one group: group the postings by (true group, found group).
    let mut both = Groups::new(set.len());
    let mut first_of: HashMap<(usize, usize), usize> = HashMap::new();
    for at in 0..set.len() {
        let key = (truth.root(at), found.root(at));
        match first_of.get(&key) {
            Some(&first) => both.join(first, at),
            None => {
                first_of.insert(key, at);
            }
        }
    }
    let (true_pairs, found_pairs, agreed) = (truth.pairs(), found.pairs(), both.pairs());
    let precision = agreed as f64 / found_pairs as f64;
    let recall = agreed as f64 / true_pairs as f64;
    println!(
        "{reposts} reposts among {} postings: {true_pairs} true pairs, {found_pairs} found, \
         {agreed} both; precision {precision:.4}, recall {recall:.4}; {by_chance} pairs \
         duplicated by chance; least resemblance of a repost to its original \
         {least_of_a_repost:.3}",
        set.len()
    );
    assert!(
        reposts > 900,
        "about 6% of the postings are reposts: {reposts}"
    );
    assert!(precision >= 0.95, "precision {precision}");
    assert!(recall >= 0.95, "recall {recall}");
}
