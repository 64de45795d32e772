//! Random secrets: session tokens (256 bits, base64url) stored as SHA-256 digests, and 認証キー
//! (8 decimal digits, uniform).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::error::AppError;

/// A new session token.
pub fn new_token() -> Result<String, AppError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(AppError::internal)?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// What the database stores for a token.
pub fn token_digest(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new 認証キー of `digits` decimal digits, uniformly drawn.
pub fn new_key(digits: usize) -> Result<String, AppError> {
    let mut key = String::with_capacity(digits);
    while key.len() < digits {
        let mut byte = [0u8; 1];
        getrandom::fill(&mut byte).map_err(AppError::internal)?;
        // 250 = 25 × 10: rejecting 250..=255 keeps the digits uniform.
        if byte[0] < 250 {
            key.push(char::from(b'0' + byte[0] % 10));
        }
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_and_distinct() {
        let (a, b) = (new_token().unwrap(), new_token().unwrap());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43, "256 bits in base64url");
        assert_eq!(token_digest(&a).len(), 64);
        assert_ne!(token_digest(&a), token_digest(&b));
    }

    #[test]
    fn keys_are_digits() {
        let key = new_key(8).unwrap();
        assert_eq!(key.len(), 8);
        assert!(key.chars().all(|c| c.is_ascii_digit()));
    }
}
