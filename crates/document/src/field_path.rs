//! The field of a JSON text that an error points at, named as a path
//! (`journey.touchpoints[3].lane`).
//!
//! serde_json says where in the text a document stopped fitting the model (a line and a
//! column) but not which field that is. Naming the field from the position costs one scan of
//! the text, and only when a document is refused; tracking the path while reading instead
//! (`serde_path_to_error`) wrapped every reader of the model a second time, 13 KB of the gzipped
//! wasm that every visit loads before the map (BENCHMARKS.md, issue 14).

/// The first byte serde_json had not read when it stopped (`error`'s column counts the bytes
/// read on its line), or `None` if the position lies outside the text.
fn next_unread(text: &str, error: &serde_json::Error) -> Option<usize> {
    let line_start = if error.line() <= 1 {
        0
    } else {
        text.match_indices('\n').nth(error.line() - 2)?.0 + 1
    };
    Some(line_start + error.column()).filter(|&next| next <= text.len())
}

/// The byte of the value an error is about. serde_json stops right after the value it
/// refuses (a string, a number, an object buffered whole), or, for an object or array where
/// something else belongs, before its opening bracket, which it only peeked at.
fn refused_byte(bytes: &[u8], next: usize) -> usize {
    let last_read = bytes[..next]
        .iter()
        .rposition(|byte| !byte.is_ascii_whitespace());
    let refused_on_sight = matches!(bytes.get(next), Some(b'{' | b'['))
        && last_read.is_none_or(|i| matches!(bytes[i], b':' | b',' | b'['));
    if refused_on_sight {
        next
    } else {
        last_read.unwrap_or(0)
    }
}

/// The path of the innermost value of `text` (well-formed JSON) that was being read when
/// `error` stopped serde_json, with map keys joined by dots and array indices in brackets; empty at the top
/// level. An error at a value (a string, a number, an opening bracket) names that value; an
/// error at a closing bracket (a missing field) names the object or array it closes.
pub fn path_at(text: &str, error: &serde_json::Error) -> String {
    let bytes = text.as_bytes();
    let next = next_unread(text, error).unwrap_or(bytes.len());
    let at = refused_byte(bytes, next);
    let mut open: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() && i <= at {
        match bytes[i] {
            b'{' | b'[' => {
                if let Some(frame) = open.last_mut() {
                    frame.value_starts();
                }
                open.push(if bytes[i] == b'{' {
                    Frame::object()
                } else {
                    Frame::array()
                });
                i += 1;
            }
            b'}' | b']' => {
                if i == at {
                    break;
                }
                open.pop();
                if let Some(frame) = open.last_mut() {
                    frame.value_ends();
                }
                i += 1;
            }
            b',' | b':' => i += 1,
            byte if byte.is_ascii_whitespace() => i += 1,
            // A string or a scalar: a member's key, or a value.
            byte => {
                let end = if byte == b'"' {
                    string_end(bytes, i)
                } else {
                    scalar_end(bytes, i)
                };
                match open.last_mut() {
                    Some(Frame::Object {
                        key: slot @ None, ..
                    }) => {
                        *slot = Some(serde_json::from_str(&text[i..end]).unwrap_or_default());
                        if at < end {
                            break;
                        }
                    }
                    Some(frame) => {
                        frame.value_starts();
                        if at < end {
                            break;
                        }
                        frame.value_ends();
                    }
                    None => {}
                }
                i = end;
            }
        }
    }
    let mut path = String::new();
    for frame in &open {
        frame.write_step(&mut path);
    }
    path
}

/// An object or array open at the position, and which of its members is being read.
enum Frame {
    Object {
        /// The member's key, from its reading until the comma after its value.
        key: Option<String>,
        in_value: bool,
    },
    Array {
        /// How many elements have started, and whether the last one is being read.
        started: usize,
        in_value: bool,
    },
}

impl Frame {
    fn object() -> Self {
        Frame::Object {
            key: None,
            in_value: false,
        }
    }

    fn array() -> Self {
        Frame::Array {
            started: 0,
            in_value: false,
        }
    }

    fn value_starts(&mut self) {
        match self {
            Frame::Object { in_value, .. } => *in_value = true,
            Frame::Array { started, in_value } => {
                *started += 1;
                *in_value = true;
            }
        }
    }

    fn value_ends(&mut self) {
        match self {
            Frame::Object { key, in_value } => {
                *key = None;
                *in_value = false;
            }
            Frame::Array { in_value, .. } => *in_value = false,
        }
    }

    /// This frame's step of the path, if one of its members is being read.
    fn write_step(&self, path: &mut String) {
        match self {
            Frame::Object {
                key: Some(key),
                in_value: true,
            } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Array {
                started,
                in_value: true,
            } => {
                path.push('[');
                path.push_str(&(started - 1).to_string());
                path.push(']');
            }
            _ => {}
        }
    }
}

/// The index just past the string that opens at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The index just past the number, `true`, `false` or `null` that starts at `start`.
fn scalar_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    while i < bytes.len()
        && !matches!(bytes[i], b',' | b'}' | b']' | b':' | b'"')
        && !bytes[i].is_ascii_whitespace()
    {
        i += 1;
    }
    i.max(start + 1)
}
