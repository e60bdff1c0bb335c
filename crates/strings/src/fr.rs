//! Les textes en français. The ITIL 4 vocabulary follows `glossary/fr.md`: the roles as the
//! French seed names them (sponsor, client, utilisateur), "parcours client", "point de
//! contact", "partie prenante", "ligne de visibilité", "fuite de valeur".

use crate::number::decimal;
use crate::plural::fr_word;
use crate::{
    Amount, ExperienceText, HelpLine, InsightField, KpiField, Language, LibraryAction,
    PersonaField, PictureText, PresentText, SettingField, StakeholderField, Strings, WorkspaceText,
};
use crate::{CompareText, VersionAction, VersionsText};
use sightline_charts::{ChartKind, ChartText};
use sightline_document::{
    At, Feature, Ignored, IgnoredKind, ImportError, ImportErrorKind, LinkError, LoadError,
    MAX_IMPORT_BYTES,
};
use sightline_engine::{
    Aspect, Better, Channel, EditError, EffortQuadrant, ElementKind, FieldName, FindingKind,
    InsightKind, KpiStatus, Lane, Line, MapQuadrant, Measure, Place, PriorityQuadrant, Problem,
    Relationship, Role, Side, Stage, Template, Trend, MAX_LABEL_CHARS, MAX_VALUE_UNIT_CHARS,
};
use sightline_engine::{ChangeKind, Shift};
use sightline_persistence::VersionKind;

/// Where a problem is: the words [`Strings::problem`] puts the field's name in.
fn place(at: &Place) -> String {
    match at {
        Place::Settings => "les réglages du parcours".to_owned(),
        Place::Stakeholder(id) => format!("la partie prenante {}", id.0),
        Place::Touchpoint(id) => format!("le point de contact {}", id.0),
        Place::Effect(id, index) => {
            format!("l'effet {} du point de contact {}", index + 1, id.0)
        }
        Place::Emotion(id, stakeholder) => format!(
            "l'émotion de la partie prenante {} au point de contact {}",
            stakeholder.0, id.0
        ),
        Place::Step(id) => format!("l'étape {}", id.0),
        Place::Persona(id) => format!("le persona {}", id.0),
        Place::Kpi(id) => format!("le KPI {}", id.0),
        Place::Insight(id) => format!("le point de douleur ou l'opportunité {}", id.0),
        Place::Loop(id) => format!("le retour {}", id.0),
    }
}

/// What was removed, as the subject of a refusal: "Cette étape a été retirée".
fn removed(at: &Place) -> &'static str {
    match at {
        Place::Settings => "Ce réglage du parcours a été retiré",
        Place::Stakeholder(_) => "Cette partie prenante a été retirée",
        Place::Touchpoint(_) => "Ce point de contact a été retiré",
        Place::Effect(..) => "Cet effet sur la valeur a été retiré",
        Place::Emotion(..) => "Cette émotion a été retirée",
        Place::Step(_) => "Cette étape a été retirée",
        Place::Persona(_) => "Ce persona a été retiré",
        Place::Kpi(_) => "Ce KPI a été retiré",
        Place::Insight(_) => "Ce point de douleur ou cette opportunité a été retiré",
        Place::Loop(_) => "Ce retour a été retiré",
    }
}

/// An edit refused because what it names was removed first (a second click, say).
fn gone(at: &Place) -> String {
    format!("{}\u{a0}: rien n'a changé.", removed(at))
}

/// An addition refused because another took its id just before; "de l'étape", "du KPI".
fn taken(at: &Place) -> String {
    let of = match at {
        Place::Settings => "du réglage",
        Place::Stakeholder(_) => "de la partie prenante",
        Place::Touchpoint(_) => "du point de contact",
        Place::Effect(..) => "de l'effet sur la valeur",
        Place::Emotion(..) => "de l'émotion",
        Place::Step(_) => "de l'étape",
        Place::Persona(_) => "du persona",
        Place::Kpi(_) => "du KPI",
        Place::Insight(_) => "du point de douleur ou de l'opportunité",
        Place::Loop(_) => "du retour",
    };
    format!(
        "L'ajout {of} n'a pas eu lieu\u{a0}: un autre a pris son identifiant juste avant. \
         Réessayez."
    )
}

/// Where in a text something is.
fn at(at: &At) -> String {
    match at {
        At::Whole => String::new(),
        At::Text { line, column } => format!("ligne {line}, colonne {column}\u{a0}: "),
        At::Element(path) => format!("{path}\u{a0}: "),
    }
}

/// The invariants a journey read from a file breaks: the first, and how many more.
fn unsound(problems: &[Problem]) -> String {
    match problems {
        [] => "le parcours se contredit".to_owned(),
        [only] => (FR.problem)(only),
        [first, rest @ ..] => format!(
            "{} (et {} {})",
            (FR.problem)(first),
            rest.len(),
            fr_word(rest.len(), ["autre problème", "autres problèmes"])
        ),
    }
}

/// Why a CSV, mermaid or CJML text could not be read, with where.
fn import_error(error: &ImportError) -> String {
    let what = match &error.kind {
        ImportErrorKind::TooLarge => format!(
            "le fichier dépasse les {}\u{a0}Mio que Sightline lit",
            MAX_IMPORT_BYTES >> 20
        ),
        ImportErrorKind::NotText => "ce n'est pas du texte UTF-8".to_owned(),
        ImportErrorKind::Empty => "il n'y a rien à lire".to_owned(),
        ImportErrorKind::WrongKind => {
            "ce n'est pas le type de fichier que son nom annonce".to_owned()
        }
        ImportErrorKind::MissingColumn(column) => {
            format!("l'en-tête n'a pas de colonne «\u{a0}{column}\u{a0}»")
        }
        ImportErrorKind::UnclosedQuote => "ce guillemet n'est jamais fermé".to_owned(),
        ImportErrorKind::StrayQuote => {
            "un guillemet ici doit ouvrir la cellule ou être doublé".to_owned()
        }
        ImportErrorKind::BadValue { field, value } => {
            format!("«\u{a0}{value}\u{a0}» n'est pas une valeur valide pour {field}")
        }
        ImportErrorKind::Missing(field) => format!("«\u{a0}{field}\u{a0}» manque"),
        ImportErrorKind::TaskOutsideSection => {
            "une tâche doit venir après une section, qui est son étape".to_owned()
        }
        ImportErrorKind::UnknownStatement => {
            "cette ligne n'est ni un titre, ni une section, ni une tâche (nom\u{a0}: note\u{a0}: \
             acteurs)"
                .to_owned()
        }
        ImportErrorKind::UnknownReference { field, id } => {
            format!("«\u{a0}{field}\u{a0}» nomme «\u{a0}{id}\u{a0}», qui n'existe pas")
        }
        ImportErrorKind::DuplicateId(id) => {
            format!("l'identifiant «\u{a0}{id}\u{a0}» est utilisé deux fois")
        }
        ImportErrorKind::Xml(message) => format!("le XML est mal formé ({message})"),
        ImportErrorKind::Unsound(problems) => unsound(problems),
    };
    format!("{}{what}", at(&error.at))
}

/// What a reader passed over.
fn ignored(ignored: &Ignored) -> String {
    let what = match &ignored.what {
        IgnoredKind::UnknownColumn(name) => format!("la colonne «\u{a0}{name}\u{a0}»"),
        IgnoredKind::ScoreWithoutActors => "une note sans acteur pour la ressentir".to_owned(),
        IgnoredKind::Statement(name) => format!("l'instruction {name}"),
        IgnoredKind::Element(name) => format!("{name}, qui n'a pas de place dans un parcours"),
        IgnoredKind::OtherJourney => "un second parcours (seul le premier est lu)".to_owned(),
    };
    format!("{}{what}", at(&ignored.at))
}

/// What a format could not hold, with how many (in brackets).
fn lost(feature: Feature, count: usize) -> String {
    let what = match feature {
        Feature::EmptySteps => "étapes sans point de contact",
        Feature::Lanes => "couloirs des points de contact",
        Feature::Channels => "canaux des points de contact",
        Feature::Elements => "éléments de résultat",
        Feature::Scores => "notes d'importance et d'effort",
        Feature::Initiators => "initiateurs",
        Feature::Emotions => "émotions",
        Feature::Effects => "effets sur la valeur",
        Feature::Roles => "rôles des parties prenantes",
        Feature::Sides => "côtés des parties prenantes",
        Feature::StakeholderDetails => "position et poids des parties prenantes",
        Feature::AbsentStakeholders => {
            "parties prenantes qui ne participent à aucun point de contact"
        }
        Feature::Settings => "réglages de la valeur",
        Feature::Flags => "points de défaillance, moments de vérité et liens vers des parcours",
        Feature::Personas => "personas",
        Feature::Kpis => "KPI",
        Feature::Insights => "points de douleur et opportunités",
        Feature::Loops => "retours",
        Feature::Names => "noms aux caractères que le format ne peut pas contenir (adaptés)",
    };
    format!("{what} ({count})")
}

/// The French table.
pub static FR: Strings = Strings {
    language: Language::Fr,
    language_picker: "Langue",
    language_missing: |language| {
        format!("{language} n’a pas pu être chargé\u{a0}: Sightline reste en français. Vérifiez la connexion et choisissez-le de nouveau\u{a0}; votre parcours est en sécurité.")
    },
    app_name: "Sightline",
    sample: &crate::journeys::fr::SAMPLE,
    incident: &crate::journeys::fr::INCIDENT,
    saas: &crate::journeys::fr::SAAS,
    channel_name: |channel| match channel {
        Channel::InPerson => "En personne",
        Channel::Phone => "Téléphone",
        Channel::Email => "E-mail",
        Channel::Web => "Web",
        Channel::App => "Application",
        Channel::Document => "Document",
        Channel::Other => "Autre",
    },
    blueprint: "Blueprint du parcours",
    lanes_header: "Couloirs",
    new_touchpoint: "Nouveau point de contact",
    add_symbol: "+",
    add_touchpoint_to: |step, lane| format!("Ajouter un point de contact à {step}, {lane}"),
    step_name_of: |stage| format!("Nom de l'étape {stage}"),
    step_summary: |touchpoints, in_zone| match touchpoints {
        0 => "Aucun point de contact".to_owned(),
        n => format!(
            "{n} {}, {in_zone} dans la zone",
            fr_word(n, ["point de contact", "points de contact"])
        ),
    },
    touchpoint_editor: "Point de contact",
    name: "Nom",
    channel: "Canal",
    lane: "Couloir",
    delete_touchpoint: "Supprimer le point de contact",
    done: "Terminé",
    dismiss: "Fermer",
    notices: "Messages",
    saved_journey_unreadable: |reason, kept_under| {
        format!(
            "Le parcours enregistré n'a pas pu être lu\u{a0}: {reason}. Rien n'est perdu\u{a0}: son texte \
             est mis de côté dans le stockage de ce navigateur sous «\u{a0}{kept_under}\u{a0}», \
             prêt à être téléchargé depuis la bibliothèque."
        )
    },
    saved_journey_unreadable_not_kept: |reason| {
        format!(
            "Le parcours enregistré n'a pas pu être lu\u{a0}: {reason}. Il n'a pas pu non plus être \
             mis de côté, donc Sightline ne l'écrasera pas\u{a0}: vos modifications dans cet onglet \
             ne sont pas enregistrées."
        )
    },
    storage_full:
        "Le stockage de ce navigateur est plein\u{a0}: votre dernière modification n'a pas \
                   été enregistrée. L'enregistrement précédent est intact. Libérez de la place \
                   et modifiez à nouveau pour enregistrer.",
    storage_unavailable:
        "Ce navigateur ne permet pas à Sightline d'utiliser son stockage\u{a0}: les \
                          modifications ne sont pas enregistrées. Vérifiez que les données de \
                          site sont autorisées.",
    load_error: |error| match error {
        LoadError::NotJson { line, column } => {
            format!("le texte est endommagé (ligne {line}, colonne {column})")
        }
        LoadError::NotAJourney => "ce n'est pas un parcours Sightline".to_owned(),
        LoadError::NewerVersion(version) => format!(
            "il a été enregistré par un Sightline plus récent (format {version})\u{a0}; mettez \
             celui-ci à jour"
        ),
        LoadError::BadField { path } => {
            format!("le champ «\u{a0}{path}\u{a0}» manque ou est incorrect")
        }
        LoadError::Unsound(problems) => unsound(problems),
    },
    role_name: |role| match role {
        Role::Sponsor => "Sponsor",
        Role::Customer => "Client",
        Role::User => "Utilisateur",
        Role::Provider => "Fournisseur de services",
        Role::ProviderEmployee => "Employé du fournisseur",
        Role::Partner => "Partenaire ou fournisseur",
        Role::Shareholder => "Actionnaire",
        Role::Regulator => "Régulateur",
        Role::Society => "Société et communauté",
        Role::Charity => "Organisation caritative",
        Role::Other => "Autre",
    },
    side_total: |side| match side {
        Side::Consumer => "Côté consommateur",
        Side::Provider => "Côté fournisseur",
        Side::Other => "Autres",
    },
    relationship_name: |relationship| match relationship {
        Relationship::Basic => "Basique",
        Relationship::Cooperative => "Coopérative",
        Relationship::Partnership => "Partenariat",
    },
    aspect_name: |aspect| match aspect {
        Aspect::Outcome => "Résultat",
        Aspect::Cost => "Coût",
        Aspect::Risk => "Risque",
    },
    element_name: |element| match element {
        ElementKind::Process => "Élément de processus",
        ElementKind::Outcome => "Élément de résultat",
    },
    finding_title: |kind| match kind {
        FindingKind::RemovesValue => "L'étape retire de la valeur",
        FindingKind::UnrealisedPotential => "Potentiel non réalisé",
        FindingKind::OneSidedBenefit => "Bénéfice unilatéral",
        FindingKind::NoInteraction => "Aucune interaction",
        FindingKind::RealizeWithoutOutcome => "Valeur non suivie",
        FindingKind::NarrowZone => "Zone de visibilité étroite",
    },
    explain_finding: |kind, step, who, amount| {
        match kind {
        FindingKind::RemovesValue => format!(
            "{step} retire plus de valeur qu'elle n'en ajoute (V = {amount}). Chaque étape doit \
             ajouter plus de valeur pour les parties prenantes qu'elle n'en retire, ici ou dans \
             une étape suivante."
        ),
        FindingKind::UnrealisedPotential => format!(
            "Dans {step}, {who} laisse {amount} de valeur potentielle non réalisée\u{a0}: la valeur \
             fuit."
        ),
        FindingKind::OneSidedBenefit => format!(
            "Dans {step}, le bénéfice va du côté {who} ({amount} de plus que l'autre). Il n'y a \
             pas de partenariat où tous les avantages reviennent à une partie."
        ),
        FindingKind::NoInteraction => format!(
            "{step} n'a aucun point de contact dans la zone de visibilité ({amount} activités \
             hors de vue). Sans interaction, il n'y a pas de service."
        ),
        FindingKind::RealizeWithoutOutcome => format!(
            "{step} ne suit aucun résultat\u{a0}: la valeur n'est ni suivie ni réalisée (V = \
             {amount})."
        ),
        FindingKind::NarrowZone => format!(
            "Ce partenariat ne garde que {amount} de ses activités dans la zone de visibilité\u{a0}; \
             {step} en a le moins. Un partenariat demande une visibilité mutuelle profonde."
        ),
    }
    },
    show_step: |step| format!("Afficher {step}"),
    findings: "Constats",
    no_findings: "Aucun constat\u{a0}: chaque étape ajoute de la valeur, rien ne fuit et les deux \
                  côtés en bénéficient.",
    value: "Valeur",
    value_scope: "Chiffres pour",
    whole_journey: "Tout le parcours",
    figure_columns: [
        "Partie prenante",
        "Résultats (O)",
        "Potentiel (P)",
        "Coûts (C)",
        "Risques (R)",
        "Valeur (V)",
        "Fuite (L)",
    ],
    total: "Total",
    step_value: |value| format!("V {value}"),
    stakeholders: "Parties prenantes",
    add_stakeholder: "Ajouter une partie prenante",
    new_stakeholder: "Nouvelle partie prenante",
    remove_stakeholder: |name| format!("Retirer {name}"),
    stakeholder_columns: [
        "Nom",
        "Rôle",
        "Côté",
        "Influence (0–10)",
        "Intérêt (0–10)",
        "Poids des résultats",
        "Poids des coûts",
        "Poids des risques",
        "Sur la carte",
    ],
    stakeholder_field: |field, name| {
        let field = match field {
            StakeholderField::Name => "Nom",
            StakeholderField::Role => "Rôle",
            StakeholderField::Side => "Côté",
            StakeholderField::Influence => "Influence",
            StakeholderField::Interest => "Intérêt",
            StakeholderField::OutcomeWeight => "Poids des résultats",
            StakeholderField::CostWeight => "Poids des coûts",
            StakeholderField::RiskWeight => "Poids des risques",
        };
        format!("{field} de {name}")
    },
    settings: "Réglages de la valeur",
    setting: |field| match field {
        SettingField::Relationship => "Relation",
        SettingField::MoneyRate => "Valeur d'une unité d'argent",
        SettingField::TimeRate => "Valeur d'une unité de temps",
        SettingField::ResourcesRate => "Valeur d'une unité de ressources",
        SettingField::EmotionMin => "Émotion la plus basse",
        SettingField::EmotionMax => "Émotion la plus haute",
        SettingField::UnrealisedShare => "Part non réalisée comptée comme fuite (0–1)",
        SettingField::OneSidedShare => "Part de valeur comptée comme unilatérale (0,5–1)",
        SettingField::NarrowZoneShare => {
            "Part dans la zone sous laquelle un partenariat est étroit (0–1)"
        }
    },
    participants: "Participants",
    initiator: "À l'initiative de",
    not_recorded: "Non renseigné",
    element: "Élément",
    importance: "Importance pour le client (1–5)",
    effort: "Effort du fournisseur (1–5)",
    effort_quadrant_is: |quadrant| format!("Importance par rapport à l'effort\u{a0}: {quadrant}"),
    emotion_of: |name, min, max| format!("Émotion de {name} ({min} à {max})"),
    effects: "Effets sur la valeur",
    add_effect: "Ajouter un effet sur la valeur",
    remove_effect: |n| format!("Retirer l'effet {n}"),
    effect_for: "Pour",
    aspect: "Aspect",
    amount: |amount| match amount {
        Amount::Potential => "Potentiel",
        Amount::Realised => "Réalisé",
        Amount::Money => "Argent",
        Amount::Time => "Temps",
        Amount::Resources => "Ressources",
        Amount::Probability => "Probabilité (0–1)",
        Amount::Impact => "Impact",
    },
    not_a_number: "Saisissez un nombre.",
    whole_number: "Saisissez un nombre entier.",
    percent: |share| format!("{:.0}\u{a0}%", share * 100.0),
    edit_refused: |error| match error {
        EditError::Invalid(problems) => problems
            .first()
            .map(|p| (FR.problem)(p))
            .unwrap_or_default(),
        EditError::LastStep => "Un parcours a besoin d'au moins une étape.".to_owned(),
        EditError::NoSuchStep(id) => gone(&Place::Step(*id)),
        EditError::NoSuchTouchpoint(id) => gone(&Place::Touchpoint(*id)),
        EditError::NoSuchStakeholder(id) => gone(&Place::Stakeholder(*id)),
        EditError::NoSuchEffect(_, index) => format!(
            "L'effet {} de ce point de contact a été retiré\u{a0}: rien n'a changé.",
            index + 1
        ),
        EditError::NoSuchItem(at) => gone(at),
        EditError::DuplicateStep(id) => taken(&Place::Step(*id)),
        EditError::DuplicateTouchpoint(id) => taken(&Place::Touchpoint(*id)),
        EditError::DuplicateStakeholder(id) => taken(&Place::Stakeholder(*id)),
        EditError::DuplicateItem(at) => taken(at),
        EditError::NotInCell(_) => "Le point de contact à côté duquel il a été déposé n'est \
                                    plus dans cette cellule\u{a0}: rien n'a bougé."
            .to_owned(),
        EditError::BeforeItself(_) => "Une étape ne peut pas passer avant elle-même.".to_owned(),
    },
    field_name: |field| match field {
        FieldName::RatesMoney => "valeur d'une unité d'argent",
        FieldName::RatesTime => "valeur d'une unité de temps",
        FieldName::RatesResources => "valeur d'une unité de ressources",
        FieldName::EmotionScaleMin => "émotion la plus basse",
        FieldName::EmotionScaleMax => "émotion la plus haute",
        FieldName::UnrealisedShare => "part non réalisée comptée comme fuite",
        FieldName::OneSidedShare => "part de valeur comptée comme unilatérale",
        FieldName::NarrowZoneShare => "part dans la zone sous laquelle un partenariat est étroit",
        FieldName::Influence => "influence",
        FieldName::Interest => "intérêt",
        FieldName::StandingInfluence => "influence à une étape",
        FieldName::StandingInterest => "intérêt à une étape",
        FieldName::OutcomeWeight => "poids des résultats",
        FieldName::CostWeight => "poids des coûts",
        FieldName::RiskWeight => "poids des risques",
        FieldName::Importance => "importance pour le client",
        FieldName::Effort => "effort",
        FieldName::Emotions => "émotions",
        FieldName::Effects => "effets sur la valeur",
        FieldName::Participants => "participants",
        FieldName::Initiator => "à l'initiative de",
        FieldName::EmotionValue => "émotion",
        FieldName::Potential => "potentiel",
        FieldName::Realised => "réalisé",
        FieldName::Money => "argent",
        FieldName::Time => "temps",
        FieldName::Resources => "ressources",
        FieldName::Probability => "probabilité",
        FieldName::Impact => "impact",
        FieldName::Stakeholder => "partie prenante",
        FieldName::Step => "étape",
        FieldName::Target => "cible",
        FieldName::Actual => "réel",
        FieldName::Unit => "unité",
        FieldName::On => "où il a été noté",
        FieldName::CustomerValue => "valeur pour le client",
        FieldName::BusinessValue => "valeur pour l'entreprise",
        FieldName::From => "depuis",
        FieldName::To => "retour à",
    },
    problem: |problem| match problem {
        Problem::NoSteps => "le parcours n'a aucune étape".to_owned(),
        Problem::TouchpointInMissingStep { touchpoint, step } => format!(
            "le point de contact {} est placé dans l'étape {}, qui n'existe pas",
            touchpoint.0, step.0
        ),
        Problem::DuplicateStep(id) => format!("deux étapes ont l'identifiant {}", id.0),
        Problem::DuplicateTouchpoint(id) => {
            format!("deux points de contact ont l'identifiant {}", id.0)
        }
        Problem::DuplicateStakeholder(id) => {
            format!("deux parties prenantes ont l'identifiant {}", id.0)
        }
        Problem::MissingStakeholder {
            touchpoint,
            field,
            stakeholder,
        } => {
            let field = (FR.field_name)(*field);
            format!(
                "«\u{a0}{field}\u{a0}» du point de contact {} nomme la partie prenante {}, qui \
             n'existe pas",
                touchpoint.0, stakeholder.0
            )
        }
        Problem::OutOfRange {
            at,
            field,
            value,
            min,
            max,
        } => {
            let field = (FR.field_name)(*field);
            let place = place(at);
            let (value, min, max) = (decimal(*value, ','), decimal(*min, ','), *max);
            let allowed = if max.is_finite() {
                format!("entre {min} et {}", decimal(max, ','))
            } else {
                format!("{min} ou plus")
            };
            format!("«\u{a0}{field}\u{a0}» de {place} vaut {value}, mais doit être {allowed}")
        }
        Problem::RealisedAbovePotential { touchpoint, effect } => format!(
            "l'effet {} du point de contact {} réalise plus que son potentiel",
            effect + 1,
            touchpoint.0
        ),
        Problem::EmotionScaleInverted => {
            "le minimum de l'échelle d'émotion n'est pas sous son maximum".to_owned()
        }
        Problem::ValueUnitTooLong { chars } => format!(
            "l'unité de valeur a {chars} caractères, mais peut en avoir au plus \
             {MAX_VALUE_UNIT_CHARS}"
        ),
        Problem::ValueUnitControlCharacter => {
            "l'unité de valeur doit tenir sur une ligne, sans tabulations".to_owned()
        }
        Problem::DuplicateItem(at) => {
            format!("l'identifiant de {} est utilisé deux fois", place(at))
        }
        Problem::MissingReference { at, field } => {
            let field = (FR.field_name)(*field);
            format!(
                "«\u{a0}{field}\u{a0}» de {} nomme quelque chose que le parcours n'a pas",
                place(at)
            )
        }
        Problem::BadLabel { at, field } => {
            let field = (FR.field_name)(*field);
            format!(
                "«\u{a0}{field}\u{a0}» de {} doit tenir sur une ligne, avec au plus \
             {MAX_LABEL_CHARS} caractères",
                place(at)
            )
        }
        Problem::BadJourneyLink(id) => format!(
            "le point de contact {} mène à quelque chose qui n'est pas un parcours de la \
             bibliothèque",
            id.0
        ),
    },
    // Library, share links and files.
    journey_gone: "Ce parcours n'est plus dans la bibliothèque\u{a0}; il a peut-être été supprimé \
                   dans un autre onglet.",
    changed_elsewhere_retry: "Ce parcours a été modifié dans un autre onglet au même moment. \
                              Rien n'est perdu\u{a0}; veuillez réessayer.",
    copy_name: |name, n| {
        if n <= 2 {
            format!("{name} (copie)")
        } else {
            format!("{name} (copie {})", n - 1)
        }
    },
    this_tab_version_name: |name, n| {
        if n <= 2 {
            format!("{name} (cet onglet)")
        } else {
            format!("{name} (cet onglet {})", n - 1)
        }
    },
    kept_both_versions: |ours, theirs| {
        format!(
            "Ce parcours a aussi été modifié dans un autre onglet. Les deux versions sont \
             gardées\u{a0}: la vôtre s'appelle maintenant «\u{a0}{ours}\u{a0}» et reste ouverte\u{a0}; \
             l'autre est «\u{a0}{theirs}\u{a0}» dans la bibliothèque."
        )
    },
    deleted_in_other_tab: "Ce parcours a été supprimé dans un autre onglet. Il reste ouvert ici, \
                           et votre prochaine modification l'enregistre à nouveau.",
    updated_from_other_tab: "Ce parcours a été modifié dans un autre onglet\u{a0}; vous voyez \
                             maintenant cette version.",
    other_tab_unreadable: |reason| {
        format!(
            "Un autre onglet a enregistré ce parcours sous une forme que celui-ci ne sait pas \
             lire ({reason})\u{a0}; cet onglet ne l'enregistre donc plus, pour garder cette version. \
             Rechargez pour continuer."
        )
    },
    untitled_journey: "Parcours sans titre",
    journey_name: "Nom du parcours",
    library: "Mes parcours",
    journey_actions: "Parcours",
    start_from_template: "Commencer un nouveau parcours",
    template: |template| match template {
        Template::Blank => "Nouveau parcours vide",
        Template::B2bServicePurchase => "Nouveau\u{a0}: achat B2B d'un service",
        Template::IncidentResolution => "Nouveau\u{a0}: résolution d'incident ITIL",
        Template::SaasOnboarding => "Nouveau\u{a0}: intégration SaaS",
    },
    last_changed: |when| format!("Modifié le {when}"),
    never_changed: "Date de modification inconnue",
    library_action: |action, name| {
        let verb = (FR.library_action_label)(action);
        format!("{verb} «\u{a0}{name}\u{a0}»")
    },
    library_action_label: |action| match action {
        LibraryAction::Open => "Ouvrir",
        LibraryAction::Rename => "Renommer",
        LibraryAction::Duplicate => "Dupliquer",
        LibraryAction::Delete => "Supprimer",
    },
    new_name_of: |name| format!("Nouveau nom pour «\u{a0}{name}\u{a0}»"),
    save_name: "Enregistrer le nom",
    cancel: "Annuler",
    confirm_delete: |name| {
        format!("Supprimer «\u{a0}{name}\u{a0}» définitivement\u{a0}? C'est irréversible.")
    },
    delete_for_good: "Supprimer définitivement",
    recovered_heading: "Mis de côté car illisibles",
    recovered_item: |key, characters| {
        format!(
            "{key} ({characters} {})",
            fr_word(characters, ["caractère", "caractères"])
        )
    },
    download: "Télécharger",
    discard: "Jeter",
    copy_link: "Copier le lien",
    link_copied:
        "Le lien est dans votre presse-papiers. Il porte tout le parcours\u{a0}: qui l'ouvre \
                  voit cette version, et rien n'est envoyé à un serveur.",
    link_to_copy: "Lien vers ce parcours (copiez-le)",
    link_too_large: "Ce parcours est trop grand pour tenir dans un lien. Exportez-le plutôt \
                     dans un fichier.",
    shared_banner: "Vous regardez un parcours partagé par lien. Il est en lecture seule ici et \
                    n'est pas enregistré tant que vous n'en enregistrez pas une copie.",
    save_copy: "Enregistrer une copie dans ma bibliothèque",
    saved_copy: |name| format!("«\u{a0}{name}\u{a0}» est maintenant dans votre bibliothèque."),
    export_journey: "Exporter le fichier",
    export_touchpoints: "Exporter les points de contact (CSV)",
    export_mermaid: "Exporter le diagramme mermaid",
    export_cjml: "Exporter en CJML",
    exported_leaving_out: |file, lost| {
        format!("«\u{a0}{file}\u{a0}» ne peut pas tout contenir\u{a0}: il laisse de côté {lost}.")
    },
    import_journey: "Importer un fichier (parcours, points de contact CSV, mermaid, CJML)",
    imported: |name| format!("«\u{a0}{name}\u{a0}» a été importé dans votre bibliothèque."),
    imported_leaving_out: |name, left_out| {
        format!(
            "«\u{a0}{name}\u{a0}» a été importé dans votre bibliothèque, sans ce qu'un parcours \
             ne prend pas\u{a0}: {left_out}."
        )
    },
    import_error,
    ignored,
    lost,
    paste_diagram: "Coller un diagramme de parcours mermaid",
    import_diagram: "Importer le diagramme",
    pasted_diagram: "le diagramme collé",
    import_failed: |file, reason| {
        format!(
            "«\u{a0}{file}\u{a0}» n'a pas pu être importé\u{a0}: {reason}. Rien n'a été modifié."
        )
    },
    file_too_large: "le fichier est plus grand que tout parcours que ce navigateur peut stocker",
    file_unreadable: "le navigateur n'a pas pu lire le fichier",
    link_error: |error| {
        match error {
        LinkError::TooLarge => "Ce lien est plus grand que ce que Sightline ouvre\u{a0}: son parcours \
                                ne peut pas être affiché. Votre bibliothèque n'a pas changé."
            .to_owned(),
        LinkError::NewerVersion(version) => format!(
            "Ce lien a été créé par un Sightline plus récent (format de lien {version})\u{a0}; \
             mettez celui-ci à jour pour l'ouvrir. Votre bibliothèque n'a pas changé."
        ),
        LinkError::Damaged | LinkError::Unsound(_) => {
            "Ce lien est endommagé ou incomplet\u{a0}: son parcours ne peut pas être affiché. Votre \
             bibliothèque n'a pas changé."
                .to_owned()
        }
    }
    },
    close: "Fermer",
    shortcuts_button: "Raccourcis",
    shortcuts_title: "Raccourcis clavier",
    shortcut_line: |line| {
        match line {
        HelpLine::Undo => ("Ctrl+Z, \u{2318}Z", "Annuler la dernière modification"),
        HelpLine::Redo => (
            "Ctrl+Maj+Z, \u{2318}\u{21e7}Z, Ctrl+Y",
            "Rétablir la modification annulée",
        ),
        HelpLine::MoveFocus => (
            "Flèches",
            "Se déplacer dans le blueprint\u{a0}: en haut et en bas dans une cellule et ses couloirs, \
             à gauche et à droite d'une étape à l'autre",
        ),
        HelpLine::Activate => (
            "Entrée",
            "Ouvrir le point de contact sélectionné, ou en ajouter un avec le + sélectionné",
        ),
        HelpLine::Delete => (
            "Suppr",
            "Supprimer le point de contact sélectionné (Annuler le fait revenir)",
        ),
        HelpLine::MoveTouchpoint => (
            "Alt+flèches",
            "Déplacer le point de contact sélectionné dans la cellule voisine\u{a0}: à gauche et à \
             droite d'une étape à l'autre, en haut et en bas d'un couloir à l'autre",
        ),
        HelpLine::Close => (
            "Échap",
            "Fermer l'éditeur de point de contact, les options d'une étape ou cette liste",
        ),
        HelpLine::NextControl => ("Tab, Maj+Tab", "Aller au contrôle suivant ou précédent"),
        HelpLine::ShowView => ("1 à 7", "Afficher une vue\u{a0}: 1 Carte, 2 Valeur, 3 Mesures, 4 Parties prenantes, 5 Graphiques, 6 Réglages, 7 Versions"),
        HelpLine::ToggleHelp => ("?", "Afficher ou masquer cette liste"),
    }
    },
    undo: "Annuler",
    undo_hint: "Annuler la dernière modification (Ctrl+Z ou \u{2318}Z). L'historique dure \
                jusqu'à ce que vous ouvriez un autre parcours ou rechargiez la page.",
    redo: "Rétablir",
    redo_hint: "Refaire la modification annulée (Ctrl+Maj+Z, \u{2318}\u{21e7}Z ou Ctrl+Y)",
    // Offline and updates.
    new_version_ready: "Une nouvelle version de Sightline est prête. Votre parcours est \
                        enregistré.",
    reload_new_version: "Recharger",
    // Charts.
    charts: "Graphiques",
    download_svg: "Télécharger le SVG",
    // Starts with the button's visible text, so speech users can say what they see.
    download_chart: |title| format!("Télécharger le SVG de {title}"),
    download_blueprint: "Télécharger le blueprint en SVG",
    map_step: "Position à l'étape",
    download_failed: "Ce navigateur n'a pas laissé Sightline enregistrer le fichier. Réessayez, \
                      ou autorisez les téléchargements pour ce site.",
    figures_in: |unit| format!("Chiffres en {unit}"),
    // Moving touchpoints.
    move_hint: "Faites-le glisser vers une autre cellule ou sur un autre point de contact pour \
                l'y déplacer\u{a0}; Alt+flèches le déplacent dans la cellule voisine",
    // Steps and loops.
    new_step: "Nouvelle étape",
    step_options: "Options",
    step_options_of: |step| format!("Options de l'étape {step}"),
    step_stage: "Étape ITIL",
    move_left: "\u{25c0} Déplacer",
    move_right: "Déplacer \u{25b6}",
    move_step_left: |step| format!("Déplacer {step} d'une étape vers la gauche"),
    move_step_right: |step| format!("Déplacer {step} d'une étape vers la droite"),
    add_before: "+ Étape avant",
    add_after: "+ Étape après",
    add_step_before: |step| format!("Ajouter une étape avant {step}"),
    add_step_after: |step| format!("Ajouter une étape après {step}"),
    remove_step: "Retirer l'étape",
    remove_step_named: |step| format!("Retirer l'étape {step} et tout ce qu'elle contient"),
    step_removed: |step, touchpoints| match touchpoints {
        0 => format!("L'étape «\u{a0}{step}\u{a0}» a été retirée. Annuler la fait revenir."),
        1 => format!(
            "L'étape «\u{a0}{step}\u{a0}» et son point de contact ont été retirés. Annuler les \
             fait revenir."
        ),
        n => format!(
            "L'étape «\u{a0}{step}\u{a0}» et ses {n} points de contact ont été retirés. \
             Annuler les fait revenir."
        ),
    },
    add_loop: "+ Retour",
    add_loop_from: |step| format!("Ajouter un retour de {step} vers une étape antérieure"),
    loop_back_to: "Revient à",
    loop_reason: "Quand ou pourquoi",
    remove_loop: "Retirer le retour",
    loops_header: "Retours",
    loop_chip: |to, reason| {
        if reason.is_empty() {
            format!("\u{21a9} {to}")
        } else {
            format!("\u{21a9} {to}\u{a0}: {reason}")
        }
    },
    loop_description: |from, to, reason| {
        if reason.is_empty() {
            format!("Après {from}, le parcours peut revenir à {to}")
        } else {
            format!("Après {from}, le parcours peut revenir à {to}\u{a0}: {reason}")
        }
    },
    drag_step: "Faites glisser sur une autre étape pour mettre celle-ci à sa place",
    // Personas and touchpoint marks.
    personas: "Personas",
    personas_intro: "Les personnes derrière les parties prenantes, pour lire le parcours avec \
                     leurs yeux.",
    no_personas: "Aucun persona pour l'instant.",
    personas_need_stakeholder: "Ajoutez d'abord une partie prenante\u{a0}: chaque persona en \
                                représente une.",
    persona_for: "Partie prenante",
    add_persona: "Ajouter un persona",
    new_persona: "Nouveau persona",
    unnamed_persona: "Persona sans nom",
    persona_field: |field| match field {
        PersonaField::Stakeholder => "Partie prenante",
        PersonaField::Name => "Nom",
        PersonaField::Job => "Métier ou rôle",
        PersonaField::Goals => "Objectifs",
        PersonaField::Description => "Description",
    },
    persona_of: |name| format!("Persona {name}"),
    remove: "Retirer",
    remove_persona: |name| format!("Retirer le persona {name}"),
    personas_on_journey: "Personas de ce parcours",
    persona_strip_empty: "Aucun persona pour l'instant\u{a0}: ajoutez les personnes derrière vos \
                          parties prenantes dans le panneau Personas de la vue Parties prenantes.",
    edit_persona_hint: "Modifier ce persona",
    persona_stakeholder: |stakeholder, role| format!("{stakeholder} · {role}"),
    marks: "Marques",
    fail_point: "Point de défaillance",
    fail_point_hint: "Le service risque d'échouer ici.",
    fail_point_symbol: "D",
    moment_of_truth: "Moment de vérité",
    moment_of_truth_hint: "Le client se forge ici un jugement durable.",
    moment_of_truth_symbol: "★",
    leads_to_journey: "Mène au parcours",
    no_linked_journey: "Aucun",
    journey_not_in_library: "Parcours lié absent de cette bibliothèque",
    open_linked: "Ouvrir",
    open_linked_journey: |name| format!("Ouvrir {name}"),
    leads_to: |name| format!("Mène à {name}"),
    link_symbol: "↗",
    // KPIs, pain points and opportunities.
    kpis: "KPI",
    no_kpis: "Aucun KPI pour l'instant. Choisissez une étape et ce qu'il faut mesurer, puis \
              Ajouter un KPI.",
    measure: |measure| match measure {
        Measure::Csat => "CSAT",
        Measure::Ces => "CES",
        Measure::Nps => "NPS",
        Measure::Duration => "Durée",
        Measure::CostToServe => "Coût de service",
        Measure::Custom => "Personnalisé",
    },
    better: |better| match better {
        Better::Higher => "Plus haut, c'est mieux",
        Better::Lower => "Plus bas, c'est mieux",
    },
    kpi_status: |status| match status {
        KpiStatus::Unknown => "Pas encore mesuré",
        KpiStatus::Met => "Atteint",
        KpiStatus::Missed => "Manqué",
    },
    kpi_columns: ["Nom", "Mesure", "Sens", "Unité", "Cible", "Réel", "État"],
    kpi_field: |field, name, step| {
        let field = match field {
            KpiField::Name => "Nom",
            KpiField::Measure => "Mesure",
            KpiField::Direction => "Sens",
            KpiField::Unit => "Unité",
            KpiField::Target => "Cible",
            KpiField::Actual => "Réel",
            KpiField::Status => "État",
        };
        format!("{field} de {name} dans {step}")
    },
    new_kpi_step: "Étape",
    new_kpi_measure: "Mesure",
    add_kpi: "Ajouter un KPI",
    remove_kpi: |name, step| format!("Retirer {name} de {step}"),
    kpis_met: |met, total| {
        format!(
            "{met} KPI sur {total} {}",
            fr_word(met, ["atteint", "atteints"])
        )
    },
    kpi_missed: |name, actual, target| format!("{name} {actual}, cible {target}"),
    kpis_missed: |list| format!("Manqués\u{a0}: {list}"),
    with_unit: |figure, unit| {
        if unit.is_empty() {
            figure.to_owned()
        } else {
            // French sets every unit apart, the percent sign too.
            format!("{figure}\u{a0}{unit}")
        }
    },
    insights: "Points de douleur et opportunités",
    insight_kind: |kind| match kind {
        InsightKind::PainPoint => "Point de douleur",
        InsightKind::Opportunity => "Opportunité",
    },
    add_insight: |kind| match kind {
        InsightKind::PainPoint => "Ajouter un point de douleur",
        InsightKind::Opportunity => "Ajouter une opportunité",
    },
    insight_field: |field| match field {
        InsightField::Kind => "Type",
        InsightField::Description => "Description",
        InsightField::CustomerValue => "Valeur pour le client (1–5)",
        InsightField::BusinessValue => "Valeur pour l'entreprise (1–5)",
        InsightField::Effort => "Effort (1–5)",
    },
    insight_undescribed: "Pas encore décrit",
    remove_insight: |kind, text| format!("Retirer {kind} «\u{a0}{text}\u{a0}»"),
    priority_is: |quadrant| format!("Parmi\u{a0}: {}", quadrant.to_lowercase()),
    no_insights_here: "Rien de noté ici pour l'instant.",
    no_insights:
        "Aucun point de douleur ni opportunité pour l'instant\u{a0}: ajoutez-les à un point \
                  de contact dans son éditeur, ou à une étape ici.",
    insights_step: "Étape",
    pick_step_to_add: "Choisissez une étape pour y ajouter un point de douleur ou une \
                       opportunité.",
    on_step: |step| format!("{step} (toute l'étape)"),
    on_touchpoint: |step, touchpoint| format!("{step} \u{b7} {touchpoint}"),
    priorities: "Priorités",
    priority_quadrant: |quadrant| match quadrant {
        PriorityQuadrant::QuickWin => "Gains rapides",
        PriorityQuadrant::MajorProject => "Grands projets",
        PriorityQuadrant::FillIn => "Bouche-trous",
        PriorityQuadrant::MoneyPit => "Gouffres financiers",
    },
    priority_hint: |quadrant| match quadrant {
        PriorityQuadrant::QuickWin => "Forte valeur, faible effort\u{a0}: à faire d'abord.",
        PriorityQuadrant::MajorProject => "Forte valeur, fort effort\u{a0}: à planifier.",
        PriorityQuadrant::FillIn => "Faible valeur, faible effort\u{a0}: quand il y a le temps.",
        PriorityQuadrant::MoneyPit => "Faible valeur, fort effort\u{a0}: n'en vaut pas la peine.",
    },
    quadrant_empty: "Rien ici.",
    value_and_effort: |value, effort| format!("Valeur {value}, effort {effort}"),
    show_on_blueprint: "L'afficher sur le blueprint",
    card_insights: |pain_points, opportunities| {
        let pains = (pain_points > 0).then(|| {
            format!(
                "{pain_points} {}",
                fr_word(pain_points, ["point de douleur", "points de douleur"])
            )
        });
        let opportunities = (opportunities > 0).then(|| {
            format!(
                "{opportunities} {}",
                fr_word(opportunities, ["opportunité", "opportunités"])
            )
        });
        [pains, opportunities]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ")
    },
    card_insight_mark: |kind| match kind {
        InsightKind::PainPoint => "Douleur",
        InsightKind::Opportunity => "Opp.",
    },
    chart: ChartText {
        title: |kind| match kind {
            ChartKind::ValueAlongJourney => "Valeur le long du parcours",
            ChartKind::OutcomesCostsRisks => "Résultats, coûts et risques par étape",
            ChartKind::StakeholderMap => "Carte des parties prenantes",
            ChartKind::ExperienceCurve => "Courbe d'expérience",
            ChartKind::ImportanceEffort => "Importance par rapport à l'effort",
            ChartKind::ValueBalance => "Équilibre de la valeur",
            ChartKind::Blueprint => "Blueprint du parcours",
        },
        stage: |stage| match stage {
            Stage::Explore => "Explorer",
            Stage::Engage => "Engager",
            Stage::Offer => "Offrir",
            Stage::Agree => "Convenir",
            Stage::Onboard => "Intégrer",
            Stage::CoCreate => "Co-créer",
            Stage::Realize => "Réaliser",
        },
        side: |side| match side {
            Side::Consumer => "Consommateur",
            Side::Provider => "Fournisseur",
            Side::Other => "Autre",
        },
        lane: |lane| match lane {
            Lane::ConsumerHidden => "Activités cachées du consommateur",
            Lane::ConsumerActions => "Actions du consommateur",
            Lane::ProviderFrontstage => "Front-office du fournisseur",
            Lane::ProviderBackstage => "Back-office du fournisseur",
            Lane::SupportProcesses => "Processus de support",
        },
        line: |line| match line {
            Line::ConsumerVisibility => "Ligne de visibilité du consommateur",
            Line::Interaction => "Ligne d'interaction",
            Line::ProviderVisibility => "Ligne de visibilité du fournisseur",
            Line::InternalInteraction => "Ligne d'interaction interne",
        },
        zone_of_visibility: "Zone de visibilité",
        map_quadrant: |quadrant| match quadrant {
            MapQuadrant::ManageClosely => "Gérer de près",
            MapQuadrant::KeepSatisfied => "Garder satisfait",
            MapQuadrant::KeepInformed => "Tenir informé",
            MapQuadrant::Monitor => "Surveiller",
        },
        effort_quadrant: |quadrant| match quadrant {
            EffortQuadrant::MisdirectedEffort => "Effort mal placé",
            EffortQuadrant::Neglected => "Négligé",
            EffortQuadrant::WellInvested => "Bien investi",
            EffortQuadrant::KeptLean => "Maintenu léger",
        },
        steps_axis: "Étapes",
        cumulative_value_axis: |unit| {
            if unit.is_empty() {
                "Valeur cumulée (V)".to_owned()
            } else {
                format!("Valeur cumulée (V, {unit})")
            }
        },
        value_axis: |unit| {
            if unit.is_empty() {
                "Valeur".to_owned()
            } else {
                format!("Valeur ({unit})")
            }
        },
        unit_of_value: "Unité de valeur",
        influence_axis: "Influence (0–10)",
        interest_axis: "Intérêt (0–10)",
        emotion_axis: |min, max| format!("Émotion ({min} à {max})"),
        touchpoints_axis: "Points de contact dans l'ordre du parcours",
        importance_axis: "Importance pour le client (1–5)",
        effort_axis: "Effort du fournisseur (1–5)",
        outcome: "Résultats (réalisés)",
        unrealised: "Potentiel non réalisé",
        cost: "Coûts",
        risk: "Exposition au risque",
        net_value: "Valeur nette (V)",
        removes_value: "L'étape retire de la valeur",
        lowest_point: "Point le plus bas",
        emotion_lane: "Expérience",
        no_steps: "Le parcours n'a aucune étape.",
        no_stakeholders:
            "Aucune partie prenante pour l'instant\u{a0}: ajoutez-les dans le panneau \
                          Parties prenantes.",
        no_touchpoints:
            "Aucun point de contact pour l'instant\u{a0}: ajoutez-les sur le blueprint.",
        no_emotions: "Aucune émotion notée pour l'instant\u{a0}: notez ce que ressentent les \
                      participants à un point de contact.",
        no_values:
            "Aucun résultat, coût ni risque noté pour l'instant\u{a0}: ajoutez des effets sur \
                    la valeur à un point de contact.",
        more: |hidden| format!("et {hidden} de plus"),
        number: |value| decimal(value, ','),
        figure: |label, value| format!("{label}\u{a0}: {value}"),
    },
    workspace: WorkspaceText {
        views: "Vues du parcours",
        menu: "Menu",
        zoom: "Zoom",
        zoom_out: "Zoom arrière",
        zoom_in: "Zoom avant",
        zoom_reset: |percent| format!("{percent}\u{a0}% (revenir à 100\u{a0}%)"),
        loading: "Chargement…",
        missing: "Cette partie de Sightline n’a pas pu être chargée. Vérifiez la connexion et rouvrez-la ; votre parcours est en sécurité.",
        map: "Carte",
        value: "Valeur",
        measures: "Mesures",
        stakeholders: "Parties prenantes",
        charts: "Graphiques",
        settings: "Réglages",
        compare: "Versions",
    },
    experience: ExperienceText {
        lines: "Courbes",
        who: |stakeholder, personas| {
            if personas.is_empty() {
                stakeholder.to_owned()
            } else {
                format!("{stakeholder} ({personas})")
            }
        },
        point: |who, touchpoint, emotion| {
            format!("{who} à «\u{a0}{touchpoint}\u{a0}»\u{a0}: {emotion}")
        },
        lowest: |who, touchpoint, emotion| {
            format!("Point le plus bas\u{a0}: {who} à «\u{a0}{touchpoint}\u{a0}», {emotion}.")
        },
        trend: |who, trend, first, last| match trend {
            Trend::Rising => format!("{who}\u{a0}: monte de {first} à {last}."),
            Trend::Falling => format!("{who}\u{a0}: descend de {first} à {last}."),
            Trend::Level => format!("{who}\u{a0}: finit comme elle commence, à {last}."),
        },
    },
    picture: PictureText {
        picture: "Image de la carte",
        background: "Fond",
        light: "Blanc",
        dark: "Sombre",
        download_png: "Télécharger le PNG",
        copy_png: "Copier l'image",
        copied: "La carte est dans le presse-papiers en image\u{a0}: collez-la dans une diapositive ou un document.",
        copy_refused: "Ce navigateur ne laisse pas Sightline copier une image. Téléchargez plutôt le PNG.",
        failed: "Le navigateur n'a pas pu dessiner l'image de la carte. Rien n'a changé\u{a0}; réessayez, ou téléchargez le SVG depuis la vue Graphiques.",
        clamped: |percent| format!("La carte est trop grande pour une image au double de sa taille\u{a0}: elle a été dessinée à {percent}\u{a0}% de sa taille à l'écran."),
        not_png: "Ce fichier n'est pas une image PNG.",
        damaged: "Cette image PNG est tronquée ou abîmée\u{a0}: le parcours qu'elle contient ne peut pas être lu.",
        no_journey: "Cette image PNG ne contient aucun parcours. Seules les images exportées par Sightline (Télécharger le PNG) ramènent leur parcours.",
        too_large: "Le parcours de cette image est plus grand que ce que Sightline peut ouvrir.",
    },
    present: PresentText {
        print: "Imprimer / Enregistrer en PDF",
        present: "Présenter",
        presentation: "Présentation du parcours",
        step_of: |n, total| format!("Étape {n} sur {total}"),
        previous: "Précédente",
        next: "Suivante",
        leave: "Quitter (Échap)",
        touchpoints: "Points de contact",
        experience_so_far: "L'expérience jusqu'ici",
        summary: "Valeur du parcours",
        no_touchpoints: "Aucun point de contact dans cette étape.",
        value_pages: "Valeur et constats",
    },
    versions: VersionsText {
        heading: "Versions de ce parcours",
        hint: "Une version conserve le parcours tel qu'il est maintenant, pour le comparer plus tard ou y revenir. Sightline en conserve aussi une à la première modification de chaque jour et avant chaque restauration.",
        name_label: "Nom de la nouvelle version",
        name_placeholder: "Existant, atelier du 12 mai",
        save: "Enregistrer la version",
        saved: |name| format!("Version «\u{a0}{name}\u{a0}» enregistrée."),
        made_room: |count| match count {
            0 | 1 => "Pour faire de la place, la plus ancienne version automatique a été supprimée.".to_owned(),
            n => format!("Pour faire de la place, les {n} plus anciennes versions automatiques ont été supprimées."),
        },
        none: "Aucune version pour l'instant\u{a0}: enregistrez-en une avant une refonte, pour la comparer ensuite.",
        automatic: "Version automatique",
        kind: |kind| match kind {
            VersionKind::Named => "Nommée",
            VersionKind::BeforeImport => "Automatique, avant une importation",
            VersionKind::Daily => "Automatique, première modification du jour",
            VersionKind::BeforeRestore => "Automatique, avant une restauration",
        },
        saved_on: |when| format!("Enregistrée le {when}"),
        action: |action| match action {
            VersionAction::Compare => "Comparer",
            VersionAction::Restore => "Restaurer",
            VersionAction::Rename => "Renommer",
            VersionAction::Export => "Exporter",
            VersionAction::Delete => "Supprimer",
        },
        action_label: |action, name| match action {
            VersionAction::Compare => format!("Comparer «\u{a0}{name}\u{a0}» au parcours actuel"),
            VersionAction::Restore => format!("Restaurer «\u{a0}{name}\u{a0}»"),
            VersionAction::Rename => format!("Renommer «\u{a0}{name}\u{a0}»"),
            VersionAction::Export => format!("Exporter «\u{a0}{name}\u{a0}» dans un fichier"),
            VersionAction::Delete => format!("Supprimer «\u{a0}{name}\u{a0}»"),
        },
        confirm_delete: |name| format!("Supprimer la version «\u{a0}{name}\u{a0}» définitivement\u{a0}? C'est irréversible."),
        restored: |name| format!("Version «\u{a0}{name}\u{a0}» restaurée. Le parcours tel qu'il était est conservé comme version, et Annuler le rétablit."),
        gone: "Cette version n'existe plus\u{a0}: elle a été supprimée, peut-être dans un autre onglet.",
        unreadable: |reason| format!("Cette version est illisible\u{a0}: {reason}"),
        not_a_version: "Le texte conservé n'est pas une version Sightline.",
        newer_record: |version| format!("Elle a été conservée par une version plus récente de Sightline (enregistrement de version {version})."),
        download_text: "Télécharger son texte",
        no_room: "Il n'y a plus de place pour une autre version, même sans les versions automatiques. Rien n'a été modifié\u{a0}: exportez puis supprimez les versions inutiles, ou supprimez des parcours.",
        no_room_named: |name, when| format!("Il n'y a plus de place pour une autre version. Rien n'a été modifié. Supprimer la plus ancienne version nommée, «\u{a0}{name}\u{a0}» ({when}), pour faire de la place\u{a0}?"),
        delete_and_retry: "La supprimer et réessayer",
        restore_refused: "La version n'a pas été restaurée\u{a0}: il n'y a pas de place pour conserver d'abord le parcours tel qu'il est. Rien n'a été modifié.",
        shared: "Un parcours ouvert depuis un lien n'a pas de versions. Enregistrez-en une copie dans votre bibliothèque pour en conserver des versions.",
        start_to_be: "Démarrer le parcours cible",
        to_be_hint: "Une copie liée de ce parcours, à repenser\u{a0}: la comparaison des deux suit chaque étape et chaque point de contact par identifiant, malgré renommages et déplacements.",
        to_be_name_label: "Nom du parcours cible",
        to_be_name: |as_is| format!("{as_is} (cible)"),
        to_be_started: |to_be, as_is| format!("«\u{a0}{to_be}\u{a0}» est ouvert\u{a0}: c'est le parcours cible de «\u{a0}{as_is}\u{a0}». Comparez-les dans Versions."),
    },
    compare: CompareText {
        heading: "Comparer l'existant et la cible",
        hint: "Choisissez l'existant et la cible, chacun un parcours de la bibliothèque ou l'une de ses versions, et voyez ce que la refonte a changé à la valeur de chaque étape.",
        as_is: "Existant",
        to_be: "Cible",
        now: |journey| format!("{journey} (actuel)"),
        version: |name, when| format!("{name}, {when}"),
        by_id: "Appariement par identifiant\u{a0}: l'un a été démarré à partir de l'autre, les éléments renommés ou déplacés sont donc suivis.",
        by_name: "Appariement par nom et par place\u{a0}: les deux ont été faits séparément, un élément renommé apparaît donc comme supprimé puis ajouté.",
        units_differ: |as_is, to_be| format!("Les deux comptent la valeur dans des unités différentes ({as_is} et {to_be})\u{a0}: les écarts ci-dessous les mélangent."),
        no_unit: "sans unité",
        caption: "Valeur et fuite par étape, existant et cible",
        columns: ["Étape", "V existant", "V cible", "\u{394}V, écart de valeur", "\u{394}L, écart de fuite"],
        stakeholder: "Partie prenante",
        by_stakeholder: "Valeur et fuite par partie prenante, existant et cible",
        only_to_be: |name| format!("{name} (ajout)"),
        only_as_is: |name| format!("{name} (suppression)"),
        value_shift: |shift, size| match shift {
            Shift::Gain => format!("+{size}, gain"),
            Shift::Loss => format!("-{size}, perte"),
            Shift::Even => format!("{size}, inchangée"),
        },
        leakage_shift: |shift, size| match shift {
            Shift::Gain => format!("-{size}, moins de fuite"),
            Shift::Loss => format!("+{size}, plus de fuite"),
            Shift::Even => format!("{size}, inchangée"),
        },
        changes: "Ce qui a changé",
        change: |kind, subject| match kind {
            ChangeKind::StepAdded => format!("Étape ajoutée\u{a0}: {subject}"),
            ChangeKind::StepRemoved => format!("Étape supprimée\u{a0}: {subject}"),
            ChangeKind::StepRenamed => format!("Étape renommée\u{a0}: {subject}"),
            ChangeKind::StepRestaged => format!("Étape rattachée à une autre étape ITIL\u{a0}: {subject}"),
            ChangeKind::StepReordered => format!("Étape déplacée dans le parcours\u{a0}: {subject}"),
            ChangeKind::TouchpointAdded => format!("Point de contact ajouté\u{a0}: {subject}"),
            ChangeKind::TouchpointRemoved => format!("Point de contact supprimé\u{a0}: {subject}"),
            ChangeKind::TouchpointRenamed => format!("Point de contact renommé\u{a0}: {subject}"),
            ChangeKind::TouchpointMoved => format!("Point de contact déplacé vers une autre étape ou un autre couloir\u{a0}: {subject}"),
            ChangeKind::EffectsChanged => format!("Effets sur la valeur modifiés\u{a0}: {subject}"),
            ChangeKind::EmotionsChanged => format!("Émotions modifiées\u{a0}: {subject}"),
            ChangeKind::KpiAdded => format!("KPI ajouté\u{a0}: {subject}"),
            ChangeKind::KpiRemoved => format!("KPI supprimé\u{a0}: {subject}"),
            ChangeKind::KpiChanged => format!("KPI modifié\u{a0}: {subject}"),
            ChangeKind::InsightAdded => format!("Point de douleur ou opportunité ajouté\u{a0}: {subject}"),
            ChangeKind::InsightRemoved => format!("Point de douleur ou opportunité supprimé\u{a0}: {subject}"),
            ChangeKind::InsightChanged => format!("Point de douleur ou opportunité modifié\u{a0}: {subject}"),
        },
        quoted: |name| format!("«\u{a0}{name}\u{a0}»"),
        renamed: |was, now| format!("«\u{a0}{was}\u{a0}», désormais «\u{a0}{now}\u{a0}»"),
        unchanged: "Les deux sont identiques\u{a0}: rien n'a changé.",
        appeared: "Constats apparus",
        resolved: "Constats résolus",
        none: "Aucun.",
        cannot_open: |reason| format!("Ce côté ne peut pas être ouvert\u{a0}: {reason}"),
    },
};
