//! Storage in memory, for native tests: it can run out of quota or become unavailable, as
//! the browser's storage can.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use crate::storage::{Storage, StorageError};

/// A [`Storage`] held in memory. Its quota counts the characters of keys and texts, as
/// browsers count their storage; a write that would pass it fails and changes nothing.
#[derive(Debug, Default)]
pub struct MemoryStorage {
    items: RefCell<BTreeMap<String, String>>,
    quota: Cell<Option<usize>>,
    unavailable: Cell<bool>,
}

impl MemoryStorage {
    /// Empty storage without a quota.
    pub fn new() -> Self {
        MemoryStorage::default()
    }

    /// Storage holding these texts under these keys.
    pub fn with(items: &[(&str, &str)]) -> Self {
        let storage = MemoryStorage::new();
        for (key, text) in items {
            storage
                .items
                .borrow_mut()
                .insert((*key).to_owned(), (*text).to_owned());
        }
        storage
    }

    /// Allow at most `characters` in keys and texts together from now on (`None`: no limit).
    pub fn set_quota(&self, characters: Option<usize>) {
        self.quota.set(characters);
    }

    /// Fill the quota exactly: from now on, only writes that do not grow the storage succeed.
    pub fn fill(&self) {
        self.quota.set(Some(self.used()));
    }

    /// Make storage refuse every use (site data disabled), or work again.
    pub fn set_unavailable(&self, unavailable: bool) {
        self.unavailable.set(unavailable);
    }

    /// Every key and its text, in key order.
    pub fn items(&self) -> Vec<(String, String)> {
        self.items
            .borrow()
            .iter()
            .map(|(key, text)| (key.clone(), text.clone()))
            .collect()
    }

    fn used(&self) -> usize {
        self.items
            .borrow()
            .iter()
            .map(|(key, text)| key.chars().count() + text.chars().count())
            .sum()
    }
}

impl Storage for MemoryStorage {
    fn available(&self) -> bool {
        !self.unavailable.get()
    }

    fn read(&self, key: &str) -> Option<String> {
        if !self.available() {
            return None;
        }
        self.items.borrow().get(key).cloned()
    }

    fn write(&self, key: &str, text: &str) -> Result<(), StorageError> {
        if !self.available() {
            return Err(StorageError::Unavailable);
        }
        if let Some(quota) = self.quota.get() {
            let replaced = self
                .items
                .borrow()
                .get(key)
                .map_or(0, |old| key.chars().count() + old.chars().count());
            let after = self.used() - replaced + key.chars().count() + text.chars().count();
            if after > quota {
                return Err(StorageError::QuotaExceeded);
            }
        }
        self.items
            .borrow_mut()
            .insert(key.to_owned(), text.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) {
        if self.available() {
            self.items.borrow_mut().remove(key);
        }
    }

    fn keys_after(&self, prefix: &str) -> Vec<String> {
        if !self.available() {
            return Vec::new();
        }
        self.items
            .borrow()
            .keys()
            .filter_map(|key| key.strip_prefix(prefix).map(str::to_owned))
            .collect()
    }
}
