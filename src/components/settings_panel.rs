//! The journey's value settings: relationship type, unit of value, conversion rates, emotion
//! scale and the thresholds of the findings.

use leptos::prelude::*;
use sightline_engine::{Edit, Relationship, Settings};

use crate::components::fields::{named, required, ChoiceField, NumberField, TextField};
use crate::store::JourneyStore;
use crate::strings::{strings, SettingField};

/// The settings form.
#[component]
pub fn SettingsPanel() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let settings = Memo::new(move |_| store.with(|journey| journey.settings.clone()));
    let update = move |change: &dyn Fn(&mut Settings)| {
        let mut updated = settings.get_untracked();
        change(&mut updated);
        store.try_apply(Edit::SetSettings(updated))
    };
    let number =
        move |field: SettingField, read: fn(&Settings) -> f64, write: fn(&mut Settings, f64)| {
            view! {
                <NumberField
                    label=(s.setting)(field).to_owned()
                    value=Signal::derive(move || Some(read(&settings.get())))
                    on_commit=Callback::new(move |value| {
                        let value = required(value)?;
                        Ok(update(&|s| write(s, value))?)
                    })
                />
            }
        };
    view! {
        <section class="panel settings" aria-labelledby="settings-title" data-testid="settings">
            <h2 id="settings-title" class="panel__title">
                {s.settings}
            </h2>
            <ChoiceField
                label=(s.setting)(SettingField::Relationship).to_owned()
                options=named(&Relationship::ALL, |r| s.relationship(r))
                value=Signal::derive(move || Some(settings.get().relationship))
                on_choose=Callback::new(move |choice: Option<Relationship>| {
                    if let Some(relationship) = choice {
                        let _ = update(&|s| s.relationship = relationship);
                    }
                })
                testid="relationship"
            />
            <TextField
                label=s.chart.unit_of_value.to_owned()
                value=Signal::derive(move || settings.with(|s| s.value_unit.clone()))
                on_commit=Callback::new(move |unit: String| Ok(update(&|s| s.value_unit = unit.clone())?))
                testid="value-unit"
            />
            <div class="settings__grid">
                {number(SettingField::MoneyRate, |s| s.rates.money, |s, v| s.rates.money = v)}
                {number(SettingField::TimeRate, |s| s.rates.time, |s, v| s.rates.time = v)}
                {number(SettingField::ResourcesRate, |s| s.rates.resources, |s, v| s.rates.resources = v)}
                {number(SettingField::EmotionMin, |s| s.emotion_scale.min, |s, v| s.emotion_scale.min = v)}
                {number(SettingField::EmotionMax, |s| s.emotion_scale.max, |s, v| s.emotion_scale.max = v)}
                {number(SettingField::UnrealisedShare, |s| s.thresholds.unrealised_share, |s, v| s.thresholds.unrealised_share = v)}
                {number(SettingField::OneSidedShare, |s| s.thresholds.one_sided_share, |s, v| s.thresholds.one_sided_share = v)}
                {number(SettingField::NarrowZoneShare, |s| s.thresholds.narrow_zone_share, |s, v| s.thresholds.narrow_zone_share = v)}
            </div>
        </section>
    }
}
