//! The texts of the language the user chose: the tables live in the native
//! `sightline-strings` crate (where `cargo test` checks every language); this module picks
//! the one in use.
//!
//! Components never hold literal UI text: they read [`strings()`].

pub use sightline_strings::*;

/// The texts of the user's language. Inside a reactive scope this tracks the language, so a
/// memo or view that reads a text runs again when the user picks another language.
pub fn strings() -> &'static Strings {
    crate::language::current().strings()
}
