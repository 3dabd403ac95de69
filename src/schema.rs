//! JSON Schemas (draft 2020-12) of pko's input files and of its answers,
//! generated from the types themselves with [`schemars`], so that they
//! cannot drift from what the parsers read and the serializers write.
//!
//! An input's schema is the *deserialize* contract (unknown fields refused,
//! every optional field optional); an answer's is the *serialize* contract
//! (every field the JSON carries). Enums are enums, dates are `format:
//! date`, money and rates are strings.
//!
//! The same schemas are the components of the HTTP API's OpenAPI
//! document, `pko schema NAME` prints one, and the committed copies under
//! `schemas/` are those of the input files (editors read them through the
//! files' `"$schema"`).
//!
//! # Example
//!
//! ```
//! let entry = pko::schema::get("deployment").expect("a schema of the catalog");
//! assert_eq!(entry.direction(), pko::schema::Direction::Input);
//! let schema = serde_json::to_value(entry.schema())?;
//! assert_eq!(schema["additionalProperties"], false);
//! assert!(schema["properties"]["contingent"].is_object());
//! # Ok::<(), serde_json::Error>(())
//! ```

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator};

pub use schemars;

/// Whether a schema is of something pko reads or something it writes.
///
/// # Example
///
/// ```
/// use pko::schema::{Direction, get};
///
/// assert_eq!(get("assessment").map(|e| e.direction()), Some(Direction::Output));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Direction {
    /// An input: a file or body pko reads (the deserialize contract).
    Input,
    /// An answer pko writes (the serialize contract).
    Output,
}

impl Direction {
    /// The schemars settings of the direction: draft 2020-12, for
    /// deserializing (inputs) or serializing (answers).
    ///
    /// # Example
    ///
    /// ```
    /// let settings = pko::schema::Direction::Input.settings();
    /// assert_eq!(settings.meta_schema.as_deref(), Some("https://json-schema.org/draft/2020-12/schema"));
    /// ```
    #[must_use]
    pub fn settings(self) -> SchemaSettings {
        let settings = SchemaSettings::draft2020_12()
            .with_transform(schemars::transform::RecursiveTransform(plain_description))
            .with_transform(schemars::transform::RecursiveTransform(string_enum));
        match self {
            Self::Input => settings.for_deserialize(),
            Self::Output => settings.for_serialize(),
        }
    }

    /// `input` or `output`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko::schema::Direction::Output.as_str(), "output");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Input => "input",
            Self::Output => "output",
        }
    }
}

/// One schema of the catalog: its name, direction, what it describes, and
/// the type it is generated from.
///
/// # Example
///
/// ```
/// let e = pko::schema::get("reform").expect("in the catalog");
/// assert_eq!(e.name(), "reform");
/// assert!(e.summary().contains("reform"));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    name: &'static str,
    direction: Direction,
    summary: &'static str,
    subschema: fn(&mut SchemaGenerator) -> Schema,
}

impl Entry {
    /// The name `pko schema` takes, and the file name under `schemas/`
    /// (`NAME.schema.json`) for an input.
    ///
    /// # Example
    ///
    /// See [`Entry`].
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// Input or output.
    ///
    /// # Example
    ///
    /// See [`Direction`].
    #[must_use]
    pub const fn direction(&self) -> Direction {
        self.direction
    }

    /// What it describes, in one line.
    ///
    /// # Example
    ///
    /// See [`Entry`].
    #[must_use]
    pub const fn summary(&self) -> &'static str {
        self.summary
    }

    /// The schema on its own: draft 2020-12, its definitions under
    /// `$defs`, its `title` the name and its `description` the summary.
    ///
    /// # Example
    ///
    /// ```
    /// let s = serde_json::to_value(pko::schema::get("events").expect("in the catalog").schema())?;
    /// assert_eq!(s["type"], "array");
    /// assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn schema(&self) -> Schema {
        let mut generator = self.direction.settings().into_generator();
        let mut schema = (self.subschema)(&mut generator);
        // A root that is a reference: the definition, inlined.
        if let Some(reference) = schema.get("$ref").and_then(|r| r.as_str()) {
            let name = reference.rsplit('/').next().unwrap_or_default().to_owned();
            if let Some(def) = generator.definitions_mut().remove(&name) {
                schema = Schema::try_from(def).unwrap_or(schema);
            }
        }
        let defs = generator.take_definitions(true);
        let meta = self.direction.settings().meta_schema;
        if let Some(object) = schema.as_object_mut() {
            let mut root = serde_json::Map::new();
            if let Some(meta) = meta {
                root.insert("$schema".to_owned(), meta.into_owned().into());
            }
            root.insert("title".to_owned(), self.name.into());
            root.insert("description".to_owned(), self.summary.into());
            for (k, v) in std::mem::take(object) {
                if k != "title" && k != "description" {
                    root.insert(k, v);
                }
            }
            if !defs.is_empty() {
                root.insert("$defs".to_owned(), serde_json::Value::Object(defs));
            }
            *object = root;
        }
        schema
    }

    /// The schema within `generator`: a reference to a definition it holds
    /// (as the OpenAPI document uses it), or an inline schema.
    ///
    /// # Example
    ///
    /// ```
    /// use pko::schema::{Direction, get};
    ///
    /// let e = get("assessment").expect("in the catalog");
    /// let mut generator = Direction::Output.settings().into_generator();
    /// let s = e.subschema(&mut generator);
    /// assert_eq!(s.get("$ref").and_then(|r| r.as_str()), Some("#/$defs/Assessment"));
    /// ```
    #[must_use]
    pub fn subschema(&self, generator: &mut SchemaGenerator) -> Schema {
        (self.subschema)(generator)
    }
}

/// A description as a reader of the schema wants it: the doc comment's
/// prose, without its example (from the first `# ` heading) and with its
/// lines joined into paragraphs.
fn plain_description(schema: &mut Schema) {
    if let Some(serde_json::Value::String(text)) = schema.get_mut("description") {
        if let Some(heading) = text.find("\n\n# ") {
            text.truncate(heading);
        }
        let paragraphs: Vec<String> = text
            .split("\n\n")
            .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
            .collect();
        *text = paragraphs.join("\n\n");
    }
}

/// The string constant a variant is, if it is one.
fn constant(variant: &serde_json::Value) -> Option<&str> {
    if variant.get("type").is_some_and(|t| t != "string") {
        return None;
    }
    variant.get("const").and_then(|c| c.as_str())
}

/// A `oneOf` of string constants (an enum whose variants are documented)
/// as one `enum` of strings, each variant's description in a list after
/// the enum's: what generated clients make an enumeration of. Where the
/// `oneOf` also has objects (an enum some of whose variants carry data),
/// its constants become one `enum` among them.
fn string_enum(schema: &mut Schema) {
    let Some(variants) = schema.get("oneOf").and_then(|v| v.as_array()) else {
        return;
    };
    let constants = variants.iter().filter(|v| constant(v).is_some()).count();
    if constants > 0 && constants < variants.len() {
        let (names, others): (Vec<_>, Vec<_>) = variants
            .iter()
            .cloned()
            .partition(|v| constant(v).is_some());
        let lines: Vec<String> = names
            .iter()
            .filter_map(|v| {
                let name = constant(v)?;
                Some(match v.get("description").and_then(|d| d.as_str()) {
                    Some(d) => format!("- `{name}`: {d}"),
                    None => format!("- `{name}`"),
                })
            })
            .collect();
        let names: Vec<serde_json::Value> = names
            .iter()
            .filter_map(|v| constant(v).map(|n| serde_json::Value::String(n.to_owned())))
            .collect();
        let mut merged = vec![serde_json::json!({
            "type": "string",
            "enum": names,
            "description": lines.join("\n"),
        })];
        merged.extend(others);
        if let Some(object) = schema.as_object_mut() {
            object.insert("oneOf".to_owned(), serde_json::Value::Array(merged));
        }
        return;
    }
    let mut names = Vec::new();
    let mut lines = Vec::new();
    for variant in variants {
        let Some(name) = variant.get("const").and_then(|c| c.as_str()) else {
            return;
        };
        if variant.get("type").is_some_and(|t| t != "string") {
            return;
        }
        names.push(serde_json::Value::String(name.to_owned()));
        if let Some(d) = variant.get("description").and_then(|d| d.as_str()) {
            lines.push(format!("- `{name}`: {d}"));
        }
    }
    if names.is_empty() {
        return;
    }
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    object.remove("oneOf");
    let description = match (object.remove("description"), lines.is_empty()) {
        (Some(serde_json::Value::String(d)), false) => format!("{d}\n\n{}", lines.join("\n")),
        (Some(serde_json::Value::String(d)), true) => d,
        (_, _) => lines.join("\n"),
    };
    if !description.is_empty() {
        object.insert("description".to_owned(), description.into());
    }
    object.insert("type".to_owned(), "string".into());
    object.insert("enum".to_owned(), serde_json::Value::Array(names));
}

fn of<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    generator.subschema_for::<T>()
}

/// Every schema: the inputs first, then the answers.
pub static CATALOG: &[Entry] = &[
    Entry {
        name: "deployment",
        direction: Direction::Input,
        summary: "The facts of a proposed or ongoing deployment, as `pko assess` reads them: every field may be left out (then it is unknown).",
        subschema: of::<pko_principles::Deployment>,
    },
    Entry {
        name: "events",
        direction: Direction::Input,
        summary: "The events that befall a deployment (consents withdrawn and restored, ceasefires broken), as `pko monitor` reads them.",
        subschema: of::<Vec<pko_principles::Event>>,
    },
    Entry {
        name: "assumptions",
        direction: Direction::Input,
        summary: "The open readings of the law, each optional (left out: its documented default), as `assumptions` beside the facts of an HTTP body.",
        subschema: of::<pko_principles::Assumptions>,
    },
    Entry {
        name: "reform",
        direction: Direction::Input,
        summary: "A reform of the Act: typed changes to the law, each with an optional source, as `pko reform` and `pko assess --reform` read it.",
        subschema: of::<pko_principles::Reform>,
    },
    Entry {
        name: "transfer",
        direction: Direction::Input,
        summary: "The facts of a transfer in kind of goods to a UN operation or another party, as `pko in-kind` reads them.",
        subschema: of::<pko_principles::in_kind::Transfer>,
    },
    Entry {
        name: "council",
        direction: Direction::Input,
        summary: "A proposed Governing Council of the Asian Institute for Peace Operations, as `pko institute check-council` reads it.",
        subschema: of::<pko_institute::CouncilProposal>,
    },
    Entry {
        name: "joint",
        direction: Direction::Input,
        summary: "A joint deployment: one operation, Japan's facts (as `pko assess` reads them) and the partners' contingents, as `pko joint` reads it.",
        subschema: of::<crate::joint::JointDeployment>,
    },
    Entry {
        name: "assessment",
        direction: Direction::Output,
        summary: "The assessment of a deployment on a day: the verdict, every finding with its reasons and citations, and what would decide it.",
        subschema: of::<pko_principles::Assessment>,
    },
    Entry {
        name: "periods",
        direction: Direction::Output,
        summary: "The spans of days over which one verdict holds, as `pko periods` writes them.",
        subschema: of::<Vec<pko_principles::Period>>,
    },
    Entry {
        name: "comparison",
        direction: Direction::Output,
        summary: "One deployment assessed on two days, and what the law's changes between them changed.",
        subschema: of::<pko_principles::Comparison>,
    },
    Entry {
        name: "timeline",
        direction: Direction::Output,
        summary: "A deployment followed through its events: what must be suspended or ended, and when.",
        subschema: of::<pko_principles::Timeline>,
    },
    Entry {
        name: "impact",
        direction: Direction::Output,
        summary: "What a reform would change: every assessment that differs, finding by finding, with the change that did it.",
        subschema: of::<pko_principles::Impact>,
    },
    Entry {
        name: "history",
        direction: Direction::Output,
        summary: "Japan's dispatches since 1992, each assessed on its first and last day.",
        subschema: of::<Vec<pko_principles::history::Replay>>,
    },
    Entry {
        name: "transfer-assessment",
        direction: Direction::Output,
        summary: "The assessment of a transfer in kind on a day.",
        subschema: of::<pko_principles::in_kind::TransferAssessment>,
    },
    Entry {
        name: "audit",
        direction: Direction::Output,
        summary: "Every check of the speech's figures against the UN's data.",
        subschema: of::<Vec<pko_contributions::audit::AuditFinding>>,
    },
    Entry {
        name: "ranking",
        direction: Direction::Output,
        summary: "Contributors of uniformed personnel in a month, largest first, as `pko contributions rank --format json` writes them.",
        subschema: of::<Vec<pko_contributions::ContributorRank>>,
    },
    Entry {
        name: "rotation",
        direction: Direction::Output,
        summary: "The terms of the rotating five-year Directorship.",
        subschema: of::<Vec<pko_institute::Term>>,
    },
    Entry {
        name: "council-problems",
        direction: Direction::Output,
        summary: "Every problem of a proposed Governing Council against the charter (none if it is valid).",
        subschema: of::<Vec<pko_institute::Problem>>,
    },
    Entry {
        name: "joint-assessment",
        direction: Direction::Output,
        summary: "A joint deployment on a day: each participant's assessment under its own rules (Japan's as `assessment`), the UN's principles, the whole verdict and who may go.",
        subschema: of::<crate::joint::JointAssessment>,
    },
];

/// The schema of the catalog named `name`.
///
/// # Example
///
/// ```
/// assert!(pko::schema::get("deployment").is_some());
/// assert!(pko::schema::get("no-such-thing").is_none());
/// ```
#[must_use]
pub fn get(name: &str) -> Option<&'static Entry> {
    CATALOG.iter().find(|e| e.name == name)
}
