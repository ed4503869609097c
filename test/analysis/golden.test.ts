import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/pipeline.ts';
import type { AnalyzeRequest, AnalyzeResponse } from '../../shared/schema/index.ts';

/**
 * Golden fixtures named by case (test/fixtures/analysis/<lang>--<case>.json): a small hand-written
 * request and the speakers a careful editor expects. `UPDATE=1 npx vitest run --project unit
 * test/analysis/golden.test.ts` rewrites `expected` from the current output — review the diff before
 * committing it.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/analysis');
const UPDATE = process.env.UPDATE === '1';

interface Fixture {
  description: string;
  request: AnalyzeRequest;
  expected: ReturnType<typeof visible> | null;
}

/** What the sidebar shows about speakers: names, aliases, role, organisation and each statement. */
function visible(response: AnalyzeResponse) {
  return {
    speakers: response.speakers.map((speaker) => ({
      name: speaker.name,
      aliases: speaker.aliases,
      role: speaker.role,
      org: speaker.org,
      quotes: speaker.quotes.map((quote) => `${quote.direct ? 'direct' : 'reported'} ${quote.blockId}: ${quote.text}`),
    })),
    orgSpeakers: response.orgSpeakers.map((org) => ({
      name: org.name,
      quotes: org.quotes.map((quote) => `${quote.direct ? 'direct' : 'reported'} ${quote.blockId}: ${quote.text}`),
    })),
  };
}

const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.json')).sort();

describe('golden fixtures', () => {
  it('has the named cases of issue 3', () => {
    expect(files.map((name) => name.replace(/\.json$/u, ''))).toEqual(
      expect.arrayContaining([
        'zh--title-org-name-chain', 'zh--quote-first-attribution', 'zh--colon-quote-no-verb', 'zh--split-quote',
        'zh--coreference-project', 'zh--interpunct-name', 'en--appositive-title', 'en--said-name-appositive',
        'en--according-to', 'en--pronoun-said',
      ]),
    );
  });

  it.each(files)('%s', (file) => {
    const fullPath = path.join(FIXTURES, file);
    const fixture = JSON.parse(readFileSync(fullPath, 'utf8')) as Fixture;
    const actual = visible(analyze(fixture.request));
    if (UPDATE) {
      writeFileSync(fullPath, `${JSON.stringify({ ...fixture, expected: actual }, null, 1)}\n`);
      return;
    }
    expect(fixture.expected, 'fixture has no expected output yet: run with UPDATE=1 and review').not.toBeNull();
    expect(actual).toEqual(fixture.expected);
  });
});
