//! The store: records packed and interned, grouped by month.

use pko_core::{CountryCode, MissionCode, YearMonth};

use super::{Category, Count};
use crate::{Error, LoadError, LoadProblem};

/// A record as stored: 16 bytes; the month is that of its group,
/// countries and missions are interned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Packed {
    pub(super) female: u32,
    pub(super) male: u32,
    pub(super) contributor: u16,
    pub(super) mission: u16,
    pub(super) category: Category,
}

/// One contributor's counts in one month, by category (in the order of
/// [`Category::ALL`]): the index that rankings, series and totals over a
/// period read instead of the records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Tally {
    pub(super) contributor: u16,
    pub(super) counts: [Count; 5],
}

impl Tally {
    /// The sum over the categories of `set`.
    pub(super) fn of(&self, set: super::CategorySet) -> Count {
        let mut c = Count::default();
        for (category, n) in Category::ALL.iter().zip(&self.counts) {
            if set.contains(*category) {
                c.female += n.female;
                c.male += n.male;
            }
        }
        c
    }
}

/// A dataset of personnel records, indexed by month.
///
/// Build one with [`Personnel::builder`] or load one with [`load`](super::load). Records
/// are kept compact (16 bytes each, countries and missions interned) and
/// grouped by month, so that one month's queries read only that month.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{Category, CategorySet, Personnel};
/// use pko_core::CountryCode;
///
/// let mut b = Personnel::builder();
/// let m = "2014-02".parse()?;
/// b.push(m, CountryCode::JPN, &"UNMISS".parse()?, Category::Troops, 10, 261)?;
/// b.push(m, CountryCode::KOR, &"UNMISS".parse()?, Category::Troops, 2, 280)?;
/// b.push(m, CountryCode::KOR, &"UNIFIL".parse()?, Category::Troops, 0, 320)?;
/// let data = b.build();
/// let ranking = data.ranking(m, CategorySet::ALL);
/// assert_eq!(*ranking.entries()[0].key(), CountryCode::KOR);
/// assert_eq!(*ranking.entries()[0].value(), 602);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Personnel {
    pub(super) contributors: Vec<CountryCode>,
    pub(super) missions: Vec<MissionCode>,
    /// Records grouped by month, the months in order.
    pub(super) months: Vec<(YearMonth, Vec<Packed>)>,
    /// For each month (in the same order), each contributor's tally,
    /// ordered by contributor index.
    pub(super) tallies: Vec<Vec<Tally>>,
    pub(super) len: usize,
}

/// Collects records for a [`Personnel`] dataset.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{Category, Personnel};
/// use pko_core::CountryCode;
///
/// let mut b = Personnel::builder();
/// b.push("2015-03".parse()?, CountryCode::JPN, &"UNMISS".parse()?, Category::Troops, 10, 262)?;
/// assert_eq!(b.build().len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Default)]
pub struct PersonnelBuilder {
    pub(super) contributors: Vec<CountryCode>,
    contributor_index: FastMap<CountryCode, u16>,
    pub(super) missions: Vec<MissionCode>,
    mission_index: FastMap<Box<str>, u16>,
    /// Records by month, in order of first appearance, and the bucket of
    /// the last month seen.
    buckets: Vec<(YearMonth, Vec<Packed>)>,
    bucket_index: MonthSlots,
    last_bucket: usize,
    pub(super) len: usize,
}

/// The interning tables' map. Its keys are small (months, three-letter
/// codes, mission acronyms) and bounded in number (65,535 at most per
/// table), so hash flooding cannot make loading more than linear, and a
/// fast non-cryptographic hash (`rustc_hash`'s Fx) serves better than the
/// standard library's `SipHash`.
pub(super) type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// Each month's bucket, in a table indexed by the month's distance from
/// the earliest month seen: files whose rows jump between months (the
/// IPI's) look their month up on every row, and a table index is cheaper
/// than a hash. The table spans the months seen: at most 9,999 years ×
/// 12 months.
#[derive(Debug, Default)]
struct MonthSlots {
    /// The ordinal (year × 12 + month − 1) of `slots[0]`.
    base: usize,
    /// Bucket index + 1 for each month from `base`, 0 for none.
    slots: Vec<usize>,
}

impl MonthSlots {
    fn ordinal(month: YearMonth) -> usize {
        usize::from(month.year()) * 12 + usize::from(month.month()) - 1
    }

    fn get(&self, month: YearMonth) -> Option<usize> {
        let at = Self::ordinal(month).checked_sub(self.base)?;
        self.slots.get(at)?.checked_sub(1)
    }

    fn insert(&mut self, month: YearMonth, bucket: usize) {
        let ordinal = Self::ordinal(month);
        if self.slots.is_empty() {
            self.base = ordinal;
        } else if ordinal < self.base {
            let shift = self.base - ordinal;
            self.slots.splice(0..0, std::iter::repeat_n(0, shift));
            self.base = ordinal;
        }
        let at = ordinal - self.base;
        if at >= self.slots.len() {
            self.slots.resize(at + 1, 0);
        }
        if let Some(slot) = self.slots.get_mut(at) {
            *slot = bucket + 1;
        }
    }
}

/// The most distinct contributors or missions one dataset holds.
pub(super) const MAX_KEYS: usize = 65_535;

impl PersonnelBuilder {
    pub(super) fn contributor(&mut self, c: CountryCode) -> Result<u16, LoadProblem> {
        if let Some(i) = self.contributor_index.get(&c) {
            return Ok(*i);
        }
        let i = u16::try_from(self.contributors.len())
            .ok()
            .filter(|i| usize::from(*i) < MAX_KEYS)
            .ok_or(LoadProblem::TooManyRecords)?;
        self.contributors.push(c);
        self.contributor_index.insert(c, i);
        Ok(i)
    }

    pub(super) fn mission_by_text(&mut self, text: &str) -> Result<u16, LoadProblem> {
        if let Some(i) = self.mission_index.get(text) {
            return Ok(*i);
        }
        let code = MissionCode::new(text).map_err(|_| LoadProblem::BadMission {
            text: text.to_owned(),
        })?;
        let i = u16::try_from(self.missions.len())
            .ok()
            .filter(|i| usize::from(*i) < MAX_KEYS)
            .ok_or(LoadProblem::TooManyRecords)?;
        self.missions.push(code);
        self.mission_index.insert(text.into(), i);
        Ok(i)
    }

    /// The index of `month`'s bucket, made if new.
    fn bucket(&mut self, month: YearMonth) -> usize {
        let hit = self
            .buckets
            .get(self.last_bucket)
            .is_some_and(|(m, _)| *m == month);
        if hit {
            return self.last_bucket;
        }
        if let Some(i) = self.bucket_index.get(month) {
            i
        } else {
            self.buckets.push((month, Vec::new()));
            let i = self.buckets.len() - 1;
            self.bucket_index.insert(month, i);
            i
        }
    }

    /// Adds one row's records, all of one month. Past 2^32 − 1 records in
    /// all, none is added.
    pub(super) fn push_packed(
        &mut self,
        month: YearMonth,
        records: &[Packed],
    ) -> Result<(), LoadProblem> {
        let limit = usize::try_from(u32::MAX).unwrap_or(usize::MAX);
        if records.len() > limit.saturating_sub(self.len) {
            return Err(LoadProblem::TooManyRecords);
        }
        self.last_bucket = self.bucket(month);
        if let Some((_, bucket)) = self.buckets.get_mut(self.last_bucket) {
            bucket.extend_from_slice(records);
            self.len += records.len();
        }
        Ok(())
    }

    /// Adds the records and keys of `other`, a builder of the rows that
    /// follow this one's: the keys it added first that this one lacks get
    /// the next indexes, in `other`'s order, and its records follow this
    /// one's in each month; so the result is the builder that would have
    /// read both parts in turn. If that builder would exceed a limit
    /// (keys, records), nothing is added.
    #[cfg(feature = "parallel")]
    pub(super) fn absorb(&mut self, other: Self) -> Result<(), LoadProblem> {
        let new_contributors = other
            .contributors
            .iter()
            .filter(|c| !self.contributor_index.contains_key(*c))
            .count();
        let new_missions = other
            .missions
            .iter()
            .filter(|m| !self.mission_index.contains_key(m.as_str()))
            .count();
        let limit = usize::try_from(u32::MAX).unwrap_or(usize::MAX);
        if self.contributors.len() + new_contributors > MAX_KEYS
            || self.missions.len() + new_missions > MAX_KEYS
            || other.len > limit.saturating_sub(self.len)
        {
            return Err(LoadProblem::TooManyRecords);
        }
        let contributors = other
            .contributors
            .iter()
            .map(|c| self.contributor(*c))
            .collect::<Result<Vec<u16>, _>>()?;
        let missions = other
            .missions
            .iter()
            .map(|m| self.mission_by_text(m.as_str()))
            .collect::<Result<Vec<u16>, _>>()?;
        let remap = |table: &[u16], i: u16| table.get(usize::from(i)).copied().unwrap_or(i);
        for (month, records) in other.buckets {
            let bucket = self.bucket(month);
            if let Some((_, into)) = self.buckets.get_mut(bucket) {
                into.extend(records.iter().map(|p| Packed {
                    contributor: remap(&contributors, p.contributor),
                    mission: remap(&missions, p.mission),
                    ..*p
                }));
                self.len += records.len();
            }
        }
        Ok(())
    }

    /// Adds a record.
    ///
    /// # Errors
    ///
    /// [`Error::Load`] with [`LoadProblem::TooManyRecords`] past 2^32 − 1
    /// records or 65,535 distinct contributors or missions.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{Category, Personnel};
    /// let mut b = Personnel::builder();
    /// b.push("2015-03".parse()?, pko_core::CountryCode::JPN, &"UNMISS".parse()?, Category::Troops, 0, 0)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn push(
        &mut self,
        month: YearMonth,
        contributor: CountryCode,
        mission: &MissionCode,
        category: Category,
        female: u32,
        male: u32,
    ) -> Result<(), Error> {
        let wrap = |p| Error::from(LoadError::new("(builder)", 0, None, None, p));
        let contributor = self.contributor(contributor).map_err(wrap)?;
        let mission = self.mission_by_text(mission.as_str()).map_err(wrap)?;
        self.push_packed(
            month,
            &[Packed {
                female,
                male,
                contributor,
                mission,
                category,
            }],
        )
        .map_err(wrap)
    }

    /// Groups the records by month and returns the dataset.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::personnel::Personnel::builder().build().is_empty());
    /// ```
    #[must_use]
    pub fn build(mut self) -> Personnel {
        self.buckets.sort_unstable_by_key(|(m, _)| *m);
        for (_, records) in &mut self.buckets {
            records.shrink_to_fit();
        }
        self.buckets.shrink_to_fit();
        self.contributors.shrink_to_fit();
        self.missions.shrink_to_fit();
        let tallies = tally(&self.buckets, self.contributors.len());
        Personnel {
            contributors: self.contributors,
            missions: self.missions,
            months: self.buckets,
            tallies,
            len: self.len,
        }
    }
}

/// Each month's tallies by contributor: one pass over the records, with a
/// scratch table indexed by contributor.
fn tally(months: &[(YearMonth, Vec<Packed>)], contributors: usize) -> Vec<Vec<Tally>> {
    let mut scratch: Vec<Option<[Count; 5]>> = vec![None; contributors];
    let mut out = Vec::with_capacity(months.len());
    for (_, records) in months {
        for p in records {
            if let Some(slot) = scratch.get_mut(usize::from(p.contributor)) {
                let counts = slot.get_or_insert_with(Default::default);
                if let Some(c) = counts.get_mut(p.category.index()) {
                    c.add(p.female, p.male);
                }
            }
        }
        let mut month = Vec::new();
        for (i, slot) in scratch.iter_mut().enumerate() {
            if let (Some(counts), Ok(contributor)) = (slot.take(), u16::try_from(i)) {
                month.push(Tally {
                    contributor,
                    counts,
                });
            }
        }
        month.shrink_to_fit();
        out.push(month);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(rows: &[(&str, CountryCode)]) -> Personnel {
        let mut b = Personnel::builder();
        for (month, country) in rows {
            let mission = "UNMISS".parse().unwrap();
            b.push(
                month.parse().unwrap(),
                *country,
                &mission,
                Category::Troops,
                1,
                2,
            )
            .unwrap();
        }
        b.build()
    }

    /// Months far apart, from the first year to the last, are kept apart
    /// and in order.
    #[test]
    fn months_far_apart_are_grouped_apart() {
        let months = ["0001-12", "0002-01", "2014-02", "4028-01", "9999-12"];
        let rows: Vec<_> = months
            .iter()
            .rev()
            .map(|m| (*m, CountryCode::JPN))
            .collect();
        let d = data(&rows);
        let got: Vec<String> = d.months().map(|m| m.to_string()).collect();
        assert_eq!(got, months);
        for m in months {
            let total = d.total(m.parse().unwrap(), super::super::CategorySet::ALL);
            assert_eq!(total.total(), 3, "{m}");
        }
    }

    /// Absorbing a builder that would pass the limit of missions adds
    /// nothing: not a key, not a record.
    #[cfg(feature = "parallel")]
    #[test]
    fn absorbing_past_the_limit_adds_nothing() {
        let month: YearMonth = "2014-01".parse().unwrap();
        let mut full = Personnel::builder();
        for i in 0..MAX_KEYS - 1 {
            let mission = format!("UN{i:05}").parse().unwrap();
            full.push(month, CountryCode::JPN, &mission, Category::Troops, 0, 1)
                .unwrap();
        }
        let mut more = Personnel::builder();
        for name in ["UN00000", "ZZLAST", "ZZPAST"] {
            more.push(
                month,
                CountryCode::KOR,
                &name.parse().unwrap(),
                Category::Troops,
                0,
                1,
            )
            .unwrap();
        }
        let (missions, contributors, len) =
            (full.missions.len(), full.contributors.len(), full.len);
        assert_eq!(full.absorb(more), Err(LoadProblem::TooManyRecords));
        assert_eq!(
            (full.missions.len(), full.contributors.len(), full.len),
            (missions, contributors, len)
        );
        // One new mission fits, and is the last one there is room for.
        let mut one = Personnel::builder();
        one.push(
            month,
            CountryCode::KOR,
            &"ZZLAST".parse().unwrap(),
            Category::Troops,
            0,
            1,
        )
        .unwrap();
        assert_eq!(full.absorb(one), Ok(()));
        assert_eq!(
            (full.missions.len(), full.contributors.len(), full.len),
            (MAX_KEYS, 2, len + 1)
        );
    }

    /// The heap's reckoning counts each part at its size: a month more
    /// costs its record, its group and its tallies; a contributor more in
    /// a month, its record, its tally and its code.
    #[test]
    fn heap_bytes_count_each_part_at_its_size() {
        let one = data(&[("2014-01", CountryCode::JPN)]);
        let two_months = data(&[("2014-01", CountryCode::JPN), ("2014-02", CountryCode::JPN)]);
        assert_eq!(
            two_months.heap_bytes() - one.heap_bytes(),
            size_of::<Packed>()
                + size_of::<(YearMonth, Vec<Packed>)>()
                + size_of::<Vec<Tally>>()
                + size_of::<Tally>()
        );
        let two_countries = data(&[("2014-01", CountryCode::JPN), ("2014-01", CountryCode::KOR)]);
        assert_eq!(
            two_countries.heap_bytes() - one.heap_bytes(),
            size_of::<Packed>() + size_of::<Tally>() + size_of::<CountryCode>()
        );
    }
}
