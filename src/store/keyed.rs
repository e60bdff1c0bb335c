//! Values derived from the journey one key at a time, each in a signal of its own, so that an
//! edit notifies only the readers of the keys whose value it changed.
//!
//! A memo per item would do the same comparisons, but every such memo subscribes to the
//! journey: with a thousand of them, each edit re-runs all of them, and each re-run unsubscribes
//! and resubscribes in the journey's list of readers, which costs in proportion to its length
//! (quadratic in all). Here the store compares the values in one pass after each change, and a
//! reader subscribes to its key alone.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use leptos::prelude::*;

/// One signal per key, set by [`sync`](Self::sync); a `Copy` handle.
pub struct Keyed<K, V>
where
    K: Send + Sync + 'static,
    V: Send + Sync + 'static,
{
    values: StoredValue<HashMap<K, ArcRwSignal<V>>>,
    /// Notified when keys come or go, for readers of a key that is not there (yet).
    keys: Trigger,
}

impl<K, V> Clone for Keyed<K, V>
where
    K: Send + Sync + 'static,
    V: Send + Sync + 'static,
{
    fn clone(&self) -> Self {
        *self
    }
}

impl<K, V> Copy for Keyed<K, V>
where
    K: Send + Sync + 'static,
    V: Send + Sync + 'static,
{
}

impl<K, V> Keyed<K, V>
where
    K: Clone + Eq + Hash + Send + Sync + 'static,
    V: PartialEq + Send + Sync + 'static,
{
    /// No keys yet.
    pub fn new() -> Self {
        Keyed {
            values: StoredValue::new(HashMap::new()),
            keys: Trigger::new(),
        }
    }

    /// Make the keys and values exactly `items`: a value that differs from the one held is set
    /// (notifying that key's readers), an equal one notifies no one, and keys missing from
    /// `items` are dropped.
    pub fn sync(&self, items: impl IntoIterator<Item = (K, V)>) {
        self.sync_from(items, |held, value| held == value, |value| value);
    }

    /// [`sync`](Self::sync) from source items that are compared with the values held as they
    /// are (`same`) and made into values (`make`) only when new or changed: typing a name
    /// copies one name, not a thousand.
    pub fn sync_from<S>(
        &self,
        items: impl IntoIterator<Item = (K, S)>,
        same: impl Fn(&V, &S) -> bool,
        make: impl Fn(S) -> V,
    ) {
        let mut keys_changed = false;
        let mut dropped = Vec::new();
        self.values.update_value(|values| {
            let mut seen = Vec::new();
            for (key, item) in items {
                match values.get(&key) {
                    Some(signal) => {
                        if !signal.with_untracked(|held| same(held, &item)) {
                            signal.set(make(item));
                        }
                    }
                    None => {
                        keys_changed = true;
                        values.insert(key.clone(), ArcRwSignal::new(make(item)));
                    }
                }
                seen.push(key);
            }
            if seen.len() < values.len() {
                keys_changed = true;
                let seen: HashSet<K> = seen.into_iter().collect();
                values.retain(|key, signal| {
                    let keep = seen.contains(key);
                    if !keep {
                        dropped.push(signal.clone());
                    }
                    keep
                });
            }
        });
        // The readers of a dropped key re-run, find it gone, and wait for keys to come.
        for signal in dropped {
            signal.notify();
        }
        if keys_changed {
            self.keys.notify();
        }
    }

    /// Read the value under `key`, tracking it; `None` when there is no such key, and then the
    /// caller re-runs when keys come or go.
    pub fn with<T>(&self, key: &K, read: impl FnOnce(&V) -> T) -> Option<T> {
        let signal = self.values.with_value(|values| values.get(key).cloned());
        match signal {
            Some(signal) => Some(signal.with(read)),
            None => {
                self.keys.track();
                None
            }
        }
    }
}

impl<K, V> Default for Keyed<K, V>
where
    K: Clone + Eq + Hash + Send + Sync + 'static,
    V: PartialEq + Send + Sync + 'static,
{
    fn default() -> Self {
        Self::new()
    }
}

/// One value derived from the whole journey, in a signal of its own that the store sets after
/// a change only when the value differs; a `Copy` handle.
///
/// A memo over the journey compares equal after a keystroke too, but only once the keystroke
/// has marked every one of its readers to be checked: with a thousand readers (a card's or a
/// header's part of it), that marking alone took milliseconds a keystroke. An unchanged
/// `Synced` marks no one.
pub struct Synced<T: Send + Sync + 'static> {
    value: RwSignal<T>,
}

impl<T: Send + Sync + 'static> Clone for Synced<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Synced<T> {}

impl<T: Send + Sync + 'static> Synced<T> {
    /// Holding `value` until the first sync.
    pub fn new(value: T) -> Self {
        Synced {
            value: RwSignal::new(value),
        }
    }

    /// Make the value what `make` gives, if `same` finds the one held out of date (compared
    /// with the source as it is, so that nothing is copied when nothing changed).
    pub fn sync_from<S: ?Sized>(
        &self,
        source: &S,
        same: impl FnOnce(&T, &S) -> bool,
        make: impl FnOnce(&S) -> T,
    ) {
        if !self.value.with_untracked(|held| same(held, source)) {
            self.value.set(make(source));
        }
    }

    /// Read the value, tracking it.
    pub fn with<R>(&self, read: impl FnOnce(&T) -> R) -> R {
        self.value.with(read)
    }

    /// The value as a signal, for a component's prop.
    pub fn signal(&self) -> Signal<T>
    where
        T: Clone,
    {
        self.value.read_only().into()
    }
}
