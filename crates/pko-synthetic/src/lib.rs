#![doc = include_str!("../README.md")]

use std::io::{self, Write};

use pko_contributions::personnel::Category;
use pko_core::{CountryCode, YearMonth};

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Params {
    /// The seed of the pseudo-random sequence.
    pub seed: u64,
    /// The first year.
    pub from: u16,
    /// The last year, inclusive.
    pub to: u16,
    /// The width: 1 is about 20 missions at a time, 10 and 100 widen the
    /// missions (and so the rows) tenfold and a hundredfold.
    pub scale: u32,
}

impl Default for Params {
    fn default() -> Self {
        Self {
            seed: 1,
            from: 1990,
            to: 2025,
            scale: 1,
        }
    }
}

/// The UN file's header.
pub const HEADER: &str = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date";

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A synthetic mission: its span, contributors and their categories.
struct Mission {
    acronym: String,
    first: u32,
    last: u32,
    /// Each contributor with the categories it sends and its typical
    /// strength, by index into the member states.
    contributors: Vec<(usize, Vec<(Category, u32)>)>,
}

fn month_index(m: YearMonth) -> u32 {
    u32::from(m.year()) * 12 + u32::from(m.month()) - 1
}

/// The categories a contributor sends to a mission, with a typical
/// strength for each.
fn categories(rng: &mut fastrand::Rng) -> Vec<(Category, u32)> {
    let mut out = Vec::new();
    for (category, chance, size) in [
        (Category::Troops, 55, 600),
        (Category::StaffOfficers, 75, 12),
        (Category::ExpertsOnMission, 45, 8),
        (Category::IndividualPolice, 40, 20),
        (Category::FormedPoliceUnits, 12, 140),
    ] {
        if rng.u32(0..100) < chance {
            out.push((category, rng.u32(size / 4..=size * 2).max(1)));
        }
    }
    if out.is_empty() {
        out.push((Category::StaffOfficers, rng.u32(1..=10)));
    }
    out
}

fn missions(rng: &mut fastrand::Rng, p: Params, members: usize) -> Vec<Mission> {
    let start = u32::from(p.from) * 12;
    let end = u32::from(p.to) * 12 + 11;
    let span = end - start + 1;
    // About 20 missions at a time, each lasting 2 to 20 years: over the
    // span, missions enter and leave.
    let concurrent = 20 * p.scale;
    let average = 11 * 12;
    let count = (concurrent * span / average).max(concurrent);
    (0..count)
        .map(|i| {
            let length = rng.u32(24..=240);
            let first = start + rng.u32(0..span);
            let first = first.saturating_sub(length / 2).max(start);
            let last = (first + length).min(end);
            let n = rng.usize(40..=150).min(members);
            let mut chosen: Vec<usize> = (0..members).collect();
            rng.shuffle(&mut chosen);
            chosen.truncate(n);
            chosen.sort_unstable();
            Mission {
                acronym: format!("SYN{:04}", i + 1),
                first,
                last,
                contributors: chosen.into_iter().map(|c| (c, categories(rng))).collect(),
            }
        })
        .collect()
}

/// Writes the file; returns the number of data rows.
///
/// # Errors
///
/// The writer's.
#[expect(
    clippy::indexing_slicing,
    reason = "a mission's contributors are indices drawn from 0..members.len()"
)]
pub fn generate(p: Params, out: &mut impl Write) -> io::Result<u64> {
    let mut rng = fastrand::Rng::with_seed(p.seed);
    let members: Vec<CountryCode> = CountryCode::un_member_states().collect();
    let names: Vec<(String, String)> = members
        .iter()
        .map(|c| {
            let m49 = rust_iso3166::from_alpha3(c.as_str()).map_or(0, |x| x.numeric);
            let name = c.un_name().unwrap_or(c.iso_name()).replace(',', "");
            (m49.to_string(), name)
        })
        .collect();
    let missions = missions(&mut rng, p, members.len());
    writeln!(out, "{HEADER}")?;
    let mut id: u64 = 0;
    for year in p.from..=p.to {
        for (month, month_name) in (1..=12_u8).zip(MONTHS) {
            let Ok(ym) = YearMonth::new(year, month) else {
                continue;
            };
            let index = month_index(ym);
            let date = format!(
                "{:02}-{}-{:02}",
                chrono::Datelike::day(&ym.last_day()),
                month_name,
                year % 100
            );
            for m in missions
                .iter()
                .filter(|m| (m.first..=m.last).contains(&index))
            {
                for (c, cats) in &m.contributors {
                    // Some contributors leave for a while.
                    if rng.u32(0..100) < 4 {
                        continue;
                    }
                    let (code, (m49, name)) = (members[*c], &names[*c]);
                    for (category, typical) in cats {
                        let total = rng.u32(typical * 3 / 4..=typical * 5 / 4 + 1);
                        let female = total * rng.u32(0..=12) / 100;
                        id += 1;
                        writeln!(
                            out,
                            "{id},{code},{m49},{name},{},{category},{female},{},{date}",
                            m.acronym,
                            total - female
                        )?;
                    }
                }
            }
        }
    }
    Ok(id)
}

/// `n` deployments that differ in every fact the rules read: the kind of
/// operation, the conflict, consent, impartiality, the contingent and its
/// size, one to three tasks, the use of weapons, the reservation of
/// withdrawal, Diet approval and the persons already engaged. The same `n`
/// and `seed` always give the same batch (the benches' batch is
/// `deployments(100_000, 15)`).
///
/// # Errors
///
/// None in practice: every deployment it builds is consistent; the error
/// of [`DeploymentBuilder::build`](pko_principles::DeploymentBuilder::build)
/// is passed on rather than assumed away.
///
/// # Example
///
/// ```
/// let batch = pko_synthetic::deployments(100, 15)?;
/// assert_eq!(batch.len(), 100);
/// assert_eq!(batch, pko_synthetic::deployments(100, 15)?);
/// assert_ne!(batch, pko_synthetic::deployments(100, 16)?);
/// # Ok::<(), pko_principles::Error>(())
/// ```
pub fn deployments(
    n: usize,
    seed: u64,
) -> Result<Vec<pko_principles::Deployment>, pko_principles::Error> {
    use pko_principles::{
        ConflictSituation, Consent, ContingentKind, Deployment, OperationKind, Task, WeaponsUse,
    };
    let mut rng = fastrand::Rng::with_seed(seed);
    let pick = |rng: &mut fastrand::Rng, all: usize| rng.usize(..all);
    (0..n)
        .map(|_| {
            let operation = OperationKind::ALL.get(pick(&mut rng, OperationKind::ALL.len()));
            let conflict = ConflictSituation::ALL.get(pick(&mut rng, ConflictSituation::ALL.len()));
            let mut b = Deployment::builder();
            if let Some(&o) = operation {
                b = b.operation(o);
            }
            if let Some(&c) = conflict {
                b = b.conflict(c);
            }
            b = b.host_consents(if rng.u8(..10) == 0 {
                Consent::Refused
            } else {
                Consent::GIVEN
            });
            if let Some(&k) = ContingentKind::ALL.get(pick(&mut rng, ContingentKind::ALL.len())) {
                b = b.contingent(k, rng.u32(1..2_600));
            }
            let tasks: Vec<Task> = (0..rng.usize(1..4))
                .filter_map(|_| Task::ALL.get(pick(&mut rng, Task::ALL.len())).copied())
                .collect();
            b = b
                .tasks(tasks)
                .weapons(
                    [
                        WeaponsUse::SelfPreservation,
                        WeaponsUse::PersonsUnderControl,
                        WeaponsUse::DutyExecution,
                    ]
                    .into_iter()
                    .filter(|_| rng.bool()),
                )
                .withdrawal_reserved(rng.u8(..10) != 0)
                .diet_approval(rng.bool())
                .already_engaged(rng.u32(..1_500));
            b = if rng.u8(..10) == 0 {
                b.impartiality_compromised(["arms supplied to one party"])
            } else {
                b.impartial()
            };
            b.build()
        })
        .collect()
}
