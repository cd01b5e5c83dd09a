/**
 * Part of step 2, meta: who wrote the article. A front-matter line is a byline only when it is
 * made of personal names, followed at most by what they are or whom they write for, and a date:
 * "By Jane Doe and John Roe", "By Jane Doe, Reuters", "BY JANE DOE | 3 May 2025". "By 2030 the
 * city will…", "By Tuesday, the council had…" and "By contrast, …" are sentences of the article.
 * The same reading gives the people a stored byline names (ClaimReview's author of the article).
 */
import { BYLINE_LINK_WORDS, BYLINE_ROLE_WORDS, NAME_PARTICLES, NOT_NAME_WORDS } from './lexicon';
import { allMatches } from './regex';

export type Byline = {
  /** As written, without "By" and without a trailing date: "Jane Doe, Reuters". */
  text: string;
  /** The people it names, in order: ["Jane Doe"]. Empty for a staff credit ("By Radio Dunmere staff"). */
  names: string[];
};

/** The longest byline read (articles.byline holds up to 300 characters). */
export const MAX_BYLINE_CHARS = 200;

const LEAD_RE = /^(?:(?:written|words|reporting|story|text|report)\s+)?by\b[\s:]*/i;
/** Between the names and what follows them: "Jane Doe | Reuters", "Jane Doe — 3 May 2025". */
const SEGMENT_RE = /(\s+[|·•—–]\s+|\s+-{1,2}\s+)/;
/** Between names or affiliations: "Jane Doe, John Roe and Ann Lee", "Jane Doe & John Roe", "Jane Doe; John Roe". */
const PART_SEP_RE = /\s*([,;])\s*(?:(?:and|&)\s+)?|\s+(and|&)\s+/giu;
/** "Jane", "O'Brien", "Osei-Bonsu", "JANE". */
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** "J.", "J.R.", "J". */
const INITIALS = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}$/u;
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;
/** "al-Hassan", "el-Sayed". */
const ARABIC_PARTICLE = /^(?:al|el|ad|ash|as|ar|at)-\p{Lu}/u;
/** A word of an outlet's or a role's name: "BBC", "News", "Monde.fr", "France24". */
const AFFILIATION_WORD = /^\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*$/u;
/** A credit without names: "By Radio Dunmere staff", "By Staff Reporter", "By Our Correspondent". */
const STAFF_CREDIT =
  /^(?:\p{Lu}[\p{L}\p{M}'’&.-]*\s+){0,4}(?:[Ss]taff(?:\s+(?:[Rr]eporters?|[Ww]riters?))?|[Rr]eporters?|[Cc]orrespondents?|[Nn]ewsroom|[Dd]esk)(?:\s+and\s+agencies)?$/u;
/** A date or time after the names: "3 May 2025", "May 3, 2025 10:02 am", "Updated 2025-05-03". */
const DATE_LIKE = /^(?:(?:updated|published|posted)\s*:?\s*)?(?=.*\d)[\p{L}\d ,.:/-]{4,40}$/iu;
/** A line that ends as a sentence does (an initial or "Jr." aside). */
const SENTENCE_END = /[.!?]["”’]?$/;

const key = (w: string) => w.toLowerCase().replace(/[’']s$/, '');

/** "Jane Doe", "J. R. Ellison", "Ludwig van Beethoven", "Martin Luther King Jr": two to six words of a person's name. */
function isPersonName(part: string): boolean {
  const ws = part.split(' ');
  if (ws.length < 2 || ws.length > 6) return false;
  const first = ws[0] as string;
  const last = ws.at(-1) as string;
  if (!(CAPITALISED.test(first) || INITIALS.test(first)) || !(CAPITALISED.test(last) || SUFFIX.test(last))) return false;
  if (BYLINE_ROLE_WORDS.has(key(last))) return false;
  let capitals = 0;
  for (const w of ws) {
    if (NOT_NAME_WORDS.has(key(w))) return false;
    if (CAPITALISED.test(w) || INITIALS.test(w) || ARABIC_PARTICLE.test(w)) capitals++;
    else if (!NAME_PARTICLES.has(w) && !SUFFIX.test(w)) return false;
  }
  return capitals >= 2;
}

/** What the people are or whom they write for: "Reuters", "Health Correspondent", "in London", "for The Times". */
function isAffiliation(part: string): boolean {
  const ws = part.split(' ');
  const head = /^(?:in|at|for|of)$/.test(ws[0] ?? '') ? 1 : 0;
  if (ws.length <= head || ws.length > 7 || !AFFILIATION_WORD.test(ws[head] ?? '')) return false;
  return ws.every((w, i) => i < head || AFFILIATION_WORD.test(w) || BYLINE_LINK_WORDS.has(w) || w === '&');
}

type Part = { text: string; end: number; sep: 'comma' | 'and' | 'start' };

function partsOf(segment: string): Part[] {
  const parts: Part[] = [];
  let start = 0;
  let sep: Part['sep'] = 'start';
  for (const m of allMatches(PART_SEP_RE, segment)) {
    parts.push({ text: segment.slice(start, m.index), end: m.index, sep });
    start = m.index + m[0].length;
    sep = m[1] === ',' ? 'comma' : 'and';
  }
  parts.push({ text: segment.slice(start), end: segment.length, sep });
  return parts;
}

/**
 * The names and affiliations at the start of a segment, and how much of it they span. A part
 * after a comma is a name only in a list that ends "… and X" ("Jane Doe, John Roe and Ann Lee"):
 * otherwise it says whom the person writes for ("Jane Doe, Sky News").
 */
function readNames(segment: string): { names: string[]; end: number; whole: boolean } | null {
  const parts = partsOf(segment);
  const first = parts[0] && personIn(parts[0].text);
  if (!first) return null;
  const names = [first];
  let end = (parts[0] as Part).end;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] as Part;
    const listGoesOn = p.sep !== 'comma' || parts.slice(i + 1).some((q) => q.sep === 'and');
    const person = listGoesOn ? personIn(p.text) : null;
    if (SUFFIX.test(p.text)) names[names.length - 1] += ` ${p.text}`;
    else if (person) names.push(person);
    else if (!isAffiliation(p.text)) return { names, end, whole: false };
    end = p.end;
  }
  return { names, end, whole: true };
}

/** The person a part names: the whole part, or its start before "in London", "for The Times". */
function personIn(part: string): string | null {
  if (isPersonName(part)) return part;
  const m = /^(.+?) ((?:in|at|for) \p{Lu}.*)$/u.exec(part);
  return m && isPersonName(m[1] as string) && isAffiliation(m[2] as string) ? (m[1] as string) : null;
}

/** The longest run of words a byline element opens with that is a person's name ("Jane Doe Updated 3 hours ago"). */
function leadingName(segment: string): { names: string[]; end: number; whole: boolean } | null {
  const ws = segment.split(' ');
  for (let k = Math.min(6, ws.length - 1); k >= 2; k--) {
    const name = ws.slice(0, k).join(' ');
    if (isPersonName(name)) return { names: [name], end: name.length, whole: false };
  }
  return null;
}

/**
 * Reads a byline. `line`: a paragraph of the article's front matter, which must start with "By"
 * and hold nothing but names, affiliations and a date. `element`: the text of the page's byline
 * element, where "By" is optional and what follows the names is dropped ("Jane Doe Updated 3
 * hours ago" is "Jane Doe").
 */
export function readByline(raw: string, mode: 'line' | 'element'): Byline | null {
  // A paragraph this long is body text (and the first paragraphs of a text may be all of it).
  if (raw.length > 600) return null;
  const s = raw.replace(/\s+/g, ' ').trim();
  const lead = LEAD_RE.exec(s);
  if (mode === 'line' && !lead) return null;
  const rest = lead ? s.slice(lead[0].length) : s;
  if (rest.length === 0 || rest.length > 300) return null;
  if (mode === 'line' && (rest.split(' ').length > 16 || SENTENCE_END.test(rest.replace(/\b(?:Jr|Sr|\p{Lu})\.$/u, '')))) return null;
  const [head = '', ...tail] = rest.split(SEGMENT_RE);
  const trimmed = head.replace(/(?<!\b(?:Jr|Sr|\p{Lu}))[.,;:]$/u, '');
  const names = STAFF_CREDIT.test(trimmed)
    ? { names: [], end: trimmed.length, whole: true }
    : (readNames(trimmed) ?? (mode === 'element' ? leadingName(trimmed) : null));
  if (!names || (mode === 'line' && !names.whole)) return null;
  let text = head.slice(0, names.end);
  // Segments after "|" or "—": more affiliations, then perhaps a date, which is not part of the byline.
  for (let i = 0; names.whole && i + 1 < tail.length; i += 2) {
    const segment = (tail[i + 1] as string).trim();
    if (isAffiliation(segment)) {
      text += `${tail[i]}${segment}`;
      continue;
    }
    if (mode === 'line' && !DATE_LIKE.test(segment)) return null;
    break;
  }
  text = text.replace(/[\s,;:]+$/, '');
  return text.length > 0 && text.length <= MAX_BYLINE_CHARS ? { text, names: names.names } : null;
}

/** The people a byline names, e.g. for schema.org `author`; [] when it does not read as names. */
export function bylineNames(byline: string | null | undefined): string[] {
  return byline ? (readByline(byline, 'element')?.names ?? []) : [];
}

/** Names as a byline writes them: "Jane Doe", "Jane Doe and John Roe", "Jane Doe, John Roe and Ann Lee". */
export function joinNames(names: readonly string[]): string | null {
  if (names.length <= 1) return names[0] ?? null;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** An author meta tag as a byline: the name as the publisher gives it, never a profile address. */
export function bylineFromMeta(content: string): string | null {
  const s = content.replace(/\s+/g, ' ').trim().replace(LEAD_RE, '');
  if (!s || s.length > MAX_BYLINE_CHARS || /^(?:https?:|www\.|\/)|@|\.(?:com|org|net|co\.uk)\b/i.test(s)) return null;
  return s;
}
