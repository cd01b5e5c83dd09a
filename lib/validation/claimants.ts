import { z } from 'zod';
import { ClaimantType } from '@/lib/generated/prisma/enums';
import { ZHttpUrl, ZId, ZOptionalText, ZVersion, zText } from '@/lib/validation/common';
import { blank } from '@/lib/validation/claim-lists';

// Claimant records (lib/data/claimants.ts, /claimants).

export const CLAIMANTS_PAGE_SIZE = 50;

export const ZClaimantListQuerySchema = z.object({
  /** Part of a name or alias. */
  q: blank(zText().trim().max(100, { error: 'Keep the search under 100 characters.' })),
  /** The name to start after (the list is alphabetical). */
  after: blank(zText().max(400)),
});
export type TClaimantListQuery = z.input<typeof ZClaimantListQuerySchema>;

export const ZClaimantPageQuerySchema = z.object({
  /** The claims list's page: the last claim's id seen (newest first by creation). */
  after: blank(ZId),
});

const ZName = zText({ error: 'Give the name.' })
  .trim()
  .min(2, { error: 'Give the name (at least 2 characters).' })
  .max(200, { error: 'Keep the name under 200 characters.' });

export const ZUpdateClaimantSchema = z.object({
  id: ZId,
  version: ZVersion,
  name: ZName,
  type: z.enum(ClaimantType, { error: 'Choose person, organisation or group.' }),
  role: ZOptionalText(200, 'role or title'),
  sameAs: blank(ZHttpUrl).transform((v) => v ?? null),
  /** Other names it answers to, one per line (a person's surname is added by itself). */
  aliases: zText()
    .max(4000, { error: 'Keep the names under 4,000 characters.' })
    .default('')
    .transform((v) => [
      ...new Set(
        v
          .split(/\r?\n/)
          .map((a) => a.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(ZName).max(50, { error: 'At most 50 other names.' })),
});
export type TUpdateClaimant = z.input<typeof ZUpdateClaimantSchema>;

export const ZMergeClaimantSchema = z
  .object({
    /** The record that stays. */
    id: ZId,
    version: ZVersion,
    /** The record merged into it, then gone. */
    otherId: ZId,
  })
  .refine((v) => v.id !== v.otherId, { error: 'Choose another record to merge.', path: ['otherId'] });
export type TMergeClaimant = z.input<typeof ZMergeClaimantSchema>;
