//! 简体中文文本. The ITIL 4 vocabulary follows `glossary/zh.md`, taken from the Chinese seed
//! (ITIL 4 DSV): the seven steps 探索, 契动, 供应, 协议, 引入, 共同创造, 实现; 客户旅程,
//! 接触点, 利益相关者, 可视线, 价值泄漏. Chinese has no plural forms.

use crate::number::decimal;
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
        Place::Settings => "旅程设置".to_owned(),
        Place::Stakeholder(id) => format!("利益相关者 {}", id.0),
        Place::Touchpoint(id) => format!("接触点 {}", id.0),
        Place::Effect(id, index) => format!("接触点 {} 的第 {} 个效果", id.0, index + 1),
        Place::Emotion(id, stakeholder) => {
            format!("利益相关者 {} 在接触点 {} 的情绪", stakeholder.0, id.0)
        }
        Place::Step(id) => format!("步骤 {}", id.0),
        Place::Persona(id) => format!("用户画像 {}", id.0),
        Place::Kpi(id) => format!("KPI {}", id.0),
        Place::Insight(id) => format!("痛点或机会 {}", id.0),
        Place::Loop(id) => format!("回路 {}", id.0),
    }
}

/// What kind of item lives at a place, for refusals (which name no ids).
fn noun(at: &Place) -> &'static str {
    match at {
        Place::Settings => "旅程设置",
        Place::Stakeholder(_) => "利益相关者",
        Place::Touchpoint(_) => "接触点",
        Place::Effect(..) => "价值效果",
        Place::Emotion(..) => "情绪",
        Place::Step(_) => "步骤",
        Place::Persona(_) => "用户画像",
        Place::Kpi(_) => "KPI",
        Place::Insight(_) => "痛点或机会",
        Place::Loop(_) => "回路",
    }
}

/// An edit refused because what it names was removed first (a second click, say).
fn gone(at: &Place) -> String {
    format!("此{}已被移除，因此没有任何改变。", noun(at))
}

/// An addition refused because another took its id just before.
fn taken(at: &Place) -> String {
    format!("新{}未添加：另一项刚刚占用了它的标识。请重试。", noun(at))
}

/// Where in a text something is.
fn at(at: &At) -> String {
    match at {
        At::Whole => String::new(),
        At::Text { line, column } => format!("第 {line} 行，第 {column} 列："),
        At::Element(path) => format!("{path}："),
    }
}

/// The invariants a journey read from a file breaks: the first, and how many more.
fn unsound(problems: &[Problem]) -> String {
    match problems {
        [] => "旅程自相矛盾".to_owned(),
        [only] => (ZH.problem)(only),
        [first, rest @ ..] => format!("{}（另有 {} 个问题）", (ZH.problem)(first), rest.len()),
    }
}

/// Why a CSV, mermaid or CJML text could not be read, with where.
fn import_error(error: &ImportError) -> String {
    let what = match &error.kind {
        ImportErrorKind::TooLarge => {
            format!(
                "文件超过了 Sightline 可读取的 {} MiB",
                MAX_IMPORT_BYTES >> 20
            )
        }
        ImportErrorKind::NotText => "这不是 UTF-8 文本".to_owned(),
        ImportErrorKind::Empty => "没有可读取的内容".to_owned(),
        ImportErrorKind::WrongKind => "这不是其文件名所示的文件类型".to_owned(),
        ImportErrorKind::MissingColumn(column) => format!("表头中没有“{column}”列"),
        ImportErrorKind::UnclosedQuote => "此引号从未闭合".to_owned(),
        ImportErrorKind::StrayQuote => "此处的引号必须位于单元格开头或成对出现".to_owned(),
        ImportErrorKind::BadValue { field, value } => {
            format!("“{value}”不是有效的 {field}")
        }
        ImportErrorKind::Missing(field) => format!("缺少“{field}”"),
        ImportErrorKind::TaskOutsideSection => "任务必须位于章节之后，章节即其步骤".to_owned(),
        ImportErrorKind::UnknownStatement => {
            "此行既不是标题、章节，也不是任务（名称：评分：参与者）".to_owned()
        }
        ImportErrorKind::UnknownReference { field, id } => {
            format!("“{field}”指向不存在的“{id}”")
        }
        ImportErrorKind::DuplicateId(id) => format!("标识“{id}”被使用了两次"),
        ImportErrorKind::Xml(message) => format!("XML 格式不正确（{message}）"),
        ImportErrorKind::Unsound(problems) => unsound(problems),
    };
    format!("{}{what}", at(&error.at))
}

/// What a reader passed over.
fn ignored(ignored: &Ignored) -> String {
    let what = match &ignored.what {
        IgnoredKind::UnknownColumn(name) => format!("“{name}”列"),
        IgnoredKind::ScoreWithoutActors => "没有参与者感受的评分".to_owned(),
        IgnoredKind::Statement(name) => format!("{name} 语句"),
        IgnoredKind::Element(name) => format!("{name}（在旅程中没有位置）"),
        IgnoredKind::OtherJourney => "第二个旅程（只读取第一个）".to_owned(),
    };
    format!("{}{what}", at(&ignored.at))
}

/// What a format could not hold, with how many (in brackets).
fn lost(feature: Feature, count: usize) -> String {
    let what = match feature {
        Feature::EmptySteps => "没有接触点的步骤",
        Feature::Lanes => "接触点的泳道",
        Feature::Channels => "接触点的渠道",
        Feature::Elements => "成果要素",
        Feature::Scores => "重要性和投入评分",
        Feature::Initiators => "发起方",
        Feature::Emotions => "情绪",
        Feature::Effects => "价值效果",
        Feature::Roles => "利益相关者的角色",
        Feature::Sides => "利益相关者的一方",
        Feature::StakeholderDetails => "利益相关者的地位和权重",
        Feature::AbsentStakeholders => "不参与任何接触点的利益相关者",
        Feature::Settings => "价值设置",
        Feature::Flags => "失败点、关键时刻和旅程链接",
        Feature::Personas => "用户画像",
        Feature::Kpis => "KPI",
        Feature::Insights => "痛点与机会",
        Feature::Loops => "回路",
        Feature::Names => "含有该格式无法容纳字符的名称（已调整）",
    };
    format!("{what}（{count}）")
}

/// The Chinese table.
pub static ZH: Strings = Strings {
    language: Language::Zh,
    language_picker: "语言",
    language_missing: |language| {
        format!("无法加载“{language}”，Sightline 继续使用中文。请检查网络连接后重新选择；您的旅程安然无恙。")
    },
    app_name: "Sightline",
    sample: &crate::journeys::zh::SAMPLE,
    incident: &crate::journeys::zh::INCIDENT,
    saas: &crate::journeys::zh::SAAS,
    channel_name: |channel| match channel {
        Channel::InPerson => "面对面",
        Channel::Phone => "电话",
        Channel::Email => "电子邮件",
        Channel::Web => "网页",
        Channel::App => "应用",
        Channel::Document => "文档",
        Channel::Other => "其他",
    },
    blueprint: "旅程蓝图",
    lanes_header: "泳道",
    new_touchpoint: "新接触点",
    add_symbol: "+",
    add_touchpoint_to: |step, lane| format!("向 {step}、{lane} 添加接触点"),
    step_name_of: |stage| format!("{stage}步骤的名称"),
    step_summary: |touchpoints, in_zone| match touchpoints {
        0 => "没有接触点".to_owned(),
        n => format!("{n} 个接触点，{in_zone} 个在可视化范围内"),
    },
    touchpoint_editor: "接触点",
    name: "名称",
    channel: "渠道",
    lane: "泳道",
    delete_touchpoint: "删除接触点",
    done: "完成",
    dismiss: "关闭",
    notices: "通知",
    saved_journey_unreadable: |reason, kept_under| {
        format!(
            "无法读取已保存的旅程：{reason}。没有丢失任何内容：其文本已另存于本浏览器存储的\
             “{kept_under}”下，可从旅程库下载。"
        )
    },
    saved_journey_unreadable_not_kept: |reason| {
        format!(
            "无法读取已保存的旅程：{reason}。它也无法另存，因此 Sightline 不会覆盖它：\
             您在此标签页中的更改不会被保存。"
        )
    },
    storage_full: "本浏览器的存储已满，您的上一次更改未保存。之前的保存完好无损。\
                   请释放一些空间并再次编辑以保存。",
    storage_unavailable: "本浏览器不允许 Sightline 使用其存储，因此更改不会被保存。\
                          请检查是否允许网站数据。",
    load_error: |error| match error {
        LoadError::NotJson { line, column } => {
            format!("文本已损坏（第 {line} 行，第 {column} 列）")
        }
        LoadError::NotAJourney => "这不是 Sightline 旅程".to_owned(),
        LoadError::NewerVersion(version) => {
            format!("它由更新版本的 Sightline 保存（格式 {version}）；请更新此版本")
        }
        LoadError::BadField { path } => format!("字段“{path}”缺失或有误"),
        LoadError::Unsound(problems) => unsound(problems),
    },
    role_name: |role| match role {
        Role::Sponsor => "赞助者",
        Role::Customer => "客户",
        Role::User => "用户",
        Role::Provider => "服务提供者",
        Role::ProviderEmployee => "服务提供者雇员",
        Role::Partner => "合作伙伴或供应商",
        Role::Shareholder => "股东",
        Role::Regulator => "监管机构",
        Role::Society => "社会和社区",
        Role::Charity => "慈善机构",
        Role::Other => "其他",
    },
    side_total: |side| match side {
        Side::Consumer => "消费者一方",
        Side::Provider => "提供者一方",
        Side::Other => "其他",
    },
    relationship_name: |relationship| match relationship {
        Relationship::Basic => "基本",
        Relationship::Cooperative => "合作",
        Relationship::Partnership => "伙伴关系",
    },
    aspect_name: |aspect| match aspect {
        Aspect::Outcome => "成果",
        Aspect::Cost => "成本",
        Aspect::Risk => "风险",
    },
    element_name: |element| match element {
        ElementKind::Process => "流程要素",
        ElementKind::Outcome => "成果要素",
    },
    finding_title: |kind| match kind {
        FindingKind::RemovesValue => "步骤减少价值",
        FindingKind::UnrealisedPotential => "未实现的潜力",
        FindingKind::OneSidedBenefit => "单方受益",
        FindingKind::NoInteraction => "没有交互",
        FindingKind::RealizeWithoutOutcome => "价值未被跟踪",
        FindingKind::NarrowZone => "可视化范围狭窄",
    },
    explain_finding: |kind, step, who, amount| match kind {
        FindingKind::RemovesValue => format!(
            "{step}减少的价值多于增加的价值（V = {amount}）。每个步骤增加的利益相关者价值\
             必须多于减少的价值，无论是在本步骤还是在后续步骤中。"
        ),
        FindingKind::UnrealisedPotential => {
            format!("在{step}中，{who}有 {amount} 的潜在价值未实现：价值泄漏。")
        }
        FindingKind::OneSidedBenefit => format!(
            "在{step}中，利益归于{who}一方（比另一方多 {amount}）。所有利益都归于一方的\
             关系不是伙伴关系。"
        ),
        FindingKind::NoInteraction => format!(
            "{step}在可视化范围内没有接触点（{amount} 项活动不可见）。没有交互，就没有服务。"
        ),
        FindingKind::RealizeWithoutOutcome => {
            format!("{step}没有跟踪任何成果，因此价值未被跟踪和实现（V = {amount}）。")
        }
        FindingKind::NarrowZone => format!(
            "此伙伴关系只有 {amount} 的活动在可视化范围内；{step}最少。伙伴关系需要\
             深入的相互可见性。"
        ),
    },
    show_step: |step| format!("显示{step}"),
    findings: "发现",
    no_findings: "没有发现：每个步骤都增加价值，没有泄漏，双方都受益。",
    value: "价值",
    value_scope: "数据范围",
    whole_journey: "整个旅程",
    figure_columns: [
        "利益相关者",
        "成果（O）",
        "潜力（P）",
        "成本（C）",
        "风险（R）",
        "价值（V）",
        "泄漏（L）",
    ],
    total: "合计",
    step_value: |value| format!("V {value}"),
    stakeholders: "利益相关者",
    add_stakeholder: "添加利益相关者",
    new_stakeholder: "新利益相关者",
    remove_stakeholder: |name| format!("移除{name}"),
    stakeholder_columns: [
        "名称",
        "角色",
        "一方",
        "影响力（0–10）",
        "兴趣（0–10）",
        "成果权重",
        "成本权重",
        "风险权重",
        "在地图上",
    ],
    stakeholder_field: |field, name| {
        let field = match field {
            StakeholderField::Name => "名称",
            StakeholderField::Role => "角色",
            StakeholderField::Side => "一方",
            StakeholderField::Influence => "影响力",
            StakeholderField::Interest => "兴趣",
            StakeholderField::OutcomeWeight => "成果权重",
            StakeholderField::CostWeight => "成本权重",
            StakeholderField::RiskWeight => "风险权重",
        };
        format!("{name}的{field}")
    },
    settings: "价值设置",
    setting: |field| match field {
        SettingField::Relationship => "关系类型",
        SettingField::MoneyRate => "一个货币单位的价值",
        SettingField::TimeRate => "一个时间单位的价值",
        SettingField::ResourcesRate => "一个资源单位的价值",
        SettingField::EmotionMin => "最低情绪",
        SettingField::EmotionMax => "最高情绪",
        SettingField::UnrealisedShare => "计为泄漏的未实现比例（0–1）",
        SettingField::OneSidedShare => "计为单方受益的价值比例（0.5–1）",
        SettingField::NarrowZoneShare => "低于此比例即伙伴关系可视化范围狭窄（0–1）",
    },
    participants: "参与者",
    initiator: "发起方",
    not_recorded: "未记录",
    element: "要素",
    importance: "客户重要性（1–5）",
    effort: "提供者投入（1–5）",
    effort_quadrant_is: |quadrant| format!("重要性与投入：{quadrant}"),
    emotion_of: |name, min, max| format!("{name}的情绪（{min} 到 {max}）"),
    effects: "价值效果",
    add_effect: "添加价值效果",
    remove_effect: |n| format!("移除效果 {n}"),
    effect_for: "对象",
    aspect: "方面",
    amount: |amount| match amount {
        Amount::Potential => "潜力",
        Amount::Realised => "已实现",
        Amount::Money => "资金",
        Amount::Time => "时间",
        Amount::Resources => "资源",
        Amount::Probability => "概率（0–1）",
        Amount::Impact => "影响",
    },
    not_a_number: "请输入数字。",
    whole_number: "请输入整数。",
    percent: |share| format!("{:.0}%", share * 100.0),
    edit_refused: |error| match error {
        EditError::Invalid(problems) => problems
            .first()
            .map(|p| (ZH.problem)(p))
            .unwrap_or_default(),
        EditError::LastStep => "旅程至少需要一个步骤。".to_owned(),
        EditError::NoSuchStep(id) => gone(&Place::Step(*id)),
        EditError::NoSuchTouchpoint(id) => gone(&Place::Touchpoint(*id)),
        EditError::NoSuchStakeholder(id) => gone(&Place::Stakeholder(*id)),
        EditError::NoSuchEffect(_, index) => format!(
            "此接触点的第 {} 个效果已被移除，因此没有任何改变。",
            index + 1
        ),
        EditError::NoSuchItem(at) => gone(at),
        EditError::DuplicateStep(id) => taken(&Place::Step(*id)),
        EditError::DuplicateTouchpoint(id) => taken(&Place::Touchpoint(*id)),
        EditError::DuplicateStakeholder(id) => taken(&Place::Stakeholder(*id)),
        EditError::DuplicateItem(at) => taken(at),
        EditError::NotInCell(_) => {
            "放置位置旁边的接触点已不在该单元格中，因此没有移动任何内容。".to_owned()
        }
        EditError::BeforeItself(_) => "步骤不能移到自身之前。".to_owned(),
    },
    field_name: |field| match field {
        FieldName::RatesMoney => "一个货币单位的价值",
        FieldName::RatesTime => "一个时间单位的价值",
        FieldName::RatesResources => "一个资源单位的价值",
        FieldName::EmotionScaleMin => "最低情绪",
        FieldName::EmotionScaleMax => "最高情绪",
        FieldName::UnrealisedShare => "计为泄漏的未实现比例",
        FieldName::OneSidedShare => "计为单方受益的价值比例",
        FieldName::NarrowZoneShare => "伙伴关系可视化范围狭窄的比例",
        FieldName::Influence => "影响力",
        FieldName::Interest => "兴趣",
        FieldName::StandingInfluence => "某步骤中的影响力",
        FieldName::StandingInterest => "某步骤中的兴趣",
        FieldName::OutcomeWeight => "成果权重",
        FieldName::CostWeight => "成本权重",
        FieldName::RiskWeight => "风险权重",
        FieldName::Importance => "客户重要性",
        FieldName::Effort => "投入",
        FieldName::Emotions => "情绪",
        FieldName::Effects => "价值效果",
        FieldName::Participants => "参与者",
        FieldName::Initiator => "发起方",
        FieldName::EmotionValue => "情绪",
        FieldName::Potential => "潜力",
        FieldName::Realised => "已实现",
        FieldName::Money => "资金",
        FieldName::Time => "时间",
        FieldName::Resources => "资源",
        FieldName::Probability => "概率",
        FieldName::Impact => "影响",
        FieldName::Stakeholder => "利益相关者",
        FieldName::Step => "步骤",
        FieldName::Target => "目标",
        FieldName::Actual => "实际",
        FieldName::Unit => "单位",
        FieldName::On => "发现位置",
        FieldName::CustomerValue => "客户价值",
        FieldName::BusinessValue => "业务价值",
        FieldName::From => "起点",
        FieldName::To => "返回到",
    },
    problem: |problem| match problem {
        Problem::NoSteps => "旅程没有步骤".to_owned(),
        Problem::TouchpointInMissingStep { touchpoint, step } => {
            format!("接触点 {} 位于不存在的步骤 {} 中", touchpoint.0, step.0)
        }
        Problem::DuplicateStep(id) => format!("两个步骤的标识都是 {}", id.0),
        Problem::DuplicateTouchpoint(id) => format!("两个接触点的标识都是 {}", id.0),
        Problem::DuplicateStakeholder(id) => format!("两个利益相关者的标识都是 {}", id.0),
        Problem::MissingStakeholder {
            touchpoint,
            field,
            stakeholder,
        } => {
            let field = (ZH.field_name)(*field);
            format!(
                "接触点 {} 的“{field}”指向不存在的利益相关者 {}",
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
            let field = (ZH.field_name)(*field);
            let place = place(at);
            let allowed = if max.is_finite() {
                format!("在 {} 到 {} 之间", decimal(*min, '.'), decimal(*max, '.'))
            } else {
                format!("不小于 {}", decimal(*min, '.'))
            };
            format!(
                "{place}的“{field}”为 {}，但必须{allowed}",
                decimal(*value, '.')
            )
        }
        Problem::RealisedAbovePotential { touchpoint, effect } => format!(
            "接触点 {} 的第 {} 个效果实现的超过了其潜力",
            touchpoint.0,
            effect + 1
        ),
        Problem::EmotionScaleInverted => "情绪量表的最小值不低于最大值".to_owned(),
        Problem::ValueUnitTooLong { chars } => {
            format!("价值单位有 {chars} 个字符，但最多只能有 {MAX_VALUE_UNIT_CHARS} 个")
        }
        Problem::ValueUnitControlCharacter => "价值单位必须在一行内，不含制表符".to_owned(),
        Problem::DuplicateItem(at) => format!("{}的标识被使用了两次", place(at)),
        Problem::MissingReference { at, field } => {
            let field = (ZH.field_name)(*field);
            format!("{}的“{field}”指向旅程中不存在的内容", place(at))
        }
        Problem::BadLabel { at, field } => {
            let field = (ZH.field_name)(*field);
            format!(
                "{}的“{field}”必须在一行内，最多 {MAX_LABEL_CHARS} 个字符",
                place(at)
            )
        }
        Problem::BadJourneyLink(id) => {
            format!("接触点 {} 链接到的不是旅程库中的旅程", id.0)
        }
    },
    // Library, share links and files.
    journey_gone: "此旅程已不在旅程库中；它可能已在另一个标签页中被删除。",
    changed_elsewhere_retry: "此旅程在同一时刻于另一个标签页中被更改。没有丢失任何内容；请重试。",
    copy_name: |name, n| {
        if n <= 2 {
            format!("{name}（副本）")
        } else {
            format!("{name}（副本 {}）", n - 1)
        }
    },
    this_tab_version_name: |name, n| {
        if n <= 2 {
            format!("{name}（此标签页）")
        } else {
            format!("{name}（此标签页 {}）", n - 1)
        }
    },
    kept_both_versions: |ours, theirs| {
        format!(
            "此旅程也在另一个标签页中被更改。两个版本都已保留：您的版本现在名为“{ours}”并保持\
             打开；另一个版本是旅程库中的“{theirs}”。"
        )
    },
    deleted_in_other_tab: "此旅程已在另一个标签页中被删除。它在这里仍保持打开，您的下一次更改\
                           会再次保存它。",
    updated_from_other_tab: "此旅程已在另一个标签页中被更改；您现在看到的是那个版本。",
    other_tab_unreadable: |reason| {
        format!(
            "另一个标签页以此标签页无法读取的形式保存了此旅程（{reason}），因此此标签页\
             不再保存它，以保留那个版本。请重新加载以继续。"
        )
    },
    untitled_journey: "未命名旅程",
    journey_name: "旅程名称",
    library: "我的旅程",
    journey_actions: "旅程",
    start_from_template: "开始新旅程",
    template: |template| match template {
        Template::Blank => "新建空白旅程",
        Template::B2bServicePurchase => "新建：B2B 服务采购",
        Template::IncidentResolution => "新建：ITIL 事件解决",
        Template::SaasOnboarding => "新建：SaaS 引入",
    },
    last_changed: |when| format!("更改于 {when}"),
    never_changed: "更改时间未知",
    library_action: |action, name| {
        let verb = (ZH.library_action_label)(action);
        format!("{verb}“{name}”")
    },
    library_action_label: |action| match action {
        LibraryAction::Open => "打开",
        LibraryAction::Rename => "重命名",
        LibraryAction::Duplicate => "复制",
        LibraryAction::Delete => "删除",
    },
    new_name_of: |name| format!("“{name}”的新名称"),
    save_name: "保存名称",
    cancel: "取消",
    confirm_delete: |name| format!("永久删除“{name}”？此操作无法撤销。"),
    delete_for_good: "永久删除",
    recovered_heading: "因无法读取而另存的内容",
    recovered_item: |key, characters| format!("{key}（{characters} 个字符）"),
    download: "下载",
    discard: "丢弃",
    copy_link: "复制链接",
    link_copied: "链接已复制到剪贴板。它包含整个旅程：打开它的人看到的就是这个版本，\
                  且不会向服务器发送任何内容。",
    link_to_copy: "此旅程的链接（请复制）",
    link_too_large: "此旅程太大，无法放入链接。请改为导出为文件。",
    shared_banner: "您正在查看通过链接分享的旅程。它在这里是只读的，在您保存副本之前不会被保存。",
    save_copy: "将副本保存到我的旅程库",
    saved_copy: |name| format!("“{name}”现已在您的旅程库中。"),
    export_journey: "导出文件",
    export_touchpoints: "导出接触点（CSV）",
    export_mermaid: "导出 mermaid 图",
    export_cjml: "导出 CJML",
    exported_leaving_out: |file, lost| format!("“{file}”无法容纳全部内容，因此略去了：{lost}。"),
    import_journey: "导入文件（旅程、接触点 CSV、mermaid、CJML）",
    imported: |name| format!("“{name}”已导入您的旅程库。"),
    imported_leaving_out: |name, left_out| {
        format!("“{name}”已导入您的旅程库，略去了旅程不接受的内容：{left_out}。")
    },
    import_error,
    ignored,
    lost,
    paste_diagram: "粘贴 mermaid 旅程图",
    import_diagram: "导入图",
    pasted_diagram: "粘贴的图",
    import_failed: |file, reason| format!("无法导入“{file}”：{reason}。未做任何更改。"),
    file_too_large: "文件大于本浏览器能存储的任何旅程",
    file_unreadable: "浏览器无法读取该文件",
    link_error: |error| match error {
        LinkError::TooLarge => {
            "此链接超出 Sightline 能打开的大小，无法显示其旅程。您的旅程库没有改变。".to_owned()
        }
        LinkError::NewerVersion(version) => format!(
            "此链接由更新版本的 Sightline 创建（链接格式 {version}）；请更新此版本以打开它。\
             您的旅程库没有改变。"
        ),
        LinkError::Damaged | LinkError::Unsound(_) => {
            "此链接已损坏或不完整，无法显示其旅程。您的旅程库没有改变。".to_owned()
        }
    },
    close: "关闭",
    shortcuts_button: "快捷键",
    shortcuts_title: "键盘快捷键",
    shortcut_line: |line| match line {
        HelpLine::Undo => ("Ctrl+Z, \u{2318}Z", "撤销上一次更改"),
        HelpLine::Redo => (
            "Ctrl+Shift+Z, \u{2318}\u{21e7}Z, Ctrl+Y",
            "重做已撤销的更改",
        ),
        HelpLine::MoveFocus => (
            "方向键",
            "在蓝图中移动：上下穿过单元格及其泳道，左右穿过各步骤",
        ),
        HelpLine::Activate => ("Enter", "打开获得焦点的接触点，或用获得焦点的 + 添加一个"),
        HelpLine::Delete => ("Delete", "删除获得焦点的接触点（撤销可恢复）"),
        HelpLine::MoveTouchpoint => (
            "Alt+方向键",
            "将获得焦点的接触点移到相邻单元格：左右穿过步骤，上下穿过泳道",
        ),
        HelpLine::Close => ("Escape", "关闭接触点编辑器、步骤选项或此列表"),
        HelpLine::NextControl => ("Tab, Shift+Tab", "转到下一个或上一个控件"),
        HelpLine::ShowView => (
            "1 至 7",
            "显示视图：1 地图，2 价值，3 衡量，4 利益相关者，5 图表，6 设置，7 版本",
        ),
        HelpLine::ToggleHelp => ("?", "显示或隐藏此列表"),
    },
    undo: "撤销",
    undo_hint: "撤销上一次更改（Ctrl+Z 或 \u{2318}Z）。历史记录会保留到您打开另一个旅程或\
                重新加载页面为止。",
    redo: "重做",
    redo_hint: "重做已撤销的更改（Ctrl+Shift+Z、\u{2318}\u{21e7}Z 或 Ctrl+Y）",
    // Offline and updates.
    new_version_ready: "Sightline 的新版本已就绪。您的旅程已保存。",
    reload_new_version: "重新加载",
    // Charts.
    charts: "图表",
    download_svg: "下载 SVG",
    // Starts with the button's visible text, so speech users can say what they see.
    download_chart: |title| format!("下载 SVG：{title}"),
    download_blueprint: "将蓝图下载为 SVG",
    map_step: "所处步骤",
    download_failed: "此浏览器不允许 Sightline 保存文件。请重试，或允许此网站下载。",
    figures_in: |unit| format!("数据单位：{unit}"),
    // Moving touchpoints.
    move_hint: "将其拖到另一个单元格或另一个接触点上即可移动；Alt+方向键将其移到相邻单元格",
    // Steps and loops.
    new_step: "新步骤",
    step_options: "选项",
    step_options_of: |step| format!("步骤{step}的选项"),
    step_stage: "ITIL 步骤",
    move_left: "\u{25c0} 移动",
    move_right: "移动 \u{25b6}",
    move_step_left: |step| format!("将{step}向左移动一步"),
    move_step_right: |step| format!("将{step}向右移动一步"),
    add_before: "+ 前加步骤",
    add_after: "+ 后加步骤",
    add_step_before: |step| format!("在{step}之前添加步骤"),
    add_step_after: |step| format!("在{step}之后添加步骤"),
    remove_step: "移除步骤",
    remove_step_named: |step| format!("移除步骤{step}及其中的一切"),
    step_removed: |step, touchpoints| match touchpoints {
        0 => format!("已移除步骤“{step}”。撤销可恢复。"),
        n => format!("已移除步骤“{step}”及其 {n} 个接触点。撤销可恢复。"),
    },
    add_loop: "+ 回路",
    add_loop_from: |step| format!("添加从{step}返回较早步骤的回路"),
    loop_back_to: "返回到",
    loop_reason: "何时或为何",
    remove_loop: "移除回路",
    loops_header: "回路",
    loop_chip: |to, reason| {
        if reason.is_empty() {
            format!("\u{21a9} {to}")
        } else {
            format!("\u{21a9} {to}:{reason}")
        }
    },
    loop_description: |from, to, reason| {
        if reason.is_empty() {
            format!("在{from}之后，旅程可以返回到{to}")
        } else {
            format!("在{from}之后，旅程可以返回到{to}：{reason}")
        }
    },
    drag_step: "拖到另一个步骤上，将此步骤放到其位置",
    // Personas and touchpoint marks.
    personas: "用户画像",
    personas_intro: "利益相关者背后的人，以便通过他们的眼睛阅读旅程。",
    no_personas: "还没有用户画像。",
    personas_need_stakeholder: "请先添加利益相关者：每个用户画像代表一个利益相关者。",
    persona_for: "利益相关者",
    add_persona: "添加用户画像",
    new_persona: "新用户画像",
    unnamed_persona: "未命名用户画像",
    persona_field: |field| match field {
        PersonaField::Stakeholder => "利益相关者",
        PersonaField::Name => "姓名",
        PersonaField::Job => "职位或角色",
        PersonaField::Goals => "目标",
        PersonaField::Description => "描述",
    },
    persona_of: |name| format!("用户画像 {name}"),
    remove: "移除",
    remove_persona: |name| format!("移除用户画像 {name}"),
    personas_on_journey: "此旅程的用户画像",
    persona_strip_empty:
        "还没有用户画像：请在“利益相关者”视图的用户画像面板中添加利益相关者背后的人。",
    edit_persona_hint: "编辑此用户画像",
    persona_stakeholder: |stakeholder, role| format!("{stakeholder} · {role}"),
    marks: "标记",
    fail_point: "失败点",
    fail_point_hint: "服务很可能在此失败。",
    fail_point_symbol: "败",
    moment_of_truth: "关键时刻",
    moment_of_truth_hint: "客户在此形成持久的判断。",
    moment_of_truth_symbol: "★",
    leads_to_journey: "通往旅程",
    no_linked_journey: "无",
    journey_not_in_library: "链接的旅程不在此旅程库中",
    open_linked: "打开",
    open_linked_journey: |name| format!("打开{name}"),
    leads_to: |name| format!("通往{name}"),
    link_symbol: "↗",
    // KPIs, pain points and opportunities.
    kpis: "KPI",
    no_kpis: "还没有 KPI。请选择步骤和衡量内容，然后点击“添加 KPI”。",
    measure: |measure| match measure {
        Measure::Csat => "CSAT",
        Measure::Ces => "CES",
        Measure::Nps => "NPS",
        Measure::Duration => "时长",
        Measure::CostToServe => "服务成本",
        Measure::Custom => "自定义",
    },
    better: |better| match better {
        Better::Higher => "越高越好",
        Better::Lower => "越低越好",
    },
    kpi_status: |status| match status {
        KpiStatus::Unknown => "尚未衡量",
        KpiStatus::Met => "已达成",
        KpiStatus::Missed => "未达成",
    },
    kpi_columns: ["名称", "衡量", "方向", "单位", "目标", "实际", "状态"],
    kpi_field: |field, name, step| {
        let field = match field {
            KpiField::Name => "名称",
            KpiField::Measure => "衡量",
            KpiField::Direction => "方向",
            KpiField::Unit => "单位",
            KpiField::Target => "目标",
            KpiField::Actual => "实际",
            KpiField::Status => "状态",
        };
        format!("{step}中{name}的{field}")
    },
    new_kpi_step: "步骤",
    new_kpi_measure: "衡量",
    add_kpi: "添加 KPI",
    remove_kpi: |name, step| format!("从{step}移除{name}"),
    kpis_met: |met, total| format!("{total} 个 KPI 中已达成 {met} 个"),
    kpi_missed: |name, actual, target| format!("{name} {actual}，目标 {target}"),
    kpis_missed: |list| format!("未达成：{list}"),
    with_unit: |figure, unit| {
        if unit.is_empty() {
            figure.to_owned()
        } else if unit.starts_with(|c: char| c.is_alphabetic()) {
            format!("{figure} {unit}")
        } else {
            format!("{figure}{unit}")
        }
    },
    insights: "痛点与机会",
    insight_kind: |kind| match kind {
        InsightKind::PainPoint => "痛点",
        InsightKind::Opportunity => "机会",
    },
    add_insight: |kind| match kind {
        InsightKind::PainPoint => "添加痛点",
        InsightKind::Opportunity => "添加机会",
    },
    insight_field: |field| match field {
        InsightField::Kind => "类型",
        InsightField::Description => "描述",
        InsightField::CustomerValue => "客户价值（1–5）",
        InsightField::BusinessValue => "业务价值（1–5）",
        InsightField::Effort => "投入（1–5）",
    },
    insight_undescribed: "尚未描述",
    remove_insight: |kind, text| format!("移除{kind}“{text}”"),
    priority_is: |quadrant| format!("属于“{quadrant}”"),
    no_insights_here: "这里还没有记录。",
    no_insights: "还没有痛点或机会：请在接触点的编辑器中添加，或在此处添加到步骤。",
    insights_step: "步骤",
    pick_step_to_add: "请选择一个步骤，为其添加痛点或机会。",
    on_step: |step| format!("{step}（整个步骤）"),
    on_touchpoint: |step, touchpoint| format!("{step} \u{b7} {touchpoint}"),
    priorities: "优先级",
    priority_quadrant: |quadrant| match quadrant {
        PriorityQuadrant::QuickWin => "速赢",
        PriorityQuadrant::MajorProject => "重大项目",
        PriorityQuadrant::FillIn => "填充项",
        PriorityQuadrant::MoneyPit => "无底洞",
    },
    priority_hint: |quadrant| match quadrant {
        PriorityQuadrant::QuickWin => "高价值，低投入：优先去做。",
        PriorityQuadrant::MajorProject => "高价值，高投入：值得规划。",
        PriorityQuadrant::FillIn => "低价值，低投入：有时间再做。",
        PriorityQuadrant::MoneyPit => "低价值，高投入：不值得。",
    },
    quadrant_empty: "这里没有内容。",
    value_and_effort: |value, effort| format!("价值 {value}，投入 {effort}"),
    show_on_blueprint: "在蓝图上显示",
    card_insights: |pain_points, opportunities| {
        let pains = (pain_points > 0).then(|| format!("{pain_points} 个痛点"));
        let opportunities = (opportunities > 0).then(|| format!("{opportunities} 个机会"));
        [pains, opportunities]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("，")
    },
    card_insight_mark: |kind| match kind {
        InsightKind::PainPoint => "痛",
        InsightKind::Opportunity => "机",
    },
    chart: ChartText {
        title: |kind| match kind {
            ChartKind::ValueAlongJourney => "旅程中的价值",
            ChartKind::OutcomesCostsRisks => "各步骤的成果、成本和风险",
            ChartKind::StakeholderMap => "利益相关者地图",
            ChartKind::ExperienceCurve => "体验曲线",
            ChartKind::ImportanceEffort => "重要性与投入",
            ChartKind::ValueBalance => "价值平衡",
            ChartKind::Blueprint => "旅程蓝图",
        },
        stage: |stage| match stage {
            Stage::Explore => "探索",
            Stage::Engage => "契动",
            Stage::Offer => "供应",
            Stage::Agree => "协议",
            Stage::Onboard => "引入",
            Stage::CoCreate => "共同创造",
            Stage::Realize => "实现",
        },
        side: |side| match side {
            Side::Consumer => "消费者",
            Side::Provider => "提供者",
            Side::Other => "其他",
        },
        lane: |lane| match lane {
            Lane::ConsumerHidden => "消费者的不可见活动",
            Lane::ConsumerActions => "消费者行动",
            Lane::ProviderFrontstage => "提供者前台",
            Lane::ProviderBackstage => "提供者后台",
            Lane::SupportProcesses => "支持流程",
        },
        line: |line| match line {
            Line::ConsumerVisibility => "消费者的可视线",
            Line::Interaction => "交互线",
            Line::ProviderVisibility => "提供者的可视线",
            Line::InternalInteraction => "内部交互线",
        },
        zone_of_visibility: "可视化范围",
        map_quadrant: |quadrant| match quadrant {
            MapQuadrant::ManageClosely => "密切管理",
            MapQuadrant::KeepSatisfied => "保持满意",
            MapQuadrant::KeepInformed => "保持知情",
            MapQuadrant::Monitor => "关注",
        },
        effort_quadrant: |quadrant| match quadrant {
            EffortQuadrant::MisdirectedEffort => "投入错位",
            EffortQuadrant::Neglected => "被忽视",
            EffortQuadrant::WellInvested => "投入得当",
            EffortQuadrant::KeptLean => "保持精简",
        },
        steps_axis: "步骤",
        cumulative_value_axis: |unit| {
            if unit.is_empty() {
                "累计价值（V）".to_owned()
            } else {
                format!("累计价值（V，{unit}）")
            }
        },
        value_axis: |unit| {
            if unit.is_empty() {
                "价值".to_owned()
            } else {
                format!("价值（{unit}）")
            }
        },
        unit_of_value: "价值单位",
        influence_axis: "影响力（0–10）",
        interest_axis: "兴趣（0–10）",
        emotion_axis: |min, max| format!("情绪（{min} 到 {max}）"),
        touchpoints_axis: "按旅程顺序排列的接触点",
        importance_axis: "客户重要性（1–5）",
        effort_axis: "提供者投入（1–5）",
        outcome: "成果（已实现）",
        unrealised: "未实现的潜力",
        cost: "成本",
        risk: "风险敞口",
        net_value: "净价值（V）",
        removes_value: "步骤减少价值",
        lowest_point: "最低点",
        emotion_lane: "体验",
        no_steps: "旅程没有步骤。",
        no_stakeholders: "还没有利益相关者：请在利益相关者面板中添加。",
        no_touchpoints: "还没有接触点：请在蓝图上添加。",
        no_emotions: "还没有记录情绪：请记录参与者在接触点上的感受。",
        no_values: "还没有记录成果、成本或风险：请为接触点添加价值效果。",
        more: |hidden| format!("另有 {hidden} 项"),
        number: |value| decimal(value, '.'),
        figure: |label, value| format!("{label}:{value}"),
    },
    workspace: WorkspaceText {
        views: "旅程视图",
        menu: "菜单",
        zoom: "缩放",
        zoom_out: "缩小",
        zoom_in: "放大",
        zoom_reset: |percent| format!("{percent}%（恢复到 100%）"),
        loading: "正在加载…",
        missing: "无法加载 Sightline 的这一部分。请检查网络连接后重新打开；您的旅程安然无恙。",
        map: "地图",
        value: "价值",
        measures: "衡量",
        stakeholders: "利益相关者",
        charts: "图表",
        settings: "设置",
        compare: "版本",
    },
    experience: ExperienceText {
        lines: "曲线",
        who: |stakeholder, personas| {
            if personas.is_empty() {
                stakeholder.to_owned()
            } else {
                format!("{stakeholder}（{personas}）")
            }
        },
        point: |who, touchpoint, emotion| format!("{who}在“{touchpoint}”：{emotion}"),
        lowest: |who, touchpoint, emotion| format!("最低点：{who}在“{touchpoint}”，{emotion}。"),
        trend: |who, trend, first, last| match trend {
            Trend::Rising => format!("{who}：从 {first} 上升到 {last}。"),
            Trend::Falling => format!("{who}：从 {first} 下降到 {last}。"),
            Trend::Level => format!("{who}：始终保持在 {last}。"),
        },
    },
    picture: PictureText {
        picture: "地图图片",
        background: "背景",
        light: "白色",
        dark: "深色",
        download_png: "下载 PNG",
        copy_png: "复制图片",
        copied: "地图已作为图片复制到剪贴板：可粘贴到幻灯片或文档中。",
        copy_refused: "此浏览器不允许 Sightline 复制图片。请改为下载 PNG。",
        failed: "浏览器无法绘制地图图片。没有任何更改；请重试，或在“图表”视图中下载 SVG。",
        clamped: |percent| {
            format!("地图太大，无法以两倍尺寸生成图片：已按屏幕尺寸的 {percent}% 绘制。")
        },
        not_png: "此文件不是 PNG 图片。",
        damaged: "此 PNG 图片不完整或已损坏，无法读取其中的旅程。",
        no_journey: "此 PNG 图片不含旅程。只有 Sightline 导出的图片（下载 PNG）才能带回其旅程。",
        too_large: "此图片中的旅程超出了 Sightline 能打开的大小。",
    },
    present: PresentText {
        print: "打印 / 另存为 PDF",
        present: "演示",
        presentation: "旅程演示",
        step_of: |n, total| format!("第 {n} 步，共 {total} 步"),
        previous: "上一步",
        next: "下一步",
        leave: "退出（Esc）",
        touchpoints: "触点",
        experience_so_far: "到目前为止的体验",
        summary: "旅程的价值",
        no_touchpoints: "此步骤没有触点。",
        value_pages: "价值与发现",
    },
    versions: VersionsText {
        heading: "此旅程的版本",
        hint: "版本保存旅程当前的样子，以便日后比较或恢复。Sightline 还会在每天第一次更改时和每次恢复之前自动保存一个版本。",
        name_label: "新版本的名称",
        name_placeholder: "现状，5 月 12 日研讨会",
        save: "保存版本",
        saved: |name| format!("已保存版本“{name}”。"),
        made_room: |count| format!("为腾出空间，已删除最早的 {count} 个自动版本。"),
        none: "还没有版本：请在重新设计之前保存一个版本，以便日后比较。",
        automatic: "自动版本",
        kind: |kind| match kind {
            VersionKind::Named => "已命名",
            VersionKind::BeforeImport => "自动，导入之前",
            VersionKind::Daily => "自动，当天第一次更改",
            VersionKind::BeforeRestore => "自动，恢复之前",
        },
        saved_on: |when| format!("保存于 {when}"),
        action: |action| match action {
            VersionAction::Compare => "比较",
            VersionAction::Restore => "恢复",
            VersionAction::Rename => "重命名",
            VersionAction::Export => "导出",
            VersionAction::Delete => "删除",
        },
        action_label: |action, name| match action {
            VersionAction::Compare => format!("将“{name}”与当前旅程比较"),
            VersionAction::Restore => format!("恢复“{name}”"),
            VersionAction::Rename => format!("重命名“{name}”"),
            VersionAction::Export => format!("将“{name}”导出为文件"),
            VersionAction::Delete => format!("删除“{name}”"),
        },
        confirm_delete: |name| format!("永久删除版本“{name}”？此操作无法撤销。"),
        restored: |name| format!("已恢复版本“{name}”。恢复前的旅程已保存为一个版本，撤销即可找回。"),
        gone: "此版本已不存在：它已被删除，可能是在另一个标签页中。",
        unreadable: |reason| format!("无法读取此版本：{reason}"),
        not_a_version: "保存的文本不是 Sightline 版本。",
        newer_record: |version| format!("它由更新的 Sightline 保存（版本记录 {version}）。"),
        download_text: "下载其文本",
        no_room: "即使删除所有自动版本，也没有空间再保存一个版本。未做任何更改：请导出并删除不再需要的版本，或删除一些旅程。",
        no_room_named: |name, when| format!("没有空间再保存一个版本。未做任何更改。是否删除最早的已命名版本“{name}”（{when}）以腾出空间？"),
        delete_and_retry: "删除并重试",
        restore_refused: "未恢复该版本：没有空间先保存当前的旅程。未做任何更改。",
        shared: "通过链接打开的旅程没有版本。请将副本保存到您的库中，以便保存其版本。",
        start_to_be: "开始目标旅程",
        to_be_hint: "此旅程的关联副本，用于重新设计：比较两者时，即使重命名或移动，每个步骤和接触点都按标识对应。",
        to_be_name_label: "目标旅程的名称",
        to_be_name: |as_is| format!("{as_is}（目标）"),
        to_be_started: |to_be, as_is| format!("已打开“{to_be}”：它是“{as_is}”的目标旅程。请在“版本”中比较两者。"),
    },
    compare: CompareText {
        heading: "比较现状与目标",
        hint: "选择现状和目标（库中的旅程或其版本），查看重新设计对每个步骤价值的影响。",
        as_is: "现状",
        to_be: "目标",
        now: |journey| format!("{journey}（当前）"),
        version: |name, when| format!("{name}，{when}"),
        by_id: "按标识对应：一个是从另一个开始的，因此会跟踪重命名和移动的项目。",
        by_name: "按名称和位置对应：两者是分别创建的，因此重命名的项目显示为删除后又添加。",
        units_differ: |as_is, to_be| format!("两者使用不同的价值单位（{as_is} 和 {to_be}）：下面的差值混合了这两种单位。"),
        no_unit: "无单位",
        caption: "各步骤的价值和泄漏：现状与目标",
        columns: ["步骤", "现状 V", "目标 V", "\u{394}V，价值变化", "\u{394}L，泄漏变化"],
        stakeholder: "利益相关者",
        by_stakeholder: "各利益相关者的价值和泄漏：现状与目标",
        only_to_be: |name| format!("{name}（新增）"),
        only_as_is: |name| format!("{name}（已删除）"),
        value_shift: |shift, size| match shift {
            Shift::Gain => format!("+{size}，增加"),
            Shift::Loss => format!("-{size}，减少"),
            Shift::Even => format!("{size}，不变"),
        },
        leakage_shift: |shift, size| match shift {
            Shift::Gain => format!("-{size}，泄漏减少"),
            Shift::Loss => format!("+{size}，泄漏增加"),
            Shift::Even => format!("{size}，不变"),
        },
        changes: "变化内容",
        change: |kind, subject| match kind {
            ChangeKind::StepAdded => format!("新增步骤：{subject}"),
            ChangeKind::StepRemoved => format!("删除步骤：{subject}"),
            ChangeKind::StepRenamed => format!("重命名步骤：{subject}"),
            ChangeKind::StepRestaged => format!("步骤改为对应另一个 ITIL 步骤：{subject}"),
            ChangeKind::StepReordered => format!("步骤在旅程中移动：{subject}"),
            ChangeKind::TouchpointAdded => format!("新增接触点：{subject}"),
            ChangeKind::TouchpointRemoved => format!("删除接触点：{subject}"),
            ChangeKind::TouchpointRenamed => format!("重命名接触点：{subject}"),
            ChangeKind::TouchpointMoved => format!("接触点移到另一个步骤或泳道：{subject}"),
            ChangeKind::EffectsChanged => format!("价值效果已更改：{subject}"),
            ChangeKind::EmotionsChanged => format!("情绪已更改：{subject}"),
            ChangeKind::KpiAdded => format!("新增 KPI：{subject}"),
            ChangeKind::KpiRemoved => format!("删除 KPI：{subject}"),
            ChangeKind::KpiChanged => format!("KPI 已更改：{subject}"),
            ChangeKind::InsightAdded => format!("新增痛点或机会：{subject}"),
            ChangeKind::InsightRemoved => format!("删除痛点或机会：{subject}"),
            ChangeKind::InsightChanged => format!("痛点或机会已更改：{subject}"),
        },
        quoted: |name| format!("“{name}”"),
        renamed: |was, now| format!("“{was}”，现为“{now}”"),
        unchanged: "两者相同：没有任何变化。",
        appeared: "新出现的发现",
        resolved: "已解决的发现",
        none: "无。",
        cannot_open: |reason| format!("无法打开这一方：{reason}"),
    },
};
