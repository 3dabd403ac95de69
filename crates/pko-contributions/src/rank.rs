//! Rankings with ties.

use std::fmt;

/// One entry of a [`Ranking`].
///
/// # Example
///
/// ```
/// use pko_contributions::Ranking;
///
/// let r = Ranking::new([("a", 5), ("b", 7)]);
/// let first = &r.entries()[0];
/// assert_eq!((first.rank(), *first.key(), *first.value()), (1, "b", 7));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Ranked<K, V> {
    rank: usize,
    key: K,
    value: V,
}

impl<K, V> Ranked<K, V> {
    /// Its rank, from 1; tied entries share a rank.
    ///
    /// # Example
    ///
    /// ```
    /// let r = pko_contributions::Ranking::new([("a", 1)]);
    /// assert_eq!(r.entries()[0].rank(), 1);
    /// ```
    #[must_use]
    pub const fn rank(&self) -> usize {
        self.rank
    }

    /// What is ranked.
    ///
    /// # Example
    ///
    /// ```
    /// let r = pko_contributions::Ranking::new([("a", 1)]);
    /// assert_eq!(*r.entries()[0].key(), "a");
    /// ```
    #[must_use]
    pub const fn key(&self) -> &K {
        &self.key
    }

    /// What it is ranked by.
    ///
    /// # Example
    ///
    /// ```
    /// let r = pko_contributions::Ranking::new([("a", 1)]);
    /// assert_eq!(*r.entries()[0].value(), 1);
    /// ```
    #[must_use]
    pub const fn value(&self) -> &V {
        &self.value
    }
}

/// A ranking from the largest value down, with **standard competition
/// ranking** for ties ("1224": two entries tied for second are both 2nd and
/// the next is 4th). Tied entries are listed in the order of their keys, so
/// the ranking depends only on its input, not on the input's order.
///
/// # Example
///
/// ```
/// use pko_contributions::Ranking;
///
/// let r = Ranking::new([("d", 1), ("b", 7), ("c", 7), ("a", 9)]);
/// let ranks: Vec<(usize, &str)> = r.entries().iter().map(|e| (e.rank(), *e.key())).collect();
/// assert_eq!(ranks, [(1, "a"), (2, "b"), (2, "c"), (4, "d")]);
/// // The top 2 keeps both entries tied for second.
/// assert_eq!(r.top(2).len(), 3);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Ranking<K, V> {
    entries: Vec<Ranked<K, V>>,
}

impl<K: Ord, V: Ord> Ranking<K, V> {
    /// Ranks `(key, value)` pairs by value, largest first.
    ///
    /// # Example
    ///
    /// ```
    /// let r = pko_contributions::Ranking::new([("x", 0), ("y", 0)]);
    /// assert!(r.entries().iter().all(|e| e.rank() == 1));
    /// ```
    pub fn new(items: impl IntoIterator<Item = (K, V)>) -> Self {
        let mut items: Vec<(K, V)> = items.into_iter().collect();
        items.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let mut entries: Vec<Ranked<K, V>> = Vec::with_capacity(items.len());
        for (i, (key, value)) in items.into_iter().enumerate() {
            let rank = match entries.last() {
                Some(prev) if prev.value == value => prev.rank,
                _ => i + 1,
            };
            entries.push(Ranked { rank, key, value });
        }
        Self { entries }
    }
}

impl<K, V> Ranking<K, V> {
    /// Every entry, best first.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::Ranking::new([("a", 1)]).entries().len(), 1);
    /// ```
    #[must_use]
    pub fn entries(&self) -> &[Ranked<K, V>] {
        &self.entries
    }

    /// The entries ranked `n` or better: ties at the cut are kept, so there
    /// may be more than `n`.
    ///
    /// # Example
    ///
    /// ```
    /// let r = pko_contributions::Ranking::new([("a", 3), ("b", 2), ("c", 2), ("d", 1)]);
    /// assert_eq!(r.top(1).len(), 1);
    /// assert_eq!(r.top(2).len(), 3);
    /// assert_eq!(r.top(0).len(), 0);
    /// ```
    #[must_use]
    #[expect(
        clippy::indexing_slicing,
        reason = "partition_point returns at most the length"
    )]
    pub fn top(&self, n: usize) -> &[Ranked<K, V>] {
        let end = self.entries.partition_point(|e| e.rank <= n);
        &self.entries[..end]
    }

    /// The entry for `key`, if ranked.
    ///
    /// # Example
    ///
    /// ```
    /// let r = pko_contributions::Ranking::new([("a", 3), ("b", 2)]);
    /// assert_eq!(r.get(&"b").map(|e| e.rank()), Some(2));
    /// ```
    pub fn get(&self, key: &K) -> Option<&Ranked<K, V>>
    where
        K: PartialEq,
    {
        self.entries.iter().find(|e| e.key == *key)
    }

    /// How many entries.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::Ranking::<&str, u8>::new([]).len(), 0);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there is no entry.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::Ranking::<&str, u8>::new([]).is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<K: fmt::Display, V: fmt::Display> fmt::Display for Ranking<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.entries {
            writeln!(
                f,
                "{:>4}. {:<28} {:>12}",
                e.rank,
                e.key.to_string(),
                e.value.to_string()
            )?;
        }
        Ok(())
    }
}

/// One contributor's place in a ranking of countries, with its name: the
/// row that `pko contributions rank --format json` prints and the HTTP
/// API returns, `{"rank": 1, "country": "BGD", "name": "Bangladesh",
/// "total": 9400}`.
///
/// # Example
///
/// ```
/// use pko_contributions::{ContributorRank, Ranking};
/// use pko_core::CountryCode;
///
/// let r = Ranking::new([(CountryCode::JPN, 272_u64), (CountryCode::KOR, 602)]);
/// let rows = ContributorRank::rows(r.entries());
/// assert_eq!(rows[0], ContributorRank { rank: 1, country: CountryCode::KOR, name: "Republic of Korea", total: 602 });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ContributorRank {
    /// The rank, from 1; tied contributors share one.
    pub rank: usize,
    /// The contributor.
    pub country: pko_core::CountryCode,
    /// Its name as the UN writes it (its ISO 3166 name for a non-member).
    pub name: &'static str,
    /// The personnel counted.
    pub total: u64,
}

impl ContributorRank {
    /// The rows of `entries`, in their order.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::{ContributorRank, Ranking};
    /// let r = Ranking::new([(pko_core::CountryCode::JPN, 1_u64)]);
    /// assert_eq!(ContributorRank::rows(r.entries())[0].name, "Japan");
    /// ```
    #[must_use]
    pub fn rows(entries: &[Ranked<pko_core::CountryCode, u64>]) -> Vec<Self> {
        entries
            .iter()
            .map(|e| Self {
                rank: e.rank(),
                country: *e.key(),
                name: e.key().un_name().unwrap_or(e.key().iso_name()),
                total: *e.value(),
            })
            .collect()
    }
}
