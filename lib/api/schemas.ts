import { z } from 'zod';
import { ClaimStatus, NotificationKind, Rating } from '@/lib/generated/prisma/enums';
import { ZImportArticleSchema } from '@/lib/validation/articles';

// The workspace JSON API's request and response shapes. The routes type their bodies with these
// and /api/openapi.json is generated from them (lib/api/openapi.ts): one definition of each type.

/** POST /api/articles: the import page's fields; without a title, the article's own is used. */
export const ZApiArticleRequest = ZImportArticleSchema.partial({ title: true });
export type TApiArticleRequest = z.input<typeof ZApiArticleRequest>;

export const ZApiClaim = z.object({
  id: z.string(),
  text: z.string(),
  /** UTF-16 offsets into the article's plain text. */
  start: z.number().int(),
  end: z.number().int(),
  score: z.number(),
  /** The extractor recommends checking it (its score passed the threshold). */
  suggested: z.boolean(),
  speaker: z.string().nullable(),
  status: z.enum(ClaimStatus),
});

export const ZApiArticleResponse = z.object({ id: z.string(), title: z.string(), claims: z.array(ZApiClaim) });
export type TApiArticleResponse = z.infer<typeof ZApiArticleResponse>;

export const ZApiError = z.object({
  error: z.string(),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  /** On 409: the record as it is now (for a duplicate import, the existing article: its `id`). */
  current: z.record(z.string(), z.unknown()).optional(),
  /** On 409 for a duplicate import: the existing article's id. */
  id: z.string().optional(),
});

export const ZNotificationsResponse = z.object({
  notifications: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(NotificationKind),
      text: z.string(),
      url: z.string(),
      createdAt: z.string(),
      read: z.boolean(),
    }),
  ),
  unread: z.number().int(),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.string().nullable(),
});
export type TNotificationsResponse = z.infer<typeof ZNotificationsResponse>;

/** GET /api/claims/match: earlier claims that say what the sentence says, best first. */
export const ZMatchResponse = z.object({
  matches: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      claimant: z.string().nullable(),
      rating: z.enum(Rating).nullable(),
      ruledAt: z.string().nullable(),
      factCheckUrl: z.string().nullable(),
      /** 0–1: how close the wording is, after numbers and names are weighed. */
      similarity: z.number(),
      /** The candidate states a different number for a quantity the sentence states: not the same claim. */
      numbersDiffer: z.boolean(),
      sharedEntities: z.array(z.string()),
      article: z.object({ id: z.string(), title: z.string() }),
    }),
  ),
});
export type TMatchResponse = z.infer<typeof ZMatchResponse>;

/** GET /api/claims/search: claims across articles matching a search, best first, a page at a time. */
export const ZSearchResponse = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      claimant: z.string().nullable(),
      /** The claimant's record (GET /claimants/<id> in the workspace); pass as `claimant` to filter. */
      claimantId: z.string().nullable(),
      status: z.enum(ClaimStatus),
      rating: z.enum(Rating).nullable(),
      article: z.object({ id: z.string(), title: z.string() }),
      factCheckUrl: z.string().nullable(),
      /** Relevance: full-text rank, or word similarity (0–1) when `mode` is "fuzzy"; only comparable within one search. */
      score: z.number(),
    }),
  ),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** "fuzzy" when no claim had a word as typed and the closest word claims use was searched instead (see `corrections`). */
  mode: z.enum(['text', 'fuzzy']),
  /** The misspelled words and what was searched for instead. */
  corrections: z.array(z.object({ from: z.string(), to: z.string() })),
  /** Matches on the first page's count, up to 1,000 (`more` past that); absent on later pages. */
  total: z.number().int().optional(),
  more: z.boolean().optional(),
  /** Why nothing could be searched (only common words, only left-out words), else absent. */
  notice: z.string().optional(),
});
export type TSearchResponse = z.infer<typeof ZSearchResponse>;
