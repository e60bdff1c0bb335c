//! CLDR plural categories for whole counts, hand-written per language: the four rules Sightline
//! needs are a few lines each, where a plural-rules crate would bring every language's data
//! into the wasm.

/// The CLDR plural category of a count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    /// "one": 1 in English; 0 and 1 in French; 1, 21, 31… (not 11) in Russian.
    One,
    /// "few": 2–4, 22–24… (not 12–14) in Russian.
    Few,
    /// "many": 0, 5–20, 25–30… in Russian; 1,000,000 and its multiples in French.
    Many,
    /// "other": everything else, and every count in Chinese.
    Other,
}

/// English: one for 1, other for the rest.
pub fn english(n: u64) -> Plural {
    if n == 1 {
        Plural::One
    } else {
        Plural::Other
    }
}

/// French: 0 and 1 are singular; whole millions take "many" ("un million de points").
pub fn french(n: u64) -> Plural {
    match n {
        0 | 1 => Plural::One,
        n if n % 1_000_000 == 0 => Plural::Many,
        _ => Plural::Other,
    }
}

/// Russian, for whole numbers: 1 точка, 3 точки, 5 точек, 11 точек, 21 точка.
pub fn russian(n: u64) -> Plural {
    let (units, tens) = (n % 10, n % 100);
    if units == 1 && tens != 11 {
        Plural::One
    } else if (2..=4).contains(&units) && !(12..=14).contains(&tens) {
        Plural::Few
    } else {
        Plural::Many
    }
}

/// Chinese has no grammatical plural.
pub fn chinese(_n: u64) -> Plural {
    Plural::Other
}

/// A count as a `u64`, for the rules above; a `usize` always fits on the targets Sightline
/// builds for.
pub fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// The Russian word for a count: `forms` are the one, few and many forms.
pub fn ru_word(n: usize, forms: [&'static str; 3]) -> &'static str {
    let [one, few, many] = forms;
    match russian(count(n)) {
        Plural::One => one,
        Plural::Few => few,
        Plural::Many | Plural::Other => many,
    }
}

/// The French word for a count: `forms` are the singular and the plural.
pub fn fr_word(n: usize, forms: [&'static str; 2]) -> &'static str {
    let [one, other] = forms;
    match french(count(n)) {
        Plural::One => one,
        Plural::Few | Plural::Many | Plural::Other => other,
    }
}

/// The English word for a count: `forms` are the singular and the plural.
pub fn en_word(n: usize, forms: [&'static str; 2]) -> &'static str {
    let [one, other] = forms;
    match english(count(n)) {
        Plural::One => one,
        Plural::Few | Plural::Many | Plural::Other => other,
    }
}
