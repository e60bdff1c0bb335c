//! How long reading and writing a stored journey takes: what a returning visit decodes
//! before its map (the journey left open) and what autosave encodes after a pause. Run with
//! `cargo xtask bench`.

use criterion::{criterion_group, criterion_main, Criterion};
use sightline_document::{decode, encode};
use sightline_engine::{synthetic_journey, Size};
use std::hint::black_box;

/// The large journey of the browser benchmarks (`examples/bench_link.rs`), and the engine's.
const SIZES: [(&str, Size); 2] = [
    ("1000 touchpoints", Size::DRAWN_BY_HAND),
    ("10000 touchpoints", Size::BENCHMARK),
];

fn stored_document(c: &mut Criterion) {
    for (label, size) in SIZES {
        let journey = synthetic_journey(size);
        let text = encode(&journey);
        c.bench_function(&format!("decode: stored journey ({label})"), |b| {
            b.iter(|| black_box(decode(black_box(&text))).is_ok())
        });
        c.bench_function(&format!("encode: stored journey ({label})"), |b| {
            b.iter(|| black_box(encode(black_box(&journey))).len())
        });
    }
}

criterion_group!(benches, stored_document);
criterion_main!(benches);
