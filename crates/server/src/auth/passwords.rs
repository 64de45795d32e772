//! Password and key hashing with Argon2id (m = 19 MiB, t = 2, p = 1, OWASP's baseline). Hashing
//! runs on blocking threads, at most one per core at a time, so a burst of sign-ins cannot
//! starve the service. Unknown accounts are checked against a dummy hash so that the answer
//! takes the same time whether or not the account exists.

use std::sync::Arc;

use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

use crate::error::AppError;

/// Argon2id parameters: 19 MiB, 2 passes, 1 lane.
fn argon2() -> Result<Argon2<'static>, AppError> {
    let params = Params::new(19 * 1024, 2, 1, None).map_err(AppError::internal)?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes and verifies, a bounded number at a time.
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
    dummy: Arc<String>,
}

impl Hasher {
    /// A hasher allowing one hash per available core at once.
    pub fn new() -> Result<Self, AppError> {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let dummy = hash_now("dummy password that matches nothing")?;
        Ok(Self {
            permits: Arc::new(Semaphore::new(cores)),
            dummy: Arc::new(dummy),
        })
    }

    /// The PHC string of `secret`.
    pub async fn hash(&self, secret: &str) -> Result<String, AppError> {
        let _permit = self.permits.acquire().await.map_err(AppError::internal)?;
        let secret = secret.to_owned();
        tokio::task::spawn_blocking(move || hash_now(&secret)).await?
    }

    /// Whether `secret` matches `hash`; `None` checks against the dummy hash (and fails) so an
    /// unknown account costs the same time as a known one.
    pub async fn verify(&self, secret: &str, hash: Option<&str>) -> Result<bool, AppError> {
        let _permit = self.permits.acquire().await.map_err(AppError::internal)?;
        let known = hash.is_some();
        let hash = hash.unwrap_or(&self.dummy).to_owned();
        let secret = secret.to_owned();
        let matches = tokio::task::spawn_blocking(move || -> Result<bool, AppError> {
            let parsed = PasswordHash::new(&hash).map_err(AppError::internal)?;
            Ok(argon2()?
                .verify_password(secret.as_bytes(), &parsed)
                .is_ok())
        })
        .await??;
        Ok(known && matches)
    }
}

fn hash_now(secret: &str) -> Result<String, AppError> {
    let mut salt_bytes = [0u8; 16];
    getrandom::fill(&mut salt_bytes).map_err(AppError::internal)?;
    let salt = SaltString::encode_b64(&salt_bytes).map_err(AppError::internal)?;
    Ok(argon2()?
        .hash_password(secret.as_bytes(), &salt)
        .map_err(AppError::internal)?
        .to_string())
}
