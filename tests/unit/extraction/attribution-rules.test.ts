import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractedClaim } from '@/lib/extraction';

// One small hand-written article per attribution rule; every name is invented.
const claims = (text: string): ExtractedClaim[] => extractArticle(text).claims;
const who = (c: ExtractedClaim | undefined) => ({ speaker: c?.speaker ?? null, type: c?.speakerType ?? null });

describe('attribution: who said each sentence', () => {
  it('credits a claim to the speaker named after it, and a verb before a name', () => {
    const cs = claims('The ferry will stop running in March, Olwen Price said. "Nobody was warned," said Ivo Sark.');
    expect(who(cs[0])).toEqual({ speaker: 'Olwen Price', type: 'person' });
    expect(who(cs[1])).toEqual({ speaker: 'Ivo Sark', type: 'person' });
    expect(cs[1]?.cue).toBe('said');
  });

  it('credits "according to" a source at either end of the sentence', () => {
    const cs = claims('According to Brenna Hale, the mill employed 300 people. Fares rose by 40%, according to the Tarn Valley Passenger Board.');
    expect(who(cs[0])).toEqual({ speaker: 'Brenna Hale', type: 'person' });
    expect(who(cs[1])).toEqual({ speaker: 'Tarn Valley Passenger Board', type: 'organisation' });
    expect(cs.map((c) => c.cue)).toEqual(['according to', 'according to']);
  });

  it.each(['told reporters', 'wrote', 'added', 'alleged', 'claimed', 'insisted', 'warned'])('credits "Colm Rea %s that …"', (verb) => {
    const [c] = claims(`Colm Rea ${verb} that the count had been rigged in 12 wards.`);
    expect(who(c)).toEqual({ speaker: 'Colm Rea', type: 'person' });
    expect(c?.cue).toBe(verb.split(' ')[0]);
  });

  it('credits data and surveys to whoever stands behind them', () => {
    const cs = claims(
      'Data from the Lowfield Rail Office show 12% of trains were late. A survey by the Pellam Institute found that 60% of riders had given up.',
    );
    expect(who(cs[0])).toEqual({ speaker: 'Lowfield Rail Office', type: 'organisation' });
    expect(cs[0]?.cue).toBe('show');
    expect(who(cs[1])).toEqual({ speaker: 'Pellam Institute', type: 'organisation' });
    expect(cs[1]?.cue).toBe('found');
  });

  it('tells groups from institutions', () => {
    const cs = claims('Local teachers said class sizes had grown to 34. The Orrin Valley Teachers Union said pay had fallen 8%.');
    expect(who(cs[0])).toEqual({ speaker: 'Local teachers', type: 'group' });
    expect(who(cs[1])).toEqual({ speaker: 'Orrin Valley Teachers Union', type: 'organisation' });
  });

  it('keeps a speaker given only as a noun phrase, with its role', () => {
    const [c] = claims('A council spokeswoman said the depot would close in May.');
    expect(who(c)).toEqual({ speaker: 'A council spokeswoman', type: 'person' });
    expect(c?.speakerRole).toBe('spokeswoman');
  });

  it('carries a quote over several sentences and into the next paragraph', () => {
    const cs = claims(
      '"We lost 200 members last year. The hall is empty now," said Ruth Amble.\n\n"Nobody came to the meeting in June."\n\nThe hall opened in 1931.',
    );
    expect(cs.map((c) => c.speaker)).toEqual(['Ruth Amble', 'Ruth Amble', 'Ruth Amble', null]);
  });

  it('reads British single quotes without taking apostrophes for quotes', () => {
    const cs = claims("'The roof leaks in forty places,' said Priya Nandor. 'It cost £90,000 to patch.' The farmers' guild met on Monday.");
    expect(cs.map((c) => c.speaker)).toEqual(['Priya Nandor', 'Priya Nandor', null]);
  });

  it('resolves an honorific and a surname to the full name given earlier', () => {
    const cs = claims(
      'Tamsin Orr, the borough treasurer, said the deficit had doubled to £4 million. Ms Orr added that the reserves were gone. Orr said 40 posts would go.',
    );
    expect(cs.map((c) => c.speaker)).toEqual(['Tamsin Orr', 'Tamsin Orr', 'Tamsin Orr']);
  });

  it('points a denial at the sentence that disputes the claim', () => {
    const text = 'Dario Fell said the landfill had taken 9,000 tonnes of waste. The Brume Waste Company denied the claim.';
    const cs = claims(text);
    expect(cs[0]?.flags.disputed).toBe(true);
    const by = cs[0]?.flags.disputedBy;
    expect(by && text.slice(by.start, by.end)).toBe('The Brume Waste Company denied the claim.');
    expect(who(cs[1])).toEqual({ speaker: 'Brume Waste Company', type: 'organisation' });
  });

  it('lets one caveat cover every claim it refers to', () => {
    const cs = claims(
      'The militia said it had seized 14 villages. The army said it had killed 300 fighters. Neither claim could be independently verified.',
    );
    expect(cs.map((c) => c.flags.unverified)).toEqual([true, true, false]);
  });

  it('gives "she" to the last woman named, not the last speaker', () => {
    const cs = claims('Ms Hana Lee said rents had risen 12%. Tomas Grey said the figures were old. She said the council had ignored 400 complaints.');
    expect(cs[2]?.speaker).toBe('Hana Lee');
  });

  it('gives "he" to the last man named when a woman spoke since', () => {
    const cs = claims(
      'Mr Aled Voss said the pits had closed in 1988. Carys Bell, who chairs the trust, said she was saddened. He said 2,000 jobs had gone.',
    );
    expect(cs[2]?.speaker).toBe('Aled Voss');
  });

  it('resolves a short company name to the full name given earlier', () => {
    const cs = claims('Cobalt Ferries Ltd said it carried 2 million passengers. Cobalt said the fleet was ageing.');
    expect(who(cs[1])).toEqual({ speaker: 'Cobalt Ferries Ltd', type: 'organisation' });
  });

  it('takes a name followed by "its" for a body, and its first word for the same body', () => {
    const cs = claims('Pellworth Biologics said on Friday its vaccine had failed in 30% of patients. Pellworth denied the report.');
    expect(who(cs[0])).toEqual({ speaker: 'Pellworth Biologics', type: 'organisation' });
    expect(who(cs[1])).toEqual({ speaker: 'Pellworth Biologics', type: 'organisation' });
  });

  it('credits "Analysts at <firm>" to the analysts as a group, not to the firm', () => {
    const cs = claims(
      'Analysts at Venn Capital said rents would rise 6% next year. Economists from the Brill Institute warned that wages would fall 3%.',
    );
    expect(who(cs[0])).toEqual({ speaker: 'Analysts', type: 'group' });
    expect(who(cs[1])).toEqual({ speaker: 'Economists', type: 'group' });
  });

  it('credits a characterisation ("called the audit …", "dismissed … as") to its subject, not "called a strike"', () => {
    const cs = claims(
      'Mayor Ilse Brandt called the audit "a work of fiction". Ilse Brandt dismissed the study as partisan. The union called a strike for May 3.',
    );
    expect(cs.map((c) => c.speaker)).toEqual(['Ilse Brandt', 'Ilse Brandt', null]);
    expect(cs.map((c) => c.cue)).toEqual(['called', 'dismissed', null]);
    expect(cs[0]?.speakerRole).toBe('Mayor');
    expect(cs[0]?.kind).toBe('opinion');
  });

  it('takes the role from an apposition after the name, but not from a clause or an age', () => {
    const cs = claims(
      "Noor Ashby, the trust's chief executive, said 40 beds were closed. Greg Pell, who chairs the audit panel, said 12 posts were empty. Ada Marsh, 54, said she had waited 9 hours.",
    );
    expect(cs.map((c) => c.speaker)).toEqual(['Noor Ashby', 'Greg Pell', 'Ada Marsh']);
    expect(cs.map((c) => c.speakerRole)).toEqual(["trust's chief executive", null, null]);
  });

  it('gives a first-person quote after reported speech to that person, but not the reporter\'s own "we"', () => {
    const cs = claims(
      'Edda Thorne said her rent had doubled since 2020.\n\n"Last year I paid £14,000 for the shop. Then we lost the lease."\n\nWe spoke in her kitchen on a Monday.\n\n"The street has 30 empty shops."',
    );
    expect(cs.map((c) => c.speaker)).toEqual(['Edda Thorne', 'Edda Thorne', 'Edda Thorne', null, null]);
  });

  it('reads a role and a name between a quote and its verb, and carries them to the next quote', () => {
    const cs = claims('"The dam held," Pellam\'s water commissioner, Ines Varga, told the inquiry. "Nobody drowned."');
    expect(cs.map((c) => c.speaker)).toEqual(['Ines Varga', 'Ines Varga']);
    expect(cs[0]?.speakerRole).toBe("Pellam's water commissioner");
    expect(cs[0]?.cue).toBe('told');
  });

  it('gives "the company" to the last organisation that spoke, past any group since', () => {
    const cs = claims('Brindle Foods Ltd said sales rose 9% in 2024. Independent experts urged caution. The company said it would hire 300 staff.');
    expect(who(cs[2])).toEqual({ speaker: 'Brindle Foods Ltd', type: 'organisation' });
  });
});
