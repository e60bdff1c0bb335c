// A CPU profile's samples summed by function name, for the profiling scripts (profile.mjs,
// profile-open.mjs): how long each function ran itself, and how long it was on the stack.

/** Adds `us` to `key`'s sum in `map`. */
export const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);

/** Sums of a profile's samples: `self` by the function sampled, `total` by every function on its stack. */
export class Samples {
  constructor(profile) {
    this.byId = new Map(profile.nodes.map((n) => [n.id, n]));
    this.parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) this.parent.set(c, n.id);
    this.self = new Map();
    this.total = new Map();
  }

  /** Counts the sample of node `id`, `us` long; returns the names on its stack. */
  count(id, us) {
    const frame = this.byId.get(id).callFrame;
    add(this.self, frame.functionName || `(${frame.url.split('/').pop()}:${frame.lineNumber})`, us);
    // Inclusive: once per sample, however deep the function recurs.
    const seen = new Set();
    for (let node = id; node !== undefined; node = this.parent.get(node)) {
      const name = this.byId.get(node).callFrame.functionName;
      if (name && !seen.has(name)) {
        seen.add(name);
        add(this.total, name, us);
      }
    }
    return seen;
  }
}
