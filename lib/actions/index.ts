import 'server-only';
import type { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { currentUserId } from '@/lib/auth/session';
import { refreshReaderCopies } from '@/lib/public-cache';
import { formDataToObject } from './form-data';
import { runPipeline, type ActionDef, type PipelineDeps } from './pipeline';
import type { FormState } from './form-state';

export type { FormState, FormValues } from './form-state';

// Server actions are built here and nowhere else (see docs/architecture.md):
//
//   export const addNoteAction = formAction({
//     schema: ZAddNoteSchema,
//     run: addNote,
//     success: 'Note added.',
//     refresh: ({ input }) => [`/claims/${input.claimId}`],
//   });

const nextDeps: PipelineDeps = {
  currentUserId,
  revalidatePath: (path) => revalidatePath(path),
  refreshReaders: refreshReaderCopies,
  log: (message, error) => console.error(message, error),
};

/** A server action for a `<form action>` through useActionState: `(prev, formData) → state`. */
export function formAction<S extends z.ZodType, R, D = undefined>(def: ActionDef<S, R, D>) {
  return async (_prev: FormState<D>, form: FormData): Promise<FormState<D>> => {
    const values = formDataToObject(form);
    return (await runPipeline(def, values, nextDeps, values)).state;
  };
}

/**
 * A server action called from code with an object (keyboard shortcuts, drag selections). The
 * object comes from the browser: the schema parses it like any form.
 */
export function callAction<S extends z.ZodType, R, D = undefined>(def: ActionDef<S, R, D>) {
  return async (input: z.input<S>): Promise<FormState<D>> => (await runPipeline(def, input, nextDeps)).state;
}
