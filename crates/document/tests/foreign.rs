//! The foreign formats: touchpoints CSV read back, mermaid `journey` diagrams and CJML, each
//! read from hand-written fixtures, written from the sample (pinned by fixture files), read
//! back, and fed arbitrary bytes.

mod journeys;

use std::path::PathBuf;

use proptest::prelude::*;
use sightline_document::{
    read_cjml, read_mermaid, read_touchpoints_csv, stage_named, touchpoints_csv, write_cjml,
    write_mermaid, At, Feature, IgnoredKind, ImportError, ImportErrorKind, Imported,
    MAX_IMPORT_BYTES,
};
use sightline_engine::{Channel, Journey, Lane, Side, Stage};
use sightline_english::sample_journey;

type Reader = fn(&[u8]) -> Result<Imported, ImportError>;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/foreign")
        .join(name)
}

fn read_fixture(name: &str, reader: Reader) -> Imported {
    let bytes = std::fs::read(fixture(name)).expect("fixture");
    reader(&bytes).unwrap_or_else(|error| panic!("{name}: {error:?}"))
}

/// The writers are pinned: the sample in each format is a file under review, so a change
/// to a writer shows as a change to that file. `SIGHTLINE_BLESS=1` rewrites them.
fn assert_pinned(name: &str, text: &str) {
    let path = fixture(name);
    if std::env::var_os("SIGHTLINE_BLESS").is_some() {
        std::fs::write(&path, text).expect("write fixture");
    }
    let pinned = std::fs::read_to_string(&path).expect("fixture");
    assert_eq!(text, pinned, "{name} differs from the writer's output");
}

fn names(journey: &Journey) -> Vec<&str> {
    journey
        .touchpoints
        .iter()
        .map(|t| t.name.as_str())
        .collect()
}

fn participants(journey: &Journey, index: usize) -> Vec<&str> {
    journey.touchpoints[index]
        .participants
        .iter()
        .map(|id| {
            journey
                .stakeholders
                .iter()
                .find(|s| s.id == *id)
                .map_or("?", |s| s.name.as_str())
        })
        .collect()
}

#[test]
fn stage_names_are_read_in_four_languages() {
    for (name, stage) in [
        ("Explore", Stage::Explore),
        ("explorer", Stage::Explore),
        ("Исследование", Stage::Explore),
        ("探索", Stage::Explore),
        ("S'engager", Stage::Engage),
        ("契动", Stage::Engage),
        ("Proposer", Stage::Offer),
        ("Согласование", Stage::Agree),
        ("协议", Stage::Agree),
        ("Onboarding", Stage::Onboard),
        ("引入", Stage::Onboard),
        ("Co-create", Stage::CoCreate),
        ("Co créer", Stage::CoCreate),
        ("Совместное создание", Stage::CoCreate),
        ("共同创造", Stage::CoCreate),
        ("Réaliser", Stage::Realize),
        ("Реализация", Stage::Realize),
        ("实现", Stage::Realize),
    ] {
        assert_eq!(stage_named(name), Some(stage), "{name}");
    }
    assert_eq!(stage_named("Pilot with ten users"), None);
    assert_eq!(stage_named(""), None);
}

#[test]
fn a_mermaid_diagram_becomes_steps_touchpoints_feelings_and_stakeholders() {
    let Imported { journey, ignored } = read_fixture("telephony.mmd", read_mermaid);
    assert_eq!(journey.name, "Mobile telephony");
    let steps: Vec<(Stage, Option<&str>)> = journey
        .steps
        .iter()
        .map(|s| (s.stage, s.custom_name.as_deref()))
        .collect();
    assert_eq!(
        steps,
        [
            (Stage::Explore, None),
            (Stage::Engage, None),
            (Stage::Offer, None),
            // A name of one's own is a custom step, anchored to the step before it.
            (Stage::Offer, Some("Pilot with ten users")),
            (Stage::CoCreate, None),
        ]
    );
    assert_eq!(
        names(&journey),
        [
            "Audit current phone costs",
            "First meeting",
            "Tailored offer",
            "Phones handed out",
            "Nobody feels this",
            "Daily calls"
        ]
    );
    assert_eq!(participants(&journey, 0), ["IT manager", "CFO"]);
    let stakeholders: Vec<&str> = journey
        .stakeholders
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(
        stakeholders,
        ["IT manager", "CFO", "Account manager", "Employees"]
    );
    assert!(journey
        .stakeholders
        .iter()
        .all(|s| s.side == Side::Consumer));
    // Scores 1–5 land on the default scale −2…+2, one emotion per actor.
    let feelings: Vec<f64> = journey.touchpoints[0]
        .emotions
        .iter()
        .map(|e| e.value)
        .collect();
    assert_eq!(feelings, [-1.0, -1.0]);
    assert_eq!(journey.touchpoints[2].emotions[0].value, 2.0);
    assert!(journey.touchpoints[4].emotions.is_empty());
    assert!(journey
        .touchpoints
        .iter()
        .all(|t| t.lane == Lane::ConsumerActions));
    let what: Vec<&IgnoredKind> = ignored.iter().map(|i| &i.what).collect();
    assert_eq!(
        what,
        [
            &IgnoredKind::Statement("accTitle".to_owned()),
            &IgnoredKind::ScoreWithoutActors
        ]
    );
    assert_eq!(
        ignored[1].at,
        At::Text {
            line: 16,
            column: 24
        }
    );
}

#[test]
fn the_sample_as_mermaid_is_pinned_and_reads_back() {
    let sample = sample_journey();
    let exported = write_mermaid(&sample);
    assert_pinned("sample.mmd", &exported.text);
    let lost: Vec<Feature> = exported.lost.iter().map(|(f, _)| *f).collect();
    assert!(
        lost.contains(&Feature::Effects) && lost.contains(&Feature::Lanes),
        "{lost:?}"
    );
    assert!(!lost.contains(&Feature::Emotions));
    let back = read_mermaid(exported.text.as_bytes())
        .expect("reads")
        .journey;
    assert_eq!(back.name, sample.name);
    let stages = |j: &Journey| j.steps.iter().map(|s| s.stage).collect::<Vec<_>>();
    assert_eq!(stages(&back), stages(&sample));
    assert_eq!(back.touchpoints.len(), sample.touchpoints.len());
}

#[test]
fn mermaid_errors_name_line_and_column() {
    let cases: [(&str, At, ImportErrorKind); 5] = [
        (
            "flowchart LR\n",
            At::Text { line: 1, column: 1 },
            ImportErrorKind::WrongKind,
        ),
        (
            "journey\n  Lost task: 3: Me\n",
            At::Text { line: 2, column: 3 },
            ImportErrorKind::TaskOutsideSection,
        ),
        (
            "journey\nsection A\n  Make tea:  five: Me\n",
            At::Text {
                line: 3,
                column: 14,
            },
            ImportErrorKind::BadValue {
                field: "score",
                value: "five".to_owned(),
            },
        ),
        (
            "journey\nsection A\n   what is this\n",
            At::Text { line: 3, column: 4 },
            ImportErrorKind::UnknownStatement,
        ),
        ("journey\n", At::Whole, ImportErrorKind::Missing("section")),
    ];
    for (text, at, kind) in cases {
        assert_eq!(
            read_mermaid(text.as_bytes()),
            Err(ImportError { at, kind }),
            "{text:?}"
        );
    }
}

#[test]
fn a_touchpoints_sheet_becomes_a_journey_and_unknown_columns_are_listed() {
    let Imported { journey, ignored } = read_fixture("telephony.csv", read_touchpoints_csv);
    assert_eq!(journey.steps.len(), 2);
    assert_eq!(journey.steps[0].stage, Stage::Explore);
    // No stage and no name: the stage before it.
    assert_eq!(journey.steps[1].stage, Stage::Explore);
    assert_eq!(
        names(&journey),
        [
            "Audit current phone costs",
            "Ask colleagues, informally",
            "=Offer call"
        ]
    );
    assert_eq!(journey.touchpoints[2].lane, Lane::ProviderFrontstage);
    assert_eq!(journey.touchpoints[1].channel, Channel::InPerson);
    assert_eq!(participants(&journey, 2), ["Account manager", "IT manager"]);
    assert_eq!(ignored.len(), 1);
    assert_eq!(
        ignored[0].what,
        IgnoredKind::UnknownColumn("colour".to_owned())
    );
    assert_eq!(
        ignored[0].at,
        At::Text {
            line: 1,
            column: 43
        }
    );
}

#[test]
fn the_sample_as_csv_reads_back_with_every_column() {
    let sample = sample_journey();
    let back = read_touchpoints_csv(touchpoints_csv(&sample).as_bytes())
        .expect("reads")
        .journey;
    assert!(back.steps.len() <= sample.steps.len());
    assert_eq!(back.touchpoints.len(), sample.touchpoints.len());
    for touchpoint in &back.touchpoints {
        let original = sample.touchpoint(touchpoint.id).expect("same ids");
        assert_eq!(touchpoint.name, original.name);
        assert_eq!(touchpoint.lane, original.lane);
        assert_eq!(touchpoint.channel, original.channel);
        assert_eq!(touchpoint.element, original.element);
        assert_eq!(
            (touchpoint.importance, touchpoint.effort),
            (original.importance, original.effort)
        );
        assert_eq!(touchpoint.fail_point, original.fail_point);
        assert_eq!(touchpoint.moment_of_truth, original.moment_of_truth);
        assert_eq!(touchpoint.leads_to, original.leads_to);
        let stage = |j: &Journey, t: &sightline_engine::Touchpoint| j.step(t.step).map(|s| s.stage);
        assert_eq!(stage(&back, touchpoint), stage(&sample, original));
    }
}

#[test]
fn csv_errors_name_line_and_column() {
    let header = "step,name,lane\r\n";
    let cases: [(String, At, ImportErrorKind); 5] = [
        (
            "name,lane\r\nA,consumer-actions\r\n".to_owned(),
            At::Text { line: 1, column: 1 },
            ImportErrorKind::MissingColumn("step"),
        ),
        (
            format!("{header}1,Call,frontstage\r\n"),
            At::Text { line: 2, column: 8 },
            ImportErrorKind::BadValue {
                field: "lane",
                value: "frontstage".to_owned(),
            },
        ),
        (
            format!("{header}1,\"Call\r\n,x\r\n"),
            At::Text { line: 2, column: 3 },
            ImportErrorKind::UnclosedQuote,
        ),
        (
            format!("{header}1,Ca\"ll,web\r\n"),
            At::Text { line: 2, column: 5 },
            ImportErrorKind::StrayQuote,
        ),
        (
            format!("{header}one,Call,web\r\n"),
            At::Text { line: 2, column: 1 },
            ImportErrorKind::BadValue {
                field: "step",
                value: "one".to_owned(),
            },
        ),
    ];
    for (text, at, kind) in cases {
        assert_eq!(
            read_touchpoints_csv(text.as_bytes()),
            Err(ImportError { at, kind }),
            "{text:?}"
        );
    }
}

#[test]
fn a_cjml_file_becomes_actors_phases_and_touchpoints() {
    let Imported { journey, ignored } = read_fixture("telephony.cjml.xml", read_cjml);
    assert_eq!(journey.name, "Mobile telephony");
    assert_eq!(journey.steps[0].stage, Stage::Explore);
    assert_eq!(journey.steps[0].custom_name, None);
    assert_eq!(journey.steps[1].stage, Stage::Onboard);
    assert_eq!(journey.steps[1].custom_name.as_deref(), Some("Pilot"));
    assert_eq!(
        names(&journey),
        ["Audit current phone costs", "Kick-off & training"]
    );
    let sides: Vec<Side> = journey.stakeholders.iter().map(|s| s.side).collect();
    assert_eq!(sides, [Side::Consumer, Side::Provider]);
    let [action, call] = &journey.touchpoints[..] else {
        panic!("two touchpoints")
    };
    assert_eq!(action.lane, Lane::ConsumerHidden);
    assert_eq!(action.channel, Channel::Document);
    assert_eq!(call.lane, Lane::ProviderFrontstage);
    assert_eq!(call.initiator, Some(journey.stakeholders[1].id));
    assert_eq!(participants(&journey, 1), ["IT manager"]);
    // Rated 4 of 5: +1 on −2…+2, for the initiator and the receiver.
    assert_eq!(call.emotions.len(), 2);
    assert!(call.emotions.iter().all(|e| e.value == 1.0));
    let what: Vec<&IgnoredKind> = ignored.iter().map(|i| &i.what).collect();
    assert_eq!(
        what,
        [
            &IgnoredKind::Element("note".to_owned()),
            &IgnoredKind::OtherJourney
        ]
    );
    assert_eq!(ignored[1].at, At::Element("cjml/journey[2]".to_owned()));
}

#[test]
fn the_sample_as_cjml_is_pinned_and_reads_back() {
    let sample = sample_journey();
    let exported = write_cjml(&sample);
    assert_pinned("sample.cjml.xml", &exported.text);
    let back = read_cjml(exported.text.as_bytes()).expect("reads").journey;
    assert_eq!(back.name, sample.name);
    let steps = |j: &Journey| {
        j.steps
            .iter()
            .map(|s| (s.stage, s.custom_name.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(steps(&back), steps(&sample));
    let cast = |j: &Journey| {
        j.stakeholders
            .iter()
            .map(|s| (s.name.clone(), s.side))
            .collect::<Vec<_>>()
    };
    assert_eq!(cast(&back), cast(&sample));
    assert_eq!(back.touchpoints.len(), sample.touchpoints.len());
}

#[test]
fn cjml_errors_name_the_element() {
    let journey = |body: &str| {
        format!("<cjml><journey name=\"J\"><phase id=\"p\" name=\"Offer\"/>{body}</journey></cjml>")
    };
    let cases: [(String, At, ImportErrorKind); 4] = [
        (
            "<svg/>".to_owned(),
            At::Element("svg".to_owned()),
            ImportErrorKind::WrongKind,
        ),
        (
            journey("<action id=\"t\" phase=\"p\"/><action id=\"u\" phase=\"q\"/>"),
            At::Element("cjml/journey/action[2]".to_owned()),
            ImportErrorKind::UnknownReference {
                field: "phase",
                id: "q".to_owned(),
            },
        ),
        (
            journey("<communication-point id=\"t\" phase=\"p\" experience=\"9\"/>"),
            At::Element("cjml/journey/communication-point".to_owned()),
            ImportErrorKind::BadValue {
                field: "experience",
                value: "9".to_owned(),
            },
        ),
        (
            journey("<actor type=\"end-user\"/>"),
            At::Element("cjml/journey/actor".to_owned()),
            ImportErrorKind::Missing("id"),
        ),
    ];
    for (text, at, kind) in cases {
        assert_eq!(
            read_cjml(text.as_bytes()),
            Err(ImportError { at, kind }),
            "{text}"
        );
    }
    let broken = read_cjml(journey("<action id=\"t\" phase=\"p\">").as_bytes());
    assert!(
        matches!(
            broken,
            Err(ImportError {
                kind: ImportErrorKind::Xml(_),
                ..
            })
        ),
        "{broken:?}"
    );
}

#[test]
fn every_reader_refuses_oversized_and_non_text_input_before_parsing() {
    let readers: [Reader; 3] = [read_mermaid, read_touchpoints_csv, read_cjml];
    let huge = vec![b' '; MAX_IMPORT_BYTES + 1];
    for reader in readers {
        assert_eq!(
            reader(&huge).map(|_| ()),
            Err(ImportError {
                at: At::Whole,
                kind: ImportErrorKind::TooLarge
            })
        );
        assert_eq!(
            reader(b"journey\nsection \xff").map(|_| ()),
            Err(ImportError {
                at: At::Text { line: 2, column: 9 },
                kind: ImportErrorKind::NotText
            })
        );
    }
}

/// Reading what a writer wrote, then writing and reading again, changes nothing: after one
/// trip a journey holds only what the format can hold, and that survives every later trip.
fn settles(
    write: impl Fn(&Journey) -> String,
    read: Reader,
    journey: &Journey,
) -> Result<(), TestCaseError> {
    let once = read(write(journey).as_bytes())
        .map_err(|error| TestCaseError::fail(format!("{error:?}")))?
        .journey;
    let twice = read(write(&once).as_bytes())
        .map_err(|error| TestCaseError::fail(format!("{error:?}")))?
        .journey;
    prop_assert_eq!(twice, once);
    Ok(())
}

#[test]
fn every_fixture_journey_settles_in_every_format() {
    let size = sightline_engine::Size {
        steps: 14,
        touchpoints: 60,
        stakeholders: 6,
        effects: 90,
    };
    for (label, journey) in journeys::fixtures(size) {
        let trips = [
            settles(|j| write_mermaid(j).text, read_mermaid, &journey),
            settles(touchpoints_csv, read_touchpoints_csv, &journey),
            settles(|j| write_cjml(j).text, read_cjml, &journey),
        ];
        for trip in trips {
            assert!(trip.is_ok(), "{label}: {trip:?}");
        }
    }
}

proptest! {
    #[test]
    fn no_reader_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        for reader in [read_mermaid as Reader, read_touchpoints_csv, read_cjml] {
            let _ = reader(&bytes);
        }
    }

    #[test]
    fn no_reader_panics_on_mangled_exports(journey in journeys::journey(), cut in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let texts: [(String, Reader); 3] = [
            (write_mermaid(&journey).text, read_mermaid),
            (touchpoints_csv(&journey), read_touchpoints_csv),
            (write_cjml(&journey).text, read_cjml),
        ];
        for (text, reader) in texts {
            let mut bytes = text.into_bytes();
            if !bytes.is_empty() {
                let at = cut.index(bytes.len());
                bytes[at] = byte;
                let _ = reader(&bytes);
                let _ = reader(&bytes[..at]);
            }
        }
    }

    #[test]
    fn mermaid_round_trips_what_it_holds(journey in journeys::journey()) {
        settles(|j| write_mermaid(j).text, read_mermaid, &journey)?;
    }

    #[test]
    fn csv_round_trips_what_it_holds(journey in journeys::journey()) {
        settles(touchpoints_csv, read_touchpoints_csv, &journey)?;
    }

    #[test]
    fn cjml_round_trips_what_it_holds(journey in journeys::journey()) {
        settles(|j| write_cjml(j).text, read_cjml, &journey)?;
    }
}
