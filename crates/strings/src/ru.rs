//! Тексты на русском. The ITIL 4 vocabulary follows `glossary/ru.md`: "поставщик" and
//! "потребитель" услуг as the Russian seed says them, "заинтересованная сторона", "точка
//! контакта", "линия видимости", "утечка ценности". Counts take the one, few and many forms
//! of [`crate::plural::russian`].

use crate::number::decimal;
use crate::plural::ru_word;
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

/// The one, few and many forms of "touchpoint".
const TOUCHPOINTS: [&str; 3] = ["точка контакта", "точки контакта", "точек контакта"];

/// Where a problem is: the words [`Strings::problem`] puts the field's name in.
fn place(at: &Place) -> String {
    match at {
        Place::Settings => "настроек пути".to_owned(),
        Place::Stakeholder(id) => format!("заинтересованной стороны {}", id.0),
        Place::Touchpoint(id) => format!("точки контакта {}", id.0),
        Place::Effect(id, index) => format!("эффекта {} точки контакта {}", index + 1, id.0),
        Place::Emotion(id, stakeholder) => format!(
            "эмоции заинтересованной стороны {} в точке контакта {}",
            stakeholder.0, id.0
        ),
        Place::Step(id) => format!("этапа {}", id.0),
        Place::Persona(id) => format!("персоны {}", id.0),
        Place::Kpi(id) => format!("KPI {}", id.0),
        Place::Insight(id) => format!("болевой точки или возможности {}", id.0),
        Place::Loop(id) => format!("возврата {}", id.0),
    }
}

/// What was removed, as the subject of a refusal, in its gender: "Этот этап удалён".
fn removed(at: &Place) -> &'static str {
    match at {
        Place::Settings => "Эта настройка удалена",
        Place::Stakeholder(_) => "Эта заинтересованная сторона удалена",
        Place::Touchpoint(_) => "Эта точка контакта удалена",
        Place::Effect(..) => "Этот эффект для ценности удалён",
        Place::Emotion(..) => "Эта эмоция удалена",
        Place::Step(_) => "Этот этап удалён",
        Place::Persona(_) => "Эта персона удалена",
        Place::Kpi(_) => "Этот KPI удалён",
        Place::Insight(_) => "Эта болевая точка или возможность удалена",
        Place::Loop(_) => "Этот возврат удалён",
    }
}

/// An edit refused because what it names was removed first (a second click, say).
fn gone(at: &Place) -> String {
    format!("{}, поэтому ничего не изменилось.", removed(at))
}

/// An addition refused because another took its id just before; the item in the accusative.
fn taken(at: &Place) -> String {
    let what = match at {
        Place::Settings => "настройку",
        Place::Stakeholder(_) => "заинтересованную сторону",
        Place::Touchpoint(_) => "точку контакта",
        Place::Effect(..) => "эффект для ценности",
        Place::Emotion(..) => "эмоцию",
        Place::Step(_) => "этап",
        Place::Persona(_) => "персону",
        Place::Kpi(_) => "KPI",
        Place::Insight(_) => "болевую точку или возможность",
        Place::Loop(_) => "возврат",
    };
    format!(
        "Не удалось добавить {what}: другой элемент только что занял тот же идентификатор. \
         Попробуйте ещё раз."
    )
}

/// Where in a text something is.
fn at(at: &At) -> String {
    match at {
        At::Whole => String::new(),
        At::Text { line, column } => format!("строка {line}, столбец {column}: "),
        At::Element(path) => format!("{path}: "),
    }
}

/// The invariants a journey read from a file breaks: the first, and how many more.
fn unsound(problems: &[Problem]) -> String {
    match problems {
        [] => "путь противоречит сам себе".to_owned(),
        [only] => (RU.problem)(only),
        [first, rest @ ..] => format!(
            "{} (и ещё {} {})",
            (RU.problem)(first),
            rest.len(),
            ru_word(rest.len(), ["проблема", "проблемы", "проблем"])
        ),
    }
}

/// Why a CSV, mermaid or CJML text could not be read, with where.
fn import_error(error: &ImportError) -> String {
    let what = match &error.kind {
        ImportErrorKind::TooLarge => format!(
            "файл больше {} МиБ, которые читает Sightline",
            MAX_IMPORT_BYTES >> 20
        ),
        ImportErrorKind::NotText => "это не текст в UTF-8".to_owned(),
        ImportErrorKind::Empty => "здесь нечего читать".to_owned(),
        ImportErrorKind::WrongKind => "это не тот вид файла, о котором говорит его имя".to_owned(),
        ImportErrorKind::MissingColumn(column) => {
            format!("в заголовке нет столбца «{column}»")
        }
        ImportErrorKind::UnclosedQuote => "эта кавычка нигде не закрыта".to_owned(),
        ImportErrorKind::StrayQuote => {
            "кавычка здесь должна открывать ячейку или быть удвоенной".to_owned()
        }
        ImportErrorKind::BadValue { field, value } => {
            format!("«{value}» — недопустимое значение поля {field}")
        }
        ImportErrorKind::Missing(field) => format!("нет «{field}»"),
        ImportErrorKind::TaskOutsideSection => {
            "задача должна идти после раздела, который и есть её этап".to_owned()
        }
        ImportErrorKind::UnknownStatement => {
            "эта строка не заголовок, не раздел и не задача (название: оценка: участники)"
                .to_owned()
        }
        ImportErrorKind::UnknownReference { field, id } => {
            format!("«{field}» ссылается на «{id}», которого нет")
        }
        ImportErrorKind::DuplicateId(id) => format!("идентификатор «{id}» использован дважды"),
        ImportErrorKind::Xml(message) => format!("XML составлен неверно ({message})"),
        ImportErrorKind::Unsound(problems) => unsound(problems),
    };
    format!("{}{what}", at(&error.at))
}

/// What a reader passed over.
fn ignored(ignored: &Ignored) -> String {
    let what = match &ignored.what {
        IgnoredKind::UnknownColumn(name) => format!("столбец «{name}»"),
        IgnoredKind::ScoreWithoutActors => "оценка без участника, который бы её ощутил".to_owned(),
        IgnoredKind::Statement(name) => format!("инструкция {name}"),
        IgnoredKind::Element(name) => format!("{name}: этому нет места в пути клиента"),
        IgnoredKind::OtherJourney => "второй путь (читается только первый)".to_owned(),
    };
    format!("{}{what}", at(&ignored.at))
}

/// What a format could not hold, with how many (in brackets).
fn lost(feature: Feature, count: usize) -> String {
    let what = match feature {
        Feature::EmptySteps => "этапы без точек контакта",
        Feature::Lanes => "дорожки точек контакта",
        Feature::Channels => "каналы точек контакта",
        Feature::Elements => "элементы результата",
        Feature::Scores => "оценки важности и усилий",
        Feature::Initiators => "инициаторы",
        Feature::Emotions => "эмоции",
        Feature::Effects => "эффекты для ценности",
        Feature::Roles => "роли заинтересованных сторон",
        Feature::Sides => "стороны заинтересованных сторон",
        Feature::StakeholderDetails => "положение и веса заинтересованных сторон",
        Feature::AbsentStakeholders => "заинтересованные стороны вне всех точек контакта",
        Feature::Settings => "настройки ценности",
        Feature::Flags => "точки отказа, моменты истины и ссылки на пути",
        Feature::Personas => "персоны",
        Feature::Kpis => "KPI",
        Feature::Insights => "болевые точки и возможности",
        Feature::Loops => "возвраты",
        Feature::Names => "названия с символами, которых нет в формате (изменены)",
    };
    format!("{what} ({count})")
}

/// The Russian table.
pub static RU: Strings = Strings {
    language: Language::Ru,
    language_picker: "Язык",
    language_missing: |language| {
        format!("Не удалось загрузить язык «{language}», Sightline остаётся на русском. Проверьте подключение и выберите язык снова; ваш путь сохранён.")
    },
    app_name: "Sightline",
    sample: &crate::journeys::ru::SAMPLE,
    incident: &crate::journeys::ru::INCIDENT,
    saas: &crate::journeys::ru::SAAS,
    channel_name: |channel| match channel {
        Channel::InPerson => "Лично",
        Channel::Phone => "Телефон",
        Channel::Email => "Эл. почта",
        Channel::Web => "Веб",
        Channel::App => "Приложение",
        Channel::Document => "Документ",
        Channel::Other => "Другое",
    },
    blueprint: "Blueprint пути клиента",
    lanes_header: "Дорожки",
    new_touchpoint: "Новая точка контакта",
    add_symbol: "+",
    add_touchpoint_to: |step, lane| format!("Добавить точку контакта: {step}, {lane}"),
    step_name_of: |stage| format!("Название этапа «{stage}»"),
    step_summary: |touchpoints, in_zone| match touchpoints {
        0 => "Нет точек контакта".to_owned(),
        n => format!("{n} {}, в зоне: {in_zone}", ru_word(n, TOUCHPOINTS)),
    },
    touchpoint_editor: "Точка контакта",
    name: "Название",
    channel: "Канал",
    lane: "Дорожка",
    delete_touchpoint: "Удалить точку контакта",
    done: "Готово",
    dismiss: "Скрыть",
    notices: "Сообщения",
    saved_journey_unreadable: |reason, kept_under| {
        format!(
            "Сохранённый путь не удалось прочитать: {reason}. Ничего не потеряно: его \
             текст отложен в хранилище этого браузера под ключом «{kept_under}», и его можно \
             скачать из библиотеки."
        )
    },
    saved_journey_unreadable_not_kept: |reason| {
        format!(
            "Сохранённый путь не удалось прочитать: {reason}. Отложить его тоже не \
             удалось, поэтому Sightline не будет его перезаписывать: изменения в этой вкладке \
             не сохраняются."
        )
    },
    storage_full: "Хранилище этого браузера заполнено, поэтому последнее изменение не \
                   сохранено. Предыдущее сохранение цело. Освободите место и внесите правку \
                   ещё раз, чтобы сохранить.",
    storage_unavailable: "Этот браузер не даёт Sightline пользоваться хранилищем, поэтому \
                          изменения не сохраняются. Проверьте, разрешены ли данные сайтов.",
    load_error: |error| match error {
        LoadError::NotJson { line, column } => {
            format!("текст повреждён (строка {line}, столбец {column})")
        }
        LoadError::NotAJourney => "это не путь клиента Sightline".to_owned(),
        LoadError::NewerVersion(version) => {
            format!("он сохранён более новой версией Sightline (формат {version}); обновите эту")
        }
        LoadError::BadField { path } => {
            format!("поле «{path}» отсутствует или неверно")
        }
        LoadError::Unsound(problems) => unsound(problems),
    },
    role_name: |role| match role {
        Role::Sponsor => "Спонсор",
        Role::Customer => "Заказчик",
        Role::User => "Пользователь",
        Role::Provider => "Поставщик услуг",
        Role::ProviderEmployee => "Сотрудник поставщика",
        Role::Partner => "Партнёр или подрядчик",
        Role::Shareholder => "Акционер",
        Role::Regulator => "Регулятор",
        Role::Society => "Общество и сообщество",
        Role::Charity => "Благотворительный фонд",
        Role::Other => "Другое",
    },
    side_total: |side| match side {
        Side::Consumer => "Сторона потребителя",
        Side::Provider => "Сторона поставщика",
        Side::Other => "Прочие",
    },
    relationship_name: |relationship| match relationship {
        Relationship::Basic => "Базовые",
        Relationship::Cooperative => "Кооперативные",
        Relationship::Partnership => "Партнёрство",
    },
    aspect_name: |aspect| match aspect {
        Aspect::Outcome => "Результат",
        Aspect::Cost => "Затраты",
        Aspect::Risk => "Риск",
    },
    element_name: |element| match element {
        ElementKind::Process => "Элемент процесса",
        ElementKind::Outcome => "Элемент результата",
    },
    finding_title: |kind| match kind {
        FindingKind::RemovesValue => "Этап отнимает ценность",
        FindingKind::UnrealisedPotential => "Нереализованный потенциал",
        FindingKind::OneSidedBenefit => "Односторонняя выгода",
        FindingKind::NoInteraction => "Нет взаимодействия",
        FindingKind::RealizeWithoutOutcome => "Ценность не отслеживается",
        FindingKind::NarrowZone => "Узкая зона видимости",
    },
    explain_finding: |kind, step, who, amount| match kind {
        FindingKind::RemovesValue => format!(
            "Этап «{step}» отнимает больше ценности, чем добавляет (V = {amount}). Каждый этап \
             должен добавлять заинтересованным сторонам больше ценности, чем отнимает, здесь \
             или на следующем этапе."
        ),
        FindingKind::UnrealisedPotential => format!(
            "На этапе «{step}» {who} оставляет нереализованной потенциальную ценность {amount}: \
             ценность утекает."
        ),
        FindingKind::OneSidedBenefit => format!(
            "На этапе «{step}» выгода достаётся стороне «{who}» (на {amount} больше, чем \
             другой). Не бывает партнёрства, в котором вся выгода достаётся одной стороне."
        ),
        FindingKind::NoInteraction => format!(
            "На этапе «{step}» нет ни одной точки контакта в зоне видимости (действий вне \
             поля зрения: {amount}). Без взаимодействия нет услуги."
        ),
        FindingKind::RealizeWithoutOutcome => format!(
            "Этап «{step}» не отслеживает ни одного результата, поэтому ценность не \
             отслеживается и не реализуется (V = {amount})."
        ),
        FindingKind::NarrowZone => format!(
            "Это партнёрство держит в зоне видимости лишь {amount} своих действий; меньше \
             всего на этапе «{step}». Партнёрству нужна глубокая взаимная видимость."
        ),
    },
    show_step: |step| format!("Показать «{step}»"),
    findings: "Выводы",
    no_findings: "Выводов нет: каждый этап добавляет ценность, ничего не утекает, и обе \
                  стороны получают выгоду.",
    value: "Ценность",
    value_scope: "Показатели для",
    whole_journey: "Весь путь",
    figure_columns: [
        "Заинтересованная сторона",
        "Результаты (O)",
        "Потенциал (P)",
        "Затраты (C)",
        "Риски (R)",
        "Ценность (V)",
        "Утечка (L)",
    ],
    total: "Итого",
    step_value: |value| format!("V {value}"),
    stakeholders: "Заинтересованные стороны",
    add_stakeholder: "Добавить заинтересованную сторону",
    new_stakeholder: "Новая заинтересованная сторона",
    remove_stakeholder: |name| format!("Удалить «{name}»"),
    stakeholder_columns: [
        "Название",
        "Роль",
        "Сторона",
        "Влияние (0–10)",
        "Интерес (0–10)",
        "Вес результатов",
        "Вес затрат",
        "Вес рисков",
        "На карте",
    ],
    stakeholder_field: |field, name| {
        let field = match field {
            StakeholderField::Name => "Название",
            StakeholderField::Role => "Роль",
            StakeholderField::Side => "Сторона",
            StakeholderField::Influence => "Влияние",
            StakeholderField::Interest => "Интерес",
            StakeholderField::OutcomeWeight => "Вес результатов",
            StakeholderField::CostWeight => "Вес затрат",
            StakeholderField::RiskWeight => "Вес рисков",
        };
        format!("{field}: {name}")
    },
    settings: "Настройки ценности",
    setting: |field| match field {
        SettingField::Relationship => "Тип отношений",
        SettingField::MoneyRate => "Ценность единицы денег",
        SettingField::TimeRate => "Ценность единицы времени",
        SettingField::ResourcesRate => "Ценность единицы ресурсов",
        SettingField::EmotionMin => "Низшая эмоция",
        SettingField::EmotionMax => "Высшая эмоция",
        SettingField::UnrealisedShare => "Нереализованная доля, считающаяся утечкой (0–1)",
        SettingField::OneSidedShare => "Доля ценности, считающаяся односторонней (0,5–1)",
        SettingField::NarrowZoneShare => "Доля в зоне, ниже которой партнёрство узкое (0–1)",
    },
    participants: "Участвуют",
    initiator: "Инициатор",
    not_recorded: "Не указан",
    element: "Элемент",
    importance: "Важность для клиента (1–5)",
    effort: "Усилия поставщика (1–5)",
    effort_quadrant_is: |quadrant| format!("Важность и усилия: {quadrant}"),
    emotion_of: |name, min, max| format!("Эмоция: {name} (от {min} до {max})"),
    effects: "Эффекты для ценности",
    add_effect: "Добавить эффект",
    remove_effect: |n| format!("Удалить эффект {n}"),
    effect_for: "Для",
    aspect: "Аспект",
    amount: |amount| match amount {
        Amount::Potential => "Потенциал",
        Amount::Realised => "Реализовано",
        Amount::Money => "Деньги",
        Amount::Time => "Время",
        Amount::Resources => "Ресурсы",
        Amount::Probability => "Вероятность (0–1)",
        Amount::Impact => "Воздействие",
    },
    not_a_number: "Введите число.",
    whole_number: "Введите целое число.",
    percent: |share| format!("{:.0}\u{a0}%", share * 100.0),
    edit_refused: |error| match error {
        EditError::Invalid(problems) => problems
            .first()
            .map(|p| (RU.problem)(p))
            .unwrap_or_default(),
        EditError::LastStep => "В пути клиента должен быть хотя бы один этап.".to_owned(),
        EditError::NoSuchStep(id) => gone(&Place::Step(*id)),
        EditError::NoSuchTouchpoint(id) => gone(&Place::Touchpoint(*id)),
        EditError::NoSuchStakeholder(id) => gone(&Place::Stakeholder(*id)),
        EditError::NoSuchEffect(_, index) => format!(
            "Эффект {} этой точки контакта удалён, поэтому ничего не изменилось.",
            index + 1
        ),
        EditError::NoSuchItem(at) => gone(at),
        EditError::DuplicateStep(id) => taken(&Place::Step(*id)),
        EditError::DuplicateTouchpoint(id) => taken(&Place::Touchpoint(*id)),
        EditError::DuplicateStakeholder(id) => taken(&Place::Stakeholder(*id)),
        EditError::DuplicateItem(at) => taken(at),
        EditError::NotInCell(_) => "Точки контакта, рядом с которой её отпустили, больше нет в \
                                    этой ячейке, поэтому ничего не сдвинулось."
            .to_owned(),
        EditError::BeforeItself(_) => "Этап нельзя поставить перед самим собой.".to_owned(),
    },
    field_name: |field| match field {
        FieldName::RatesMoney => "ценность единицы денег",
        FieldName::RatesTime => "ценность единицы времени",
        FieldName::RatesResources => "ценность единицы ресурсов",
        FieldName::EmotionScaleMin => "низшая эмоция",
        FieldName::EmotionScaleMax => "высшая эмоция",
        FieldName::UnrealisedShare => "нереализованная доля, считающаяся утечкой",
        FieldName::OneSidedShare => "доля ценности, считающаяся односторонней",
        FieldName::NarrowZoneShare => "доля в зоне, ниже которой партнёрство узкое",
        FieldName::Influence => "влияние",
        FieldName::Interest => "интерес",
        FieldName::StandingInfluence => "влияние на этапе",
        FieldName::StandingInterest => "интерес на этапе",
        FieldName::OutcomeWeight => "вес результатов",
        FieldName::CostWeight => "вес затрат",
        FieldName::RiskWeight => "вес рисков",
        FieldName::Importance => "важность для клиента",
        FieldName::Effort => "усилия",
        FieldName::Emotions => "эмоции",
        FieldName::Effects => "эффекты для ценности",
        FieldName::Participants => "участники",
        FieldName::Initiator => "инициатор",
        FieldName::EmotionValue => "эмоция",
        FieldName::Potential => "потенциал",
        FieldName::Realised => "реализовано",
        FieldName::Money => "деньги",
        FieldName::Time => "время",
        FieldName::Resources => "ресурсы",
        FieldName::Probability => "вероятность",
        FieldName::Impact => "воздействие",
        FieldName::Stakeholder => "заинтересованная сторона",
        FieldName::Step => "этап",
        FieldName::Target => "цель",
        FieldName::Actual => "факт",
        FieldName::Unit => "единица",
        FieldName::On => "где отмечено",
        FieldName::CustomerValue => "ценность для клиента",
        FieldName::BusinessValue => "ценность для бизнеса",
        FieldName::From => "откуда",
        FieldName::To => "куда",
    },
    problem: |problem| match problem {
        Problem::NoSteps => "в пути нет этапов".to_owned(),
        Problem::TouchpointInMissingStep { touchpoint, step } => format!(
            "точка контакта {} находится на этапе {}, которого нет",
            touchpoint.0, step.0
        ),
        Problem::DuplicateStep(id) => format!("у двух этапов один идентификатор {}", id.0),
        Problem::DuplicateTouchpoint(id) => {
            format!("у двух точек контакта один идентификатор {}", id.0)
        }
        Problem::DuplicateStakeholder(id) => {
            format!("у двух заинтересованных сторон один идентификатор {}", id.0)
        }
        Problem::MissingStakeholder {
            touchpoint,
            field,
            stakeholder,
        } => {
            let field = (RU.field_name)(*field);
            format!(
                "«{field}» точки контакта {} называет заинтересованную сторону {}, которой нет",
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
            let field = (RU.field_name)(*field);
            let place = place(at);
            let (value, min, max) = (decimal(*value, ','), decimal(*min, ','), *max);
            let allowed = if max.is_finite() {
                format!("от {min} до {}", decimal(max, ','))
            } else {
                format!("не меньше {min}")
            };
            format!("«{field}» {place} равно {value}, а должно быть {allowed}")
        }
        Problem::RealisedAbovePotential { touchpoint, effect } => format!(
            "эффект {} точки контакта {} реализует больше своего потенциала",
            effect + 1,
            touchpoint.0
        ),
        Problem::EmotionScaleInverted => "минимум шкалы эмоций не меньше её максимума".to_owned(),
        Problem::ValueUnitTooLong { chars } => format!(
            "в единице ценности {chars} {}, а можно не больше {MAX_VALUE_UNIT_CHARS}",
            ru_word(*chars, ["символ", "символа", "символов"])
        ),
        Problem::ValueUnitControlCharacter => {
            "единица ценности должна умещаться в одну строку, без табуляций".to_owned()
        }
        Problem::DuplicateItem(at) => format!("идентификатор {} использован дважды", place(at)),
        Problem::MissingReference { at, field } => {
            let field = (RU.field_name)(*field);
            format!("«{field}» {} ссылается на то, чего в пути нет", place(at))
        }
        Problem::BadLabel { at, field } => {
            let field = (RU.field_name)(*field);
            format!(
            "«{field}» {} должно умещаться в одну строку, не длиннее {MAX_LABEL_CHARS} символов",
            place(at)
        )
        }
        Problem::BadJourneyLink(id) => format!(
            "точка контакта {} ведёт к тому, что не является путём из библиотеки",
            id.0
        ),
    },
    // Library, share links and files.
    journey_gone: "Этого пути больше нет в библиотеке; возможно, его удалили в другой \
                   вкладке.",
    changed_elsewhere_retry: "Этот путь в тот же момент изменили в другой вкладке. \
                              Ничего не потеряно; попробуйте ещё раз.",
    copy_name: |name, n| {
        if n <= 2 {
            format!("{name} (копия)")
        } else {
            format!("{name} (копия {})", n - 1)
        }
    },
    this_tab_version_name: |name, n| {
        if n <= 2 {
            format!("{name} (эта вкладка)")
        } else {
            format!("{name} (эта вкладка {})", n - 1)
        }
    },
    kept_both_versions: |ours, theirs| {
        format!(
            "Этот путь изменили и в другой вкладке. Сохранены обе версии: ваша теперь \
             называется «{ours}» и остаётся открытой; другая — «{theirs}» в библиотеке."
        )
    },
    deleted_in_other_tab: "Этот путь удалили в другой вкладке. Здесь он остаётся \
                           открытым, и следующее изменение сохранит его снова.",
    updated_from_other_tab: "Этот путь изменили в другой вкладке; теперь вы видите ту \
                             версию.",
    other_tab_unreadable: |reason| {
        format!(
            "Другая вкладка сохранила этот путь в виде, который эта вкладка прочитать не \
             может ({reason}), поэтому здесь он больше не сохраняется, чтобы не потерять ту \
             версию. Перезагрузите страницу, чтобы продолжить."
        )
    },
    untitled_journey: "Путь без названия",
    journey_name: "Название пути",
    library: "Мои пути клиента",
    journey_actions: "Путь клиента",
    start_from_template: "Начать новый путь",
    template: |template| match template {
        Template::Blank => "Новый пустой путь",
        Template::B2bServicePurchase => "Новый: B2B-покупка услуги",
        Template::IncidentResolution => "Новый: решение инцидента по ITIL",
        Template::SaasOnboarding => "Новый: подключение к SaaS",
    },
    last_changed: |when| format!("Изменено {when}"),
    never_changed: "Время изменения неизвестно",
    library_action: |action, name| {
        let verb = (RU.library_action_label)(action);
        format!("{verb} «{name}»")
    },
    library_action_label: |action| match action {
        LibraryAction::Open => "Открыть",
        LibraryAction::Rename => "Переименовать",
        LibraryAction::Duplicate => "Дублировать",
        LibraryAction::Delete => "Удалить",
    },
    new_name_of: |name| format!("Новое название для «{name}»"),
    save_name: "Сохранить название",
    cancel: "Отмена",
    confirm_delete: |name| format!("Удалить «{name}» навсегда? Это нельзя отменить."),
    delete_for_good: "Удалить навсегда",
    recovered_heading: "Отложено, потому что не читается",
    recovered_item: |key, characters| {
        format!(
            "{key} ({characters} {})",
            ru_word(characters, ["символ", "символа", "символов"])
        )
    },
    download: "Скачать",
    discard: "Выбросить",
    copy_link: "Копировать ссылку",
    link_copied: "Ссылка в буфере обмена. В ней весь путь: кто её откроет, увидит эту \
                  версию, и ничего не отправляется на сервер.",
    link_to_copy: "Ссылка на этот путь (скопируйте её)",
    link_too_large: "Этот путь слишком велик для ссылки. Экспортируйте его в файл.",
    shared_banner: "Вы смотрите путь клиента, которым поделились по ссылке. Здесь он только для \
                    чтения и не сохраняется, пока вы не сохраните копию.",
    save_copy: "Сохранить копию в мою библиотеку",
    saved_copy: |name| format!("«{name}» теперь в вашей библиотеке."),
    export_journey: "Экспорт файла",
    export_touchpoints: "Экспорт точек контакта (CSV)",
    export_mermaid: "Экспорт диаграммы mermaid",
    export_cjml: "Экспорт в CJML",
    exported_leaving_out: |file, lost| {
        format!("«{file}» вмещает не всё, поэтому в нём нет: {lost}.")
    },
    import_journey: "Импорт файла (путь, точки контакта CSV, mermaid, CJML)",
    imported: |name| format!("«{name}» импортирован в вашу библиотеку."),
    imported_leaving_out: |name, left_out| {
        format!(
            "«{name}» импортирован в вашу библиотеку без того, чего путь клиента не принимает: \
             {left_out}."
        )
    },
    import_error,
    ignored,
    lost,
    paste_diagram: "Вставьте диаграмму пути mermaid",
    import_diagram: "Импорт диаграммы",
    pasted_diagram: "вставленная диаграмма",
    import_failed: |file, reason| {
        format!("Не удалось импортировать «{file}»: {reason}. Ничего не изменено.")
    },
    file_too_large: "файл больше любого пути, который может хранить этот браузер",
    file_unreadable: "браузер не смог прочитать файл",
    link_error: |error| match error {
        LinkError::TooLarge => "Эта ссылка больше, чем открывает Sightline, поэтому её \
                                путь нельзя показать. Ваша библиотека не изменилась."
            .to_owned(),
        LinkError::NewerVersion(version) => format!(
            "Эта ссылка создана более новой версией Sightline (формат ссылки {version}); \
             обновите эту, чтобы открыть её. Ваша библиотека не изменилась."
        ),
        LinkError::Damaged | LinkError::Unsound(_) => {
            "Эта ссылка повреждена или неполна, поэтому её путь нельзя показать. Ваша \
             библиотека не изменилась."
                .to_owned()
        }
    },
    close: "Закрыть",
    shortcuts_button: "Клавиши",
    shortcuts_title: "Сочетания клавиш",
    shortcut_line: |line| {
        match line {
        HelpLine::Undo => ("Ctrl+Z, \u{2318}Z", "Отменить последнее изменение"),
        HelpLine::Redo => (
            "Ctrl+Shift+Z, \u{2318}\u{21e7}Z, Ctrl+Y",
            "Повторить отменённое изменение",
        ),
        HelpLine::MoveFocus => (
            "Стрелки",
            "Перемещаться по blueprint: вверх и вниз по ячейке и её дорожкам, влево и вправо \
             по этапам",
        ),
        HelpLine::Activate => (
            "Enter",
            "Открыть выбранную точку контакта или добавить новую выбранной кнопкой +",
        ),
        HelpLine::Delete => (
            "Delete",
            "Удалить выбранную точку контакта (отмена вернёт её)",
        ),
        HelpLine::MoveTouchpoint => (
            "Alt+стрелки",
            "Переместить выбранную точку контакта в соседнюю ячейку: влево и вправо по этапам, \
             вверх и вниз по дорожкам",
        ),
        HelpLine::Close => (
            "Escape",
            "Закрыть редактор точки контакта, параметры этапа или этот список",
        ),
        HelpLine::NextControl => (
            "Tab, Shift+Tab",
            "Перейти к следующему или предыдущему элементу управления",
        ),
        HelpLine::ShowView => ("1–7", "Открыть раздел: 1 Карта, 2 Ценность, 3 Показатели, 4 Заинтересованные стороны, 5 Диаграммы, 6 Настройки, 7 Версии"),
        HelpLine::ToggleHelp => ("?", "Показать или скрыть этот список"),
    }
    },
    undo: "Отменить",
    undo_hint: "Отменить последнее изменение (Ctrl+Z или \u{2318}Z). История хранится, пока \
                вы не откроете другой путь или не перезагрузите страницу.",
    redo: "Повторить",
    redo_hint: "Повторить отменённое изменение (Ctrl+Shift+Z, \u{2318}\u{21e7}Z или Ctrl+Y)",
    // Offline and updates.
    new_version_ready: "Новая версия Sightline готова. Ваш путь сохранён.",
    reload_new_version: "Перезагрузить",
    // Charts.
    charts: "Диаграммы",
    download_svg: "Скачать SVG",
    // Starts with the button's visible text, so speech users can say what they see.
    download_chart: |title| format!("Скачать SVG: {title}"),
    download_blueprint: "Скачать blueprint в SVG",
    map_step: "Положение на этапе",
    download_failed: "Этот браузер не дал Sightline сохранить файл. Попробуйте ещё раз или \
                      разрешите загрузки для этого сайта.",
    figures_in: |unit| format!("Показатели в единицах: {unit}"),
    // Moving touchpoints.
    move_hint: "Перетащите её в другую ячейку или на другую точку контакта, чтобы переместить; \
                Alt+стрелки перемещают её в соседнюю ячейку",
    // Steps and loops.
    new_step: "Новый этап",
    step_options: "Параметры",
    step_options_of: |step| format!("Параметры этапа «{step}»"),
    step_stage: "Этап ITIL",
    move_left: "\u{25c0} Сдвинуть",
    move_right: "Сдвинуть \u{25b6}",
    move_step_left: |step| format!("Сдвинуть «{step}» на один этап влево"),
    move_step_right: |step| format!("Сдвинуть «{step}» на один этап вправо"),
    add_before: "+ Этап до",
    add_after: "+ Этап после",
    add_step_before: |step| format!("Добавить этап перед «{step}»"),
    add_step_after: |step| format!("Добавить этап после «{step}»"),
    remove_step: "Удалить этап",
    remove_step_named: |step| format!("Удалить этап «{step}» и всё, что в нём"),
    step_removed: |step, touchpoints| match touchpoints {
        0 => format!("Этап «{step}» удалён. Отмена вернёт его."),
        n => format!(
            "Этап «{step}» удалён вместе с {n} {}. Отмена вернёт всё.",
            // The instrumental case: с 1 точкой, с 3 точками, с 5 точками.
            ru_word(
                n,
                ["точкой контакта", "точками контакта", "точками контакта"]
            )
        ),
    },
    add_loop: "+ Возврат",
    add_loop_from: |step| format!("Добавить возврат от «{step}» к более раннему этапу"),
    loop_back_to: "Возвращается к",
    loop_reason: "Когда или почему",
    remove_loop: "Удалить возврат",
    loops_header: "Возвраты",
    loop_chip: |to, reason| {
        if reason.is_empty() {
            format!("\u{21a9} {to}")
        } else {
            format!("\u{21a9} {to}: {reason}")
        }
    },
    loop_description: |from, to, reason| {
        if reason.is_empty() {
            format!("После этапа «{from}» путь может вернуться к «{to}»")
        } else {
            format!("После этапа «{from}» путь может вернуться к «{to}»: {reason}")
        }
    },
    drag_step: "Перетащите на другой этап, чтобы поставить этот этап на его место",
    // Personas and touchpoint marks.
    personas: "Персоны",
    personas_intro: "Люди за заинтересованными сторонами, чтобы смотреть на путь их \
                     глазами.",
    no_personas: "Персон пока нет.",
    personas_need_stakeholder: "Сначала добавьте заинтересованную сторону: каждая персона \
                                представляет одну из них.",
    persona_for: "Заинтересованная сторона",
    add_persona: "Добавить персону",
    new_persona: "Новая персона",
    unnamed_persona: "Персона без имени",
    persona_field: |field| match field {
        PersonaField::Stakeholder => "Заинтересованная сторона",
        PersonaField::Name => "Имя",
        PersonaField::Job => "Должность или роль",
        PersonaField::Goals => "Цели",
        PersonaField::Description => "Описание",
    },
    persona_of: |name| format!("Персона {name}"),
    remove: "Удалить",
    remove_persona: |name| format!("Удалить персону {name}"),
    personas_on_journey: "Персоны этого пути",
    persona_strip_empty: "Персон пока нет: добавьте людей за вашими заинтересованными сторонами \
                          в панели «Персоны» раздела «Заинтересованные стороны».",
    edit_persona_hint: "Изменить эту персону",
    persona_stakeholder: |stakeholder, role| format!("{stakeholder} · {role}"),
    marks: "Отметки",
    fail_point: "Точка отказа",
    fail_point_hint: "Здесь услуга, скорее всего, даст сбой.",
    fail_point_symbol: "О",
    moment_of_truth: "Момент истины",
    moment_of_truth_hint: "Здесь клиент составляет стойкое мнение.",
    moment_of_truth_symbol: "★",
    leads_to_journey: "Ведёт к пути",
    no_linked_journey: "Нет",
    journey_not_in_library: "Связанного пути нет в этой библиотеке",
    open_linked: "Открыть",
    open_linked_journey: |name| format!("Открыть «{name}»"),
    leads_to: |name| format!("Ведёт к «{name}»"),
    link_symbol: "↗",
    // KPIs, pain points and opportunities.
    kpis: "KPI",
    no_kpis: "KPI пока нет. Выберите этап и что измерять, затем «Добавить KPI».",
    measure: |measure| match measure {
        Measure::Csat => "CSAT",
        Measure::Ces => "CES",
        Measure::Nps => "NPS",
        Measure::Duration => "Длительность",
        Measure::CostToServe => "Стоимость обслуживания",
        Measure::Custom => "Свой",
    },
    better: |better| match better {
        Better::Higher => "Чем выше, тем лучше",
        Better::Lower => "Чем ниже, тем лучше",
    },
    kpi_status: |status| match status {
        KpiStatus::Unknown => "Ещё не измерен",
        KpiStatus::Met => "Достигнут",
        KpiStatus::Missed => "Не достигнут",
    },
    kpi_columns: [
        "Название",
        "Мера",
        "Лучше",
        "Единица",
        "Цель",
        "Факт",
        "Статус",
    ],
    kpi_field: |field, name, step| {
        let field = match field {
            KpiField::Name => "Название",
            KpiField::Measure => "Мера",
            KpiField::Direction => "Направление",
            KpiField::Unit => "Единица",
            KpiField::Target => "Цель",
            KpiField::Actual => "Факт",
            KpiField::Status => "Статус",
        };
        format!("{field}: {name}, этап «{step}»")
    },
    new_kpi_step: "Этап",
    new_kpi_measure: "Мера",
    add_kpi: "Добавить KPI",
    remove_kpi: |name, step| format!("Удалить {name} с этапа «{step}»"),
    kpis_met: |met, total| format!("Достигнуто KPI: {met} из {total}"),
    kpi_missed: |name, actual, target| format!("{name} {actual}, цель {target}"),
    kpis_missed: |list| format!("Не достигнуты: {list}"),
    with_unit: |figure, unit| {
        if unit.is_empty() {
            figure.to_owned()
        } else {
            format!("{figure}\u{a0}{unit}")
        }
    },
    insights: "Болевые точки и возможности",
    insight_kind: |kind| match kind {
        InsightKind::PainPoint => "Болевая точка",
        InsightKind::Opportunity => "Возможность",
    },
    add_insight: |kind| match kind {
        InsightKind::PainPoint => "Добавить болевую точку",
        InsightKind::Opportunity => "Добавить возможность",
    },
    insight_field: |field| match field {
        InsightField::Kind => "Вид",
        InsightField::Description => "Описание",
        InsightField::CustomerValue => "Ценность для клиента (1–5)",
        InsightField::BusinessValue => "Ценность для бизнеса (1–5)",
        InsightField::Effort => "Усилия (1–5)",
    },
    insight_undescribed: "Пока без описания",
    remove_insight: |kind, text| format!("Удалить: {kind} «{text}»"),
    priority_is: |quadrant| format!("В группе «{quadrant}»"),
    no_insights_here: "Здесь пока ничего не отмечено.",
    no_insights: "Болевых точек и возможностей пока нет: добавьте их к точке контакта в её \
                  редакторе или к этапу здесь.",
    insights_step: "Этап",
    pick_step_to_add: "Выберите этап, чтобы добавить к нему болевую точку или возможность.",
    on_step: |step| format!("{step} (весь этап)"),
    on_touchpoint: |step, touchpoint| format!("{step} \u{b7} {touchpoint}"),
    priorities: "Приоритеты",
    priority_quadrant: |quadrant| match quadrant {
        PriorityQuadrant::QuickWin => "Быстрые победы",
        PriorityQuadrant::MajorProject => "Крупные проекты",
        PriorityQuadrant::FillIn => "Заполнители",
        PriorityQuadrant::MoneyPit => "Денежные ямы",
    },
    priority_hint: |quadrant| match quadrant {
        PriorityQuadrant::QuickWin => "Высокая ценность, малые усилия: делать в первую очередь.",
        PriorityQuadrant::MajorProject => "Высокая ценность, большие усилия: стоит планировать.",
        PriorityQuadrant::FillIn => "Низкая ценность, малые усилия: когда будет время.",
        PriorityQuadrant::MoneyPit => "Низкая ценность, большие усилия: не стоит того.",
    },
    quadrant_empty: "Здесь ничего нет.",
    value_and_effort: |value, effort| format!("Ценность {value}, усилия {effort}"),
    show_on_blueprint: "Показать на blueprint",
    card_insights: |pain_points, opportunities| {
        let pains = (pain_points > 0).then(|| {
            format!(
                "{pain_points} {}",
                ru_word(
                    pain_points,
                    ["болевая точка", "болевые точки", "болевых точек"]
                )
            )
        });
        let opportunities = (opportunities > 0).then(|| {
            format!(
                "{opportunities} {}",
                ru_word(
                    opportunities,
                    ["возможность", "возможности", "возможностей"]
                )
            )
        });
        [pains, opportunities]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ")
    },
    card_insight_mark: |kind| match kind {
        InsightKind::PainPoint => "Боль",
        InsightKind::Opportunity => "Возм.",
    },
    chart: ChartText {
        title: |kind| match kind {
            ChartKind::ValueAlongJourney => "Ценность на протяжении пути",
            ChartKind::OutcomesCostsRisks => "Результаты, затраты и риски по этапам",
            ChartKind::StakeholderMap => "Карта заинтересованных сторон",
            ChartKind::ExperienceCurve => "Кривая опыта",
            ChartKind::ImportanceEffort => "Важность и усилия",
            ChartKind::ValueBalance => "Баланс ценности",
            ChartKind::Blueprint => "Blueprint пути",
        },
        stage: |stage| match stage {
            Stage::Explore => "Исследование",
            Stage::Engage => "Вовлечение",
            Stage::Offer => "Предложение",
            Stage::Agree => "Соглашение",
            Stage::Onboard => "Подключение",
            Stage::CoCreate => "Совместное создание",
            Stage::Realize => "Реализация",
        },
        side: |side| match side {
            Side::Consumer => "Потребитель",
            Side::Provider => "Поставщик",
            Side::Other => "Другие",
        },
        lane: |lane| match lane {
            Lane::ConsumerHidden => "Скрытые действия потребителя",
            Lane::ConsumerActions => "Действия потребителя",
            Lane::ProviderFrontstage => "Видимые действия поставщика",
            Lane::ProviderBackstage => "Закулисные действия поставщика",
            Lane::SupportProcesses => "Поддерживающие процессы",
        },
        line: |line| match line {
            Line::ConsumerVisibility => "Линия видимости потребителя",
            Line::Interaction => "Линия взаимодействия",
            Line::ProviderVisibility => "Линия видимости поставщика",
            Line::InternalInteraction => "Линия внутреннего взаимодействия",
        },
        zone_of_visibility: "Зона видимости",
        map_quadrant: |quadrant| match quadrant {
            MapQuadrant::ManageClosely => "Тесно управлять",
            MapQuadrant::KeepSatisfied => "Поддерживать удовлетворённость",
            MapQuadrant::KeepInformed => "Держать в курсе",
            MapQuadrant::Monitor => "Наблюдать",
        },
        effort_quadrant: |quadrant| match quadrant {
            EffortQuadrant::MisdirectedEffort => "Усилия не туда",
            EffortQuadrant::Neglected => "Без внимания",
            EffortQuadrant::WellInvested => "Хорошие вложения",
            EffortQuadrant::KeptLean => "Экономно",
        },
        steps_axis: "Этапы",
        cumulative_value_axis: |unit| {
            if unit.is_empty() {
                "Накопленная ценность (V)".to_owned()
            } else {
                format!("Накопленная ценность (V, {unit})")
            }
        },
        value_axis: |unit| {
            if unit.is_empty() {
                "Ценность".to_owned()
            } else {
                format!("Ценность ({unit})")
            }
        },
        unit_of_value: "Единица ценности",
        influence_axis: "Влияние (0–10)",
        interest_axis: "Интерес (0–10)",
        emotion_axis: |min, max| format!("Эмоция (от {min} до {max})"),
        touchpoints_axis: "Точки контакта по порядку пути",
        importance_axis: "Важность для клиента (1–5)",
        effort_axis: "Усилия поставщика (1–5)",
        outcome: "Результаты (реализованные)",
        unrealised: "Нереализованный потенциал",
        cost: "Затраты",
        risk: "Подверженность риску",
        net_value: "Чистая ценность (V)",
        removes_value: "Этап отнимает ценность",
        lowest_point: "Низшая точка",
        emotion_lane: "Опыт",
        no_steps: "В пути нет этапов.",
        no_stakeholders: "Заинтересованных сторон пока нет: добавьте их в панели \
                          «Заинтересованные стороны».",
        no_touchpoints: "Точек контакта пока нет: добавьте их на blueprint.",
        no_emotions: "Эмоции пока не отмечены: отметьте, что чувствуют участники в точке \
                      контакта.",
        no_values: "Результаты, затраты и риски пока не отмечены: добавьте эффекты для \
                    ценности к точке контакта.",
        more: |hidden| format!("и ещё {hidden}"),
        number: |value| decimal(value, ','),
        figure: |label, value| format!("{label}: {value}"),
    },
    workspace: WorkspaceText {
        views: "Разделы пути клиента",
        menu: "Меню",
        zoom: "Масштаб",
        zoom_out: "Уменьшить",
        zoom_in: "Увеличить",
        zoom_reset: |percent| format!("{percent} % (вернуть 100 %)"),
        loading: "Загрузка…",
        missing: "Не удалось загрузить эту часть Sightline. Проверьте подключение и откройте её снова; ваш путь сохранён.",
        map: "Карта",
        value: "Ценность",
        measures: "Показатели",
        stakeholders: "Заинтересованные стороны",
        charts: "Диаграммы",
        settings: "Настройки",
        compare: "Версии",
    },
    experience: ExperienceText {
        lines: "Кривые",
        who: |stakeholder, personas| {
            if personas.is_empty() {
                stakeholder.to_owned()
            } else {
                format!("{stakeholder} ({personas})")
            }
        },
        point: |who, touchpoint, emotion| format!("{who} в точке «{touchpoint}»: {emotion}"),
        lowest: |who, touchpoint, emotion| {
            format!("Низшая точка: {who} в точке «{touchpoint}», {emotion}.")
        },
        trend: |who, trend, first, last| match trend {
            Trend::Rising => format!("{who}: растёт с {first} до {last}."),
            Trend::Falling => format!("{who}: падает с {first} до {last}."),
            Trend::Level => format!("{who}: заканчивается там же, где начинается, на {last}."),
        },
    },
    picture: PictureText {
        picture: "Изображение карты",
        background: "Фон",
        light: "Белый",
        dark: "Тёмный",
        download_png: "Скачать PNG",
        copy_png: "Копировать изображение",
        copied: "Карта скопирована в буфер обмена как изображение: вставьте её в слайд или документ.",
        copy_refused: "Этот браузер не позволяет Sightline копировать изображения. Скачайте PNG.",
        failed: "Браузер не смог нарисовать изображение карты. Ничего не изменилось; попробуйте ещё раз или скачайте SVG в разделе «Диаграммы».",
        clamped: |percent| format!("Карта слишком велика для изображения в двойном размере: она нарисована в {percent} % от размера на экране."),
        not_png: "Этот файл не является изображением PNG.",
        damaged: "Это изображение PNG обрезано или повреждено, поэтому путь клиента в нём не читается.",
        no_journey: "В этом изображении PNG нет пути клиента. Путь возвращают только изображения, экспортированные Sightline («Скачать PNG»).",
        too_large: "Путь клиента в этом изображении больше, чем может открыть Sightline.",
    },
    present: PresentText {
        print: "Печать / Сохранить в PDF",
        present: "Презентация",
        presentation: "Презентация пути клиента",
        step_of: |n, total| format!("Этап {n} из {total}"),
        previous: "Назад",
        next: "Далее",
        leave: "Выйти (Esc)",
        touchpoints: "Точки контакта",
        experience_so_far: "Опыт до этого этапа",
        summary: "Ценность пути клиента",
        no_touchpoints: "На этом этапе нет точек контакта.",
        value_pages: "Ценность и выводы",
    },
    versions: VersionsText {
        heading: "Версии этого пути",
        hint: "Версия сохраняет путь в нынешнем виде, чтобы позже сравнить с ним или вернуться к нему. Sightline также сохраняет версию при первом изменении каждого дня и перед каждым восстановлением.",
        name_label: "Название новой версии",
        name_placeholder: "Как есть, семинар 12 мая",
        save: "Сохранить версию",
        saved: |name| format!("Версия «{name}» сохранена."),
        made_room: |count| match count {
            1 => "Чтобы освободить место, удалена самая старая автоматическая версия.".to_owned(),
            n => format!(
                "Чтобы освободить место, удалены самые старые автоматические версии: {n} {}.",
                ru_word(n, ["версия", "версии", "версий"])
            ),
        },
        none: "Версий пока нет: сохраните версию перед редизайном, чтобы потом сравнить с ней.",
        automatic: "Автоматическая версия",
        kind: |kind| match kind {
            VersionKind::Named => "С названием",
            VersionKind::BeforeImport => "Автоматическая, перед импортом",
            VersionKind::Daily => "Автоматическая, первое изменение за день",
            VersionKind::BeforeRestore => "Автоматическая, перед восстановлением",
        },
        saved_on: |when| format!("Сохранена {when}"),
        action: |action| match action {
            VersionAction::Compare => "Сравнить",
            VersionAction::Restore => "Восстановить",
            VersionAction::Rename => "Переименовать",
            VersionAction::Export => "Экспортировать",
            VersionAction::Delete => "Удалить",
        },
        action_label: |action, name| match action {
            VersionAction::Compare => format!("Сравнить «{name}» с путём в нынешнем виде"),
            VersionAction::Restore => format!("Восстановить «{name}»"),
            VersionAction::Rename => format!("Переименовать «{name}»"),
            VersionAction::Export => format!("Экспортировать «{name}» в файл"),
            VersionAction::Delete => format!("Удалить «{name}»"),
        },
        confirm_delete: |name| format!("Удалить версию «{name}» навсегда? Это нельзя отменить."),
        restored: |name| format!("Версия «{name}» восстановлена. Прежний вид пути сохранён как версия, и «Отменить» вернёт его."),
        gone: "Этой версии больше нет: её удалили, возможно, в другой вкладке.",
        unreadable: |reason| format!("Эту версию нельзя прочитать: {reason}"),
        not_a_version: "Сохранённый текст не является версией Sightline.",
        newer_record: |version| format!("Её сохранила более новая версия Sightline (запись версии {version})."),
        download_text: "Скачать её текст",
        no_room: "Места для ещё одной версии нет, даже без автоматических. Ничего не изменено: экспортируйте и удалите ненужные версии или удалите пути.",
        no_room_named: |name, when| format!("Места для ещё одной версии нет. Ничего не изменено. Удалить самую старую версию с названием, «{name}» ({when}), чтобы освободить место?"),
        delete_and_retry: "Удалить её и повторить",
        restore_refused: "Версия не восстановлена: нет места, чтобы сначала сохранить путь в нынешнем виде. Ничего не изменено.",
        shared: "У пути, открытого по ссылке, нет версий. Сохраните копию в свою библиотеку, чтобы хранить его версии.",
        start_to_be: "Начать целевой путь",
        to_be_hint: "Связанная копия этого пути для редизайна: при сравнении каждый этап и каждая точка контакта отслеживаются по идентификатору, несмотря на переименования и перемещения.",
        to_be_name_label: "Название целевого пути",
        to_be_name: |as_is| format!("{as_is} (как будет)"),
        to_be_started: |to_be, as_is| format!("Открыт путь «{to_be}» — целевой путь для «{as_is}». Сравните их в разделе «Версии»."),
    },
    compare: CompareText {
        heading: "Сравнение «как есть» и «как будет»",
        hint: "Выберите путь «как есть» и путь «как будет» — путь из библиотеки или одну из его версий — и посмотрите, что редизайн сделал с ценностью каждого этапа.",
        as_is: "Как есть",
        to_be: "Как будет",
        now: |journey| format!("{journey} (сейчас)"),
        version: |name, when| format!("{name}, {when}"),
        by_id: "Сопоставление по идентификатору: один путь начат из другого, поэтому переименованные и перемещённые элементы отслеживаются.",
        by_name: "Сопоставление по названию и месту: пути созданы независимо, поэтому переименованный элемент выглядит как удалённый и добавленный.",
        units_differ: |as_is, to_be| format!("Пути считают ценность в разных единицах ({as_is} и {to_be}): разницы ниже смешивают их."),
        no_unit: "без единицы",
        caption: "Ценность и утечка по этапам: «как есть» и «как будет»",
        columns: ["Этап", "V как есть", "V как будет", "\u{394}V, изменение ценности", "\u{394}L, изменение утечки"],
        stakeholder: "Заинтересованная сторона",
        by_stakeholder: "Ценность и утечка по заинтересованным сторонам: «как есть» и «как будет»",
        only_to_be: |name| format!("{name} (добавлен)"),
        only_as_is: |name| format!("{name} (удалён)"),
        value_shift: |shift, size| match shift {
            Shift::Gain => format!("+{size}, прирост"),
            Shift::Loss => format!("-{size}, потеря"),
            Shift::Even => format!("{size}, без изменений"),
        },
        leakage_shift: |shift, size| match shift {
            Shift::Gain => format!("-{size}, утечка меньше"),
            Shift::Loss => format!("+{size}, утечка больше"),
            Shift::Even => format!("{size}, без изменений"),
        },
        changes: "Что изменилось",
        change: |kind, subject| match kind {
            ChangeKind::StepAdded => format!("Этап добавлен: {subject}"),
            ChangeKind::StepRemoved => format!("Этап удалён: {subject}"),
            ChangeKind::StepRenamed => format!("Этап переименован: {subject}"),
            ChangeKind::StepRestaged => format!("Этап привязан к другому этапу ITIL: {subject}"),
            ChangeKind::StepReordered => format!("Этап перемещён в пути: {subject}"),
            ChangeKind::TouchpointAdded => format!("Точка контакта добавлена: {subject}"),
            ChangeKind::TouchpointRemoved => format!("Точка контакта удалена: {subject}"),
            ChangeKind::TouchpointRenamed => format!("Точка контакта переименована: {subject}"),
            ChangeKind::TouchpointMoved => format!("Точка контакта перенесена на другой этап или дорожку: {subject}"),
            ChangeKind::EffectsChanged => format!("Эффекты для ценности изменены: {subject}"),
            ChangeKind::EmotionsChanged => format!("Эмоции изменены: {subject}"),
            ChangeKind::KpiAdded => format!("KPI добавлен: {subject}"),
            ChangeKind::KpiRemoved => format!("KPI удалён: {subject}"),
            ChangeKind::KpiChanged => format!("KPI изменён: {subject}"),
            ChangeKind::InsightAdded => format!("Болевая точка или возможность добавлена: {subject}"),
            ChangeKind::InsightRemoved => format!("Болевая точка или возможность удалена: {subject}"),
            ChangeKind::InsightChanged => format!("Болевая точка или возможность изменена: {subject}"),
        },
        quoted: |name| format!("«{name}»"),
        renamed: |was, now| format!("«{was}», теперь «{now}»"),
        unchanged: "Пути одинаковы: ничего не изменилось.",
        appeared: "Новые выводы",
        resolved: "Снятые выводы",
        none: "Нет.",
        cannot_open: |reason| format!("Эту сторону нельзя открыть: {reason}"),
    },
};
