import { z } from 'zod';
import { SourceType, Stance } from '@/lib/generated/prisma/enums';
import { ZHttpUrl, ZId, ZOptionalText, ZPastDate, ZVersion, zText } from '@/lib/validation/common';

const ZSourceFields = z.object({
  url: ZHttpUrl,
  title: zText({ error: 'Enter a title.' }).trim().min(1, { error: 'Enter a title.' }).max(300, { error: 'Keep the title under 300 characters.' }),
  type: z.enum(SourceType, { error: 'Choose the type of source.' }),
  stance: z.enum(Stance, { error: 'Choose whether it supports, contradicts or gives context.' }),
  publisher: ZOptionalText(200, 'publisher'),
  excerpt: ZOptionalText(5000, 'excerpt'),
  accessedAt: z
    .union([z.literal('').transform(() => null), ZPastDate])
    .nullish()
    .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null)),
  archiveUrl: z
    .union([z.literal('').transform(() => null), ZHttpUrl])
    .nullish()
    .transform((v) => v ?? null),
  notArchivableReason: ZOptionalText(500, 'reason').pipe(z.string().min(5, { error: 'Say in a few words why it cannot be archived.' }).nullable()),
});

export const ZCreateSourceSchema = ZSourceFields.extend({ claimId: ZId });
export type TCreateSource = z.input<typeof ZCreateSourceSchema>;

/** `version` is the one the form was loaded with: a stale one is a CONFLICT, as for claims. */
export const ZUpdateSourceSchema = ZSourceFields.extend({ sourceId: ZId, version: ZVersion });
export type TUpdateSource = z.input<typeof ZUpdateSourceSchema>;

export const ZDeleteSourceSchema = z.object({ sourceId: ZId, version: ZVersion });
export type TDeleteSource = z.input<typeof ZDeleteSourceSchema>;
