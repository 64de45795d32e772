//! Which address a request comes from, for throttling. Behind reverse proxies the connecting
//! address is the proxy's: when (and only when) it is one of the configured trusted proxies,
//! `X-Forwarded-For` is read from the right, skipping trusted proxies, and the first other
//! address is the client. A client cannot forge its way past this: whatever it writes in the
//! header sits to the left of what the trusted proxies append.
//!
//! Addresses are compared in canonical form (`::ffff:192.0.2.1` is the IPv4 address
//! `192.0.2.1`), and limits count an IPv6 client by its /64, the block one subscriber holds.

use std::convert::Infallible;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::HeaderMap;

use crate::app::AppState;

/// The client address of a request from `peer` with `headers`, canonical.
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    let peer = peer.to_canonical();
    if !trusted.contains(&peer) {
        return peer;
    }
    let mut client = peer;
    let hops = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .collect::<Vec<_>>();
    for hop in hops.iter().rev() {
        let Ok(address) = hop.trim().parse::<IpAddr>() else {
            // Garbage in the chain: stop at the last address we could trust.
            break;
        };
        let address = address.to_canonical();
        client = address;
        if !trusted.contains(&address) {
            break;
        }
    }
    client
}

/// The bucket limits count a client in: an IPv4 address, or an IPv6 address's /64.
pub fn client_bucket(client: IpAddr) -> String {
    match client.to_canonical() {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let prefix = u128::from(v6) & !((1_u128 << 64) - 1);
            format!("{}/64", Ipv6Addr::from(prefix))
        }
    }
}

/// The client of a request, by [`client_address`], and its limit bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client {
    pub address: IpAddr,
    pub bucket: String,
}

impl FromRequestParts<AppState> for Client {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        // Without connection info (a router called directly), everything is one client.
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::from([0, 0, 0, 0]), |info| info.0.ip());
        let address = client_address(peer, &parts.headers, &state.trusted_proxies);
        Ok(Client {
            address,
            bucket: client_bucket(address),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn forwarded(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append("x-forwarded-for", HeaderValue::from_str(value).unwrap());
        }
        headers
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_claims() {
        let headers = forwarded(&["1.2.3.4"]);
        assert_eq!(
            client_address(ip("203.0.113.9"), &headers, &[]),
            ip("203.0.113.9")
        );
        assert_eq!(
            client_address(ip("203.0.113.9"), &headers, &[ip("10.0.0.1")]),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn behind_trusted_proxies_the_first_untrusted_hop_from_the_right_is_the_client() {
        let trusted = [ip("10.0.0.1"), ip("10.0.0.2")];
        // The client forged "6.6.6.6"; the proxies appended the real address and their own.
        let headers = forwarded(&["6.6.6.6, 198.51.100.7", "10.0.0.2"]);
        assert_eq!(
            client_address(ip("10.0.0.1"), &headers, &trusted),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn without_the_header_or_with_garbage_the_proxy_is_what_remains() {
        let trusted = [ip("10.0.0.1")];
        assert_eq!(
            client_address(ip("10.0.0.1"), &HeaderMap::new(), &trusted),
            ip("10.0.0.1")
        );
        let headers = forwarded(&["198.51.100.7, not-an-address"]);
        assert_eq!(
            client_address(ip("10.0.0.1"), &headers, &trusted),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn mapped_ipv4_addresses_are_ipv4_when_compared_with_trusted_proxies() {
        let trusted = [ip("10.0.0.1")];
        let headers = forwarded(&["::ffff:198.51.100.7"]);
        assert_eq!(
            client_address(ip("::ffff:10.0.0.1"), &headers, &trusted),
            ip("198.51.100.7")
        );
        assert_eq!(
            client_address(ip("::ffff:203.0.113.9"), &HeaderMap::new(), &[]),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64_block() {
        assert_eq!(
            client_bucket(ip("2001:db8:1:2:aaaa::1")),
            client_bucket(ip("2001:db8:1:2:ffff:ffff:ffff:ffff"))
        );
        assert_eq!(client_bucket(ip("2001:db8:1:2::9")), "2001:db8:1:2::/64");
        assert_ne!(
            client_bucket(ip("2001:db8:1:2::1")),
            client_bucket(ip("2001:db8:1:3::1"))
        );
        assert_eq!(client_bucket(ip("::ffff:192.0.2.1")), "192.0.2.1");
        assert_eq!(client_bucket(ip("192.0.2.1")), "192.0.2.1");
    }
}
