/**
 * Every word list the rules use, and nothing else. Kept in one file so that a change to any
 * list is easy to spot in review: each one alters output and must bump EXTRACTOR_VERSION.
 * Lists that become regex alternations are arrays, in the order the alternation tries them;
 * lists only looked up are sets.
 */

const words = (text: string): readonly string[] => text.trim().split(/\s+/);
/** Comma-separated entries that may hold spaces ("called for"). */
const phrases = (text: string): readonly string[] => text.split(',').map((p) => p.trim().replace(/\s+/g, ' '));
const set = (text: string): ReadonlySet<string> => new Set(words(text));

// --- Sentences ------------------------------------------------------------------------------

/** Abbreviations that are always followed by a name, so a period after them never ends a sentence. */
export const ABBREV_NEVER_END = set(`
  mr mrs ms dr prof gen sen rep gov lt col capt sgt maj adm cmdr rev hon st mt ft messrs supt det insp cpl
  pvt gens sens reps fig no nos vol pp approx`);
/** Abbreviations that usually sit mid-sentence but can end one ("… the U.S. The …"). */
export const ABBREV_MAYBE_END = set(`
  inc corp ltd co jr sr etc bros plc llc u.s u.k u.n e.u a.m p.m d.c n.y l.a vs v jan feb mar apr jun jul
  aug sep sept oct nov dec`);
/** Words that commonly open a sentence, used to decide whether "U.S. The" is a boundary. */
export const SENTENCE_STARTERS = set(`
  the a an he she it they we i you his her its their our this that these those there but and so yet however
  in on at after before when while as if for with by from mr mrs ms dr prof officials police analysts
  critics some many most both meanwhile separately earlier later still also now then`);

// --- Names ----------------------------------------------------------------------------------

/** Personal honorifics: "Mr Xi" names a person whose fuller name may appear elsewhere. */
export const HONORIFICS = set(`mr mrs ms miss dr prof sir dame lord lady mx`);
/** Office and rank words that precede a person's name ("Chinese President Xi Jinping"). */
export const TITLES = set(`
  president vice prime minister secretary chancellor king queen prince princess pope general gen admiral
  adm colonel col lieutenant lt captain capt sergeant sgt major maj senator sen representative rep governor
  gov mayor judge justice chief executive ceo chairman chairwoman chair director ambassador envoy
  commissioner leader speaker premier sheikh emir crown officer commander professor rev reverend bishop
  archbishop cardinal spokesman spokeswoman spokesperson deputy foreign defence defense interior finance
  health attorney councillor councilman councilwoman alderman mr mrs ms miss dr prof sir dame lord lady`);
/** Function words that may start a sentence in capitals without being a name. */
export const CAPITALISED_FUNCTION_WORDS = set(`
  the a an and but or so yet for nor in on at to of by from with without after before during since until
  while when where why how what which who whom whose if as than this that these those there here it its he
  she they we i you his her their our my your some many most much more both all any each every no not
  neither either one other another instead however meanwhile separately earlier later still also now then
  thus therefore domestically internationally elsewhere overall together according despite although though
  because unless whether among between against about above below under over into onto upon amid around
  across through throughout toward towards via per will would could should can may might must do does did
  is are was were has have had`);
/** Lower-case words allowed inside a capitalised name ("Bank of England", "Office for National Statistics"). */
export const NAME_CONNECTORS = words(`of for de del der van von al bin la le du da dos`);
/** Head nouns that make a capitalised run an organisation rather than a person. */
export const ORG_WORDS = set(`
  ministry department office council union party agency bank company corporation corp inc ltd plc group
  committee commission court army navy forces force police parliament congress senate government
  administration university institute association federation organisation organization authority service
  services board fund foundation reuters kremlin pentagon nato un eu who imf opec fbi cia bbc ap afp
  bloomberg times post news press network airlines church school hospital club league assembly cabinet`);

// --- Attribution ----------------------------------------------------------------------------

/** Reporting verbs that tie a statement to a speaker. */
export const CUE_VERBS = phrases(`
  said, says, say, told, tells, added, adds, stated, states, claimed, claims, alleged, alleges, announced,
  announces, urged, urges, warned, warns, insisted, insists, argued, argues, noted, notes, explained,
  confirmed, confirms, denied, denies, reported, reports, wrote, writes, accused, accuses, called for,
  calls for, rejected, rejects, reject, disputed, disputes, estimated, estimates, predicted, predicts,
  acknowledged, admitted, admits, promised, promises, pledged, pledges, vowed, vows, portrayed, portrays,
  described, describes, declared, declares, suggested, suggests, tweeted, posted, testified, revealed,
  reveals, maintained, maintains, stressed, emphasised, emphasized, contended, countered, replied,
  responded, asserted, asserts, boasted, complained, conceded, believes, argue, allege, claim, insist, warn,
  estimate, predict, expected`);
/** Verbs of characterisation: "X called the report 'a fiction'", "X dismissed the study as partisan" (with a quote or "as" only). */
export const CHARACTERISING_VERBS = words(`called branded labelled labeled termed dismissed described`);
/** Cues that follow the quote they attribute (`…," she said.`, `…," he told reporters.`). */
export const TRAILING_CUES = words(`
  said says added adds told wrote writes asked explained insisted argued warned noted stated claimed
  recalled continued remarked replied responded tweeted posted declared conceded announced`);
/** Cues after a comma that attribute to the sentence's subject ("…, saying the plan failed"). */
export const PARTICIPLE_CUES = words(`
  saying calling claiming adding arguing insisting accusing warning describing alleging noting stressing
  declaring`);
/** Verbs that cannot appear inside a subject noun phrase; they reveal a clause, not a speaker. */
export const CLAUSE_WORDS = set(`
  is are was were be been being will would should could can may might must do does did that which who whom
  whose not never to if because when while as than there`);
/** Last words that make a capitalised name a body, beyond ORG_WORDS ("Saltmere Pier Trust", "Westvale Water"). */
export const BODY_WORDS = set(`
  trust review index society water energy rail airport airways mining motors media labs partners holdings
  capital trade health museum theatre gazette ledger courier observer echo herald ministry office council
  agency board bureau institute association union party bank company group court shipping ferries
  logistics therapeutics pharma securities systems foods insurance properties developments`);
/** "the company said": nouns that refer back to whichever organisation spoke last. */
export const GENERIC_BODIES = set(`company firm group business organisation organization charity club contractor`);
/** Plural heads that do not end in "s" but speak for a group ("police said", "staff say"). */
export const GROUP_HEADS = set(`people police staff personnel children men women youth clergy`);
export const PERSON_PRONOUNS = set(`he she`);
/** What tells a reader whether a later "he" or "she" can be this person: an honorific before the name, a pronoun after it. */
export const MALE_MARKERS = set(`mr sir lord he him his himself`);
export const FEMALE_MARKERS = set(`mrs ms miss dame lady she her hers herself`);
/** First-person words: a quotation in the first person is someone speaking, if the article says who. */
export const FIRST_PERSON = set(`i me my mine myself we us our ours ourselves`);
export const FIRST_PERSON_SINGULAR = set(`i me my mine myself`);
/** A pronoun after a name that shows it names a body, not a person ("Halvern Therapeutics said its pill …"). */
export const BODY_MARKERS = set(`its itself`);
export const OTHER_PRONOUNS = set(`it they`);
/** Nouns naming a person or body that can speak when they head a subject ("a military spokesman"). */
export const SPEAKING_NOUNS = set(`
  spokesman spokeswoman spokesperson official officials minister ministry president government police
  source sources analyst analysts expert experts researchers scientists report study statement data figures
  survey poll company firm agency army military prosecutor prosecutors lawyer lawyers witness witnesses
  residents investigators authorities leader leaders diplomat diplomats aide aides adviser advisers advisor
  advisors officer officers commander people critics opponents supporters campaigners doctors economists
  executive executives spokespeople ceo chairman chairwoman director regulator regulators union council
  committee court judge senator governor mayor lawmakers lawmaker legislators observers monitors group
  groups organisation organization board team charity bureau watchdog newspaper broadcaster countries
  nations side`);
/**
 * Singular nouns that name a person by what they do: a subject whose head is one of these is a
 * person with that role ("the harbour master", "a council spokeswoman", "the chief executive").
 * Entries of two words are compounds that name one role; the longest fitting entry wins.
 */
export const ROLE_NOUNS = phrases(`
  spokesman, spokeswoman, spokesperson, official, minister, president, analyst, expert, lawyer,
  prosecutor, diplomat, aide, adviser, advisor, officer, commander, leader, executive, chief executive,
  chairman, chairwoman, chair, director, senator, governor, mayor, judge, witness, resident, doctor,
  economist, author, researcher, scientist, manager, head, headteacher, head teacher, teacher,
  principal, headmaster, headmistress, harbour master, harbor master, master, postmaster, stationmaster,
  coroner, inspector, detective, constable, superintendent, sheriff, police chief, fire chief, surgeon,
  nurse, midwife, paramedic, engineer, surveyor, architect, planner, auditor, accountant, treasurer,
  secretary, press secretary, press officer, duty officer, medical officer, clerk, registrar, warden,
  ranger, curator, librarian, archivist, professor, lecturer, captain, pilot, skipper, coach, founder,
  owner, landlord, landlady, tenant, farmer, shopkeeper, trader, driver, passenger, student, parent,
  campaigner, organiser, organizer, activist, volunteer, worker, employee, whistleblower, negotiator,
  mediator, regulator, ombudsman, commissioner, councillor, councilman, councilwoman, alderman,
  ambassador, envoy, attorney, solicitor, barrister, investigator, consultant, vicar, priest, bishop,
  presenter, host, interviewer, reporter, correspondent, editor, journalist, columnist`);
/** Words that sharpen a role before it ("deputy harbour master", "acting chief executive"). */
export const ROLE_MODIFIERS = set(`deputy acting assistant senior interim vice lead associate general junior former`);
/** Sentence openers set off by a comma before the subject ("However, the minister said …"). */
export const INTRO_ADVERBS = words(`
  However Instead Separately Meanwhile Earlier Later Also Previously Still Yet Now Elsewhere Again
  Domestically Internationally Overall`);
/** Words opening an introductory phrase ("On Monday, …", "Speaking in Kyiv, …"). */
export const INTRO_PHRASE_OPENERS = words(`On In At After Before During Speaking Asked Last Earlier Later Since Following Writing`);
/** Words between a subject and its cue that are not part of the subject ("Smith has previously said"). */
export const SUBJECT_FILLERS = phrases(`
  has, have, had, also, previously, repeatedly, again, publicly, recently, later, earlier, once, always,
  already, in the past`);
/** Verbs by which data, records and studies speak ("Data from the grid operator show …", "A survey found …"). */
export const SOURCE_VERBS = words(`show shows showed suggest suggests suggested indicate indicates found find finds rated`);
/** Documents whose owner is the source ("a survey by the association", "the bureau's data"). */
export const DOCUMENT_NOUNS = words(`data figures statistics estimates survey study report poll analysis audit review filings accounts records`);
/** "That was the verdict of X": nouns by which a sentence hands the quotation before it to X. */
export const VERDICT_NOUNS = words(`verdict view assessment warning message account words reaction response`);
/** Words that open a noun phrase able to speak ("the operator", "a spokeswoman", "its auditors"). */
export const SUBJECT_DETERMINERS = set(`the a an its their his her our one some many several two three`);
/** A conjunction no name contains: a subject holding one is a clause ("farmers praised it but said"). */
export const SUBJECT_BREAKS = set(`but`);
/** Prepositions that start a post-modifier after a subject's head ("Parents at the hearing"). */
export const SUBJECT_POSTMODIFIERS = set(`at in from of on with`);
/** "last week", "this morning": time phrases that end a subject the same way. */
export const LAST_PERIODS = words(`week month year night`);
export const THIS_PERIODS = words(`week month year morning afternoon evening`);
/** "in a statement", "in an interview": how a subject said it. */
export const STATEMENT_KINDS = words(`statement interview speech post letter briefing`);
/** Words that may follow a trailing attribution ("…," said Smith on Monday). */
export const AFTER_TRAILING_SPEAKER = words(`in on at during after before to via from when while last this`);
/** What may follow the whole attribution ("…," he told reporters in Kyiv). */
export const AFTER_ATTRIBUTION = [...AFTER_TRAILING_SPEAKER, ...words(`earlier later of by reporters journalists`)];
/** "according to data from the ONS": the document is dropped so that the body speaks. */
export const SOURCE_DOCUMENTS = phrases(`
  data, figures, statistics, estimates, a statement, a report, a survey, a study, a tally`);

// --- Caveats --------------------------------------------------------------------------------

/** "could not … verify": the reporter's inability, before a verification verb. */
export const UNABLE = phrases(`
  could not, couldn't, cannot, can't, was unable to, were unable to, is unable to, are unable to,
  has not been able to, have not been able to, had not been able to, did not, has not, have not, had not`);
/** Stems of the verification verbs: "verify", "verified", "confirmation", "corroborate". */
export const VERIFY_STEMS = words(`verif confirm corroborat authenticat`);
/** Auxiliaries of "has not (yet) been verified". */
export const PASSIVE_AUXILIARIES = words(`could can has have had`);
export const VERIFIED = words(`verified confirmed corroborated`);
export const VERIFICATION_NOUNS = words(`verification confirmation`);
export const UNVERIFIED_ADJECTIVES = words(`unverified unconfirmed unsubstantiated`);
/** "did not respond to requests": the reporting process, not a claim. */
export const CONTACT_ATTEMPTS = words(`requests request emails email calls call`);
export const NO_COMMENT = phrases(`declined to comment, could not be reached`);
/** Credit lines at the foot of wire copy ("Reporting by …"). */
export const CREDIT_LINES = phrases(`Reporting, Editing, Writing, Additional reporting, Compiled`);
/** A caveat naming these covers several preceding claims, not just one. */
export const PLURAL_SCOPES = phrases(`
  either side, both sides, the claims, these claims, those claims, their claims, the reports,
  these reports, the accounts, the figures, the statements, them`);
/** "rejected the claim": nouns that point back to an accusation rather than to any statement. */
export const ACCUSATION_NOUNS = set(`claim claims accusation accusations allegation allegations charge charges`);
/** Cues that make a sentence an accusation, the likeliest target of "rejected the claim". */
export const ACCUSING_CUES = set(`accused accuses alleged alleges claimed claims`);
/** "Neither figure could be confirmed": nouns of a caveat that covers two claims. */
export const PAIR_NOUNS = words(`figure figures side sides claim claims account accounts`);
/** Nouns a caveat uses for what it covers without saying what it is about ("the number of …", "the reports"). */
export const TOPIC_NOUNS = set(`number numbers claim claims report reports statement statements details detail total`);
/** "the claim was false": a dispute told by the verdict on it. */
export const FALSE_WORDS = words(`false untrue misleading wrong incorrect inaccurate baseless`);
/** "That is simply not true", "That's complete nonsense": adverbs and nouns of a bare retort. */
export const RETORT_ADVERBS = words(`simply just completely absolutely plainly totally entirely categorically utterly`);
export const RETORT_NOUNS = words(`nonsense rubbish untrue fiction`);
/** Phrases that correct a figure given before ("the true number is closer to …"). */
export const CORRECTIONS = phrases(`the true number, the true figure, the real number, the real figure, the actual number, the actual figure`);
/** An answer that says the opposite of a claim ("said it had not borrowed any money"). */
export const NEGATIONS = phrases(`not, no, never, none, nothing, false, untrue, misleading`);
/** A rebuttal by figures: words that name what a money figure is, all one thing ("cost £40m" … "the overrun is £26m"). */
export const COST_WORDS = set(`cost costs overrun overruns overspend overspent bill price prices`);
/** "failed once", "changed it twice": counts of times in words. */
export const FREQUENCY_WORDS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };
/** Words near a figure that do not say what it counts: speech, trend verbs, scale and filler. */
export const FIGURE_STOP_WORDS = set(`
  said says told added that this those these with from have were been more than less fewer would will could
  should they them their there which about after before while also only some over under least almost
  nearly around roughly just still even much many most such each other then when what into onto
  million millions billion billions thousand thousands hundred hundreds percent cent total number figure
  figures rose risen rise rises rising fell fall falls fallen falling grew grow grown grows increase
  increased increases decrease decreased decreases dropped drop drops climbed jumped went come came
  being does statement`);
export const DISPUTE_VERBS = words(`
  deny denies denied denying dispute disputes disputed disputing rejects rejected rejecting reject refute
  refutes refuted refuting rebuts rebutted rebutting rebut contests contested contesting contest dismisses
  dismissed dismissing dismiss`);
/** "disputed territory", "contested election": a description, not a dispute of a claim. */
export const DISPUTED_THINGS = words(`
  territory territories region regions border borders area areas island islands enclave land waters
  election seat primary`);
/** "denied the claim", "rejected their account": what a dispute points back to. */
export const BACKREF_DETERMINERS = words(`that this these those such the his her their its any`);
export const ACCOUNT_NOUNS = words(`
  characterisation characterization claims claim allegations allegation accusations accusation charges
  charge reports report accounts account assertions assertion version description portrayal narrative
  figures figure assessment suggestion statement comments comment remarks remark idea notion view
  wrongdoing`);
/** "denied it", "rejected this outright". */
export const BACKREF_PRONOUNS = words(`it this that them these those`);
export const AFTER_BACKREF_PRONOUN = words(`as and outright strongly flatly on in`);

// --- Scoring --------------------------------------------------------------------------------

/** Appeals to others: they ask for something rather than say what is. */
export const APPEALS = phrases(`urged, urges, called on, calls on, appealed to, appeals to`);
export const NORMATIVE = phrases(`should, must, ought to, needs to, need to, it is time`);
export const SPECULATIVE = phrases(`
  could, might, may, would, will, won't, shall, likely, unlikely, possibly, perhaps, probably, expected to,
  set to, plans to, plan to, planning to, aims to, aim to, aiming to, aiming for, hopes to, hope to,
  intends to, intend to, poised to, going to, forecasts, forecast, predicts, predict`);
/** Capitalised, these open a hedge or a question; "May" and "Likely" do not (a month, a name). */
export const SPECULATIVE_CAPITALISED = words(`Could Might Would Will Perhaps Possibly Probably`);
/** Irregular past tenses; regular ones are found by their "-ed". */
export const PAST_VERBS = words(`
  was were had did lost made met sent took gave won fell rose grew built began came went paid sold bought
  killed left held ran hit spent became brought fought found kept struck shot broke drove flew saw stole
  wrote`);
/** Words ending in "-ed" that are not past tenses, or not events. */
export const NOT_PAST = words(`
  indeed hundred united proceed succeed exceed sacred naked wicked beloved kindred based concerned
  interested needed`);
export const COMPARISONS = phrases(`
  most, least, more than, less than, fewer than, as many as, as much as, at least, at most, biggest,
  largest, smallest, highest, lowest, best, worst, fastest, slowest, oldest, youngest, richest, poorest,
  deadliest, longest, shortest, greatest, strongest, weakest, record, the first, the only, doubled,
  tripled, halved`);
/** Evaluative words: the sentence judges rather than reports. */
export const EVALUATIVE = words(`
  important significant significance huge enormous grotesque historic sacred remarkable terrible great
  vital crucial essential outrageous disgraceful shameful brilliant excellent wonderful unacceptable
  appalling shocking disastrous catastrophic tragic heroic glorious fantastic amazing incredible awful
  horrible ridiculous absurd wise foolish reckless brave cowardly beautiful ugly strong weak powerful best
  worst extraordinary unprecedented devastating`);
/** Words of appearance and atmosphere: scene-setting, not a checkable fact. */
export const SCENE_WORDS = words(`
  skies sky calm sunny rain raining snow weather crowd crowds gathered applause smiled smiling opulent
  halls hall gilded chandeliers flags banners waved cheered quiet tense atmosphere mood sat stood greeted
  greeting`);

// --- Quantities and dates -------------------------------------------------------------------

// prettier-ignore
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
/** Month names as printed in full or abbreviated ("Sept"), as a regex alternation. */
export const MONTH_PATTERN =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
export const WEEKDAYS = words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);
// prettier-ignore
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};
export const SCALE_WORDS: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12 };
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = { bn: 1e9, mn: 1e6, tn: 1e12, m: 1e6, k: 1e3 };
/** "dozens", "millions": a count too vague to give a value. */
export const VAGUE_COUNTS = words(`dozens hundreds thousands millions billions`);
/** "the two leaders": a number word after these points back to actors already counted. */
export const BACK_POINTERS = words(`the these those both`);
export const CURRENCY_PREFIXES = words(`US A C HK`);
export const CURRENCY_SYMBOLS = words(`$ £ € ¥ ₹`);
export const CURRENCY_NAMES = words(`dollars euros pounds yuan roubles rubles rupees yen dirhams francs`);
/** "2000 people", "1500 km": a four-digit number followed by these is a count, not a year. */
export const COUNTED_UNITS = words(`people troops soldiers km miles tonnes`);

// --- Front matter and markup ----------------------------------------------------------------

/** Labels before a date line ("Published: March 3, 2024"). */
export const DATE_LABELS = phrases(`Published, Updated, Posted, Date, Last updated`);
/** Elements whose content never reaches the reader of an article body. */
export const SKIPPED_ELEMENTS = set(`
  script style noscript template iframe object embed svg math canvas head nav aside footer form button
  select textarea figcaption audio video`);
/** Elements that end a paragraph. */
export const BLOCK_ELEMENTS = set(`
  p div br h1 h2 h3 h4 h5 h6 li ul ol blockquote section article header main table tr dd dt dl pre hr
  figure address body html`);
/** Any one of these in the input means its line breaks are markup, not paragraphs. */
export const STRUCTURAL_ELEMENTS = words(`p div br h1 h2 h3 h4 h5 h6 li blockquote section article table tr body html main`);
/** Elements that have no content and no end tag (htmlparser2's list, which sanitize reproduces). */
export const VOID_ELEMENTS = set(`
  area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr`);
/**
 * HTML's implied end tags, as htmlparser2's Parser applies them: a start tag for any element
 * before a colon closes the current (innermost) element, again and again, while it is one of
 * those after the colon. "<p>One<div>" closes the paragraph; "<li>a<li>b" the first item.
 */
export const IMPLIED_END_TAGS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  `tr: tr th td | th: th | td: thead th td | body: head link script | a: a | li: li | p: p |
  h1 h2 h3 h4 h5 h6: h1 h2 h3 h4 h5 h6 p | dd dt: dd dt | rt rp: rt rp | tbody tfoot: thead tbody |
  select input output button datalist textarea: input option optgroup select button datalist textarea |
  option: option | optgroup: optgroup option |
  address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav
  ol pre section table ul: p`
    .split('|')
    .flatMap((rule) => {
      const [openers = '', closed = ''] = rule.split(':');
      return words(openers).map((opener) => [opener, set(closed)] as const);
    }),
);
/** Inside <svg> or <math>, these hold HTML again (htmlparser2's list; <foreignObject> only in SVG). */
export const HTML_INTEGRATION_POINTS = set(`mi mo mn ms mtext annotation-xml desc title`);
/** <meta> names and properties that carry the publication date. */
export const DATE_META_KEYS = set(`
  article:published_time date pubdate publishdate dc.date dc.date.issued og:published_time datepublished
  sailthru.date parsely-pub-date`);

// --- Bylines and publishers -----------------------------------------------------------------

/** <meta> names and properties that name the article's author (a URL there is a profile page, not a name). */
export const AUTHOR_META_KEYS = set(`author article:author byl dc.creator dcterms.creator parsely-author sailthru.author`);
/** <meta> names and properties that name the site that published the article. */
export const SITE_NAME_META_KEYS = set(`og:site_name`);
/** Class names of an element holding the byline ("byline", "article-author", "author__name"); compared per class. */
export const BYLINE_CLASS_RE = /^(?:[\w-]*[-_])?(?:byline|bylines|author|authors)(?:[-_]{1,2}(?:name|names|link|text))?$/i;
/** schema.org types of the node that describes the article in a page's JSON-LD. */
export const JSON_LD_ARTICLE_TYPES = set(`
  Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle BackgroundNewsArticle ReviewNewsArticle
  AskPublicNewsArticle BlogPosting LiveBlogPosting SocialMediaPosting Report ScholarlyArticle TechArticle`);
/** Lower-case words inside a personal name ("Ludwig van Beethoven", "Maria de la Cruz"). */
export const NAME_PARTICLES = set(`de da di del della der den des du van von bin binti ibn al el la le dos das ten ter zu y`);
/**
 * Capitalised words that are not part of a personal name: a "By …" line that holds one is a
 * sentence ("By Tuesday, …", "By The Time …"), not a byline. April, May, June and August are
 * left out: they are names too ("By Theresa May"), and a date after "By" has its digits.
 */
export const NOT_NAME_WORDS = set(`
  the a an of in on at for to from with and or but not this that these those it its our my your their his her we they he
  she you i all some most many more less than then now today tomorrow yesterday tonight year years month months week
  weeks day days contrast comparison law order far way time end early late mid noon midnight morning evening night
  updated published posted share follow read more
  monday tuesday wednesday thursday friday saturday sunday january february march july september october november
  december`);
/** Last words that make a run of capitalised words a desk, a role or an outlet, not a person ("Health Correspondent", "BBC News"). */
export const BYLINE_ROLE_WORDS = set(`
  correspondent correspondents reporter reporters editor editors writer writers columnist staff desk team news newsroom
  press agency agencies service bureau times post journal herald tribune guardian telegraph mail gazette chronicle
  daily weekly online wire network radio tv television`);
/** Lower-case words inside an affiliation after the names ("Minister of the Interior", "Radio Dunmere staff"). */
export const BYLINE_LINK_WORDS = set(`of the and for in at on de du des la le y et staff`);
