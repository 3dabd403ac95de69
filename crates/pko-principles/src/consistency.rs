//! What a deployment's facts must satisfy together, checked before they
//! are assessed: [`Deployment::check`].

use std::collections::HashSet;

use crate::error::{Error, FactProblem};
use crate::fact_path::FactPath;
use crate::facts::{Consent, ConsentTo, Deployment, Fact};

impl Deployment {
    /// Checks what the facts must satisfy together: party names unique and
    /// non-empty; ceasefires name only listed parties (when the parties are
    /// known); no consent withdrawn and no ceasefire broken before it was
    /// given or agreed.
    ///
    /// # Errors
    ///
    /// [`Error::InconsistentFacts`] naming the fact (as a JSON path) and the
    /// problem.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Ceasefire, Deployment, Fact, Party};
    ///
    /// let mut d = Deployment::default();
    /// d.parties = Fact::Known(vec![Party::new("A", Fact::Unknown, Fact::Unknown)]);
    /// d.ceasefires = Fact::Known(vec![Ceasefire::new(["A", "Z"], None, None)]);
    /// let err = d.check().unwrap_err();
    /// assert_eq!(err.to_string(), "inconsistent facts at `ceasefires[0].parties[1]`: `Z` is not among the parties");
    /// ```
    pub fn check(&self) -> Result<(), Error> {
        let fail =
            |path: FactPath, problem: FactProblem| Err(Error::InconsistentFacts { path, problem });
        let mut names = Names::default();
        if let Fact::Known(parties) = &self.parties {
            for (i, p) in parties.iter().enumerate() {
                if p.name.trim().is_empty() {
                    return fail(FactPath::PartyName(i), FactProblem::EmptyName);
                }
                if !names.insert(p.name.as_str()) {
                    return fail(
                        FactPath::PartyName(i),
                        FactProblem::DuplicateParty {
                            name: p.name.clone(),
                        },
                    );
                }
                check_consent(
                    &p.to_operation,
                    FactPath::PartyConsentWithdrawnOn {
                        party: i,
                        to: ConsentTo::Operation,
                    },
                )?;
                check_consent(
                    &p.to_japan,
                    FactPath::PartyConsentWithdrawnOn {
                        party: i,
                        to: ConsentTo::JapansParticipation,
                    },
                )?;
            }
        }
        check_consent(
            &self.host_consent.to_operation,
            FactPath::HostConsentWithdrawnOn(ConsentTo::Operation),
        )?;
        check_consent(
            &self.host_consent.to_japan,
            FactPath::HostConsentWithdrawnOn(ConsentTo::JapansParticipation),
        )?;
        if let Fact::Known(ceasefires) = &self.ceasefires {
            for (i, c) in ceasefires.iter().enumerate() {
                if let (Some(a), Some(b)) = (c.agreed_on, c.broken_on)
                    && b < a
                {
                    return fail(
                        FactPath::CeasefireBrokenOn(i),
                        FactProblem::EndBeforeStart { start: a, end: b },
                    );
                }
                if self.parties.is_known() {
                    for (j, name) in c.parties.iter().enumerate() {
                        if !names.contains(name.as_str()) {
                            return fail(
                                FactPath::CeasefireParty {
                                    ceasefire: i,
                                    party: j,
                                },
                                FactProblem::UnknownParty { name: name.clone() },
                            );
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

/// A set of party names: an array while small (no hashing, no
/// allocation), a hash set once large.
#[derive(Default)]
struct Names<'a> {
    few: [&'a str; 16],
    len: usize,
    many: HashSet<&'a str>,
}

impl<'a> Names<'a> {
    fn few(&self) -> &[&'a str] {
        self.few.get(..self.len).unwrap_or_default()
    }

    fn insert(&mut self, name: &'a str) -> bool {
        if self.few().contains(&name) || self.many.contains(name) {
            return false;
        }
        if let Some(slot) = self.few.get_mut(self.len) {
            *slot = name;
            self.len += 1;
        } else {
            self.many.insert(name);
        }
        true
    }

    fn contains(&self, name: &str) -> bool {
        self.few().contains(&name) || self.many.contains(name)
    }
}

fn check_consent(consent: &Fact<Consent>, path: FactPath) -> Result<(), Error> {
    if let Fact::Known(Consent::Given {
        on: Some(on),
        withdrawn_on: Some(w),
    }) = consent
        && w < on
    {
        return Err(Error::InconsistentFacts {
            path,
            problem: FactProblem::EndBeforeStart {
                start: *on,
                end: *w,
            },
        });
    }
    Ok(())
}
