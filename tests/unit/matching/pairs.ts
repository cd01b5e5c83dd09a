/**
 * A small labelled set for the matcher, written by hand (all names and figures invented or
 * generic): pairs of sentences and whether a fact-checker would call them the same claim.
 * `same: true` only when a verdict on one would answer the other: same subject, same figures.
 * `kind` says why a pair is not the same, so failures can be read by cause.
 */
export type LabelledPair = {
  topic: 'health' | 'economy' | 'crime' | 'elections' | 'climate' | 'sport' | 'education' | 'housing';
  a: string;
  b: string;
  same: boolean;
  kind: 'paraphrase' | 'numbers-differ' | 'related' | 'unrelated';
};

export const PAIRS: readonly LabelledPair[] = [
  // --- the same claim in other words ---
  {
    topic: 'economy',
    a: 'The minister said unemployment fell to 4.1 per cent in March.',
    b: 'Unemployment dropped to 4.1% in March, according to the minister.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'health',
    a: 'Waiting lists at NHS hospitals in England have reached 7.6 million, the highest on record.',
    b: 'NHS waiting lists in England hit a record 7.6 million, the Health Secretary admitted.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'crime',
    a: 'Knife crime in London rose by 20% last year, according to Metropolitan Police figures.',
    b: 'Metropolitan Police figures show knife crime in London increased 20 per cent last year.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'elections',
    a: 'Turnout in the Harwell by-election was just 22 per cent, the lowest since 1945.',
    b: 'Only 22% of voters turned out in the Harwell by-election, the lowest turnout since 1945.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'climate',
    a: 'Senator Mara Quist claimed that wind farms supplied 40 per cent of the state’s electricity in 2023.',
    b: 'Wind farms provided 40% of the state’s electricity in 2023, Quist said.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'sport',
    a: 'The club said ticket prices at Fenbridge Stadium have doubled since 2015.',
    b: 'Ticket prices at Fenbridge Stadium doubled since 2015, the club claims.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'economy',
    a: 'The government spent £20 million on consultants for the Northway rail project.',
    b: 'Some £20,000,000 went on consultants for the Northway rail project, the report found.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'education',
    a: 'Mayor Ines Valdor said 300 schools in the region have no qualified physics teacher.',
    b: 'According to Mayor Valdor, three hundred schools in the region lack a qualified physics teacher.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'housing',
    a: 'Average rents in Dublin rose by 9% in the year to June, the Residential Tenancies Board said.',
    b: 'The Residential Tenancies Board says average Dublin rents increased 9 per cent in the year to June.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'health',
    a: 'Vaccination rates among five-year-olds have fallen to 84%, well below the 95% target.',
    b: 'Vaccination rates for five-year-olds fell to 84 per cent, short of the 95 per cent target.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'crime',
    a: 'Burglaries in Leeds have halved since the new patrols began, Chief Constable Rowan Pike claimed.',
    b: 'Chief Constable Pike claimed burglaries in Leeds halved after the new patrols started.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'climate',
    a: 'Arctic sea ice reached its lowest September extent on record in 2012.',
    b: 'The lowest September Arctic sea ice extent on record was in 2012.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'elections',
    a: '"We won 48 seats in the council elections," said party leader Anya Brook.',
    b: 'Anya Brook said her party won 48 seats in the council elections.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'sport',
    a: 'Brazil have won the World Cup five times, more than any other nation.',
    b: 'No nation has won more World Cups than Brazil, with five titles.',
    same: true,
    kind: 'paraphrase',
  },
  // --- same subject, a different number: never the same claim ---
  {
    topic: 'economy',
    a: 'The minister said unemployment fell to 4.1 per cent in March.',
    b: 'The minister said unemployment fell to 5.1 per cent in March.',
    same: false,
    kind: 'numbers-differ',
  },
  {
    topic: 'health',
    a: 'Waiting lists at NHS hospitals in England have reached 7.6 million, the highest on record.',
    b: 'Waiting lists at NHS hospitals in England have reached 6.7 million, the highest on record.',
    same: false,
    kind: 'numbers-differ',
  },
  {
    topic: 'economy',
    a: 'The government spent £20 million on consultants for the Northway rail project.',
    b: 'The government spent £200 million on consultants for the Northway rail project.',
    same: false,
    kind: 'numbers-differ',
  },
  {
    topic: 'climate',
    a: 'Wind farms supplied 40 per cent of the state’s electricity in 2023.',
    b: 'Wind farms supplied 40 per cent of the state’s electricity in 2021.',
    same: false,
    kind: 'numbers-differ',
  },
  {
    topic: 'education',
    a: 'Mayor Ines Valdor said 300 schools in the region have no qualified physics teacher.',
    b: 'Mayor Ines Valdor said 30 schools in the region have no qualified physics teacher.',
    same: false,
    kind: 'numbers-differ',
  },
  {
    topic: 'crime',
    a: 'Knife crime in London rose by 20% last year, according to Metropolitan Police figures.',
    b: 'Knife crime in London rose by 12% last year, Metropolitan Police figures show.',
    same: false,
    kind: 'numbers-differ',
  },
  {
    topic: 'elections',
    a: 'Turnout in the Harwell by-election was just 22 per cent.',
    b: 'Turnout in the Harwell by-election was 32%.',
    same: false,
    kind: 'numbers-differ',
  },
  {
    topic: 'housing',
    a: 'The council built 1,200 new homes in 2022, the leader said.',
    b: 'The council built 2,100 new homes in 2022, the leader said.',
    same: false,
    kind: 'numbers-differ',
  },
  // --- same topic, a different claim ---
  {
    topic: 'economy',
    a: 'The minister said unemployment fell to 4.1 per cent in March.',
    b: 'Inflation in the eurozone rose to 2.6 per cent in May, Eurostat said.',
    same: false,
    kind: 'related',
  },
  {
    topic: 'health',
    a: 'Waiting lists at NHS hospitals in England have reached 7.6 million, the highest on record.',
    b: 'The NHS in England employs more nurses than ever before, the Health Secretary said.',
    same: false,
    kind: 'related',
  },
  {
    topic: 'crime',
    a: 'Knife crime in London rose by 20% last year, according to Metropolitan Police figures.',
    b: 'The Metropolitan Police recruited 1,000 extra officers for London last year.',
    same: false,
    kind: 'related',
  },
  {
    topic: 'elections',
    a: 'Anya Brook said her party won 48 seats in the council elections.',
    b: 'Anya Brook said her party would abolish council tax if elected.',
    same: false,
    kind: 'related',
  },
  {
    topic: 'climate',
    a: 'Arctic sea ice reached its lowest September extent on record in 2012.',
    b: 'Antarctic sea ice grew to a record extent in 2014, scientists said.',
    same: false,
    kind: 'related',
  },
  {
    topic: 'sport',
    a: 'Brazil have won the World Cup five times, more than any other nation.',
    b: 'Germany have reached the World Cup final eight times.',
    same: false,
    kind: 'related',
  },
  {
    topic: 'housing',
    a: 'Average rents in Dublin rose by 9% in the year to June, the Residential Tenancies Board said.',
    b: 'House prices in Dublin fell for the first time in a decade, according to the Central Bank.',
    same: false,
    kind: 'related',
  },
  // --- nothing to do with each other ---
  {
    topic: 'health',
    a: 'Vaccination rates among five-year-olds have fallen to 84%, well below the 95% target.',
    b: 'The club said ticket prices at Fenbridge Stadium have doubled since 2015.',
    same: false,
    kind: 'unrelated',
  },
  {
    topic: 'crime',
    a: 'Burglaries in Leeds have halved since the new patrols began, Chief Constable Rowan Pike claimed.',
    b: 'Turnout in the Harwell by-election was just 22 per cent, the lowest since 1945.',
    same: false,
    kind: 'unrelated',
  },
  {
    topic: 'elections',
    a: 'Only 22% of voters turned out in the Harwell by-election in 2023.',
    b: 'Wind farms supplied 22 per cent of the state’s electricity in 2023.',
    same: false,
    kind: 'unrelated',
  },
  // --- harder cases, kept although the matcher gets some wrong (see the accuracy test) ---
  {
    topic: 'health',
    a: 'Obesity among children has tripled since 1990, the WHO says.',
    b: 'The World Health Organization says child obesity is three times what it was in 1990.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'elections',
    a: 'Polls show the Green Party on 12 per cent ahead of the general election.',
    b: 'The Green Party is polling at 12% before the general election.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'climate',
    a: 'Global temperatures in 2024 were 1.5C above pre-industrial levels, scientists said.',
    b: 'Scientists said 2024 was 1.5C hotter than pre-industrial times.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'sport',
    a: 'Maria Oyelaran ran the 100 metres in 10.9 seconds, a national record.',
    b: 'A national record of 10.9 seconds in the 100 metres was set by Oyelaran.',
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'elections',
    a: 'The Liberal Party won the Dunmore seat by 312 votes.',
    b: "The Liberal Party's margin in Dunmore was 312 votes.",
    same: true,
    kind: 'paraphrase',
  },
  {
    topic: 'sport',
    a: 'Maria Oyelaran ran the 100 metres in 10.9 seconds, a national record.',
    b: 'Maria Oyelaran ran the 100 metres in 11.2 seconds, a national record.',
    same: false,
    kind: 'numbers-differ',
  },
  {
    topic: 'crime',
    a: 'Violent crime fell by 10% in Chicago last year, the mayor said.',
    b: "Chicago's violent crime rose by 10% last year, the mayor said.",
    same: false,
    kind: 'related',
  },
  {
    topic: 'economy',
    a: 'The central bank did not raise interest rates in June.',
    b: 'The central bank raised interest rates in June.',
    same: false,
    kind: 'related',
  },
];
