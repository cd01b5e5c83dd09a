/** Public shapes of the extraction result; the app persists most of these fields as-is. */

export type ClaimKind = 'factual' | 'quote' | 'opinion' | 'prediction' | 'question' | 'meta';

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface ExtractedLink {
  text: string;
  href: string;
  start: number;
  end: number;
}

export type QuantityKind = 'number' | 'percent' | 'money' | 'ordinal' | 'date';

export interface ExtractedQuantity {
  text: string;
  start: number;
  end: number;
  kind: QuantityKind;
  /** Numeric value where it can be read unambiguously (digits or number words), else null. */
  value: number | null;
}

export type EntityType = 'person' | 'organization' | 'other';

export interface ExtractedEntity {
  text: string;
  start: number;
  end: number;
  type: EntityType;
}

export interface ClaimFlags {
  /** The article itself says the claim could not be verified. */
  unverified: boolean;
  /** The article reports the claim as denied, rejected or disputed. */
  disputed: boolean;
  /** Offsets of the later sentence that disputes this claim, when the dispute is in another sentence. */
  disputedBy: { start: number; end: number } | null;
}

/** What kind of speaker a claim is attributed to: one person, a body, or a plural group ("doctors"). */
export type SpeakerType = 'person' | 'organisation' | 'group';

export interface ExtractedClaim {
  text: string;
  /** UTF-16 offsets into ExtractionResult.text; text === result.text.slice(start, end). */
  start: number;
  end: number;
  selector: TextQuoteSelector;
  score: number;
  /** score >= threshold (default DEFAULT_THRESHOLD). */
  suggested: boolean;
  reasons: string[];
  kind: ClaimKind;
  /** Canonical name: the full name introduced earlier for "Mr Xi", "the minister" or "he". */
  speaker: string | null;
  speakerType: SpeakerType | null;
  /**
   * The speaker's office or role as the text gives it ("Council leader", "chief executive"), or null.
   * A speaker given only as a noun phrase that is itself a role ("the harbour master", "a council
   * spokeswoman", "the acting chief executive") is a person (speakerType 'person'), and the role is
   * the role noun with its rank words but without whose role it is: "harbour master", "spokeswoman",
   * "acting chief executive". Plural noun phrases ("doctors", "council officials") are groups, without a role.
   */
  speakerRole: string | null;
  /**
   * The words the text itself uses for the speaker in or around this sentence, as written: "Ms Romero",
   * "he", "the minister", "a spokeswoman", "the operator"; for a sentence inside a quotation, the words
   * of the sentence that attributes the quotation; in an interview laid out by labels, the label
   * ("OKAFOR"), and for "A:" lines or unlabelled answers, the interviewee's name as the introduction
   * writes it. `speaker` is the canonical name this mention resolves to. Null exactly when speaker is null.
   */
  speakerMention: string | null;
  cue: string | null;
  flags: ClaimFlags;
  quantities: ExtractedQuantity[];
  entities: ExtractedEntity[];
}

export interface ExtractionMeta {
  title: string | null;
  /** The site that published the article, as the page names itself: og:site_name, the <title>'s suffix ("… - BBC News"), JSON-LD. */
  publisher: string | null;
  publishedAt: string | null;
  /** Who wrote it, as the byline says ("Jane Doe and John Roe", "Jane Doe, Reuters"); only personal names (or a staff credit) from the text. */
  byline: string | null;
  /** Wire-style dateline as printed, e.g. "LONDON, Jan. 14 (Reuters)". */
  dateline: string | null;
}

export interface ExtractionResult {
  extractorVersion: string;
  meta: ExtractionMeta;
  text: string;
  links: ExtractedLink[];
  claims: ExtractedClaim[];
}

export interface ExtractOptions {
  threshold?: number;
}
