//! Password and key hashing with Argon2id (m = 19 MiB, t = 2, p = 1, OWASP's baseline). Hashing
//! runs on blocking threads, at most one per core but one at a time, so a burst of sign-ins
//! cannot starve the service; at most [`MAX_WAITING`] more wait, each at most [`MAX_WAIT`], and beyond
//! that a request is answered 503 at once rather than left hanging. Unknown accounts are checked against a dummy hash so that the answer
//! takes the same time whether or not the account exists.

use std::sync::Arc;
use std::time::Duration;

use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

use shigoto_i18n::Text;
use shigoto_shared::ErrorCode;

use crate::error::AppError;

/// Hashes that may wait for a core beyond those running.
pub const MAX_WAITING: usize = 32;
/// The longest a hash waits for a core.
pub const MAX_WAIT: Duration = Duration::from_secs(10);

fn busy() -> AppError {
    tracing::warn!(code = "hasher_busy", "password hashing queue full");
    AppError::text(ErrorCode::Unavailable, Text::new("service-busy"))
}

/// Argon2id parameters: 19 MiB, 2 passes, 1 lane.
fn argon2() -> Result<Argon2<'static>, AppError> {
    let params = Params::new(19 * 1024, 2, 1, None).map_err(AppError::internal)?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes and verifies, a bounded number at a time.
#[derive(Clone)]
pub struct Hasher {
    /// One per core: hashes running.
    permits: Arc<Semaphore>,
    /// Places for hashes running or waiting.
    places: Arc<Semaphore>,
    dummy: Arc<String>,
}

impl Hasher {
    /// A hasher allowing one hash per available core but one at once.
    pub fn new() -> Result<Self, AppError> {
        // One core is left to everything else (search, health checks, sync), so a flood of
        // sign-ins slows sign-ins only.
        let cores = std::thread::available_parallelism()
            .map_or(1, usize::from)
            .saturating_sub(1)
            .max(1);
        let dummy = hash_now("dummy password that matches nothing")?;
        Ok(Self {
            permits: Arc::new(Semaphore::new(cores)),
            places: Arc::new(Semaphore::new(cores + MAX_WAITING)),
            dummy: Arc::new(dummy),
        })
    }

    /// Runs `job` on a blocking thread once a core is free; 503 when too many wait or the wait
    /// is too long.
    async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> Result<T, AppError> + Send + 'static,
    ) -> Result<T, AppError> {
        let _place = self.places.try_acquire().map_err(|_| busy())?;
        let _permit = tokio::time::timeout(MAX_WAIT, self.permits.acquire())
            .await
            .map_err(|_| busy())?
            .map_err(AppError::internal)?;
        tokio::task::spawn_blocking(job).await?
    }

    /// The PHC string of `secret`.
    pub async fn hash(&self, secret: &str) -> Result<String, AppError> {
        let secret = secret.to_owned();
        self.run(move || hash_now(&secret)).await
    }

    /// Whether `secret` matches `hash`; `None` checks against the dummy hash (and fails) so an
    /// unknown account costs the same time as a known one.
    pub async fn verify(&self, secret: &str, hash: Option<&str>) -> Result<bool, AppError> {
        let known = hash.is_some();
        let hash = hash.unwrap_or(&self.dummy).to_owned();
        let secret = secret.to_owned();
        let matches = self
            .run(move || -> Result<bool, AppError> {
                let parsed = PasswordHash::new(&hash).map_err(AppError::internal)?;
                Ok(argon2()?
                    .verify_password(secret.as_bytes(), &parsed)
                    .is_ok())
            })
            .await?;
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
