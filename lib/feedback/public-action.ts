import 'server-only';
import type { z } from 'zod';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/auth/client-address';
import { trustProxyHops } from '@/lib/config';
import { formDataToObject } from '@/lib/actions/form-data';
import { runPipeline, type ActionDef, type PipelineDeps } from '@/lib/actions/pipeline';
import type { FormState } from '@/lib/actions/form-state';

// Readers send reports and tips without an account, so these actions cannot start from a session
// as formAction (lib/actions) does. They go through the same pipeline all the same (parse with the
// schema, data function, form state, what was typed echoed back on a refusal), with the sender's
// address where the session's user would be: the data function's per-client limit is keyed on it.
// Nothing here reads or writes a cookie, and nothing needs refreshing: the workspace's /feedback
// page renders per request.

/** The pipeline's "who": a reader is no account, only the address the request came from. */
const READER = 'reader';

const readerDeps = (): PipelineDeps => ({
  currentUserId: async () => READER,
  revalidatePath: () => {},
  refreshReaders: async () => {},
  log: (message, error) => console.error(message, error),
});

type PublicDef<S extends z.ZodType, R, D> = Omit<ActionDef<S, R, D>, 'run' | 'refresh'> & {
  /** The data function, given the sender's address (lib/auth/client-address.ts) instead of a user. */
  run: (client: string, input: z.input<S>) => Promise<R>;
};

/** A `<form action>` for readers (useActionState): `(prev, formData) → state`. */
export function publicFormAction<S extends z.ZodType, R, D = undefined>(def: PublicDef<S, R, D>) {
  return async (_prev: FormState<D>, form: FormData): Promise<FormState<D>> => {
    const client = clientAddress(await headers(), trustProxyHops());
    const values = formDataToObject(form);
    const bound: ActionDef<S, R, D> = { ...def, run: (_reader, input) => def.run(client, input) };
    return (await runPipeline(bound, values, readerDeps(), values)).state;
  };
}
