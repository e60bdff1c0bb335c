//! Which item of one list is which item of another: pairs of positions, found in passes from
//! the surest key to the loosest, each pass pairing only what the earlier ones left.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// Pairs between the positions of an as-is list and a to-be list; each item is in at most one
/// pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pairing {
    /// For each as-is item, the position of its to-be counterpart.
    to_be_of: Vec<Option<usize>>,
    /// For each to-be item, the position of its as-is counterpart.
    as_is_of: Vec<Option<usize>>,
}

impl Pairing {
    /// No pairs yet between lists of these lengths.
    pub(crate) fn new(as_is: usize, to_be: usize) -> Self {
        Pairing {
            to_be_of: vec![None; as_is],
            as_is_of: vec![None; to_be],
        }
    }

    /// Pair the unpaired items whose keys are equal and that `accept` takes, the first as-is
    /// item with the first to-be item of the same key, in list order, so that two touchpoints
    /// of one name in one cell pair up in their order. Items without a key wait for a later
    /// pass.
    pub(crate) fn pass<K: Eq + Hash>(
        &mut self,
        as_is_key: impl Fn(usize) -> Option<K>,
        to_be_key: impl Fn(usize) -> Option<K>,
        accept: impl Fn(usize, usize) -> bool,
    ) {
        let mut waiting: HashMap<K, VecDeque<usize>> = HashMap::new();
        for i in (0..self.to_be_of.len()).filter(|&i| self.to_be_of[i].is_none()) {
            if let Some(key) = as_is_key(i) {
                waiting.entry(key).or_default().push_back(i);
            }
        }
        for j in 0..self.as_is_of.len() {
            if self.as_is_of[j].is_some() {
                continue;
            }
            let Some(queue) = to_be_key(j).and_then(|key| waiting.get_mut(&key)) else {
                continue;
            };
            if let Some(at) = queue.iter().position(|&i| accept(i, j)) {
                if let Some(i) = queue.remove(at) {
                    self.to_be_of[i] = Some(j);
                    self.as_is_of[j] = Some(i);
                }
            }
        }
    }

    /// [`Self::pass`] over two lists of items, keyed by what `as_is_key` and `to_be_key`
    /// read of each, every pair of equal keys taken.
    pub(crate) fn pass_over<T, K: Eq + Hash>(
        &mut self,
        (as_is, to_be): (&[T], &[T]),
        as_is_key: impl Fn(&T) -> Option<K>,
        to_be_key: impl Fn(&T) -> Option<K>,
    ) {
        self.pass(
            |i| as_is_key(&as_is[i]),
            |j| to_be_key(&to_be[j]),
            |_, _| true,
        );
    }

    /// The to-be counterpart of the as-is item at `i`.
    pub(crate) fn to_be_of(&self, i: usize) -> Option<usize> {
        self.to_be_of.get(i).copied().flatten()
    }

    /// The as-is counterpart of the to-be item at `j`.
    pub(crate) fn as_is_of(&self, j: usize) -> Option<usize> {
        self.as_is_of.get(j).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::Pairing;

    #[test]
    fn equal_keys_pair_in_list_order_and_later_passes_take_only_the_rest() {
        let as_is = ["call", "call", "visit"];
        let to_be = ["visit", "call", "mail", "call"];
        let mut pairing = Pairing::new(as_is.len(), to_be.len());
        pairing.pass(|i| Some(as_is[i]), |j| Some(to_be[j]), |_, _| true);
        assert_eq!(
            (
                pairing.to_be_of(0),
                pairing.to_be_of(1),
                pairing.to_be_of(2)
            ),
            (Some(1), Some(3), Some(0))
        );
        assert_eq!(pairing.as_is_of(2), None);
        pairing.pass(|_| Some(()), |_| Some(()), |_, _| true);
        assert_eq!(pairing.as_is_of(2), None, "nothing is left to pair with");
    }

    #[test]
    fn a_pair_that_accept_refuses_is_left_unpaired() {
        let mut pairing = Pairing::new(1, 1);
        pairing.pass(|_| Some(7), |_| Some(7), |_, _| false);
        assert_eq!((pairing.to_be_of(0), pairing.as_is_of(0)), (None, None));
    }
}
