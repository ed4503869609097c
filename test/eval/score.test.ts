import { describe, expect, it } from 'vitest';
import {
  bigramOverlap,
  countHeadingMatches,
  countSentenceMatches,
  fold,
  latinSurname,
  matchAttribute,
  matchHeading,
  matchSpeaker,
  pairHeadings,
  pairSpeakers,
  prf,
  prfFromRates,
} from '../../scripts/eval/score.ts';

const speaker = (name: string, aliases: string[] = []) => ({ name, aliases });

describe('fold (NFKC, case, whitespace and interpuncts)', () => {
  it('maps full-width forms and case to one spelling', () => {
    expect(fold('ＡＢＣ，１２')).toBe('abc,12');
    expect(fold('Barack OBAMA')).toBe('barackobama');
  });

  it('treats the interpuncts of transliterated names as one', () => {
    expect(fold('迈克尔•布兰德')).toBe('迈克尔布兰德');
    expect(fold('斯蒂芬妮·席尔霍尔茨')).toBe(fold('斯蒂芬妮・席尔霍尔茨'));
    expect(fold('斯蒂芬妮･席尔霍尔茨')).toBe(fold('斯蒂芬妮·席尔霍尔茨'));
  });

  it('removes stray whitespace, including ideographic and no-break spaces', () => {
    expect(fold(' 习近平\u3000总书记\u00a0')).toBe('习近平总书记');
  });

  it('keeps other punctuation, so a "?" in place of "·" is not folded away', () => {
    expect(fold('迈克尔?布兰德')).not.toBe(fold('迈克尔·布兰德'));
  });
});

describe('matchSpeaker', () => {
  it('matches a predicted name against a gold alias', () => {
    expect(matchSpeaker(speaker('习近平总书记'), speaker('习近平', ['习近平总书记']))).toBe('name');
  });

  it('matches a predicted alias against the gold name', () => {
    expect(matchSpeaker(speaker('汪处长', ['汪凤英']), speaker('汪凤英'))).toBe('name');
  });

  it('matches names that differ only in interpunct and spacing', () => {
    expect(matchSpeaker(speaker('迈克尔·布兰德'), speaker('迈克尔•布兰德'))).toBe('name');
  });

  it('matches Latin-script names by surname', () => {
    expect(matchSpeaker(speaker('Mr. Kerry'), speaker('John Kerry'))).toBe('surname');
    expect(matchSpeaker(speaker('Martin Luther King Jr.'), speaker('Dr. King'))).toBe('surname');
  });

  it('does not match different people', () => {
    expect(matchSpeaker(speaker('Hugh Hill'), speaker('Josh Earnest'))).toBeNull();
    expect(matchSpeaker(speaker('张文师'), speaker('张文'))).toBeNull();
  });

  it('does not apply the surname rule to Chinese names', () => {
    // Same last character, different people: only Latin-script names compare surnames.
    expect(matchSpeaker(speaker('李岩'), speaker('王岩'))).toBeNull();
    expect(latinSurname('李岩')).toBeUndefined();
  });

  it('pairs one to one, exact names before surnames', () => {
    const predicted = [speaker('Parry'), speaker('Fiona Parry'), speaker('Fiona Parry')];
    const gold = [speaker('Eloise Parry'), speaker('Fiona Parry', ['Fiona'])];
    const pairs = pairSpeakers(predicted, gold);
    expect(pairs.map(([p, g]) => [p.name, g.name])).toEqual([
      ['Fiona Parry', 'Fiona Parry'],
      ['Parry', 'Eloise Parry'],
    ]);
  });
});

describe('matchHeading (also key terms)', () => {
  it('matches equal text after folding', () => {
    expect(matchHeading('Gun Laws', 'gun  laws')).toBe(true);
  });

  it('matches containment when the shorter is at least 60 % of the longer', () => {
    expect(matchHeading('高质量发展', '高质量发展之路')).toBe(true); // 5 / 7 ≈ 0.71
    expect(matchHeading('新型工业', '新型工业化')).toBe(true); // 4 / 5 = 0.8
    expect(matchHeading('高质量', '高质量发展')).toBe(true); // 3 / 5 = 0.6, the bound itself
  });

  it('does not match containment below 60 %', () => {
    expect(matchHeading('发展', '高质量发展')).toBe(false); // 2 / 5
    expect(matchHeading('新型', '新型工业化')).toBe(false); // 2 / 5
  });

  it('does not match overlapping text that neither contains', () => {
    expect(matchHeading('清洁能源产业', '能源产业高地')).toBe(false);
  });

  it('never matches an empty string', () => {
    expect(matchHeading('', '')).toBe(false);
    expect(matchHeading(' ', '新型工业化')).toBe(false);
  });

  it('counts each gold item once, so nested duplicates cannot both score', () => {
    expect(countHeadingMatches(['高质量发展', '高质量', '光伏'], ['高质量发展', '光伏', '数字经济'])).toBe(2);
  });

  it('gives an exact match priority over a containment match', () => {
    // '新型工业' would contain-match '新型工业化' first; the exact '新型工业' must keep its own gold.
    expect(countHeadingMatches(['新型工业', '新型工业化'], ['新型工业化', '新型工业'])).toBe(2);
    expect(pairHeadings(['新型工业', '新型工业化', '推进'], ['新型工业化', '新型工业'])).toEqual([1, 0, -1]);
  });
});

describe('matchAttribute (role and org)', () => {
  it('accepts one containing the other', () => {
    expect(matchAttribute('处长', '处长')).toBe(true);
    expect(matchAttribute('青海省工业和信息化厅', '青海省工业和信息化厅信息发展处')).toBe(true);
    expect(matchAttribute('White House press secretary', 'press secretary')).toBe(true);
  });

  it('rejects a different value or an empty prediction', () => {
    expect(matchAttribute('副处长', '科长')).toBe(false);
    expect(matchAttribute(null, '处长')).toBe(false);
    expect(matchAttribute('', '处长')).toBe(false);
  });
});

describe('bigramOverlap (summary sentences)', () => {
  it('is 1 for the same sentence in different widths and spacing', () => {
    expect(bigramOverlap('9月22日至23日，全国新型工业化推进大会在北京召开。', '9月22日至23日,全国新型工业化推进大会在北京召开。')).toBe(1);
  });

  it('divides by the smaller set, so a clause of a key sentence matches it', () => {
    expect(bigramOverlap('全国新型工业化推进大会在北京召开', '9月22日至23日,全国新型工业化推进大会在北京召开。')).toBe(1);
  });

  it('stays below 0.7 for a different sentence on the same topic', () => {
    const overlap = bigramOverlap('全国新型工业化推进大会在北京召开。', '推进新型工业化是一个系统工程。');
    expect(overlap).toBeLessThan(0.7);
    expect(countSentenceMatches(['全国新型工业化推进大会在北京召开。'], ['推进新型工业化是一个系统工程。'])).toEqual({ predictedHits: 0, goldHits: 0 });
  });

  it('is 0 when a side has no bigram', () => {
    expect(bigramOverlap('好', '好')).toBe(0);
  });

  it('counts precision over summary sentences and recall over key sentences', () => {
    const key = ['The vulnerability stems from the fact that the client is allowed to send data.', 'Mojang has failed to act on it.'];
    const summary = ['The vulnerability stems from the fact that the client is allowed to send data.', 'Minecraft is popular.', 'Something else entirely.'];
    expect(countSentenceMatches(summary, key)).toEqual({ predictedHits: 1, goldHits: 1 });
  });
});

describe('prf', () => {
  it('computes precision, recall and F1 from counts', () => {
    expect(prf(3, 4, 6)).toEqual({ precision: 0.75, recall: 0.5, f1: 0.6 });
  });

  it('scores F1 0, not undefined, when nothing is predicted but gold has items', () => {
    expect(prf(0, 0, 3)).toEqual({ precision: null, recall: 0, f1: 0 });
  });

  it('leaves everything undefined when both sides are empty', () => {
    expect(prf(0, 0, 0)).toEqual({ precision: null, recall: null, f1: null });
  });

  it('takes the harmonic mean of rates for summaries', () => {
    const { precision, recall, f1 } = prfFromRates(2, 4, 3, 5);
    expect([precision, recall]).toEqual([0.5, 0.6]);
    expect(f1).toBeCloseTo((2 * 0.5 * 0.6) / 1.1, 10);
  });
});
