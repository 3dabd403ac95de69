//! Queries over a dataset: months, rankings, series, shares.

use pko_core::{CountryCode, MissionCode, YearMonth};

use super::store::Packed;
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
        for p in self.packed_in(month) {
            if categories.contains(p.category) {
                c.add(p.female, p.male);
            }
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
        let mut sums: Vec<Option<Count>> = vec![None; self.contributors.len()];
        for p in self.packed_in(month) {
            if let Some(slot) = sums.get_mut(usize::from(p.contributor)) {
                let c = slot.get_or_insert_with(Count::default);
                if categories.contains(p.category) {
                    c.add(p.female, p.male);
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
        Ranking::new(
            self.totals_by_contributor(month, categories)
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
        self.by_category(month, |_| true)
    }

    /// Sums a month's records that pass `keep`, per category, in the order
    /// of [`Category::ALL`].
    fn by_category(
        &self,
        month: YearMonth,
        keep: impl Fn(&Packed) -> bool,
    ) -> Vec<(Category, Count)> {
        let mut sums = [Count::default(); 5];
        for p in self.packed_in(month).iter().filter(|p| keep(p)) {
            let i = Category::ALL
                .iter()
                .position(|c| *c == p.category)
                .unwrap_or(0);
            if let Some(s) = sums.get_mut(i) {
                s.add(p.female, p.male);
            }
        }
        Category::ALL.into_iter().zip(sums).collect()
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
        let idx = self.contributors.iter().position(|c| *c == contributor);
        self.by_category(month, |p| Some(usize::from(p.contributor)) == idx)
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
        let Some(idx) = self.contributors.iter().position(|c| *c == contributor) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (month, records) in &self.months {
            let mut seen = false;
            let mut c = Count::default();
            for p in records {
                if usize::from(p.contributor) == idx {
                    seen = true;
                    if categories.contains(p.category) {
                        c.add(p.female, p.male);
                    }
                }
            }
            if seen {
                out.push((*month, c));
            }
        }
        out
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
