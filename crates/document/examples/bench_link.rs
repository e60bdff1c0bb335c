//! Writes the share links of the journeys the in-browser editing benchmark opens
//! (`tests/e2e/bench/repaint.bench.js`): `cargo run -p sightline-document --example bench_link
//! -- <file> [<kpis-file>]`. Made up deterministically, so every run edits the same journeys.

use sightline_document::encode_link;
use sightline_engine::{synthetic_journey, Journey, Kpi, KpiId, Measure, Size};
use sightline_english::sample_journey;

/// How many KPIs the second journey adds to the sample: a panel with this many rows.
const KPIS: u32 = 500;

/// The sample with [`KPIS`] more KPIs named `KPI 1`, `KPI 2`..., spread over its steps.
fn with_kpis() -> Journey {
    let mut journey = sample_journey();
    let first = journey.next_id::<Kpi>().0;
    let steps: Vec<_> = journey.steps.iter().map(|step| step.id).collect();
    for n in 0..KPIS {
        let step = steps[n as usize % steps.len()];
        let mut kpi = Kpi::new(KpiId(first + n), step, Measure::Csat);
        kpi.label = Some(format!("KPI {}", n + 1));
        journey.kpis.push(kpi);
    }
    journey
}

fn main() -> std::process::ExitCode {
    let mut paths = std::env::args_os().skip(1);
    let Some(path) = paths.next() else {
        eprintln!("usage: bench_link <file> [<kpis-file>]");
        return std::process::ExitCode::FAILURE;
    };
    let mut links = vec![(path, encode_link(&synthetic_journey(Size::DRAWN_BY_HAND)))];
    if let Some(kpis) = paths.next() {
        links.push((kpis, encode_link(&with_kpis())));
    }
    for (path, link) in links {
        if let Err(error) = std::fs::write(&path, link) {
            eprintln!(
                "bench_link: cannot write {}: {error}",
                path.to_string_lossy()
            );
            return std::process::ExitCode::FAILURE;
        }
    }
    std::process::ExitCode::SUCCESS
}
