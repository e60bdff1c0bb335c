//! The two 2×2 grids of the domain: the stakeholder map and importance against effort.

/// A stakeholder's quadrant on the influence/interest map. A score is high above the middle
/// of its 0–10 range (6 and up).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MapQuadrant {
    /// High influence, high interest.
    ManageClosely,
    /// High influence, low interest.
    KeepSatisfied,
    /// Low influence, high interest.
    KeepInformed,
    /// Low influence, low interest.
    Monitor,
}

impl MapQuadrant {
    /// All quadrants, closest attention first.
    pub const ALL: [MapQuadrant; 4] = [
        MapQuadrant::ManageClosely,
        MapQuadrant::KeepSatisfied,
        MapQuadrant::KeepInformed,
        MapQuadrant::Monitor,
    ];

    /// Position in [`MapQuadrant::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl MapQuadrant {
    /// The quadrant of an `(influence, interest)` standing.
    pub fn of((influence, interest): (u8, u8)) -> Self {
        match (influence > 5, interest > 5) {
            (true, true) => MapQuadrant::ManageClosely,
            (true, false) => MapQuadrant::KeepSatisfied,
            (false, true) => MapQuadrant::KeepInformed,
            (false, false) => MapQuadrant::Monitor,
        }
    }
}

/// A touchpoint's place when customer importance is set against provider effort. A score is
/// high above the middle of its 1–5 range (4 and up).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EffortQuadrant {
    /// High effort, low importance: the provider spends energy the customer does not value.
    MisdirectedEffort,
    /// High importance, low effort: the customer values what the provider skimps on.
    Neglected,
    /// High importance, high effort: effort where it counts.
    WellInvested,
    /// Low importance, low effort: rightly kept lean.
    KeptLean,
}

impl EffortQuadrant {
    /// All quadrants, the two misaligned first.
    pub const ALL: [EffortQuadrant; 4] = [
        EffortQuadrant::MisdirectedEffort,
        EffortQuadrant::Neglected,
        EffortQuadrant::WellInvested,
        EffortQuadrant::KeptLean,
    ];

    /// Position in [`EffortQuadrant::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl EffortQuadrant {
    /// The quadrant of a touchpoint's customer importance and provider effort.
    pub fn of(importance: u8, effort: u8) -> Self {
        match (importance > 3, effort > 3) {
            (false, true) => EffortQuadrant::MisdirectedEffort,
            (true, false) => EffortQuadrant::Neglected,
            (true, true) => EffortQuadrant::WellInvested,
            (false, false) => EffortQuadrant::KeptLean,
        }
    }
}
