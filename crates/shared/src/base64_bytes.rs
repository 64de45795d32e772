//! Bytes as base64 text in JSON (`#[serde(with = "crate::base64_bytes")]`): the standard
//! alphabet with padding, which every JSON client can produce.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde::{Deserialize, Deserializer, Serializer};

/// Writes `bytes` as one base64 string.
pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&STANDARD.encode(bytes))
}

/// Reads one base64 string; anything else is a data error.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
    let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
    STANDARD
        .decode(text.as_bytes())
        .map_err(|err| serde::de::Error::custom(format!("not base64: {err}")))
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Holder {
        #[serde(with = "super")]
        content: Vec<u8>,
    }

    #[test]
    fn bytes_go_there_and_back() {
        let holder = Holder {
            content: b"%PDF-1.7\n\xff\x00".to_vec(),
        };
        let json = serde_json::to_string(&holder).unwrap();
        assert_eq!(json, r#"{"content":"JVBERi0xLjcK/wA="}"#);
        assert_eq!(serde_json::from_str::<Holder>(&json).unwrap(), holder);
    }

    #[test]
    fn text_that_is_not_base64_is_refused() {
        let err = serde_json::from_str::<Holder>(r#"{"content":"not base64!"}"#).unwrap_err();
        assert!(err.to_string().contains("not base64"), "{err}");
    }
}
