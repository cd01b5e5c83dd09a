import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reanchor, type Anchor, type AnchorStatus, type Reanchored } from '@/lib/anchoring';
import { extractArticle } from '@/lib/extraction';

const FIXTURES = path.join(__dirname, 'fixtures');

/** What a person reading both versions says became of a claim; claims not listed stayed exactly where they were. */
type Expectation = { old: string; status: AnchorStatus; new?: string };

function versions(name: string, ext: string): { oldText: string; newText: string; claims: Anchor[] } {
  const before = extractArticle(readFileSync(path.join(FIXTURES, `${name}-v1.${ext}`), 'utf8'));
  const after = extractArticle(readFileSync(path.join(FIXTURES, `${name}-v2.${ext}`), 'utf8'));
  return { oldText: before.text, newText: after.text, claims: before.claims.map((c) => ({ start: c.start, end: c.end })) };
}

/** Anchors for hand-made spans: the first occurrence of each phrase in the old text. */
function spans(oldText: string, phrases: string[]): Anchor[] {
  return phrases.map((p) => {
    const start = oldText.indexOf(p);
    if (start < 0) throw new Error(`"${p}" is not in the old version`);
    return { start, end: start + p.length };
  });
}

function check(results: Reanchored[], newText: string, expected: Expectation[]): void {
  for (const r of results) {
    if (r.new) expect(newText.slice(r.new.start, r.new.end)).toBe(r.new.text);
    const e = expected.find((x) => r.old.text.startsWith(x.old)) ?? { old: r.old.text, status: 'exact' };
    expect({ old: r.old.text, status: r.status }).toEqual({ old: r.old.text, status: e.status });
    if (e.status === 'orphaned') expect(r.new).toBeNull();
    else expect(r.new?.text).toBe(e.new ?? r.old.text);
    if (e.status === 'changed') expect(r.similarity).toBeGreaterThanOrEqual(0.5);
    else if (e.status !== 'orphaned') expect(r.similarity).toBe(1);
  }
  for (const e of expected) expect(results.some((r) => r.old.text.startsWith(e.old))).toBe(true);
}

describe('golden version pairs', () => {
  it('follows a wire story through its update: new death toll, a moved paragraph, a cut sentence', () => {
    const { oldText, newText, claims } = versions('wire', 'txt');
    const results = reanchor(oldText, newText, claims);
    expect(results).toHaveLength(10);
    check(results, newText, [
      {
        old: 'Floods in the Emilia-Romagna region',
        status: 'changed',
        new: 'Floods in the Emilia-Romagna region have killed at least 13 people and forced 13,000 from their homes, civil protection officials said on Wednesday.',
      },
      {
        old: 'Rescue teams',
        status: 'changed',
        new: 'Rescue teams used helicopters and boats to lift residents from rooftops in the town of Faenza.',
      },
      { old: 'The figure could not be independently verified.', status: 'orphaned' },
      { old: 'Formula One cancelled', status: 'moved' },
      { old: '(Reporting by', status: 'changed', new: '(Reporting by Giulia Rossi; Additional reporting by Marco Bello; Editing by Keith Weir)' },
    ]);
  });

  it('follows a few hand-picked words of the wire story', () => {
    const { oldText, newText } = versions('wire', 'txt');
    const phrases = ['at least nine people', '13,000 from their homes', 'six months', 'Formula One', 'could not be independently verified'];
    check(reanchor(oldText, newText, spans(oldText, phrases)), newText, [
      { old: 'at least nine people', status: 'changed', new: 'at least 13 people' },
      { old: 'Formula One', status: 'moved' },
      { old: 'could not be independently verified', status: 'orphaned' },
    ]);
  });

  it('sees through new markup on an HTML page: a changed date, a cut quote, an added group', () => {
    const { oldText, newText, claims } = versions('page', 'html');
    const results = reanchor(oldText, newText, claims);
    expect(results).toHaveLength(7);
    check(results, newText, [
      {
        old: 'The regional transit authority',
        status: 'changed',
        new: 'The regional transit authority will raise the base fare from $2.50 to $2.75 on April 1, its board decided on Tuesday.',
      },
      { old: '"We cannot run more buses', status: 'orphaned' },
      {
        old: 'The authority said reduced fares',
        status: 'changed',
        new: 'The authority said reduced fares for seniors and students would not change.',
      },
    ]);
  });

  it('tells a repeated sentence from its longer twin in a plain text', () => {
    const { oldText, newText, claims } = versions('plain', 'txt');
    const results = reanchor(oldText, newText, claims);
    expect(results).toHaveLength(9);
    check(results, newText, [
      {
        old: 'The council says the scheme diverted',
        status: 'changed',
        new: 'The council says the scheme diverted 4,700 tonnes of waste from landfill in its first three months.',
      },
      { old: 'It has hired 15 extra inspectors', status: 'orphaned' },
      { old: 'No fines have been issued', status: 'changed', new: 'Three fines have been issued so far, according to the council.' },
      { old: 'Recycling rates in the city', status: 'moved' },
    ]);
    const twin = results.find((r) => r.old.text === 'The council says contamination is below 10 percent.');
    expect(twin?.new?.end).toBe(newText.indexOf('The council says contamination is below 10 percent.') + twin!.old.text.length);
  });

  it('keeps offsets when nothing changed', () => {
    const { oldText, claims } = versions('plain', 'txt');
    const results = reanchor(oldText, oldText, claims);
    for (const [i, r] of results.entries())
      expect(r).toMatchObject({ status: 'exact', new: { start: claims[i]?.start, end: claims[i]?.end }, similarity: 1 });
  });
});
