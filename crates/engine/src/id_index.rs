//! From an item's id to its position in a list, fast: the value engine looks one up for every
//! effect and emotion of a journey.

use std::collections::HashMap;

/// Positions of ids in a list. Ids are small and dense in practice (they are handed out as
/// max + 1), so a plain table indexed by id serves; a hash map is the fallback for ids a
/// hand-edited document may have spread out.
pub(crate) enum IdIndex {
    /// `table[id]` is the position, or `u32::MAX` for an id not in the list.
    Dense(Vec<u32>),
    /// Ids too spread out for a table.
    Sparse(HashMap<u32, usize>),
}

impl IdIndex {
    /// Index the ids of a list, in list order; a repeated id keeps its first position.
    pub(crate) fn new(ids: impl Iterator<Item = u32> + Clone) -> Self {
        let count = ids.clone().count();
        let max = ids.clone().max().unwrap_or(0) as usize;
        if max <= 4 * count + 1024 {
            let mut table = vec![u32::MAX; max + 1];
            for (position, id) in ids.enumerate() {
                let slot = &mut table[id as usize];
                if *slot == u32::MAX {
                    *slot = position as u32;
                }
            }
            IdIndex::Dense(table)
        } else {
            let mut map = HashMap::with_capacity(count);
            for (position, id) in ids.enumerate() {
                map.entry(id).or_insert(position);
            }
            IdIndex::Sparse(map)
        }
    }

    /// The position of `id`, if the list has it.
    pub(crate) fn get(&self, id: u32) -> Option<usize> {
        match self {
            IdIndex::Dense(table) => match table.get(id as usize) {
                Some(&position) if position != u32::MAX => Some(position as usize),
                _ => None,
            },
            IdIndex::Sparse(map) => map.get(&id).copied(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::IdIndex;

    #[test]
    fn dense_and_sparse_ids_find_the_same_positions() {
        let dense = IdIndex::new([3u32, 1, 2].into_iter());
        assert!(matches!(dense, IdIndex::Dense(_)));
        assert_eq!(
            (dense.get(3), dense.get(1), dense.get(2)),
            (Some(0), Some(1), Some(2))
        );
        assert_eq!(
            (dense.get(0), dense.get(4), dense.get(u32::MAX)),
            (None, None, None)
        );

        let sparse = IdIndex::new([7u32, 4_000_000_000].into_iter());
        assert!(matches!(sparse, IdIndex::Sparse(_)));
        assert_eq!(
            (sparse.get(4_000_000_000), sparse.get(7), sparse.get(8)),
            (Some(1), Some(0), None)
        );
    }

    #[test]
    fn a_repeated_id_keeps_its_first_position() {
        let index = IdIndex::new([5u32, 5].into_iter());
        assert_eq!(index.get(5), Some(0));
    }
}
