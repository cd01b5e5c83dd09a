import { z } from 'zod';
import { ZId, zText } from '@/lib/validation/common';

const MAX_NOTE_CHARS = 5000;

export const ZAddNoteSchema = z.object({
  claimId: ZId,
  body: zText({ error: 'Write the note first.' })
    .trim()
    .min(1, { error: 'Write the note first.' })
    .max(MAX_NOTE_CHARS, { error: `Keep the note under ${MAX_NOTE_CHARS} characters.` }),
});
export type TAddNote = z.input<typeof ZAddNoteSchema>;
