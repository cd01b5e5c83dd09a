/**
 * Word lists shared by the rules. Kept in one place so that a change to any list is easy to
 * spot in review, because every such change alters output and must bump EXTRACTOR_VERSION.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Personal honorifics: "Mr Xi" names a person whose fuller name may appear elsewhere. */
export const HONORIFICS = set(`mr mrs ms miss dr prof sir dame lord lady mx`);

/** Office and rank words that precede a person's name ("Chinese President Xi Jinping"). */
export const TITLES = set(`
  president vice prime minister secretary chancellor king queen prince princess pope
  general gen admiral adm colonel col lieutenant lt captain capt sergeant sgt major maj
  senator sen representative rep governor gov mayor judge justice chief executive ceo
  chairman chairwoman chair director ambassador envoy commissioner leader speaker premier
  sheikh emir crown officer commander professor rev reverend bishop archbishop cardinal
  spokesman spokeswoman spokesperson deputy foreign defence defense interior finance
  health attorney councillor councilman councilwoman alderman mr mrs ms miss dr prof sir dame lord lady`);

/** Abbreviations that are always followed by a name, so a period after them never ends a sentence. */
export const ABBREV_NEVER_END = set(`
  mr mrs ms dr prof gen sen rep gov lt col capt sgt maj adm cmdr rev hon st mt ft messrs
  supt det insp cpl pvt gens sens reps fig no nos vol pp approx`);

/** Abbreviations that usually sit mid-sentence but can end one ("… the U.S. The …"). */
export const ABBREV_MAYBE_END = set(`
  inc corp ltd co jr sr etc bros plc llc u.s u.k u.n e.u a.m p.m d.c n.y l.a vs v
  jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Words that commonly open a sentence, used to decide whether "U.S. The" is a boundary. */
export const SENTENCE_STARTERS = set(`
  the a an he she it they we i you his her its their our this that these those there
  but and so yet however in on at after before when while as if for with by from
  mr mrs ms dr prof officials police analysts critics some many most both
  meanwhile separately earlier later still also now then`);

/** Function words that may start a sentence in capitals without being a name. */
export const CAPITALISED_FUNCTION_WORDS = set(`
  the a an and but or so yet for nor in on at to of by from with without after before
  during since until while when where why how what which who whom whose if as than
  this that these those there here it its he she they we i you his her their our my your
  some many most much more both all any each every no not neither either one other another
  instead however meanwhile separately earlier later still also now then thus therefore
  domestically internationally elsewhere overall together according despite although though
  because unless whether among between against about above below under over into onto
  upon amid around across through throughout toward towards via per will would could should
  can may might must do does did is are was were has have had`);

/** Connectors allowed inside a capitalised name ("Bank of England", "Office for National Statistics"). */
export const NAME_CONNECTORS = set(`of for de del der van von al bin la le du da dos`);

/** Head nouns that make a capitalised run an organisation rather than a person. */
export const ORG_WORDS = set(`
  ministry department office council union party agency bank company corporation corp
  inc ltd plc group committee commission court army navy forces force police parliament
  congress senate government administration university institute association federation
  organisation organization authority service services board fund foundation reuters
  kremlin pentagon nato un eu who imf opec fbi cia bbc ap afp bloomberg times post news
  press network airlines church school hospital club league assembly cabinet`);

/** Nouns naming a person or body that can speak when they head a subject ("a military spokesman"). */
export const SPEAKING_NOUNS = set(`
  spokesman spokeswoman spokesperson official officials minister ministry president
  government police source sources analyst analysts expert experts researchers scientists
  report study statement data figures survey poll company firm agency army military
  prosecutor prosecutors lawyer lawyers witness witnesses residents investigators authorities
  leader leaders diplomat diplomats aide aides adviser advisers advisor advisors officer
  officers commander people critics opponents supporters campaigners doctors economists
  executive executives spokespeople ceo chairman chairwoman director regulator regulators
  union council committee court judge senator governor mayor lawmakers lawmaker
  legislators observers monitors group groups organisation organization board team charity
  bureau watchdog newspaper broadcaster countries nations side`);

/** Reporting verbs that tie a statement to a speaker. */
export const CUE_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'claimed',
  'claims', 'alleged', 'alleges', 'announced', 'announces', 'urged', 'urges', 'warned',
  'warns', 'insisted', 'insists', 'argued', 'argues', 'noted', 'notes', 'explained',
  'confirmed', 'confirms', 'denied', 'denies', 'reported', 'reports', 'wrote', 'writes',
  'accused', 'accuses', 'called for', 'calls for', 'rejected', 'rejects', 'reject',
  'disputed', 'disputes', 'estimated', 'estimates', 'predicted', 'predicts', 'acknowledged',
  'admitted', 'admits', 'promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows',
  'portrayed', 'portrays', 'described', 'describes', 'declared', 'declares', 'suggested',
  'suggests', 'tweeted', 'posted', 'testified', 'revealed', 'reveals', 'maintained',
  'maintains', 'stressed', 'emphasised', 'emphasized', 'contended', 'countered', 'replied',
  'responded', 'asserted', 'asserts', 'boasted', 'complained', 'conceded', 'believes',
];

/** Cues that follow the quote they attribute (`…," she said.`). */
export const TRAILING_CUES = [
  'said', 'says', 'added', 'adds', 'told reporters', 'wrote', 'writes', 'asked', 'explained',
  'insisted', 'argued', 'warned', 'noted', 'stated', 'claimed', 'recalled', 'continued',
  'remarked', 'replied', 'responded', 'tweeted', 'posted', 'declared', 'conceded',
];

export const PARTICIPLE_CUES = [
  'saying', 'calling', 'claiming', 'adding', 'arguing', 'insisting', 'accusing', 'warning',
  'describing', 'alleging', 'noting', 'stressing', 'declaring',
];

/** Verbs that cannot appear inside a subject noun phrase; they reveal a clause, not a speaker. */
export const CLAUSE_WORDS = set(`
  is are was were be been being will would should could can may might must do does did
  that which who whom whose not never to if because when while as than there`);

export const PERSON_PRONOUNS = set(`he she`);
export const OTHER_PRONOUNS = set(`it they`);

/** Evaluative words: the sentence judges rather than reports. */
export const EVALUATIVE = set(`
  important significant significance huge enormous grotesque historic sacred
  remarkable terrible great vital crucial essential outrageous disgraceful shameful brilliant
  excellent wonderful unacceptable appalling shocking disastrous catastrophic tragic
  heroic glorious fantastic amazing incredible awful horrible ridiculous absurd wise
  foolish reckless brave cowardly beautiful ugly strong weak powerful best worst
  extraordinary unprecedented devastating`);

/** Words of appearance and atmosphere: scene-setting, not a checkable fact. */
export const SCENE_WORDS = set(`
  skies sky calm sunny rain raining snow weather crowd crowds gathered applause smiled
  smiling opulent halls hall gilded chandeliers flags banners waved cheered quiet tense
  atmosphere mood sat stood greeted greeting`);

export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
