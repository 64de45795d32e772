//! The transport rule, in this one place: the service is reached over `https://`, or over plain
//! `http://` only on this computer (loopback: `127.0.0.0/8`, `::1`, `localhost`), where nothing
//! crosses a network. [`crate::ApiClient`] checks its base address and every redirect with it.

use reqwest::Url;

use crate::ClientError;

/// Checks a service address against the transport rule and parses it: `https://` with a host,
/// or `http://` to loopback only (`127.0.0.0/8`, `[::1]`, `localhost`). Schemes are read
/// case-insensitively and hosts as the URL standard normalizes them, so the address checked is
/// the one connected to (`http://127.0.0.1.evil.jp` is a domain name, not loopback).
pub fn check_service_url(url: &str) -> Result<Url, ClientError> {
    let parsed = Url::parse(url.trim())
        .ok()
        .filter(|parsed| matches!(parsed.scheme(), "http" | "https") && parsed.has_host())
        .ok_or_else(|| ClientError::BadBaseUrl(url.to_owned()))?;
    if parsed.scheme() == "https" || is_loopback(&parsed) {
        Ok(parsed)
    } else {
        Err(ClientError::InsecureUrl(url.to_owned()))
    }
}

/// Whether the URL's host is this computer, by address or by the name `localhost`.
fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    // The parser has already turned every address form into a canonical IPv4 or `[IPv6]`
    // host, so a domain name never parses as an address here.
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn https_anywhere_and_http_on_loopback_only() {
        for allowed in [
            "https://example.jp",
            "https://example.jp:8443/base/",
            "HTTPS://EXAMPLE.JP",
            "https://192.168.1.5",
            "http://127.0.0.1:8080",
            "http://127.0.0.1",
            "http://127.8.9.10:3000",
            "http://[::1]:80",
            "http://[::1]",
            "http://localhost",
            "http://localhost:8080/",
            "http://LOCALHOST:8080",
            "HTTP://127.0.0.1:8080",
            "Http://[::1]:8080",
            " http://127.0.0.1:8080 ",
        ] {
            assert!(check_service_url(allowed).is_ok(), "{allowed} should pass");
        }
        for refused in [
            "http://192.168.1.5",
            "http://192.168.1.5:8080",
            "http://example.jp",
            "HTTP://EXAMPLE.JP",
            "http://10.0.0.5:8080",
            "http://127.0.0.1.evil.jp",
            "http://localhost.evil.jp",
            "http://evil.jp/http://127.0.0.1",
            "http://127.0.0.1@evil.jp",
            "http://0.0.0.0:8080",
            "http://[::]:8080",
            "http://[::ffff:c0a8:105]",
            "http://[fe80::1]",
            "http://localhost.:8080",
        ] {
            assert!(
                matches!(check_service_url(refused), Err(ClientError::InsecureUrl(_))),
                "{refused} should be refused as insecure"
            );
        }
        for malformed in [
            "",
            "127.0.0.1:8080",
            "ftp://example.jp",
            "file:///etc/passwd",
            "https://",
            "not a url",
        ] {
            assert!(
                matches!(
                    check_service_url(malformed),
                    Err(ClientError::BadBaseUrl(_))
                ),
                "{malformed:?} should be malformed"
            );
        }
    }

    #[test]
    fn loopback_hosts_are_normalized_before_the_check() {
        // The URL standard reads these as 127.0.0.1, and that is where the client connects.
        let url = check_service_url("http://127.1:8080").unwrap();
        assert_eq!(url.host_str(), Some("127.0.0.1"));
        let url = check_service_url("http://0x7f.0.0.1").unwrap();
        assert_eq!(url.host_str(), Some("127.0.0.1"));
    }
}
