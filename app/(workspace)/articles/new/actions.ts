'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runAction, type FormState } from '@/lib/actions';
import { importArticle, previewImport, type ImportPreview } from '@/lib/data/import';

export type DuplicateOf = { id: string; title: string };
export type ImportFormState = FormState & { preview?: ImportPreview; duplicateOf?: DuplicateOf | null };

const duplicateIn = (current: unknown): DuplicateOf | null => {
  const d = (current as { duplicateOf?: DuplicateOf } | undefined)?.duplicateOf;
  return d && typeof d.id === 'string' && typeof d.title === 'string' ? { id: d.id, title: d.title } : null;
};

/**
 * One action for both steps of the import form, chosen by the button pressed: "preview" runs the
 * extractor and saves nothing; "save" imports (validation, permission and the duplicate check
 * happen in lib/data/import.ts) and opens the new article. Typed values stay in the browser,
 * so the (possibly large) text is not echoed back.
 */
export async function importFormAction(form: FormData): Promise<ImportFormState> {
  if (form.get('intent') === 'preview') {
    const r = await runAction(form, (uid) => previewImport(uid, { raw: form.get('raw') }));
    if (!r.ok || !r.result) return { ok: false, message: r.message, errors: r.errors };
    return { ok: true, preview: r.result, duplicateOf: r.result.existing };
  }
  const r = await runAction(form, (uid) => importArticle(uid, Object.fromEntries(form)));
  if (r.ok && r.result) {
    revalidatePath('/articles');
    revalidatePath('/dashboard');
    redirect(`/articles/${r.result.id}`);
  }
  return { ok: false, message: r.message, errors: r.errors, duplicateOf: duplicateIn(r.current) };
}
