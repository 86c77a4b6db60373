//! Char-aware string helpers for user input: they never slice inside a multi-byte character
//! (so never panic), which `clippy::string_slice` (denied in the crate) enforces elsewhere.

/// `s` without `prefix`, compared ASCII-case-insensitively; None when `s` does not start with
/// it (including when `prefix.len()` falls inside one of `s`'s characters).
pub fn strip_prefix_ignore_ascii_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let (head, rest) = s.split_at_checked(prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then_some(rest)
}

/// Whether `s` starts with `prefix`, compared ASCII-case-insensitively.
pub fn starts_with_ignore_ascii_case(s: &str, prefix: &str) -> bool {
    strip_prefix_ignore_ascii_case(s, prefix).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_compare_without_case_and_never_split_a_character() {
        assert_eq!(
            strip_prefix_ignore_ascii_case("GRPC-Web-x", "grpc-web"),
            Some("-x")
        );
        assert_eq!(strip_prefix_ignore_ascii_case("grpc-weé", "grpc-web"), None);
        assert_eq!(strip_prefix_ignore_ascii_case("grpc", "grpc-web"), None);
        assert!(starts_with_ignore_ascii_case(
            "@Request.auth.claims.x",
            "@request."
        ));
        assert!(!starts_with_ignore_ascii_case("é", "e"));
    }
}
