/** The root node: the empty phrase. */
export const ROOT = 0;
/** What `find` returns for a phrase the trie does not hold. */
export const ABSENT = -1;

/** Slots (edges) a table has at least; a power of two. */
const MIN_SLOTS = 1024;
/** A table grown beyond this many slots (a very long page's) is not kept for the next article. */
const MAX_KEPT_SLOTS = 1 << 18;

/**
 * A trie of phrases, every node a small integer (the root is 0) and every edge a `(node, symbol)` →
 * child entry of one open-addressing hash table in typed arrays: a step costs a multiply, a shift and
 * a probe or two, and builds no string, object or Map entry. The symbols are the caller's (character
 * codes, word numbers): as long as a node's path of symbols spells exactly one phrase, a node *is* the
 * phrase's key — the key-terms stage counts every n-gram of an article under its node and builds the
 * phrase's string only for the few that are ranked.
 *
 * Each node carries two numbers, a value and a tag (0 until set), and a mark, for the caller's use. `clear` empties the trie for
 * the next article and keeps its memory: allocating the tables afresh for every article costs more
 * than filling them (their backing stores are outside the JS heap, and V8 collects garbage sooner for
 * every new one).
 *
 * @example
 * const trie = new PhraseTrie();
 * const ab = trie.child(trie.child(ROOT, 97), 98); // 'ab' by character codes
 * trie.find(trie.find(ROOT, 97), 98) === ab;        // true; find never adds
 */
export class PhraseTrie {
  /** Nodes so far, the root included: every node is below this. */
  size = 1;
  /** Edges, three numbers a slot: parent, symbol, child (0 = empty: the root is nobody's child). Only the first `3 * (mask + 1)` are in use. */
  private slots: Int32Array;
  private mask: number;
  private edges = 0;
  private values: Int32Array;
  private tags: Int32Array;
  private marks: Uint8Array;

  /** `expectedNodes` sizes the table so that the article never has to grow it. */
  constructor(expectedNodes = 0) {
    const capacity = capacityFor(expectedNodes);
    this.slots = new Int32Array(3 * capacity);
    this.mask = capacity - 1;
    this.values = new Int32Array(capacity);
    this.tags = new Int32Array(capacity);
    this.marks = new Uint8Array(capacity);
  }

  /** Empties the trie for an article of about `expectedNodes` nodes. */
  clear(expectedNodes: number): void {
    const capacity = capacityFor(expectedNodes);
    if (3 * capacity > this.slots.length || this.slots.length > 3 * MAX_KEPT_SLOTS) {
      this.slots = new Int32Array(3 * capacity);
      this.values = new Int32Array(capacity);
      this.tags = new Int32Array(capacity);
      this.marks = new Uint8Array(capacity);
    } else this.slots.fill(0, 0, 3 * capacity);
    this.mask = capacity - 1;
    this.size = 1;
    this.edges = 0;
    this.values[ROOT] = 0;
    this.tags[ROOT] = 0;
    this.marks[ROOT] = 0;
  }

  /** The child of `node` along `symbol` (an integer ≥ 0), added when it is new. */
  child(node: number, symbol: number): number {
    const slots = this.slots;
    const slot = this.probe(node, symbol);
    const at = 3 * slot;
    const found = slots[at + 2] ?? 0;
    if (found !== 0) return found;
    const child = this.size++;
    slots[at] = node;
    slots[at + 1] = symbol;
    slots[at + 2] = child;
    this.values[child] = 0;
    this.tags[child] = 0;
    this.marks[child] = 0;
    // Kept at most half full, so probe runs stay short (and there are fewer nodes than slots).
    if (++this.edges * 2 > this.mask) this.grow();
    return child;
  }

  /** The child of `node` along `symbol`, or ABSENT; never adds one. */
  find(node: number, symbol: number): number {
    const child = this.slots[3 * this.probe(node, symbol) + 2] ?? 0;
    return child === 0 ? ABSENT : child;
  }

  /** The slot that holds the edge from `node` along `symbol`, or the empty slot where it would go (linear probing). */
  private probe(node: number, symbol: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = slotOf(node, symbol, mask);
    for (;;) {
      const at = 3 * slot;
      if ((slots[at + 2] ?? 0) === 0 || (slots[at] === node && slots[at + 1] === symbol)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** The node's value: 0 until `setValue`. */
  value(node: number): number {
    return this.values[node] ?? 0;
  }

  setValue(node: number, value: number): void {
    this.values[node] = value;
  }

  /** The node's tag: 0 until `setTag`. */
  tag(node: number): number {
    return this.tags[node] ?? 0;
  }

  setTag(node: number, tag: number): void {
    this.tags[node] = tag;
  }

  isMarked(node: number): boolean {
    return this.marks[node] === 1;
  }

  mark(node: number): void {
    this.marks[node] = 1;
  }

  /** Twice the slots, every edge re-placed; the node columns follow. */
  private grow(): void {
    const old = this.slots;
    const used = 3 * (this.mask + 1);
    const capacity = 2 * (this.mask + 1);
    const mask = capacity - 1;
    const slots = new Int32Array(3 * capacity);
    for (let at = 0; at < used; at += 3) {
      const child = old[at + 2] ?? 0;
      if (child === 0) continue;
      const node = old[at] ?? 0;
      const symbol = old[at + 1] ?? 0;
      let slot = slotOf(node, symbol, mask);
      while (slots[3 * slot + 2] !== 0) slot = (slot + 1) & mask;
      slots[3 * slot] = node;
      slots[3 * slot + 1] = symbol;
      slots[3 * slot + 2] = child;
    }
    this.slots = slots;
    this.mask = mask;
    if (this.values.length < capacity) {
      const values = new Int32Array(capacity);
      values.set(this.values);
      this.values = values;
      const tags = new Int32Array(capacity);
      tags.set(this.tags);
      this.tags = tags;
      const marks = new Uint8Array(capacity);
      marks.set(this.marks);
      this.marks = marks;
    }
  }
}

/** Slots for a table of `expectedNodes` nodes: a power of two, at least twice as many. */
function capacityFor(expectedNodes: number): number {
  let capacity = MIN_SLOTS;
  while (capacity < 2 * expectedNodes) capacity *= 2;
  return capacity;
}

/** Where the edge `(node, symbol)` is looked for first: the two numbers mixed (multiply-xorshift) and masked. */
function slotOf(node: number, symbol: number, mask: number): number {
  let hash = Math.imul(node, 0x9e3779b1) ^ symbol;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return (hash ^ (hash >>> 13)) & mask;
}
