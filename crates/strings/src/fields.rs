//! The fields and actions of the app's forms whose labels the tables give by name, so that no
//! component reads a label by its position in a list.

/// A value setting of the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingField {
    /// The relationship type.
    Relationship,
    /// Value of one unit of money.
    MoneyRate,
    /// Value of one unit of time.
    TimeRate,
    /// Value of one unit of resources.
    ResourcesRate,
    /// Lowest point of the emotion scale.
    EmotionMin,
    /// Highest point of the emotion scale.
    EmotionMax,
    /// Unrealised share that counts as leakage.
    UnrealisedShare,
    /// Share of value that counts as one-sided.
    OneSidedShare,
    /// Share in the zone below which a partnership is narrow.
    NarrowZoneShare,
}

impl SettingField {
    /// Every one, in the order the form shows them.
    pub const ALL: [SettingField; 9] = [
        SettingField::Relationship,
        SettingField::MoneyRate,
        SettingField::TimeRate,
        SettingField::ResourcesRate,
        SettingField::EmotionMin,
        SettingField::EmotionMax,
        SettingField::UnrealisedShare,
        SettingField::OneSidedShare,
        SettingField::NarrowZoneShare,
    ];
}

/// A field of a stakeholder's row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StakeholderField {
    /// Its name.
    Name,
    /// Its role.
    Role,
    /// Its side.
    Side,
    /// Its influence (0–10).
    Influence,
    /// Its interest (0–10).
    Interest,
    /// The weight of its outcomes.
    OutcomeWeight,
    /// The weight of its costs.
    CostWeight,
    /// The weight of its risks.
    RiskWeight,
}

impl StakeholderField {
    /// Every one, in the order the form shows them.
    pub const ALL: [StakeholderField; 8] = [
        StakeholderField::Name,
        StakeholderField::Role,
        StakeholderField::Side,
        StakeholderField::Influence,
        StakeholderField::Interest,
        StakeholderField::OutcomeWeight,
        StakeholderField::CostWeight,
        StakeholderField::RiskWeight,
    ];
}

/// A field of a KPI's row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KpiField {
    /// Its name.
    Name,
    /// What it measures.
    Measure,
    /// Whether higher or lower is better.
    Direction,
    /// Its unit.
    Unit,
    /// Its target.
    Target,
    /// Its actual figure.
    Actual,
    /// Whether it is met.
    Status,
}

impl KpiField {
    /// Every one, in the order the form shows them.
    pub const ALL: [KpiField; 7] = [
        KpiField::Name,
        KpiField::Measure,
        KpiField::Direction,
        KpiField::Unit,
        KpiField::Target,
        KpiField::Actual,
        KpiField::Status,
    ];
}

/// A field of a persona.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonaField {
    /// The stakeholder it stands for.
    Stakeholder,
    /// Its name.
    Name,
    /// Its job or role.
    Job,
    /// Its goals.
    Goals,
    /// Its description.
    Description,
}

impl PersonaField {
    /// Every one, in the order the form shows them.
    pub const ALL: [PersonaField; 5] = [
        PersonaField::Stakeholder,
        PersonaField::Name,
        PersonaField::Job,
        PersonaField::Goals,
        PersonaField::Description,
    ];
}

/// A field of a pain point or an opportunity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InsightField {
    /// Pain point or opportunity.
    Kind,
    /// What it is.
    Description,
    /// Its value to the customer (1–5).
    CustomerValue,
    /// Its value to the business (1–5).
    BusinessValue,
    /// The effort it takes (1–5).
    Effort,
}

impl InsightField {
    /// Every one, in the order the form shows them.
    pub const ALL: [InsightField; 5] = [
        InsightField::Kind,
        InsightField::Description,
        InsightField::CustomerValue,
        InsightField::BusinessValue,
        InsightField::Effort,
    ];
}

/// An amount of a value effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    /// An outcome's potential.
    Potential,
    /// An outcome's realised part.
    Realised,
    /// A cost in money.
    Money,
    /// A cost in time.
    Time,
    /// A cost in resources.
    Resources,
    /// A risk's probability (0–1).
    Probability,
    /// A risk's impact.
    Impact,
}

impl Amount {
    /// Every one, in the order the form shows them.
    pub const ALL: [Amount; 7] = [
        Amount::Potential,
        Amount::Realised,
        Amount::Money,
        Amount::Time,
        Amount::Resources,
        Amount::Probability,
        Amount::Impact,
    ];
}

/// What a library row's buttons do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LibraryAction {
    /// Open the journey.
    Open,
    /// Rename it.
    Rename,
    /// Make a copy of it.
    Duplicate,
    /// Delete it.
    Delete,
}

impl LibraryAction {
    /// Every one, in the order the form shows them.
    pub const ALL: [LibraryAction; 4] = [
        LibraryAction::Open,
        LibraryAction::Rename,
        LibraryAction::Duplicate,
        LibraryAction::Delete,
    ];
}

/// The lines of the shortcut list, in the order it shows them; the tables give each its keys
/// and its meaning in words (the app's `shortcuts` module says which key makes which).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpLine {
    /// Ctrl+Z: undo.
    Undo,
    /// Ctrl+Shift+Z or Ctrl+Y: redo.
    Redo,
    /// Arrow keys: move the focus across the blueprint.
    MoveFocus,
    /// Enter or Space on a focused button (the browser's own): open a touchpoint, add one.
    Activate,
    /// Delete on a card.
    Delete,
    /// Alt+arrow keys on a card.
    MoveTouchpoint,
    /// Escape.
    Close,
    /// Tab and Shift+Tab (the browser's own).
    NextControl,
    /// `?`: show or hide the list.
    ToggleHelp,
    /// 1 to 6: show a view of the journey.
    ShowView,
}

impl HelpLine {
    /// Every line, in the list's order.
    pub const ALL: [HelpLine; 10] = [
        HelpLine::Undo,
        HelpLine::Redo,
        HelpLine::MoveFocus,
        HelpLine::Activate,
        HelpLine::Delete,
        HelpLine::MoveTouchpoint,
        HelpLine::Close,
        HelpLine::NextControl,
        HelpLine::ShowView,
        HelpLine::ToggleHelp,
    ];
}
