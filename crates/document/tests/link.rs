//! Share links: exact round trips, links that shipped keep opening, and every way a link can
//! arrive broken is refused without a panic.

mod journeys;

use proptest::prelude::*;
use sightline_document::{
    decode, decode_link, encode_link, is_link_fragment, LinkError, LINK_VERSION,
    MAX_INFLATED_BYTES, MAX_LINK_CHARS,
};
use sightline_engine::{Problem, Size, StepId, TouchpointId};
use sightline_english::sample_journey;

fn fixtures() -> Vec<(&'static str, sightline_engine::Journey)> {
    journeys::fixtures(Size {
        steps: 70,
        touchpoints: 500,
        stakeholders: 20,
        effects: 1_000,
    })
}

#[test]
fn every_fixture_round_trips_exactly_through_a_link() {
    for (label, journey) in fixtures() {
        let link = encode_link(&journey);
        assert!(link.starts_with(&format!("j{LINK_VERSION}.")), "{label}");
        assert!(is_link_fragment(&link), "{label}");
        assert_eq!(decode_link(&link).as_ref(), Ok(&journey), "{label}");
        assert_eq!(decode_link(&format!("#{link}")), Ok(journey), "{label}");
    }
}

#[test]
fn a_link_uses_only_characters_that_survive_a_url_fragment() {
    let link = encode_link(&sample_journey());
    assert!(link
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
}

/// A link made by the first link format, kept as it shipped: it must keep opening, as a
/// journey without a unit of value (version 1 had none).
#[test]
fn a_version_1_link_still_opens_as_the_journey_it_was_made_from() {
    let link = include_str!("fixtures/link-v1.txt").trim_end();
    let expected = decode(include_str!("fixtures/v2.json")).expect("v2 loads");
    assert_eq!(expected.settings.value_unit, "");
    assert_eq!(decode_link(link), Ok(expected));
}

/// A link of the second format, which carries the unit of value: the sample as it shipped.
#[test]
fn a_version_2_link_opens_with_its_unit_of_value() {
    let link = include_str!("fixtures/link-v2.txt").trim_end();
    assert!(link.starts_with("j2."));
    let journey = decode_link(link).expect("opens");
    assert_eq!(journey.settings.value_unit, "k€");
    assert_eq!(
        journey,
        decode(include_str!("fixtures/v3.json")).expect("v3 loads")
    );
}

/// A link of the third format, which carries personas, KPIs, pain points, opportunities,
/// loops, touchpoint flags and links: the version 4 fixture's journey as it shipped.
#[test]
fn a_version_3_link_opens_with_every_annotation() {
    let link = include_str!("fixtures/link-v3.txt").trim_end();
    assert!(link.starts_with("j3."));
    let expected = decode(include_str!("fixtures/v4.json")).expect("v4 loads");
    assert!(!expected.kpis.is_empty() && !expected.insights.is_empty());
    assert_eq!(decode_link(link), Ok(expected));
}

/// Links made before version 3 open as journeys without what it added.
#[test]
fn older_links_open_without_annotations() {
    for link in [
        include_str!("fixtures/link-v1.txt"),
        include_str!("fixtures/link-v2.txt"),
    ] {
        let journey = decode_link(link.trim_end()).expect("opens");
        assert!(journey.personas.is_empty() && journey.kpis.is_empty());
        assert!(journey.insights.is_empty() && journey.loops.is_empty());
        assert!(journey
            .touchpoints
            .iter()
            .all(|t| !t.fail_point && !t.moment_of_truth && t.leads_to.is_none()));
    }
}

#[test]
fn a_unit_of_value_travels_in_a_link_exactly() {
    let mut journey = sample_journey();
    for unit in ["", "h", "<b>&", "  spaced  ", "日本語の単位"] {
        journey.settings.value_unit = unit.to_owned();
        assert_eq!(
            decode_link(&encode_link(&journey)),
            Ok(journey.clone()),
            "{unit}"
        );
    }
}

fn annotated() -> sightline_engine::Journey {
    decode(include_str!("fixtures/v4.json")).expect("v4 loads")
}

#[test]
fn a_link_cut_short_anywhere_is_damaged() {
    for journey in [
        sample_journey(),
        annotated(),
        sightline_engine::Journey::with_itil_steps(""),
    ] {
        let link = encode_link(&journey);
        for end in 0..link.len() {
            let cut = &link[..end];
            let result = decode_link(cut);
            assert!(result.is_err(), "cut at {end} opened");
            if end >= 3 {
                assert_eq!(result, Err(LinkError::Damaged), "cut at {end}");
            }
        }
    }
}

#[test]
fn a_link_with_any_one_character_changed_is_damaged() {
    for journey in [sample_journey(), annotated()] {
        let link = encode_link(&journey);
        let alphabet = "AZaz09-_Q";
        for at in 3..link.len() {
            for replacement in alphabet.chars() {
                let mut changed = link.clone();
                changed.replace_range(at..=at, &replacement.to_string());
                if changed != link {
                    assert_eq!(decode_link(&changed), Err(LinkError::Damaged), "at {at}");
                }
            }
        }
    }
}

/// The properties below hold only as far as the generator reaches: it must make every kind
/// of annotation, flag and link, not just journeys that leave them empty.
#[test]
fn generated_journeys_use_every_field_of_the_model() {
    use proptest::strategy::ValueTree;
    use sightline_engine::{Anchor, Measure};
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = journeys::journey();
    let journeys: Vec<_> = (0..256)
        .map(|_| strategy.new_tree(&mut runner).expect("a journey").current())
        .collect();
    let kpis = || journeys.iter().flat_map(|j| &j.kpis);
    let insights = || journeys.iter().flat_map(|j| &j.insights);
    let touchpoints = || journeys.iter().flat_map(|j| &j.touchpoints);
    assert!(journeys.iter().any(|j| !j.personas.is_empty()));
    assert!(journeys.iter().any(|j| !j.loops.is_empty()));
    for measure in Measure::ALL {
        assert!(kpis().any(|k| k.measure == measure), "{measure:?}");
    }
    assert!(kpis().any(|k| k.target.is_some() && k.actual.is_none()));
    assert!(kpis().any(|k| k.target.is_none() && k.actual.is_some()));
    assert!(kpis().any(|k| k.label.is_some() && !k.unit.is_empty()));
    assert!(insights().any(|i| matches!(i.on, Anchor::Step(_))));
    assert!(insights().any(|i| matches!(i.on, Anchor::Touchpoint(_))));
    assert!(touchpoints().any(|t| t.fail_point && t.moment_of_truth));
    assert!(touchpoints().any(|t| t.leads_to.is_some()));
}

#[test]
fn text_that_is_not_a_link_is_damaged() {
    for text in [
        "",
        "#",
        "j",
        "j1",
        "j1.",
        "#j1.",
        "jx.AAAA",
        "j-1.AAAA",
        "j+1.AAAA",
        "j01",
        "pako:eNo",
        "j1.AAAAAA",
        "j1.////",
        "j1.AAAA====",
        "j1.🙂",
        "##j1.AAAA",
        " j1.AAAA",
    ] {
        assert_eq!(decode_link(text), Err(LinkError::Damaged), "{text:?}");
    }
    assert!(!is_link_fragment("pako:eNo"));
    assert!(!is_link_fragment(""));
    assert!(!is_link_fragment("#section-2"));
    assert!(is_link_fragment("#j1.AAAA"));
    assert!(!is_link_fragment("##j1.AAAA"));
    let link = encode_link(&sample_journey());
    assert_eq!(decode_link(&format!("##{link}")), Err(LinkError::Damaged));
}

#[test]
fn a_link_from_a_newer_sightline_says_so() {
    let link = encode_link(&sample_journey());
    let newer = link.replacen(&format!("j{LINK_VERSION}."), "j7.", 1);
    assert_ne!(newer, link);
    assert_eq!(decode_link(&newer), Err(LinkError::NewerVersion(7)));
    assert!(is_link_fragment(&newer));
    assert_eq!(
        decode_link("j99999999999999999999.AAAA"),
        Err(LinkError::Damaged),
        "a version beyond u32 is no version"
    );
}

#[test]
fn an_over_long_link_is_refused_before_decoding() {
    let text = format!("j1.{}", "A".repeat(MAX_LINK_CHARS));
    assert_eq!(decode_link(&text), Err(LinkError::TooLarge));
}

/// Seal compressed bytes the way `encode_link` does, as a version 1 link.
fn sealed_link(compressed: &[u8]) -> String {
    sealed_link_of_version(1, compressed)
}

/// Seal compressed bytes the way `encode_link` does, to build hostile links by hand.
fn sealed_link_of_version(version: u32, compressed: &[u8]) -> String {
    let mut crc = !0u32;
    for &byte in compressed {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                0xedb8_8320 ^ (crc >> 1)
            } else {
                crc >> 1
            };
        }
    }
    let mut bytes = compressed.to_vec();
    bytes.extend_from_slice(&(!crc).to_le_bytes());
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut text = format!("j{version}.");
    for chunk in bytes.chunks(3) {
        let group = chunk
            .iter()
            .enumerate()
            .fold(0u32, |g, (i, &b)| g | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            text.push(char::from(
                alphabet[((group >> (18 - 6 * i)) & 63) as usize],
            ));
        }
    }
    text
}

#[test]
fn a_decompression_bomb_is_refused_as_too_large() {
    // A few KiB of link that would inflate to 64 MiB of zeros.
    let bomb = miniz_oxide::deflate::compress_to_vec(&vec![0; 64 << 20], 10);
    let link = sealed_link(&bomb);
    assert!(link.len() < MAX_LINK_CHARS);
    assert_eq!(decode_link(&link), Err(LinkError::TooLarge));
    let just_fits = miniz_oxide::deflate::compress_to_vec(&vec![0; MAX_INFLATED_BYTES], 10);
    assert_eq!(
        decode_link(&sealed_link(&just_fits)),
        Err(LinkError::Damaged)
    );
}

#[test]
fn a_sealed_payload_that_lies_about_its_counts_is_damaged() {
    // A count of 2^63, and 65,536 touchpoints in 70,000 bytes where each needs twelve.
    let mut many_touchpoints = vec![1, 0, 0x80, 0x80, 0x04];
    many_touchpoints.resize(70_000, 0);
    for payload in [
        &[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f][..],
        &[1, 0, 0],
        &[],
        &[0x80],
        &many_touchpoints,
    ] {
        let link = sealed_link(&miniz_oxide::deflate::compress_to_vec(payload, 10));
        assert_eq!(decode_link(&link), Err(LinkError::Damaged), "{payload:?}");
    }
}

/// A version 3 payload made by hand: one step, one touchpoint with `flags`, one KPI with
/// the figures `figures` says are set (each 1.0), and one pain point on `anchor` 1.
fn payload_v3(flags: u8, figures: u8, anchor: u8) -> Vec<u8> {
    // Counts: steps, stakeholders, touchpoints, personas, KPIs, insights, loops.
    let mut payload = vec![1, 0, 1, 0, 1, 1, 0];
    // Text lengths: journey name, step name (none), touchpoint name, its link (none), KPI
    // label (none), KPI unit, insight text; all empty.
    payload.extend([0, 0, 0, 0, 0, 0, 0]);
    // Settings: basic; rates 0; emotion scale 0 to 1; thresholds 0, 1, 0; no unit.
    payload.extend([0, 11, 11, 11, 11, 43, 11, 43, 11, 0]);
    // Step 1, explore.
    payload.extend([2, 0]);
    // Touchpoint 1 in step 1: first lane, channel and element, scores 3, nobody, nothing.
    payload.extend([2, 2, 0, 0, 0, 3, 3, 0, 0, 0, 0, flags]);
    // KPI 1 of step 1: CSAT, higher is better, and its figures.
    payload.extend([2, 2, 0, 0, figures]);
    payload.extend([43].repeat((figures & 3).count_ones() as usize));
    // Insight 1: a pain point on step or touchpoint 1, scored 3, 3, 3.
    payload.extend([2, 0, anchor, 1, 3, 3, 3]);
    payload
}

fn link_of_payload(version: u32, payload: &[u8]) -> String {
    sealed_link_of_version(version, &miniz_oxide::deflate::compress_to_vec(payload, 10))
}

#[test]
fn a_hand_made_version_3_payload_opens_and_every_stray_bit_is_damage() {
    let journey = decode_link(&link_of_payload(3, &payload_v3(3, 3, 1))).expect("opens");
    let touchpoint = &journey.touchpoints[0];
    assert!(touchpoint.fail_point && touchpoint.moment_of_truth);
    let kpi = &journey.kpis[0];
    assert_eq!((kpi.target, kpi.actual), (Some(1.0), Some(1.0)));
    assert_eq!(
        journey.insights[0].on,
        sightline_engine::Anchor::Touchpoint(TouchpointId(1))
    );
    let opened = decode_link(&link_of_payload(3, &payload_v3(1, 2, 0))).expect("opens");
    assert!(opened.touchpoints[0].fail_point && !opened.touchpoints[0].moment_of_truth);
    assert_eq!(
        (opened.kpis[0].target, opened.kpis[0].actual),
        (None, Some(1.0))
    );
    assert_eq!(
        opened.insights[0].on,
        sightline_engine::Anchor::Step(StepId(1))
    );
    for (flags, figures, anchor) in [(4, 0, 0), (0x80, 0, 0), (0, 4, 0), (0, 8, 0), (0, 0, 2)] {
        let link = link_of_payload(3, &payload_v3(flags, figures, anchor));
        assert_eq!(
            decode_link(&link),
            Err(LinkError::Damaged),
            "{flags} {figures} {anchor}"
        );
    }
    // The same bytes are no version 2 payload.
    assert_eq!(
        decode_link(&link_of_payload(2, &payload_v3(3, 3, 1))),
        Err(LinkError::Damaged)
    );
}

#[test]
fn a_version_3_payload_that_lies_about_its_lists_is_damaged() {
    // 65,536 KPIs in 70,000 bytes where each needs seven, and a count of 2^63 insights.
    let mut many_kpis = vec![1, 0, 0, 0, 0x80, 0x80, 0x04, 0];
    many_kpis.resize(70_000, 0);
    let huge = [
        1, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0,
    ];
    for payload in [&many_kpis[..], &huge, &[1, 0, 0, 0, 0, 0]] {
        assert_eq!(
            decode_link(&link_of_payload(3, payload)),
            Err(LinkError::Damaged)
        );
    }
}

#[test]
fn a_link_with_anything_added_is_damaged() {
    let link = encode_link(&sample_journey());
    for tail in ["A", "AA", "AAAA", "%20", " ", "&utm_source=chat"] {
        assert_eq!(
            decode_link(&format!("{link}{tail}")),
            Err(LinkError::Damaged),
            "{tail}"
        );
    }
}

#[test]
fn an_intact_link_to_an_unsound_journey_names_the_problem() {
    let mut journey = sample_journey();
    journey.touchpoints[0].step = StepId(77);
    assert_eq!(
        decode_link(&encode_link(&journey)),
        Err(LinkError::Unsound(vec![Problem::TouchpointInMissingStep {
            touchpoint: TouchpointId(1),
            step: StepId(77)
        }]))
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_sound_journey_round_trips_exactly(journey in journeys::journey()) {
        prop_assert!(journey.problems().is_empty(), "{:?}", journey.problems());
        let link = encode_link(&journey);
        let back = decode_link(&link).expect("opens");
        // Compare bits too: `==` on floats cannot see the sign of zero.
        prop_assert_eq!(format!("{back:?}"), format!("{journey:?}"));
        prop_assert_eq!(back, journey);
    }

    #[test]
    fn any_text_is_refused_or_opened_without_a_panic(text in "\\PC{0,64}") {
        let _ = decode_link(&text);
        let _ = is_link_fragment(&text);
    }

    #[test]
    fn any_base64url_after_the_prefix_is_refused_without_a_panic(text in "[A-Za-z0-9_-]{0,200}") {
        let link = format!("j1.{text}");
        prop_assert!(decode_link(&link).is_err());
    }

    #[test]
    fn any_sealed_bytes_are_refused_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        // Raw bytes as compressed data, and raw bytes as a payload behind valid deflate.
        let _ = decode_link(&sealed_link(&bytes));
        let _ = decode_link(&sealed_link(&miniz_oxide::deflate::compress_to_vec(&bytes, 1)));
    }

    #[test]
    fn a_mutated_link_never_opens_as_another_journey(
        journey in journeys::journey(),
        cut in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
        replacement in "[A-Za-z0-9_-]",
    ) {
        let link = encode_link(&journey);
        let end = 3 + cut.index(link.len() - 3);
        prop_assert_eq!(decode_link(&link[..end]), Err(LinkError::Damaged));
        let at = 3 + at.index(link.len() - 3);
        let mut changed = link.clone();
        changed.replace_range(at..=at, &replacement);
        if changed != link {
            prop_assert_eq!(decode_link(&changed), Err(LinkError::Damaged));
        }
    }
}
