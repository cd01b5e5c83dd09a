import { z } from 'zod';
import { SourceType, Stance } from '@/lib/generated/prisma/enums';
import { ZHttpUrl, ZPastDate } from '@/lib/validation/articles';
import { ZId } from '@/lib/validation/claims';

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  primary_document: 'Primary document',
  official_statement: 'Official statement',
  dataset: 'Dataset',
  news_report: 'News report',
  expert: 'Expert',
  social_post: 'Social media post',
  other: 'Other',
};

export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

/** Empty form fields become null; anything else is trimmed and length-checked. */
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep the ${label} under ${max} characters.` })
    .nullish()
    .transform((v) => (v ? v : null));

const ZSourceFields = z.object({
  url: ZHttpUrl,
  title: z.string({ error: 'Enter a title.' }).trim().min(1, { error: 'Enter a title.' }).max(300, { error: 'Keep the title under 300 characters.' }),
  type: z.enum(SourceType, { error: 'Choose the type of source.' }),
  stance: z.enum(Stance, { error: 'Choose whether it supports, contradicts or gives context.' }),
  publisher: optionalText(200, 'publisher'),
  excerpt: optionalText(5000, 'excerpt'),
  accessedAt: z.union([z.literal('').transform(() => null), ZPastDate]).nullish().transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null)),
  archiveUrl: z.union([z.literal('').transform(() => null), ZHttpUrl]).nullish().transform((v) => v ?? null),
});

export const ZCreateSourceSchema = ZSourceFields.extend({ claimId: ZId });
export type TCreateSource = z.input<typeof ZCreateSourceSchema>;

/** `updatedAt` is the version the edit was based on: sources have no counter, their timestamp serves. */
export const ZUpdateSourceSchema = ZSourceFields.extend({
  sourceId: ZId,
  updatedAt: z.iso.datetime({ error: 'Missing version.' }).transform((v) => new Date(v)),
});
export type TUpdateSource = z.input<typeof ZUpdateSourceSchema>;

export const ZDeleteSourceSchema = z.object({ sourceId: ZId });
