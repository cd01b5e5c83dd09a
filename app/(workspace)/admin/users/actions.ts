'use server';

import { revalidatePath } from 'next/cache';
import { runAction, type FormState } from '@/lib/actions';
import { changeRole, createUser, setActive } from '@/lib/data/users';

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(
    form,
    (uid) => createUser(uid, Object.fromEntries(form)),
    (u) => `Account created for ${u.email}.`,
  );
  if (r.ok) revalidatePath('/admin/users');
  // Never echo the password back into the form.
  return { ...r, result: undefined, values: r.values ? { ...r.values, password: '' } : undefined } as FormState;
}

export async function changeRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(
    form,
    (uid) => changeRole(uid, { userId: form.get('userId'), role: form.get('role') }),
    (u) => `${u.email} is now ${u.role}.`,
  );
  if (r.ok) revalidatePath('/admin/users');
  return { ok: r.ok, message: r.message };
}

export async function setActiveAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(
    form,
    (uid) => setActive(uid, { userId: form.get('userId'), active: form.get('active') === 'true' }),
    (u) => `${u.email} is now ${u.active ? 'active' : 'deactivated'}.`,
  );
  if (r.ok) revalidatePath('/admin/users');
  return { ok: r.ok, message: r.message };
}
