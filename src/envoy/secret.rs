//! `proxy-config secret`: the certificates Envoy holds (SDS), read from their PEM.

use base64::Engine;
use chrono::{DateTime, Utc};

use super::dump::{ConfigDump, DumpError};
use super::model::{DataSource, DynamicSecret};
use crate::output::table::Table;

const SPIFFE_VALIDATOR: &str =
    "type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.SPIFFECertValidatorConfig";

/// One secret (or one trust domain of a SPIFFE trust-bundle secret).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SecretRow {
    pub name: String,
    /// `Cert Chain` or `CA`; empty when there is no certificate.
    pub cert_type: String,
    /// `ACTIVE` or `WARMING`.
    pub state: String,
    pub valid: bool,
    /// Lower-case hex, at least 32 digits.
    pub serial_number: String,
    /// RFC 3339, UTC.
    pub not_after: String,
    pub not_before: String,
    pub trust_domain: String,
}

/// What a certificate says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertInfo {
    pub is_ca: bool,
    pub serial_number: String,
    pub not_before: DateTime<Utc>,
    pub not_after: DateTime<Utc>,
    pub spiffe_trust_domain: Option<String>,
}

/// Parse the first certificate of a PEM text.
pub fn parse_certificate(pem: &[u8]) -> Option<CertInfo> {
    let (_, pem) = x509_parser::pem::parse_x509_pem(pem).ok()?;
    let cert = pem.parse_x509().ok()?;
    let not_before = DateTime::from_timestamp(cert.validity().not_before.timestamp(), 0)?;
    let not_after = DateTime::from_timestamp(cert.validity().not_after.timestamp(), 0)?;
    let spiffe_trust_domain = cert
        .subject_alternative_name()
        .ok()
        .flatten()
        .and_then(|san| {
            san.value.general_names.iter().rev().find_map(|n| match n {
                x509_parser::extensions::GeneralName::URI(uri) => uri
                    .strip_prefix("spiffe://")
                    .map(|rest| rest.split('/').next().unwrap_or_default().to_string()),
                _ => None,
            })
        });
    Some(CertInfo {
        is_ca: cert.is_ca(),
        serial_number: format!("{:0>32}", cert.serial.to_str_radix(16)),
        not_before,
        not_after,
        spiffe_trust_domain,
    })
}

pub(crate) fn decode(ds: Option<&DataSource>) -> Vec<u8> {
    let Some(ds) = ds else { return Vec::new() };
    if let Some(b) = ds.inline_bytes.as_deref() {
        let engines = [
            &base64::engine::general_purpose::STANDARD,
            &base64::engine::general_purpose::URL_SAFE,
        ];
        for e in engines {
            if let Ok(bytes) = e.decode(b) {
                return bytes;
            }
        }
        return Vec::new();
    }
    ds.inline_string.clone().unwrap_or_default().into_bytes()
}

fn build(
    name: &str,
    state: &str,
    data: &[u8],
    trust_domain: &str,
    now: DateTime<Utc>,
) -> SecretRow {
    let mut row = SecretRow {
        name: name.to_string(),
        state: state.to_string(),
        ..Default::default()
    };
    if data.is_empty() {
        return row;
    }
    let Some(info) = parse_certificate(data) else {
        return row;
    };
    let fmt = |t: DateTime<Utc>| t.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    row.cert_type = if info.is_ca { "CA" } else { "Cert Chain" }.to_string();
    row.serial_number = info.serial_number;
    row.not_after = fmt(info.not_after);
    row.not_before = fmt(info.not_before);
    row.valid = now > info.not_before && now < info.not_after;
    row.trust_domain = if trust_domain.is_empty() {
        info.spiffe_trust_domain.unwrap_or_default()
    } else {
        trust_domain.to_string()
    };
    row
}

fn secret_rows(s: &DynamicSecret, state: &str, now: DateTime<Utc>) -> Vec<SecretRow> {
    let secret = s.secret.as_ref();
    let chain = decode(
        secret
            .and_then(|s| s.tls_certificate.as_ref())
            .and_then(|t| t.certificate_chain.as_ref()),
    );
    let vc = secret.and_then(|s| s.validation_context.as_ref());
    let ca = decode(vc.and_then(|v| v.trusted_ca.as_ref()));
    if !chain.is_empty() {
        return vec![build(&s.name, state, &chain, "", now)];
    }
    if !ca.is_empty() {
        return vec![build(&s.name, state, &ca, "", now)];
    }
    if let Some(cfg) = vc
        .and_then(|v| v.custom_validator_config.as_ref())
        .and_then(|c| c.typed_config.as_ref())
        .filter(|c| c.type_url == SPIFFE_VALIDATOR)
    {
        return cfg
            .trust_domains
            .iter()
            .map(|td| {
                let bundle = decode(td.trust_bundle.as_ref());
                build(&s.name, state, &bundle, &td.name, now)
            })
            .collect();
    }
    vec![build(&s.name, state, &[], "", now)]
}

/// Warming secrets, then active ones, as istioctl lists them. `None` when the dump has no
/// active or warming secret at all.
pub fn rows(dump: &ConfigDump, now: DateTime<Utc>) -> Result<Option<Vec<SecretRow>>, DumpError> {
    let section = dump.secrets()?;
    if section.dynamic_active_secrets.is_empty() && section.dynamic_warming_secrets.is_empty() {
        return Ok(None);
    }
    let mut out = Vec::new();
    for s in &section.dynamic_warming_secrets {
        out.extend(secret_rows(s, "WARMING", now));
    }
    for s in &section.dynamic_active_secrets {
        out.extend(secret_rows(s, "ACTIVE", now));
    }
    Ok(Some(out))
}

/// The message printed instead of a table when there are no secrets.
pub const NO_SECRETS: &str = "No active or warming secrets found.";

/// The table; `TRUST DOMAIN` is added when every secret has one (SPIFFE federation).
/// `prefix` names rows `secret/<name>` as `all` does.
pub fn table(rows: &[SecretRow], prefix: bool) -> Table {
    let with_td = !rows.is_empty() && rows.iter().all(|r| !r.trust_domain.is_empty());
    let mut header = vec![
        "RESOURCE NAME",
        "TYPE",
        "STATUS",
        "VALID CERT",
        "SERIAL NUMBER",
        "NOT AFTER",
        "NOT BEFORE",
    ];
    if with_td {
        header.push("TRUST DOMAIN");
    }
    let mut t = Table::with_header(5, &header);
    for r in rows {
        let name = if prefix {
            format!("secret/{}", r.name)
        } else {
            r.name.clone()
        };
        let mut cells = vec![
            name,
            r.cert_type.clone(),
            r.state.clone(),
            r.valid.to_string(),
            r.serial_number.clone(),
            r.not_after.clone(),
            r.not_before.clone(),
        ];
        if with_td {
            cells.push(r.trust_domain.clone());
        }
        t.row(cells);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_without_data_are_listed_with_empty_cells() {
        let text = r#"{"configs":[{"@type":"type.googleapis.com/envoy.admin.v3.SecretsConfigDump",
            "dynamic_warming_secrets":[{"name":"file-cert","version_info":"uninitialized","secret":{"name":"file-cert"}}]}]}"#;
        let dump = ConfigDump::parse(text).unwrap();
        let rows = rows(&dump, Utc::now()).unwrap().unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].name, "file-cert");
        assert_eq!(rows[0].state, "WARMING");
        assert!(!rows[0].valid);
        assert_eq!(rows[0].cert_type, "");
    }

    #[test]
    fn no_secrets_is_reported_as_none() {
        let text =
            r#"{"configs":[{"@type":"type.googleapis.com/envoy.admin.v3.SecretsConfigDump"}]}"#;
        let dump = ConfigDump::parse(text).unwrap();
        assert_eq!(rows(&dump, Utc::now()).unwrap(), None);
    }

    #[test]
    fn garbage_certificates_are_not_valid() {
        assert_eq!(parse_certificate(b"not a pem"), None);
        let row = build(
            "x",
            "ACTIVE",
            b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
            "",
            Utc::now(),
        );
        assert!(!row.valid);
        assert_eq!(row.serial_number, "");
    }
}
