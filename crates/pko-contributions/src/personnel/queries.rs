//! Queries over a dataset: months, rankings, series, shares.

use pko_core::{CountryCode, MissionCode, YearMonth};

use super::store::{Packed, Tally};
use super::{
    Category, CategorySet, Count, Personnel, PersonnelBuilder, Record, Target, TargetCheck,
};
use crate::Ranking;

impl Personnel {
    /// A builder for a dataset.
    ///
    /// # Example
    ///
    /// ```
    /// let b = pko_contributions::personnel::Personnel::builder();
    /// assert_eq!(b.build().len(), 0);
    /// ```
    #[must_use]
    pub fn builder() -> PersonnelBuilder {
        PersonnelBuilder::default()
    }

    /// How many records.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::Personnel::builder().build().len(), 0);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.len
    }

    /// The bytes the dataset holds on the heap (records, months, interned
    /// countries and missions), by capacity.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::Personnel::builder().build().heap_bytes(), 0);
    /// ```
    #[must_use]
    pub fn heap_bytes(&self) -> usize {
        let records: usize = self
            .months
            .iter()
            .map(|(_, r)| r.capacity() * size_of::<Packed>())
            .sum();
        let missions: usize = self
            .missions
            .iter()
            .map(|m| m.as_str().len() + size_of::<MissionCode>())
            .sum();
        records
            + self.months.capacity() * size_of::<(YearMonth, Vec<Packed>)>()
            + self.tallies.capacity() * size_of::<Vec<Tally>>()
            + self
                .tallies
                .iter()
                .map(|t| t.capacity() * size_of::<Tally>())
                .sum::<usize>()
            + self.contributors.capacity() * size_of::<CountryCode>()
            + missions
    }

    /// Whether there is no record.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::personnel::Personnel::builder().build().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn view(&self, month: YearMonth, p: &Packed) -> Option<Record<'_>> {
        Some(Record {
            month,
            contributor: *self.contributors.get(usize::from(p.contributor))?,
            mission: self.missions.get(usize::from(p.mission))?,
            category: p.category,
            female: p.female,
            male: p.male,
        })
    }

    /// Every record, month by month.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::Personnel::builder().build().records().count(), 0);
    /// ```
    pub fn records(&self) -> impl Iterator<Item = Record<'_>> {
        self.months
            .iter()
            .flat_map(move |(m, records)| records.iter().filter_map(move |p| self.view(*m, p)))
    }

    /// The months present, in order.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::Personnel::builder().build().months().count(), 0);
    /// ```
    #[must_use]
    pub fn months(&self) -> impl DoubleEndedIterator<Item = YearMonth> + '_ {
        self.months.iter().map(|(m, _)| *m)
    }

    /// The latest month present.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::Personnel::builder().build().latest_month(), None);
    /// ```
    #[must_use]
    pub fn latest_month(&self) -> Option<YearMonth> {
        self.months.last().map(|(m, _)| *m)
    }

    /// The distinct contributors, in order of first appearance.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::personnel::Personnel::builder().build().contributors().is_empty());
    /// ```
    #[must_use]
    pub fn contributors(&self) -> &[CountryCode] {
        &self.contributors
    }

    /// The distinct missions, in order of first appearance.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::personnel::Personnel::builder().build().missions().is_empty());
    /// ```
    #[must_use]
    pub fn missions(&self) -> &[MissionCode] {
        &self.missions
    }

    fn tallies_in(&self, month: YearMonth) -> &[Tally] {
        self.months
            .binary_search_by_key(&month, |(m, _)| *m)
            .ok()
            .and_then(|i| self.tallies.get(i))
            .map_or(&[], Vec::as_slice)
    }

    /// The index of a contributor, if the data hold it.
    fn contributor_index(&self, contributor: CountryCode) -> Option<u16> {
        self.contributors
            .iter()
            .position(|c| *c == contributor)
            .and_then(|i| u16::try_from(i).ok())
    }

    /// A contributor's tally among a month's, ordered by contributor.
    fn find(tallies: &[Tally], contributor: u16) -> Option<&Tally> {
        tallies
            .binary_search_by_key(&contributor, |t| t.contributor)
            .ok()
            .and_then(|i| tallies.get(i))
    }

    /// A contributor's tally in a month.
    fn tally_of(&self, contributor: CountryCode, month: YearMonth) -> Option<&Tally> {
        Self::find(self.tallies_in(month), self.contributor_index(contributor)?)
    }

    fn packed_in(&self, month: YearMonth) -> &[Packed] {
        self.months
            .binary_search_by_key(&month, |(m, _)| *m)
            .ok()
            .and_then(|i| self.months.get(i))
            .map_or(&[], |(_, records)| records.as_slice())
    }

    /// The records of one month.
    ///
    /// # Example
    ///
    /// ```
    /// let data = pko_contributions::personnel::Personnel::builder().build();
    /// assert_eq!(data.records_in("2014-02".parse()?).count(), 0);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn records_in(&self, month: YearMonth) -> impl Iterator<Item = Record<'_>> {
        self.packed_in(month)
            .iter()
            .filter_map(move |p| self.view(month, p))
    }

    /// Persons in the chosen categories in one month, all contributors and
    /// missions together.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{CategorySet, Count, Personnel};
    /// let data = Personnel::builder().build();
    /// assert_eq!(data.total("2014-02".parse()?, CategorySet::ALL), Count::default());
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn total(&self, month: YearMonth, categories: CategorySet) -> Count {
        let mut c = Count::default();
        for t in self.tallies_in(month) {
            let n = t.of(categories);
            c.female += n.female;
            c.male += n.male;
        }
        c
    }

    /// Persons per contributor in one month, over the chosen categories, in
    /// the order of the contributors' codes. Contributors with records that
    /// month are listed even if their count is zero.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{Category, CategorySet, Personnel};
    /// use pko_core::CountryCode;
    /// let mut b = Personnel::builder();
    /// b.push("2014-02".parse()?, CountryCode::JPN, &"UNMISS".parse()?, Category::IndividualPolice, 0, 0)?;
    /// let totals = b.build().totals_by_contributor("2014-02".parse()?, CategorySet::ALL);
    /// assert_eq!(totals.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn totals_by_contributor(
        &self,
        month: YearMonth,
        categories: CategorySet,
    ) -> Vec<(CountryCode, Count)> {
        let mut out: Vec<(CountryCode, Count)> = self
            .tallies_in(month)
            .iter()
            .filter_map(|t| {
                let code = self.contributors.get(usize::from(t.contributor))?;
                Some((*code, t.of(categories)))
            })
            .collect();
        out.sort_unstable_by_key(|(c, _)| *c);
        out
    }
    /// Contributors ranked by persons in the chosen categories in one month,
    /// with ties (standard competition ranking).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{CategorySet, Personnel};
    /// let data = Personnel::builder().build();
    /// assert!(data.ranking("2014-02".parse()?, CategorySet::ALL).is_empty());
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn ranking(&self, month: YearMonth, categories: CategorySet) -> Ranking<CountryCode, u64> {
        // Straight from the month's tallies: the ranking orders them itself.
        Ranking::new(self.tallies_in(month).iter().filter_map(|t| {
            let code = self.contributors.get(usize::from(t.contributor))?;
            Some((*code, t.of(categories).total()))
        }))
    }

    /// Each contributor's persons in the chosen categories summed over the
    /// months from `from` to `to`, inclusive (person-months: a contingent
    /// of 100 for a year counts 1,200), by contributor code; contributors
    /// with no record in the span are left out.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{self, CategorySet};
    /// use pko_core::CountryCode;
    ///
    /// let data = personnel::ipi_embedded()?;
    /// let year = data.totals_over("2013-01".parse()?, "2013-12".parse()?, CategorySet::ALL);
    /// let japan = year.iter().find(|(c, _)| *c == CountryCode::JPN).map(|(_, n)| n.total());
    /// let by_month: u64 = data
    ///     .series(CountryCode::JPN, CategorySet::ALL)
    ///     .iter()
    ///     .filter(|(m, _)| m.year() == 2013)
    ///     .map(|(_, n)| n.total())
    ///     .sum();
    /// assert_eq!(japan, Some(by_month));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn totals_over(
        &self,
        from: YearMonth,
        to: YearMonth,
        categories: CategorySet,
    ) -> Vec<(CountryCode, Count)> {
        let first = self.months.partition_point(|(m, _)| *m < from);
        let last = self.months.partition_point(|(m, _)| *m <= to);
        let mut sums: Vec<Option<Count>> = vec![None; self.contributors.len()];
        // The months' tallies, one per month in the months' order.
        for tallies in self.tallies.iter().take(last).skip(first) {
            for t in tallies {
                if let Some(slot) = sums.get_mut(usize::from(t.contributor)) {
                    let sum = slot.get_or_insert_with(Count::default);
                    let n = t.of(categories);
                    sum.female += n.female;
                    sum.male += n.male;
                }
            }
        }
        let mut out: Vec<(CountryCode, Count)> = self
            .contributors
            .iter()
            .zip(sums)
            .filter_map(|(code, sum)| sum.map(|s| (*code, s)))
            .collect();
        out.sort_unstable_by_key(|(c, _)| *c);
        out
    }

    /// The contributors ranked by their persons summed over a span of
    /// months ([`Personnel::totals_over`]).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{self, CategorySet};
    /// let data = personnel::ipi_embedded()?;
    /// let r = data.ranking_over("2010-01".parse()?, "2014-02".parse()?, CategorySet::ALL);
    /// assert_eq!(r.entries()[0].key().as_str(), "BGD"); // Pakistan leads in 2014-02, Bangladesh over the span
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn ranking_over(
        &self,
        from: YearMonth,
        to: YearMonth,
        categories: CategorySet,
    ) -> Ranking<CountryCode, u64> {
        Ranking::new(
            self.totals_over(from, to, categories)
                .into_iter()
                .map(|(c, n)| (c, n.total())),
        )
    }

    /// Persons per mission in one month, over the chosen categories, in the
    /// order of the missions' acronyms.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{CategorySet, Personnel};
    /// let data = Personnel::builder().build();
    /// assert!(data.totals_by_mission("2014-02".parse()?, CategorySet::ALL).is_empty());
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn totals_by_mission(
        &self,
        month: YearMonth,
        categories: CategorySet,
    ) -> Vec<(&MissionCode, Count)> {
        let mut sums: Vec<Option<Count>> = vec![None; self.missions.len()];
        for p in self.packed_in(month) {
            if let Some(slot) = sums.get_mut(usize::from(p.mission)) {
                let c = slot.get_or_insert_with(Count::default);
                if categories.contains(p.category) {
                    c.add(p.female, p.male);
                }
            }
        }
        let mut out: Vec<(&MissionCode, Count)> = self
            .missions
            .iter()
            .zip(sums)
            .filter_map(|(m, sum)| sum.map(|s| (m, s)))
            .collect();
        out.sort_unstable_by(|a, b| a.0.cmp(b.0));
        out
    }

    /// Persons per category in one month.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{Category, Personnel};
    /// let data = Personnel::builder().build();
    /// let by = data.totals_by_category("2014-02".parse()?);
    /// assert_eq!(by.len(), 5);
    /// assert_eq!(by[0].0, Category::Troops);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn totals_by_category(&self, month: YearMonth) -> Vec<(Category, Count)> {
        let mut sums = [Count::default(); 5];
        for t in self.tallies_in(month) {
            for (sum, n) in sums.iter_mut().zip(&t.counts) {
                sum.female += n.female;
                sum.male += n.male;
            }
        }
        Category::ALL.iter().copied().zip(sums).collect()
    }

    /// One contributor's women and men per category in a month, in the
    /// order of [`Category::ALL`] (zero where it has none).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{self, Category};
    /// use pko_core::CountryCode;
    ///
    /// let data = personnel::ipi_embedded()?;
    /// let by = data.contributor_by_category(CountryCode::KOR, "2014-02".parse()?);
    /// assert_eq!(by[0].0, Category::Troops);
    /// assert_eq!(by[0].1.total(), 599);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn contributor_by_category(
        &self,
        contributor: CountryCode,
        month: YearMonth,
    ) -> Vec<(Category, Count)> {
        let counts = self
            .tally_of(contributor, month)
            .map_or([Count::default(); 5], |t| t.counts);
        Category::ALL.iter().copied().zip(counts).collect()
    }

    /// A contributor's persons in the chosen categories, month by month in
    /// date order (whatever the order of the file), for the months in which
    /// it has records.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{CategorySet, Personnel};
    /// let data = Personnel::builder().build();
    /// assert!(data.series(pko_core::CountryCode::JPN, CategorySet::ALL).is_empty());
    /// ```
    #[must_use]
    pub fn series(
        &self,
        contributor: CountryCode,
        categories: CategorySet,
    ) -> Vec<(YearMonth, Count)> {
        let Some(idx) = self.contributor_index(contributor) else {
            return Vec::new();
        };
        self.months
            .iter()
            .zip(&self.tallies)
            .filter_map(|((month, _), tallies)| {
                let t = Self::find(tallies, idx)?;
                Some((*month, t.of(categories)))
            })
            .collect()
    }
    /// One contributor's share of women, month by month, against each
    /// target: one check per month in which it has records (within `from`
    /// and `to`, inclusive, when given) and per target, in month order and
    /// then in the order of `targets`.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{self, parity_targets};
    /// use pko_core::CountryCode;
    ///
    /// let data = personnel::ipi_embedded()?;
    /// let targets = parity_targets();
    /// let month = "2014-02".parse()?;
    /// let checks = data.female_shares_of(CountryCode::JPN, Some(month), Some(month), &targets);
    /// assert_eq!(checks.len(), targets.len());
    /// let troops = &checks[0];
    /// assert_eq!(troops.target().name(), "military contingents, 2028");
    /// assert_eq!(troops.meets(), Some(false));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn female_shares_of<'t>(
        &self,
        contributor: CountryCode,
        from: Option<YearMonth>,
        to: Option<YearMonth>,
        targets: &'t [Target],
    ) -> Vec<TargetCheck<'t>> {
        let within = |m: &YearMonth| from.is_none_or(|f| *m >= f) && to.is_none_or(|t| *m <= t);
        let per_target: Vec<Vec<(YearMonth, Count)>> = targets
            .iter()
            .map(|t| {
                self.series(contributor, t.categories)
                    .into_iter()
                    .filter(|(m, _)| within(m))
                    .collect()
            })
            .collect();
        // Every series has the same months: those with the contributor's records.
        let months: Vec<YearMonth> = per_target
            .first()
            .map(|s| s.iter().map(|(m, _)| *m).collect())
            .unwrap_or_default();
        let mut out = Vec::with_capacity(months.len() * targets.len());
        for (i, month) in months.iter().enumerate() {
            for (target, series) in targets.iter().zip(&per_target) {
                let count = series.get(i).map_or_else(Count::default, |(_, c)| *c);
                out.push(TargetCheck {
                    target,
                    month: *month,
                    count,
                    share: count.female_share(),
                });
            }
        }
        out
    }

    /// Women's share in one month for each target, against the target.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{parity_targets, Personnel};
    /// let data = Personnel::builder().build();
    /// let targets = parity_targets();
    /// let checks = data.female_shares("2014-02".parse()?, &targets);
    /// assert!(checks.iter().all(|c| c.share().is_none()));
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn female_shares<'t>(
        &self,
        month: YearMonth,
        targets: &'t [Target],
    ) -> Vec<TargetCheck<'t>> {
        targets
            .iter()
            .map(|t| {
                let count = self.total(month, t.categories);
                TargetCheck {
                    target: t,
                    month,
                    count,
                    share: count.female_share(),
                }
            })
            .collect()
    }
}
