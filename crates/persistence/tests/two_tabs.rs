//! Two tabs editing, saving, hearing of each other's writes and deleting, in any order, over
//! a storage that may fill up: no write ever replaces a text other than the base it was read
//! as, and no version a tab holds is lost.

use std::collections::HashSet;

use proptest::prelude::*;
use sightline_document::encode;
use sightline_engine::Journey;
use sightline_english::SAMPLE;
use sightline_persistence::{
    changed_elsewhere, journey_key, Elsewhere, Flushed, MemoryStorage, Storage, StoredJourneys,
};

/// One tab: the journey it shows, where it saves it and the text it last read or wrote.
struct Tab {
    id: String,
    base: Option<String>,
    journey: Journey,
    unsaved: bool,
}

#[derive(Debug, Clone)]
enum Op {
    /// The tab renames its journey (often to a name the other tab also picks).
    Edit(usize, u8),
    /// The tab's pause in editing ends: it saves.
    Flush(usize),
    /// The `storage` event for the tab's journey reaches it.
    Hear(usize),
    /// The other tab deletes this tab's journey from its library.
    Delete(usize),
    /// The storage fills up, or gets room again.
    Quota(bool),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..2_usize, 0..4_u8).prop_map(|(tab, name)| Op::Edit(tab, name)),
        (0..2_usize).prop_map(Op::Flush),
        (0..2_usize).prop_map(Op::Hear),
        (0..2_usize).prop_map(Op::Delete),
        any::<bool>().prop_map(Op::Quota),
    ]
}

fn this_tab(name: &str, n: u32) -> String {
    format!("{name} (this tab {n})")
}

struct World {
    storage: MemoryStorage,
    tabs: [Tab; 2],
    /// Texts that a write replaced knowingly (they were its base) or a deletion removed.
    superseded: HashSet<String>,
    clock: f64,
}

impl World {
    fn journeys(&mut self) -> StoredJourneys<'_, MemoryStorage> {
        self.clock += 1.0;
        StoredJourneys::new(&self.storage, self.clock, 0.5)
    }

    fn flush(&mut self, tab: usize) -> Result<(), TestCaseError> {
        self.tabs[tab].unsaved = false;
        let key = journey_key(&self.tabs[tab].id);
        let before = self.storage.read(&key);
        let (id, base, journey) = {
            let t = &self.tabs[tab];
            (t.id.clone(), t.base.clone(), t.journey.clone())
        };
        let flushed = self.journeys().flush(&id, base.as_deref(), &journey);
        match flushed {
            Flushed::Written(text) => {
                prop_assert_eq!(&before, &base, "wrote over a text it had not read");
                prop_assert_eq!(self.storage.read(&key), Some(text.clone()));
                self.superseded.extend(before);
                self.tabs[tab].base = Some(text);
            }
            Flushed::ChangedElsewhere => {
                prop_assert_eq!(self.storage.read(&key), before);
                let kept = self.journeys().keep_both(&journey, this_tab);
                let t = &mut self.tabs[tab];
                t.id = kept.stored.id;
                t.base = kept.stored.text;
                t.journey = kept.stored.journey;
                t.unsaved = kept.written.is_err();
            }
            Flushed::Refused(_) => {
                prop_assert_eq!(self.storage.read(&key), before);
                // A refused change is still unsaved: the other tab's version must not replace
                // it (it once did, when only a scheduled save counted as unsaved).
                self.tabs[tab].unsaved = true;
            }
            Flushed::UpToDate => {}
        }
        Ok(())
    }

    fn hear(&mut self, tab: usize) -> Result<(), TestCaseError> {
        let key = journey_key(&self.tabs[tab].id);
        let new_text = self.storage.read(&key);
        let t = &self.tabs[tab];
        match changed_elsewhere(&t.id, &key, new_text.as_deref(), t.unsaved) {
            Elsewhere::FlushOurs => self.flush(tab)?,
            Elsewhere::TakeTheirs(journey) => {
                let t = &mut self.tabs[tab];
                let dropped = encode(&t.journey);
                prop_assert!(
                    t.base.as_ref() == Some(&dropped) || self.superseded.contains(&dropped),
                    "took the other tab's version over an unsaved change"
                );
                t.journey = *journey;
                t.base = new_text;
            }
            Elsewhere::Deleted => self.tabs[tab].base = None,
            other => prop_assert!(false, "unexpected {:?}", other),
        }
        Ok(())
    }

    fn run(&mut self, op: Op) -> Result<(), TestCaseError> {
        match op {
            Op::Edit(tab, name) => {
                let t = &mut self.tabs[tab];
                t.journey.name = format!("Name{}", "!".repeat(usize::from(name)));
                t.unsaved = true;
            }
            Op::Flush(tab) => self.flush(tab)?,
            Op::Hear(tab) => self.hear(tab)?,
            Op::Delete(tab) => {
                let id = self.tabs[tab].id.clone();
                self.superseded.extend(self.storage.read(&journey_key(&id)));
                self.journeys().delete(&id);
            }
            Op::Quota(full) => {
                if full {
                    self.storage.fill();
                } else {
                    self.storage.set_quota(None);
                }
            }
        }
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]
    #[test]
    fn two_tabs_never_write_over_each_other_and_lose_nothing(ops in prop::collection::vec(op(), 0..40)) {
        let storage = MemoryStorage::new();
        let opened = StoredJourneys::new(&storage, 0.0, 0.5).open(&SAMPLE);
        let id = opened.id.expect("stored");
        let tab = || Tab {
            id: id.clone(),
            base: opened.text.clone(),
            journey: opened.journey.clone(),
            unsaved: false,
        };
        let mut world = World {
            storage,
            tabs: [tab(), tab()],
            superseded: HashSet::new(),
            clock: 0.0,
        };
        for op in ops {
            world.run(op)?;
        }
        // Room again, every event heard and every change saved: each tab's version is stored,
        // unless a write that had read it, or a deletion, replaced it.
        world.storage.set_quota(None);
        for tab in 0..2 {
            world.hear(tab)?;
            world.flush(tab)?;
        }
        let stored: HashSet<String> = world.storage.items().into_iter().map(|(_, text)| text).collect();
        for tab in &world.tabs {
            let text = encode(&tab.journey);
            prop_assert!(stored.contains(&text) || world.superseded.contains(&text));
        }
    }
}
