//! The experience lane's lines: one per stakeholder who feels something, each point under its
//! touchpoint's step, the lowest point and the trend as the emotions say.

use sightline_engine::{
    experience_lines, Emotion, Journey, Lane, Role, Side, Stakeholder, StakeholderId, Touchpoint,
    TouchpointId, Trend,
};
use sightline_english::sample_journey;

/// Every stakeholder with at least one finite emotion, in the journey's order.
fn feeling(journey: &Journey) -> Vec<StakeholderId> {
    journey
        .stakeholders
        .iter()
        .map(|s| s.id)
        .filter(|id| {
            journey.touchpoints.iter().any(|t| {
                t.emotions
                    .iter()
                    .any(|e| e.stakeholder == *id && e.value.is_finite())
            })
        })
        .collect()
}

#[test]
fn the_sample_has_a_line_for_each_stakeholder_who_feels_something() {
    let journey = sample_journey();
    let lines = experience_lines(&journey);
    let who: Vec<StakeholderId> = lines.iter().map(|l| l.stakeholder).collect();
    assert_eq!(who, feeling(&journey));
    assert!(lines.len() >= 2, "the sample shows several lines");
    for line in &lines {
        assert_eq!(journey.stakeholders[line.order].id, line.stakeholder);
        let emotions: usize = journey
            .touchpoints
            .iter()
            .flat_map(|t| &t.emotions)
            .filter(|e| e.stakeholder == line.stakeholder)
            .count();
        assert_eq!(line.points.len(), emotions);
        let low = line.points[line.lowest].emotion;
        assert!(line.points.iter().all(|p| p.emotion >= low));
        assert!(line.points[..line.lowest].iter().all(|p| p.emotion > low));
    }
}

#[test]
fn points_sit_in_their_steps_column_in_journey_order() {
    let journey = sample_journey();
    for line in experience_lines(&journey) {
        let mut last = f64::NEG_INFINITY;
        for point in &line.points {
            let k = journey
                .steps
                .iter()
                .position(|s| s.id == point.step)
                .unwrap() as f64;
            assert!(point.across > k && point.across < k + 1.0, "{point:?}");
            assert!(point.across >= last, "journey order");
            last = point.across;
        }
    }
}

#[test]
fn the_trend_and_the_lowest_point_follow_the_emotions() {
    let mut journey = Journey::with_itil_steps("Trend");
    journey.stakeholders.push(Stakeholder::new(
        StakeholderId(1),
        "Customer",
        Role::Customer,
        Side::Consumer,
    ));
    let steps: Vec<_> = journey.steps.iter().map(|s| s.id).collect();
    for (n, (k, value)) in [(0, 1.0), (2, -2.0), (2, -2.0), (6, 0.5)]
        .into_iter()
        .enumerate()
    {
        let mut touchpoint = Touchpoint::new(
            TouchpointId(n as u32 + 1),
            steps[k],
            Lane::ConsumerActions,
            "t",
        );
        touchpoint.emotions.push(Emotion {
            stakeholder: StakeholderId(1),
            value,
        });
        journey.touchpoints.push(touchpoint);
    }
    let lines = experience_lines(&journey);
    assert_eq!(lines.len(), 1);
    let line = &lines[0];
    assert_eq!(line.trend, Trend::Falling);
    assert_eq!(line.lowest, 1, "the first of two equal lowest points");
    // Two touchpoints in the third step share its column.
    assert_eq!(line.points[0].across, 0.5);
    assert_eq!(line.points[1].across, 2.25);
    assert_eq!(line.points[2].across, 2.75);

    journey.touchpoints[3].emotions[0].value = 1.5;
    assert_eq!(experience_lines(&journey)[0].trend, Trend::Rising);
    journey.touchpoints[3].emotions[0].value = 1.0;
    assert_eq!(experience_lines(&journey)[0].trend, Trend::Level);
}
