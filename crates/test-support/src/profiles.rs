//! A job seeker's 求職者情報 saved through the MyPage sync and published (求職情報公開) with
//! consent, as the app does it.

use shigoto_shared::{
    KeyedMutation, Mutation, Outcome, PublishRequest, PushRequest, SeekerProfile,
};

use crate::TestServer;

/// Saves `profile` for the seeker signed in with `token` (under the edit key `key`, a UUID)
/// and publishes the preview it makes.
pub async fn publish_profile(
    server: &TestServer,
    token: &str,
    profile: SeekerProfile,
    key: &str,
) -> anyhow::Result<()> {
    let push = PushRequest {
        mutations: vec![KeyedMutation {
            key: key.to_owned(),
            mutation: Mutation::SaveProfile {
                profile: Box::new(profile),
            },
        }],
    };
    let answer = server.client.push_mutations(token, &push).await?;
    if let Some(Outcome::Rejected { message, .. }) = answer.results.first().map(|r| &r.outcome) {
        anyhow::bail!("the profile was refused: {message}");
    }
    let preview = server.client.publication(token).await?.preview;
    let request = PublishRequest {
        view: preview,
        agreed: true,
    };
    server.client.publish_profile(token, &request).await?;
    Ok(())
}
