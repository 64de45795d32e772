//! [`Lru`]: the entries a search cache keeps, most recently used first, bounded both in number
//! and in what they weigh, so that many different searches cannot make a cache grow past its
//! budget.

use std::collections::VecDeque;

/// What an entry weighs against a cache's budget.
pub(crate) trait Weight {
    fn weight(&self) -> usize;
}

/// At most `capacity` entries weighing at most `budget` in all, most recently used first.
/// Caches hold a few hundred entries at most: a key is found by looking at each.
pub(crate) struct Lru<K, V> {
    capacity: usize,
    budget: usize,
    /// What the entries weigh in all.
    held: usize,
    entries: VecDeque<(K, V, usize)>,
}

impl<K: PartialEq, V: Clone + Weight> Lru<K, V> {
    pub(crate) fn new(capacity: usize, budget: usize) -> Self {
        Self {
            capacity,
            budget,
            held: 0,
            entries: VecDeque::new(),
        }
    }

    /// The value kept under `key`, which becomes the most recently used.
    pub(crate) fn get(&mut self, key: &K) -> Option<V> {
        let position = self.entries.iter().position(|(k, _, _)| k == key)?;
        let entry = self.entries.remove(position)?;
        let value = entry.1.clone();
        self.entries.push_front(entry);
        Some(value)
    }

    /// Keeps `value` under `key`, dropping the least recently used past the capacity or the
    /// budget (a value weighing more than the whole budget is not kept).
    pub(crate) fn put(&mut self, key: K, value: V) {
        let weight = value.weight();
        if let Some(position) = self.entries.iter().position(|(k, _, _)| *k == key) {
            if let Some((_, _, old)) = self.entries.remove(position) {
                self.held -= old;
            }
        }
        if weight > self.budget {
            return;
        }
        self.entries.push_front((key, value, weight));
        self.held += weight;
        while self.entries.len() > self.capacity || self.held > self.budget {
            match self.entries.pop_back() {
                Some((_, _, dropped)) => self.held -= dropped,
                None => break,
            }
        }
    }

    pub(crate) fn clear(&mut self) {
        self.entries.clear();
        self.held = 0;
    }

    /// How many entries are kept.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// What the entries weigh in all.
    #[cfg(test)]
    pub(crate) fn held(&self) -> usize {
        self.held
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    struct Weighing(usize);

    impl Weight for Weighing {
        fn weight(&self) -> usize {
            self.0
        }
    }

    #[test]
    fn the_least_recently_used_go_past_the_capacity_or_the_budget() {
        let mut lru: Lru<u32, Weighing> = Lru::new(3, 10);
        for key in 1..=4 {
            lru.put(key, Weighing(1));
        }
        assert_eq!(lru.get(&1), None, "past the capacity of 3");
        assert_eq!(lru.get(&2), Some(Weighing(1)));
        lru.put(5, Weighing(9));
        assert_eq!(lru.held(), 10);
        assert_eq!(lru.get(&3), None, "past the budget of 10");
        assert_eq!(lru.get(&4), None, "the least recently used of 2, 4 and 5");
        assert_eq!(lru.get(&5), Some(Weighing(9)));
        lru.put(6, Weighing(11));
        assert_eq!(lru.get(&6), None, "heavier than the whole budget");
        assert_eq!(lru.get(&5), Some(Weighing(9)));
        lru.put(5, Weighing(2));
        assert_eq!(lru.held(), 3, "a key kept again weighs once");
        assert_eq!(lru.len(), 2);
        lru.clear();
        assert_eq!((lru.len(), lru.held()), (0, 0));
    }
}
