//! The 2×2 grids of the domain: the stakeholder map, importance against effort, and value
//! against effort for pain points and opportunities.

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

/// A pain point's or opportunity's place when its value (the mean of customer and business
/// value) is set against the effort of addressing it. Value is high above the middle of its
/// 1–5 range (more than 3), and so is effort (4 and up).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PriorityQuadrant {
    /// High value, low effort: do these first.
    QuickWin,
    /// High value, high effort: worth planning.
    MajorProject,
    /// Low value, low effort: when there is time.
    FillIn,
    /// Low value, high effort: not worth it.
    MoneyPit,
}

impl PriorityQuadrant {
    /// All quadrants, in the order they should be taken on.
    pub const ALL: [PriorityQuadrant; 4] = [
        PriorityQuadrant::QuickWin,
        PriorityQuadrant::MajorProject,
        PriorityQuadrant::FillIn,
        PriorityQuadrant::MoneyPit,
    ];

    /// Position in [`PriorityQuadrant::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The quadrant of a value (1 to 5, halves allowed) and an effort (1 to 5).
    pub fn of(value: f64, effort: u8) -> Self {
        match (value > 3.0, effort > 3) {
            (true, false) => PriorityQuadrant::QuickWin,
            (true, true) => PriorityQuadrant::MajorProject,
            (false, false) => PriorityQuadrant::FillIn,
            (false, true) => PriorityQuadrant::MoneyPit,
        }
    }
}
