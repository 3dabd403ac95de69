//! A file's `"$schema"`: the member by which a JSON file names its JSON
//! Schema, so that editors validate and complete it. pko's input files may
//! carry one at their top level; it says nothing about the data and is
//! ignored, while every other unknown member is still refused.
//!
//! [`SkipSchemaKey`] wraps a deserializer and drops a `"$schema"` member of
//! the object it reads (only that object's, not those nested in it), so a
//! type's derived `Deserialize` (with `deny_unknown_fields`) takes the file
//! as it is. Errors keep the positions the wrapped deserializer gives them.
//!
//! # Example
//!
//! ```
//! use pko_core::schema_key::SkipSchemaKey;
//! use serde::Deserialize;
//!
//! #[derive(Debug, Deserialize, PartialEq)]
//! #[serde(deny_unknown_fields)]
//! struct Roster { members: Vec<String> }
//!
//! let text = r#"{"$schema": "../schemas/roster.json", "members": ["JPN"]}"#;
//! let mut de = serde_json::Deserializer::from_str(text);
//! let roster = Roster::deserialize(SkipSchemaKey(&mut de))?;
//! assert_eq!(roster.members, ["JPN"]);
//!
//! // Any other unknown member is refused as before.
//! let mut de = serde_json::Deserializer::from_str(r#"{"members": [], "extra": 1}"#);
//! assert!(Roster::deserialize(SkipSchemaKey(&mut de)).is_err());
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};

/// The name of the member that names a file's schema.
pub const KEY: &str = "$schema";

/// Adds the `"$schema"` member to the schema of an object that takes one:
/// a string, the address of the file's schema (as a schemars transform:
/// `#[schemars(transform = pko_core::schema_key::add_property)]`).
///
/// # Example
///
/// ```
/// let mut schema = schemars::json_schema!({ "type": "object", "properties": {}, "additionalProperties": false });
/// pko_core::schema_key::add_property(&mut schema);
/// assert_eq!(schema.get("properties").and_then(|p| p.get("$schema")).and_then(|s| s.get("type")), Some(&"string".into()));
/// ```
#[cfg(feature = "schema")]
pub fn add_property(schema: &mut schemars::Schema) {
    if let Some(properties) = schema
        .get_mut("properties")
        .and_then(serde_json::Value::as_object_mut)
    {
        properties.insert(
            KEY.to_owned(),
            serde_json::json!({
                "description": "The address of this file's JSON Schema, for editors; pko ignores it.",
                "type": "string"
            }),
        );
    }
}

/// A deserializer that drops a top-level `"$schema"` member of the object it
/// reads; everything else is the wrapped deserializer's.
///
/// # Example
///
/// See the [module](self).
#[derive(Debug)]
pub struct SkipSchemaKey<D>(pub D);

/// A visitor that reads the object's members without its `"$schema"`.
struct SkipVisitor<V>(V);

/// The object's members without its `"$schema"`.
struct SkipMap<A>(A);

impl<'de, A: MapAccess<'de>> MapAccess<'de> for SkipMap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        let mut seed = Some(seed);
        loop {
            // The key is read through the wrapped map's own seed, so that an
            // error in it is located as the wrapped deserializer locates one.
            match self.0.next_key_seed(KeySeed(&mut seed))? {
                None => return Ok(None),
                Some(Key::Other(value)) => return Ok(Some(value)),
                Some(Key::Schema) => {
                    // It names the schema: a string, else the file is wrong.
                    let _: std::borrow::Cow<'de, str> = self.0.next_value()?;
                }
            }
        }
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<T::Value, Self::Error> {
        self.0.next_value_seed(seed)
    }
}

/// A key: the schema's, or another, read by the caller's seed.
enum Key<T> {
    Schema,
    Other(T),
}

/// Reads a key, and hands any but `"$schema"` to the caller's seed.
struct KeySeed<'a, K>(&'a mut Option<K>);

impl<'de, K: DeserializeSeed<'de>> DeserializeSeed<'de> for KeySeed<'_, K> {
    type Value = Key<K::Value>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        let key = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        if key == KEY {
            return Ok(Key::Schema);
        }
        match self.0.take() {
            Some(seed) => seed.deserialize(key.into_deserializer()).map(Key::Other),
            None => Err(de::Error::custom("a key was read twice")),
        }
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for SkipVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.0.visit_map(SkipMap(map))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        self.0.visit_seq(seq)
    }
}

impl<'de, D: de::Deserializer<'de>> de::Deserializer<'de> for SkipSchemaKey<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.deserialize_any(SkipVisitor(visitor))
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.deserialize_map(SkipVisitor(visitor))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0
            .deserialize_struct(name, fields, SkipVisitor(visitor))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct enum identifier ignored_any
    }
}

/// Implements `Serialize` and `Deserialize` for a type whose derives are
/// `#[serde(remote = "Self")]`: serialization as derived, deserialization
/// as derived but for a top-level `"$schema"` member, which is dropped.
///
/// # Example
///
/// ```
/// #[derive(Debug, serde::Serialize, serde::Deserialize)]
/// #[serde(remote = "Self", deny_unknown_fields)]
/// struct Roster { members: Vec<String> }
/// pko_core::serde_with_schema_key!(Roster);
///
/// let r: Roster = serde_json::from_str(r#"{"$schema": "roster.json", "members": []}"#)?;
/// assert!(r.members.is_empty());
/// assert_eq!(serde_json::to_string(&r)?, r#"{"members":[]}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[macro_export]
macro_rules! serde_with_schema_key {
    ($ty:ty) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                <$ty>::serialize(self, serializer)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <$ty>::deserialize($crate::schema_key::SkipSchemaKey(deserializer))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        n: u32,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Outer {
        name: String,
        #[serde(default)]
        inner: Option<Inner>,
    }

    fn read(text: &str) -> Result<Outer, serde_json::Error> {
        let mut de = serde_json::Deserializer::from_str(text);
        Outer::deserialize(SkipSchemaKey(&mut de))
    }

    #[test]
    fn the_schema_member_is_dropped_wherever_it_is_in_the_object() {
        let expected = Outer {
            name: "a".to_owned(),
            inner: None,
        };
        for text in [
            r#"{"$schema": "s.json", "name": "a"}"#,
            r#"{"name": "a", "$schema": "s.json"}"#,
            r#"{"name": "a"}"#,
        ] {
            assert_eq!(read(text).unwrap(), expected, "{text}");
        }
        // Twice is still only a name of the schema.
        assert_eq!(
            read(r#"{"$schema": "a", "$schema": "b", "name": "a"}"#).unwrap(),
            expected
        );
    }

    #[test]
    fn only_the_top_level_object_drops_it() {
        let err = read(r#"{"name": "a", "inner": {"$schema": "s", "n": 1}}"#).unwrap_err();
        assert!(err.to_string().contains("unknown field `$schema`"), "{err}");
        let ok = read(r#"{"name": "a", "inner": {"n": 1}}"#).unwrap();
        assert_eq!(ok.inner, Some(Inner { n: 1 }));
    }

    #[test]
    fn it_must_be_a_string() {
        let err = read(r#"{"$schema": 1, "name": "a"}"#).unwrap_err();
        assert!(
            err.to_string().contains("invalid type: integer `1`"),
            "{err}"
        );
    }

    #[test]
    fn other_errors_are_the_wrapped_deserializers_with_their_positions() {
        let plain = |text: &str| serde_json::from_str::<Outer>(text).unwrap_err();
        for text in [
            "{\"name\": \"a\",\n \"extra\": 1}",
            "{\"name\": 7}",
            "[\"a\", null, 3]",
            "12",
        ] {
            let wrapped = read(text).unwrap_err();
            let direct = plain(text);
            assert_eq!(wrapped.to_string(), direct.to_string(), "{text}");
            assert_eq!(
                (wrapped.line(), wrapped.column()),
                (direct.line(), direct.column())
            );
        }
        // What the derived impl reads besides an object, it still reads.
        assert_eq!(read(r#"["a", null]"#).unwrap().name, "a");
        assert!(
            read("12")
                .unwrap_err()
                .to_string()
                .contains("expected struct Outer")
        );
    }

    #[cfg(feature = "schema")]
    #[test]
    fn the_schema_of_an_object_lists_the_member_and_nothing_else_changes() {
        let mut object = schemars::json_schema!({ "type": "object", "properties": { "a": {} } });
        add_property(&mut object);
        let properties = object.get("properties").unwrap().as_object().unwrap();
        assert_eq!(properties.len(), 2);
        assert_eq!(properties[KEY]["type"], "string");
        let mut scalar = schemars::json_schema!({ "type": "string" });
        add_property(&mut scalar);
        assert_eq!(scalar, schemars::json_schema!({ "type": "string" }));
    }
}
