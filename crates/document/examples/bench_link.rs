//! Writes the share link of the journey the in-browser editing benchmark opens
//! (`tests/e2e/bench/repaint.bench.js`): `cargo run -p sightline-document --example bench_link
//! -- <file>`. Made up deterministically, so every run edits the same journey.

use sightline_document::encode_link;
use sightline_engine::{synthetic_journey, Size};

/// 100 steps, 1,000 touchpoints (two per cell of 100 steps × 5 lanes), 20 stakeholders and
/// 3,000 value effects: a large journey of the kind people draw by hand.
const SIZE: Size = Size {
    steps: 100,
    touchpoints: 1_000,
    stakeholders: 20,
    effects: 3_000,
};

fn main() -> std::process::ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: bench_link <file>");
        return std::process::ExitCode::FAILURE;
    };
    let link = encode_link(&synthetic_journey(SIZE));
    match std::fs::write(&path, link) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!(
                "bench_link: cannot write {}: {error}",
                path.to_string_lossy()
            );
            std::process::ExitCode::FAILURE
        }
    }
}
