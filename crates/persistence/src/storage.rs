//! The key-value storage that journeys are kept in: `localStorage` in the browser, memory in
//! tests.

/// Why a write did not happen. The previous value under the key is intact either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// The storage quota is used up.
    QuotaExceeded,
    /// The browser refuses storage (disabled site data, sandboxed frame) or failed otherwise.
    Unavailable,
}

/// A store of texts under string keys, as `localStorage` is. Methods take `&self` because
/// the browser's storage is shared by every tab and handle; nothing here may panic.
pub trait Storage {
    /// Whether storage can be used at all; when not, reads find nothing and writes fail.
    fn available(&self) -> bool;

    /// The text under `key`, if storage works and holds one.
    fn read(&self, key: &str) -> Option<String>;

    /// Store `text` under `key`, replacing what was there only if the write succeeds.
    fn write(&self, key: &str, text: &str) -> Result<(), StorageError>;

    /// Remove `key`; removing what is not there is not an error.
    fn remove(&self, key: &str);

    /// Every key that starts with `prefix`, without the prefix, in no particular order.
    fn keys_after(&self, prefix: &str) -> Vec<String>;
}
