//! The texts of the language the user chose: the tables live in the native
//! `sightline-strings` crate (where `cargo test` checks every language); this module picks
//! the one in use.
//!
//! Components never hold literal UI text: they read [`strings()`].

pub use sightline_strings::*;

/// The texts of the user's language. Inside a reactive scope this tracks the language, so a
/// memo or view that reads a text runs again when the user picks another language.
///
/// Never `Language::strings`, which would link every language's table into the first
/// download; the language in use always has its table (`language::prepare`, `choose`), and
/// English is the answer only for a component mounted without `prepare` (a browser test).
pub fn strings() -> &'static Strings {
    crate::language::table(crate::language::current()).unwrap_or(&sightline_strings::en::EN)
}
