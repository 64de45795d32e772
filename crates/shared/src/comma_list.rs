//! Serde helpers that carry a list as one comma-separated string, so that the same struct is
//! a JSON object over IPC and a flat query string over HTTP (`prefectures=13,14`).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Serializes a list of values whose serde form is a plain string as `a,b,c`.
pub fn serialize<T, S>(items: &[T], serializer: S) -> Result<S::Ok, S::Error>
where
    T: Serialize,
    S: Serializer,
{
    let parts = items
        .iter()
        .map(serde_plain::to_string)
        .collect::<Result<Vec<_>, _>>()
        .map_err(serde::ser::Error::custom)?;
    serializer.serialize_str(&parts.join(","))
}

/// Parses `a,b,c` (blank items ignored, Japanese commas accepted) into a list; a JSON array is
/// accepted as well.
pub fn deserialize<'de, T, D>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    T: DeserializeOwned,
    D: Deserializer<'de>,
{
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Form<T> {
        Joined(String),
        List(Vec<T>),
    }
    match Form::<T>::deserialize(deserializer)? {
        Form::List(items) => Ok(items),
        Form::Joined(text) => text
            .split([',', '、', '，'])
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(|part| {
                serde_plain::from_str(part)
                    .map_err(|err| serde::de::Error::custom(format!("{part}: {err}")))
            })
            .collect(),
    }
}
