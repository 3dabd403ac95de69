#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

/// `Display`, `FromStr`, serde and the JSON Schema of a field-less enum
/// written by its names: the type's `ALL` and `as_str` give them, and any
/// other string is `Error::$unknown { input }`.
macro_rules! by_name {
    ($ty:ty, $schema_name:literal, $description:literal, $unknown:ident) => {
        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl std::str::FromStr for $ty {
            type Err = crate::Error;
            fn from_str(s: &str) -> Result<Self, crate::Error> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == s)
                    .ok_or_else(|| crate::Error::$unknown {
                        input: s.to_owned(),
                    })
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed($schema_name)
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let names: Vec<&str> = Self::ALL.iter().map(|v| v.as_str()).collect();
                schemars::json_schema!({
                    "description": $description,
                    "type": "string",
                    "enum": names
                })
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

pub mod audit;
mod error;
pub mod peacekeeping;
pub mod personnel;
mod rank;
pub mod regular_budget;
mod scale;
pub mod speech;
pub mod wps;

pub use error::{Error, LoadError, LoadProblem, ScaleProblem};
pub use rank::{ContributorRank, Ranked, Ranking};
pub use regular_budget::REGULAR_BUDGET_CSV;
pub use scale::{Scale, ScaleKind, ScalePeriod};
