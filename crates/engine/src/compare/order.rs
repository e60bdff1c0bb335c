//! The order of two paired lists: one list of rows for both, and which paired items changed
//! their order.

use super::pairing::Pairing;

/// Positions of one row: the item's place in the as-is and in the to-be lists.
pub(crate) type Row = (Option<usize>, Option<usize>);

/// Every item of both lists once, in the to-be's order, each item only the as-is has placed
/// right after the paired item it followed there (at the start when none did), so that a
/// removed step shows where it was.
pub(crate) fn rows(pairing: &Pairing, as_is: usize, to_be: usize) -> Vec<Row> {
    // `left_behind[0]`: as-is-only items before any paired one; `left_behind[i + 1]`: those
    // after the paired as-is item `i`.
    let mut left_behind = vec![Vec::new(); as_is + 1];
    let mut last_paired = 0;
    for i in 0..as_is {
        if pairing.to_be_of(i).is_some() {
            last_paired = i + 1;
        } else {
            left_behind[last_paired].push(i);
        }
    }
    let removed = |slot: &Vec<usize>| slot.iter().map(|&i| (Some(i), None)).collect::<Vec<_>>();
    let mut rows = removed(&left_behind[0]);
    for j in 0..to_be {
        let i = pairing.as_is_of(j);
        rows.push((i, Some(j)));
        if let Some(i) = i {
            rows.extend(removed(&left_behind[i + 1]));
        }
    }
    rows
}

/// The to-be positions of paired items that moved: those outside a longest run that kept
/// its order, so that moving one step past three others reports the one step, not the three.
pub(crate) fn moved(pairing: &Pairing, to_be: usize) -> Vec<usize> {
    let paired: Vec<(usize, usize)> = (0..to_be)
        .filter_map(|j| pairing.as_is_of(j).map(|i| (j, i)))
        .collect();
    // Longest increasing run of as-is positions along the to-be order (quadratic: steps
    // are few).
    let mut length = vec![1usize; paired.len()];
    let mut before = vec![None; paired.len()];
    for b in 0..paired.len() {
        for a in 0..b {
            if paired[a].1 < paired[b].1 && length[a] + 1 > length[b] {
                length[b] = length[a] + 1;
                before[b] = Some(a);
            }
        }
    }
    let mut kept = vec![false; paired.len()];
    let mut at = (0..paired.len()).max_by_key(|&b| (length[b], std::cmp::Reverse(b)));
    while let Some(b) = at {
        kept[b] = true;
        at = before[b];
    }
    paired
        .iter()
        .zip(kept)
        .filter(|(_, kept)| !kept)
        .map(|((j, _), _)| *j)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{moved, rows};
    use crate::compare::pairing::Pairing;

    fn pairing(as_is: &[&str], to_be: &[&str]) -> Pairing {
        let mut pairing = Pairing::new(as_is.len(), to_be.len());
        pairing.pass(|i| Some(as_is[i]), |j| Some(to_be[j]), |_, _| true);
        pairing
    }

    #[test]
    fn a_removed_item_stays_after_the_one_it_followed() {
        let p = pairing(&["a", "x", "b", "y"], &["z", "a", "b"]);
        let rows = rows(&p, 4, 3);
        assert_eq!(
            rows,
            vec![
                (None, Some(0)),
                (Some(0), Some(1)),
                (Some(1), None),
                (Some(2), Some(2)),
                (Some(3), None)
            ]
        );
    }

    #[test]
    fn one_item_moved_past_others_is_the_one_reported() {
        let p = pairing(&["a", "b", "c", "d"], &["b", "c", "d", "a"]);
        assert_eq!(moved(&p, 4), vec![3]);
        let same = pairing(&["a", "b"], &["a", "b"]);
        assert!(moved(&same, 2).is_empty());
    }
}
