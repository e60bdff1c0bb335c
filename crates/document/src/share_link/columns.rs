//! The payload's columns: how lists of ids, enum values, counts and texts are written one
//! after another, and read back without trusting a single count.
//!
//! Every reader here is total: a count is bounded by the bytes left before anything is
//! allocated for it, and a column that was promised more items than the bytes hold runs
//! out of bytes, not memory.

use super::number::{put_varint, unzigzag, zigzag, Malformed, Reader};

/// Append ids as zigzag deltas from the previous one (the first from 0).
pub(super) fn put_deltas(w: &mut Vec<u8>, ids: impl Iterator<Item = u32>) {
    let mut previous = 0i64;
    for id in ids {
        put_varint(w, zigzag(i64::from(id) - previous));
        previous = i64::from(id);
    }
}

/// Append ids written whole, for references that jump about (a stakeholder, an anchor).
pub(super) fn put_ids(w: &mut Vec<u8>, ids: impl Iterator<Item = u32>) {
    for id in ids {
        put_varint(w, id.into());
    }
}

/// Append positions in an enum's `ALL` list, one byte each.
pub(super) fn put_indices(w: &mut Vec<u8>, indices: impl Iterator<Item = usize>) {
    // Every `ALL` list is far shorter than 256.
    w.extend(indices.map(|index| index as u8));
}

/// Append counts of items, one varint each.
pub(super) fn put_counts(w: &mut Vec<u8>, counts: impl Iterator<Item = usize>) {
    for count in counts {
        put_varint(w, count as u64);
    }
}

/// One column of the text section: a field's text for every item, in item order.
pub(super) struct Texts<'a> {
    /// Whether a text may be absent: then its length is written as 0 for none, else
    /// length + 1, so an empty text and no text stay two things.
    optional: bool,
    items: Vec<Option<&'a str>>,
}

impl<'a> Texts<'a> {
    /// A text every item has (possibly empty).
    pub(super) fn plain(items: impl Iterator<Item = &'a str>) -> Self {
        Texts {
            optional: false,
            items: items.map(Some).collect(),
        }
    }

    /// A text an item may lack.
    pub(super) fn optional(items: impl Iterator<Item = Option<&'a str>>) -> Self {
        Texts {
            optional: true,
            items: items.collect(),
        }
    }
}

/// Append the text section: every column's lengths, then every text's UTF-8 bytes in the
/// same order, so that names sit together for the compressor.
pub(super) fn put_texts(w: &mut Vec<u8>, columns: &[Texts]) {
    for column in columns {
        for text in &column.items {
            let length = text.map_or(0, |text| text.len() as u64);
            let present = u64::from(column.optional && text.is_some());
            put_varint(w, length + present);
        }
    }
    for text in columns
        .iter()
        .flat_map(|column| column.items.iter().flatten())
    {
        w.extend_from_slice(text.as_bytes());
    }
}

/// The shape of one column of the text section, as the reader knows it from the counts.
#[derive(Clone, Copy)]
pub(super) struct TextShape {
    /// Whether a text may be absent (see [`Texts`]).
    pub(super) optional: bool,
    /// How many items the column has.
    pub(super) items: usize,
}

/// Read the text section written by [`put_texts`]: one list per column, `None` only where
/// an optional text is absent.
pub(super) fn read_texts(
    r: &mut Reader,
    shapes: &[TextShape],
) -> Result<Vec<Vec<Option<String>>>, Malformed> {
    let mut lengths = Vec::with_capacity(shapes.len());
    for shape in shapes {
        lengths.push(column(r, shape.items, |r| {
            let encoded = length(r)?;
            Ok(if shape.optional {
                encoded.checked_sub(1)
            } else {
                Some(encoded)
            })
        })?);
    }
    let mut columns = Vec::with_capacity(lengths.len());
    for column in lengths {
        let mut texts = Vec::with_capacity(column.len());
        for length in column {
            texts.push(match length {
                None => None,
                Some(length) => Some(text(r, length)?),
            });
        }
        columns.push(texts);
    }
    Ok(columns)
}

/// One text written as its length and its bytes, outside the text section (the unit of
/// value, which version 2 added to the settings).
pub(super) fn read_text(r: &mut Reader) -> Result<String, Malformed> {
    let length = length(r)?;
    text(r, length)
}

/// Texts every item has, from a column read by [`read_texts`].
pub(super) fn plain(texts: Vec<Option<String>>) -> Vec<String> {
    texts.into_iter().map(Option::unwrap_or_default).collect()
}

/// A count of items still to be read; each takes at least a byte, so a count beyond the
/// bytes left is damage, refused before anything is allocated for it.
pub(super) fn count(r: &mut Reader) -> Result<usize, Malformed> {
    let n = usize::try_from(r.varint()?).map_err(|_| Malformed)?;
    if n > r.remaining() {
        return Err(Malformed);
    }
    Ok(n)
}

/// The length of a text still to be read.
fn length(r: &mut Reader) -> Result<usize, Malformed> {
    usize::try_from(r.varint()?).map_err(|_| Malformed)
}

/// The sum of counts; the columns that read that many items run out of bytes if it lies.
pub(super) fn total(counts: &[usize]) -> Result<usize, Malformed> {
    counts
        .iter()
        .try_fold(0usize, |sum, &n| sum.checked_add(n))
        .ok_or(Malformed)
}

/// `n` items read one after another; `n` is already bounded by the bytes read so far.
pub(super) fn column<'a, T>(
    r: &mut Reader<'a>,
    n: usize,
    mut item: impl FnMut(&mut Reader<'a>) -> Result<T, Malformed>,
) -> Result<Vec<T>, Malformed> {
    // Grows as items arrive, so a count that lies runs out of bytes, not memory.
    let mut items = Vec::with_capacity(n.min(r.remaining()));
    for _ in 0..n {
        items.push(item(r)?);
    }
    Ok(items)
}

fn text(r: &mut Reader, length: usize) -> Result<String, Malformed> {
    String::from_utf8(r.take(length)?.to_vec()).map_err(|_| Malformed)
}

/// An id written whole.
pub(super) fn id(r: &mut Reader) -> Result<u32, Malformed> {
    u32::try_from(r.varint()?).map_err(|_| Malformed)
}

/// `n` ids written as deltas by [`put_deltas`].
pub(super) fn deltas(r: &mut Reader, n: usize) -> Result<Vec<u32>, Malformed> {
    let mut previous = 0i64;
    column(r, n, |r| {
        let id = previous
            .checked_add(unzigzag(r.varint()?))
            .and_then(|id| u32::try_from(id).ok())
            .ok_or(Malformed)?;
        previous = i64::from(id);
        Ok(id)
    })
}

/// One of an enum's values by its position in `all`.
pub(super) fn choice<T: Copy>(r: &mut Reader, all: &[T]) -> Result<T, Malformed> {
    all.get(usize::from(r.byte()?)).copied().ok_or(Malformed)
}

/// A byte of flags with each bit set whose flag is.
pub(super) fn bits<const N: usize>(flags: [(bool, u8); N]) -> u8 {
    flags
        .into_iter()
        .filter(|&(set, _)| set)
        .fold(0, |byte, (_, bit)| byte | bit)
}

/// A byte of flags of which only the bits in `mask` may be set, so that one payload has one
/// meaning.
pub(super) fn flags(r: &mut Reader, mask: u8) -> Result<u8, Malformed> {
    let byte = r.byte()?;
    if byte & !mask != 0 {
        return Err(Malformed);
    }
    Ok(byte)
}
