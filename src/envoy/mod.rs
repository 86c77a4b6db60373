//! Envoy's admin output (`/config_dump`, `/clusters?format=json`, `/logging`) and one view per
//! `proxy-config` subcommand.
//!
//! [`ConfigDump`] splits a config dump into its typed sections without parsing them; each view
//! deserializes only the section and the fields it shows (see [`model`]), so a 50 MB dump is
//! scanned once and never held as a `serde_json::Value` tree. Views are pure functions from the
//! dump to rows; `-o json|yaml` goes through [`protojson`] to print what istioctl prints.

pub mod all;
pub mod authz;
pub mod bootstrap;
pub mod cluster;
pub mod dump;
pub mod ecds;
pub mod eds;
pub mod endpoint;
pub mod listener;
pub mod live;
pub mod log;
pub mod model;
pub mod protojson;
pub mod rootca;
pub mod route;
pub mod secret;
pub mod source;
pub mod trace;
pub mod tree;

pub use dump::{ConfigDump, DumpError};
pub use source::DumpSource;

/// Which part of an istio cluster name a row shows: `direction|port|subset|fqdn`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubsetKey<'a> {
    pub direction: &'a str,
    pub port: u32,
    pub subset: &'a str,
    pub fqdn: &'a str,
}

/// Split an Istio cluster name (`outbound|9080|v1|reviews.default.svc.cluster.local`) into its
/// parts. Names with three `|` or fewer are not subset keys: the whole name is the FQDN.
pub fn parse_subset_key(name: &str) -> Option<SubsetKey<'_>> {
    let parts: Vec<&str> = name.split('|').collect();
    if parts.len() <= 3 {
        return None;
    }
    Some(SubsetKey {
        direction: parts[0],
        port: parts[1].parse().unwrap_or(0),
        subset: parts[2],
        fqdn: parts[3],
    })
}

/// The ordering istioctl gives clusters and endpoint groups: FQDN, subset, port, direction.
pub fn cluster_name_order(a: &str, b: &str) -> std::cmp::Ordering {
    fn key(n: &str) -> (&str, &str, u32, &str) {
        match parse_subset_key(n) {
            Some(k) => (k.fqdn, k.subset, k.port, k.direction),
            None => (n, "", 0, ""),
        }
    }
    key(a).cmp(&key(b))
}

/// `<name>.<namespace>` of the Istio resource that produced a cluster or route, from its
/// `istio` filter metadata `config` path (`/apis/networking.istio.io/v1/namespaces/NS/KIND/NAME`).
/// Empty when there is none; `<unknown>` for a path that is not a networking.istio.io one.
pub fn describe_management(config_path: Option<&str>) -> String {
    let Some(path) = config_path else {
        return String::new();
    };
    if path.starts_with("/apis/networking.istio.io/") {
        let pieces: Vec<&str> = path.split('/').collect();
        if pieces.len() != 8 {
            return String::new();
        }
        format!("{}.{}", pieces[7], pieces[5])
    } else {
        "<unknown>".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subset_keys_need_four_parts() {
        let k = parse_subset_key("outbound|9080|v1|reviews.default.svc.cluster.local").unwrap();
        assert_eq!(
            (k.direction, k.port, k.subset, k.fqdn),
            ("outbound", 9080, "v1", "reviews.default.svc.cluster.local")
        );
        assert!(parse_subset_key("BlackHoleCluster").is_none());
        assert!(parse_subset_key("a|b|c").is_none());
    }

    #[test]
    fn management_names_come_from_networking_paths() {
        assert_eq!(
            describe_management(Some(
                "/apis/networking.istio.io/v1/namespaces/default/destination-rule/reviews"
            )),
            "reviews.default"
        );
        assert_eq!(
            describe_management(Some("/apis/networking.istio.io/v1")),
            ""
        );
        assert_eq!(describe_management(Some("/other")), "<unknown>");
        assert_eq!(describe_management(None), "");
    }

    #[test]
    fn cluster_order_is_fqdn_subset_port_direction() {
        let mut names = vec![
            "outbound|80||b.ns",
            "inbound|80||a.ns",
            "outbound|80||a.ns",
            "outbound|79|v1|a.ns",
            "outbound|81||a.ns",
            "PassthroughCluster",
        ];
        names.sort_by(|a, b| cluster_name_order(a, b));
        assert_eq!(
            names,
            vec![
                "PassthroughCluster",
                "inbound|80||a.ns",
                "outbound|80||a.ns",
                "outbound|81||a.ns",
                "outbound|79|v1|a.ns",
                "outbound|80||b.ns",
            ]
        );
    }
}
