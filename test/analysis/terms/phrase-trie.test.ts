import { describe, expect, it } from 'vitest';
import { ABSENT, PhraseTrie, ROOT } from '../../../shared/analysis/terms/phrase-trie.ts';

/** The node of `word` by its character codes, added when new. */
function path(trie: PhraseTrie, word: string): number {
  let node = ROOT;
  for (let unit = 0; unit < word.length; unit++) node = trie.child(node, word.charCodeAt(unit));
  return node;
}

/** The node of `word`, or ABSENT; adds nothing. */
function lookup(trie: PhraseTrie, word: string): number {
  let node = ROOT;
  for (let unit = 0; unit < word.length && node !== ABSENT; unit++) node = trie.find(node, word.charCodeAt(unit));
  return node;
}

describe('PhraseTrie', () => {
  it('gives one node per phrase: the same path, the same node; another path, another node', () => {
    const trie = new PhraseTrie();
    const phrase = path(trie, '新型工业化');
    expect(path(trie, '新型工业化')).toBe(phrase);
    expect(path(trie, '新型工业')).not.toBe(phrase);
    expect(path(trie, '工业化')).not.toBe(phrase);
    // A prefix is the node on the way: 新型工业 is the parent of 新型工业化.
    expect(trie.find(lookup(trie, '新型工业'), '化'.charCodeAt(0))).toBe(phrase);
    expect(trie.size).toBe(1 + 5 + 3);
  });

  it('find adds nothing', () => {
    const trie = new PhraseTrie();
    path(trie, 'ab');
    const size = trie.size;
    expect(lookup(trie, 'abc')).toBe(ABSENT);
    expect(lookup(trie, 'b')).toBe(ABSENT);
    expect(trie.size).toBe(size);
  });

  it('keeps a value, a tag and a mark per node, each 0 (unmarked) until set', () => {
    const trie = new PhraseTrie();
    const a = path(trie, 'a');
    const ab = path(trie, 'ab');
    expect([trie.value(ab), trie.tag(ab), trie.isMarked(ab)]).toEqual([0, 0, false]);
    trie.setValue(ab, 7);
    trie.setTag(a, 3);
    trie.mark(ab);
    expect([trie.value(ab), trie.tag(ab), trie.isMarked(ab)]).toEqual([7, 0, true]);
    expect([trie.value(a), trie.tag(a), trie.isMarked(a)]).toEqual([0, 3, false]);
  });

  it('grows past its first size without losing an edge or a value', () => {
    const trie = new PhraseTrie(4);
    const nodes = new Map<number, number>();
    for (let word = 0; word < 20_000; word++) {
      // Word numbers as symbols, two levels deep: 20,000 edges from the root and as many below.
      const node = trie.child(trie.child(ROOT, word), word * 7 + 1);
      trie.setValue(node, word + 1);
      nodes.set(word, node);
    }
    expect(trie.size).toBe(1 + 40_000);
    for (const [word, node] of nodes) {
      expect(trie.find(trie.find(ROOT, word), word * 7 + 1)).toBe(node);
      expect(trie.value(node)).toBe(word + 1);
    }
  });

  it('clear empties it for the next article, values, tags and marks included', () => {
    const trie = new PhraseTrie();
    for (let word = 0; word < 5_000; word++) {
      const node = path(trie, `w${word}`);
      trie.setValue(node, 1);
      trie.setTag(node, 1);
      trie.mark(node);
    }
    trie.clear(10);
    expect(trie.size).toBe(1);
    expect(lookup(trie, 'w1')).toBe(ABSENT);
    const node = path(trie, 'w1');
    expect([trie.value(node), trie.tag(node), trie.isMarked(node)]).toEqual([0, 0, false]);
  });
});
