import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractedClaim } from '@/lib/extraction';
import { checkInvariants } from './helpers';

// Issue 12, extractor 2.2.0: the mention as written, role nouns as speakers, interview layouts.
// One small hand-written article per rule; every name is invented.
const claims = (text: string): ExtractedClaim[] => {
  const r = extractArticle(text);
  checkInvariants(r);
  return r.claims;
};
const speakers = (cs: ExtractedClaim[]) => cs.map((c) => c.speaker);

describe('speakerMention: the words the text uses for the speaker', () => {
  it('keeps "Ms Romero", "she" and "the minister" as written while speaker is the full name', () => {
    const cs = claims(
      'Helena Romero, the minister, said 40 clinics would close. Ms Romero added that 12 would reopen. She said the cuts were final. The minister said 300 staff would move.',
    );
    expect(speakers(cs)).toEqual(['Helena Romero', 'Helena Romero', 'Helena Romero', 'Helena Romero']);
    expect(cs.map((c) => c.speakerMention)).toEqual(['Helena Romero', 'Ms Romero', 'She', 'The minister']);
  });

  it('gives every sentence of a quotation the words of the sentence that attributes it', () => {
    const cs = claims('"We lost 200 members. The hall is empty," said Ruth Amble. "Nobody came in June."');
    expect(cs.map((c) => c.speakerMention)).toEqual(['Ruth Amble', 'Ruth Amble', 'Ruth Amble']);
  });

  it('keeps an unnamed speaker as written, and is null exactly when there is no speaker', () => {
    const cs = claims('Tram fares fell 8 per cent last year, the operator said. The depot opened in 1931.');
    expect(cs.map((c) => [c.speaker, c.speakerMention])).toEqual([
      ['the operator', 'the operator'],
      [null, null],
    ]);
  });
});

describe('speakerRole for a speaker given only as a role', () => {
  it.each([
    ['The quay will stay shut until Friday, the harbour master said.', 'the harbour master', 'harbour master'],
    ['A council spokeswoman said the depot would close in May.', 'A council spokeswoman', 'spokeswoman'],
    ['The chief executive told reporters that 40 jobs would go.', 'The chief executive', 'chief executive'],
    ['A ministry spokesperson said 12 clinics had shut.', 'A ministry spokesperson', 'spokesperson'],
    ['The acting chief executive said the fund had lost £2m.', 'The acting chief executive', 'acting chief executive'],
    ['The coroner said the inquest would resume in March.', 'The coroner', 'coroner'],
    ['A senior nurse said 14 beds were empty.', 'A senior nurse', 'senior nurse'],
  ])('"%s": a person whose role is the role noun', (text, speaker, role) => {
    const [c] = claims(text);
    expect([c?.speaker, c?.speakerType, c?.speakerRole]).toEqual([speaker, 'person', role]);
  });

  it('leaves plural role words a group and bodies an organisation, both without a role', () => {
    const cs = claims('Council officials said the depot would close. The operator said 30 trams were late. The Harbour Trust said it had 9 boats.');
    expect(cs.map((c) => [c.speakerType, c.speakerRole])).toEqual([
      ['group', null],
      ['organisation', null],
      ['organisation', null],
    ]);
  });

  it('takes the role from a noun phrase before a name, and keeps it for later mentions of that person', () => {
    const cs = claims(
      'The harbour master, Gwen Talbot, said an inquiry would begin. Ms Talbot added that divers had found a gash. The harbour master said 3 boats sank.',
    );
    expect(speakers(cs)).toEqual(['Gwen Talbot', 'Gwen Talbot', 'Gwen Talbot']);
    expect(cs.map((c) => c.speakerRole)).toEqual(['harbour master', 'harbour master', 'harbour master']);
  });

  it('resolves "he" after an unnamed role speaker to that speaker', () => {
    const cs = claims('"We have never had a crash," the chief executive told reporters. He said the firm would pay for 40 hotel rooms.');
    expect(speakers(cs)).toEqual(['the chief executive', 'the chief executive']);
    expect(cs[1]?.speakerMention).toBe('He');
  });
});

describe('interviews: unquoted answers in the first person', () => {
  const qa = [
    'Ines Harrow runs Larkmoor Water. She answered readers\u2019 questions.',
    'Q: How many spills were there?',
    'A: We recorded 1,140 spills in 2024. That is too many.',
    'Q: The Wend Rivers Trust says you cut inspectors.',
    'A: We employ 64 inspectors today.',
    'I hired 13 of them myself.',
    'The Wend Rivers Trust said its monitoring found sewage at 23 sites.',
  ].join('\n\n');

  it('gives "A:" answers to the interviewee, "Q:" lines to nobody unless they report a speaker', () => {
    const cs = claims(qa);
    expect(speakers(cs)).toEqual([
      null,
      null,
      null,
      'Ines Harrow',
      'Ines Harrow',
      'Wend Rivers Trust',
      'Ines Harrow',
      'Ines Harrow',
      'Wend Rivers Trust',
    ]);
    expect(cs[3]?.speakerMention).toBe('Ines Harrow');
    expect(cs[3]?.cue).toBeNull();
  });

  it('gives a name-labelled line to that person, by the full name the article gives', () => {
    const cs = claims(
      [
        'Presenter Tom Haverley spoke to the mayor, Adaeze Okafor.',
        'HAVERLEY: The tram is two years late. Who is to blame?',
        'OKAFOR: The contractor missed every deadline.',
        'HAVERLEY: The contractor says the design changed four times.',
        'OKAFOR: We changed it once, in 2023.',
      ].join('\n\n'),
    );
    expect(speakers(cs)).toEqual([null, 'Tom Haverley', 'Tom Haverley', 'Adaeze Okafor', 'The contractor', 'Adaeze Okafor']);
    expect(cs.map((c) => c.speakerMention)).toEqual([null, 'HAVERLEY', 'HAVERLEY', 'OKAFOR', 'The contractor', 'OKAFOR']);
  });

  it('gives the answers after questions set as their own paragraphs to the interviewee', () => {
    const cs = claims(
      [
        'Marta Vell has coached the Dunmore Rovers for 11 years.',
        'Why did the club sell its ground?',
        'We owed the bank £4 million. I had no other choice.',
        'Will you stay on?',
        'I will stay until 2027, and then we will see.',
      ].join('\n\n'),
    );
    expect(speakers(cs)).toEqual([null, null, 'Marta Vell', 'Marta Vell', null, 'Marta Vell']);
  });

  it('does not give first person in ordinary reporting to whoever was named last', () => {
    const cs = claims('Ivo Sark said fares would rise by 8%.\n\nWe drove to the depot on Monday.\n\nI have covered the line for a decade.');
    expect(speakers(cs)).toEqual(['Ivo Sark', null, null]);
  });

  it('needs the layout to repeat: one label, or one question, is not an interview', () => {
    const once = claims('Ivo Sark said fares would rise.\n\nUPDATE: The depot reopened on Monday.\n\nQ: What next?\n\nA: We wait.');
    expect(speakers(once)).toEqual(['Ivo Sark', null, null, null]);
    const oneQuestion = claims('Ivo Sark runs the depot.\n\nWhy does it matter?\n\nWe lose 30 trams a year to rust.');
    expect(speakers(oneQuestion)).toEqual([null, null, null]);
  });

  it('ends an answer at a paragraph that is not in the first person or is a quotation', () => {
    const cs = claims(
      [
        'Ines Harrow runs Larkmoor Water.',
        'Q: Are bills rising?',
        'A: We raised them 9 per cent.',
        'Q: And next year?',
        'A: I cannot say.',
        'Bills in the valley are the highest in the country.',
        '"We are all paying for it," said one customer.',
      ].join('\n\n'),
    );
    expect(speakers(cs).slice(-2)).toEqual([null, 'one customer']);
  });
});

describe('interviews: what is not one', () => {
  it('leaves an explainer in the paper\'s own "we" unattributed', () => {
    const cs = claims(
      'Ivo Sark chairs the transport board.\n\nWhat happens next?\n\nWe expect the vote in May.\n\nWho pays?\n\nWe understand the city will pay 60%.',
    );
    expect(speakers(cs)).toEqual([null, null, null, null, null]);
  });
});

describe('caveats and retorts (2.2.0)', () => {
  it('marks the claim just before a bare retort disputed, and not one by the same speaker', () => {
    const cs = claims(
      'Ines Harrow runs Larkmoor Water.\n\nQ: The Wend Rivers Trust says you cut 12 inspectors.\n\nA: That is simply not true.\n\nQ: And the bills?\n\nA: Bills rose 9%. That is not true of every town.',
    );
    expect(cs[1]?.flags.disputed).toBe(true);
    expect(cs[1]?.flags.disputedBy).toEqual({ start: cs[2]?.start, end: cs[2]?.end });
    expect(cs.slice(2).map((c) => c.flags.disputed)).toEqual([false, false, false, false]);
  });

  it('gives a caveat that names its subject to the claims about that subject, not merely the last ones', () => {
    const cs = claims(
      [
        'A coastguard officer said the ship had ignored two radio calls.',
        'A company spokesman said its crew had answered both calls.',
        'Local traders said they were losing £50,000 a day.',
        'Neither account of the radio calls could be independently confirmed.',
      ].join('\n\n'),
    );
    expect(cs.map((c) => c.flags.unverified)).toEqual([true, true, false, false]);
  });
});

describe('more role and interview shapes', () => {
  it("reads a capitalised role noun before a full name as that person's role", () => {
    const cs = claims('"The pier is unsafe," said Harbour Master Gwen Talbot. Coroner Ann Bell said the inquest would resume.');
    expect(cs.map((c) => [c.speaker, c.speakerType, c.speakerRole])).toEqual([
      ['Gwen Talbot', 'person', 'Harbour Master'],
      ['Ann Bell', 'person', 'Coroner'],
    ]);
  });

  it('reads "Question:" and "Answer:" labels like "Q:" and "A:"', () => {
    const cs = claims(
      'Ola Brun, who runs the Tarn mill, spoke to us in May.\n\nQuestion: How many staff?\n\nAnswer: We employ 212.\n\nQuestion: And next year?\n\nAnswer: I plan to hire 30 more.',
    );
    expect(speakers(cs)).toEqual([null, null, 'Ola Brun', null, 'Ola Brun']);
  });
});

describe('interview labels inside a paragraph and with honorifics', () => {
  it('starts a turn at a label inside a paragraph, and reads "MS OKAFOR" as the full name', () => {
    const cs = claims(
      'The mayor, Adaeze Okafor, spoke to Tom Haverley.\n\nHAVERLEY: Is it late? MS OKAFOR: We are 2 years late.\n\nHAVERLEY: Why? MS OKAFOR: I blame the contractor.',
    );
    expect(speakers(cs)).toEqual([null, 'Tom Haverley', 'Adaeze Okafor', 'Tom Haverley', 'Adaeze Okafor']);
    expect(cs[2]?.speakerMention).toBe('MS OKAFOR');
  });
});

describe('explainers in Q&A form', () => {
  it('leaves a third-person FAQ unattributed even when the introduction names someone', () => {
    const cs = claims(
      'Chancellor Ruth Amble announced the levy on Monday.\n\nQ: What is the levy?\n\nA: The levy is a 2% charge on new homes.\n\nQ: Who pays?\n\nA: Builders pay it, not buyers.',
    );
    expect(speakers(cs).slice(1)).toEqual([null, null, null, null]);
  });
});

describe('labels outside an interview, and reasons', () => {
  it('skips a label before looking for the speaker, without giving the line to anyone', () => {
    const cs = claims('UPDATE: The council said 14 roads would reopen.\n\nHe left at 9pm.');
    expect(cs[0]?.speaker).toBe('The council');
  });

  it('gives a reason even when nothing raised or lowered the score', () => {
    const [c] = claims('Builders pay it, not the buyers here.');
    expect(c?.reasons).toEqual(['no sign of a checkable fact']);
  });
});
