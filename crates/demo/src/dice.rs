//! The random source of the generator: a ChaCha stream seeded from the demo seed, a domain tag
//! and an index, so every posting and every employer has its own independent, reproducible stream.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Which kind of thing a stream is drawn for; keeps the streams of a job and an employer with
/// the same number apart.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Stream {
    Job = 1,
    Employer = 2,
    Office = 3,
    Repost = 4,
}

/// A seeded random stream with the few helpers the generator needs.
pub(crate) struct Dice(ChaCha8Rng);

impl Dice {
    /// The stream for item `index` of kind `stream` under `seed`.
    pub(crate) fn new(seed: u64, stream: Stream, index: u64) -> Self {
        let mut key = [0u8; 32];
        key[..8].copy_from_slice(&seed.to_le_bytes());
        key[8..16].copy_from_slice(&(stream as u64).to_le_bytes());
        key[16..24].copy_from_slice(&index.to_le_bytes());
        key[24..].copy_from_slice(b"shigoto\0");
        Dice(ChaCha8Rng::from_seed(key))
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        if n <= 1 {
            0
        } else {
            self.0.random_range(0..n)
        }
    }

    /// A number in `low..=high` (`low` when the range is empty).
    pub(crate) fn between(&mut self, low: u32, high: u32) -> u32 {
        if high <= low {
            low
        } else {
            self.0.random_range(low..=high)
        }
    }

    /// A multiple of `step` in `low..=high`, both rounded to the step.
    pub(crate) fn stepped(&mut self, low: u32, high: u32, step: u32) -> u32 {
        let step = step.max(1);
        let (low, high) = (low.div_ceil(step), (high / step).max(low.div_ceil(step)));
        self.between(low, high) * step
    }

    /// True `percent` times out of 100.
    pub(crate) fn chance(&mut self, percent: u32) -> bool {
        percent > 0 && (percent >= 100 || self.0.random_range(0..100u32) < percent)
    }

    /// One element of a non-empty slice (the first for an empty choice of one).
    pub(crate) fn pick<T: Copy>(&mut self, items: &[T], fallback: T) -> T {
        items
            .get(self.below(items.len()))
            .copied()
            .unwrap_or(fallback)
    }

    /// `count` distinct positions of `0..n`, in increasing order.
    pub(crate) fn distinct(&mut self, n: usize, count: usize) -> Vec<usize> {
        let mut chosen: Vec<usize> = Vec::with_capacity(count.min(n));
        let count = count.min(n);
        // Floyd's algorithm: exactly `count` draws, no rejection loop.
        for j in n - count..n {
            let t = self.below(j + 1);
            if chosen.contains(&t) {
                chosen.push(j);
            } else {
                chosen.push(t);
            }
        }
        chosen.sort_unstable();
        chosen
    }

    /// A position chosen by the cumulative weights `cumulative` (strictly from a table built by
    /// [`Cumulative::new`]).
    pub(crate) fn weighted(&mut self, table: &Cumulative) -> usize {
        let total = table.total();
        if total == 0 {
            return 0;
        }
        let roll = self.0.random_range(0..total);
        table.0.partition_point(|&edge| edge <= roll)
    }

    /// A raw 64-bit draw.
    pub(crate) fn word(&mut self) -> u64 {
        self.0.random()
    }
}

/// Running sums of integer weights, for [`Dice::weighted`].
#[derive(Debug, Clone, Default)]
pub(crate) struct Cumulative(Vec<u64>);

impl Cumulative {
    pub(crate) fn new(weights: impl IntoIterator<Item = u64>) -> Self {
        let mut sum = 0u64;
        Cumulative(
            weights
                .into_iter()
                .map(|w| {
                    sum += w;
                    sum
                })
                .collect(),
        )
    }

    pub(crate) fn total(&self) -> u64 {
        self.0.last().copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_repeat_and_differ() {
        let a: Vec<u64> = (0..4)
            .map(|_| Dice::new(1, Stream::Job, 7).word())
            .collect();
        assert!(a.windows(2).all(|w| w[0] == w[1]));
        assert_ne!(
            Dice::new(1, Stream::Job, 7).word(),
            Dice::new(1, Stream::Employer, 7).word()
        );
        assert_ne!(
            Dice::new(1, Stream::Job, 7).word(),
            Dice::new(2, Stream::Job, 7).word()
        );
    }

    #[test]
    fn weighted_respects_zero_weights() {
        let table = Cumulative::new([0, 5, 0, 5]);
        let mut dice = Dice::new(3, Stream::Job, 0);
        for _ in 0..200 {
            let i = dice.weighted(&table);
            assert!(i == 1 || i == 3, "{i}");
        }
    }

    #[test]
    fn distinct_gives_distinct_positions() {
        let mut dice = Dice::new(3, Stream::Job, 1);
        for n in 0..10 {
            for k in 0..=n {
                let d = dice.distinct(n, k);
                assert_eq!(d.len(), k);
                assert!(d.windows(2).all(|w| w[0] < w[1]));
                assert!(d.iter().all(|&x| x < n));
            }
        }
    }
}
