//! `proxy-config rootca-compare`: do two proxies trust the same root? Each proxy's `ROOTCA`
//! secret (SDS, dynamic active) holds its trusted CA bundle as PEM; two pods can talk mTLS
//! when the bundles share at least one certificate.

use super::dump::{ConfigDump, DumpError};

/// The SDS secret Istio proxies keep their root bundle in.
pub const ROOTCA: &str = "ROOTCA";

#[derive(Debug, thiserror::Error)]
pub enum RootCaError {
    #[error(transparent)]
    Dump(#[from] DumpError),
    #[error("no active {ROOTCA} secret with a trusted CA in the config dump")]
    Missing,
    #[error("the {ROOTCA} bundle holds no PEM certificate")]
    NoCertificate,
    #[error("the {ROOTCA} bundle has a bad certificate: {0}")]
    BadCertificate(String),
}

/// The PEM bundle of the dump's active `ROOTCA` secret.
pub fn bundle(dump: &ConfigDump) -> Result<Vec<u8>, RootCaError> {
    let secrets = dump.secrets()?;
    let pem = secrets
        .dynamic_active_secrets
        .iter()
        .filter(|s| s.name == ROOTCA)
        .filter_map(|s| s.secret.as_ref()?.validation_context.as_ref())
        .map(|v| super::secret::decode(v.trusted_ca.as_ref()))
        .find(|b| !b.is_empty());
    pem.ok_or(RootCaError::Missing)
}

/// The certificates of a PEM bundle, as DER, each checked to parse as X.509.
pub fn certificates(pem: &[u8]) -> Result<Vec<Vec<u8>>, RootCaError> {
    let mut out = Vec::new();
    for block in x509_parser::pem::Pem::iter_from_buffer(pem) {
        let block = block.map_err(|e| RootCaError::BadCertificate(e.to_string()))?;
        block
            .parse_x509()
            .map_err(|e| RootCaError::BadCertificate(e.to_string()))?;
        out.push(block.contents);
    }
    if out.is_empty() {
        return Err(RootCaError::NoCertificate);
    }
    Ok(out)
}

/// Whether the two bundles share a certificate.
pub fn share_a_root(a: &[u8], b: &[u8]) -> Result<bool, RootCaError> {
    let (a, b) = (certificates(a)?, certificates(b)?);
    Ok(a.iter().any(|x| b.contains(x)))
}
