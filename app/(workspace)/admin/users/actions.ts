'use server';

import { formAction } from '@/lib/actions';
import { changeRole, createUser, setActive } from '@/lib/data/users';
import { ZChangeRoleSchema, ZCreateUserSchema, ZSetActiveSchema } from '@/lib/validation/users';
import { resetPassword } from '@/lib/data/account';
import { ZResetPasswordSchema } from '@/lib/validation/account';

const usersPage = () => ['/admin/users'];

export const createUserAction = formAction({
  schema: ZCreateUserSchema,
  run: createUser,
  success: (u) => `Account created for ${u.email}.`,
  refresh: usersPage,
  keepOut: ['password'], // never echoed back into the page
});

export const changeRoleAction = formAction({
  schema: ZChangeRoleSchema,
  run: changeRole,
  success: (u) => `${u.email} is now ${u.role}.`,
  refresh: usersPage,
});

export const setActiveAction = formAction({
  schema: ZSetActiveSchema,
  run: setActive,
  success: (u) => `${u.email} is now ${u.active ? 'active' : 'deactivated'}.`,
  refresh: usersPage,
});

export const resetPasswordAction = formAction({
  schema: ZResetPasswordSchema,
  run: resetPassword,
  success: (r) => `${r.user.email} must choose a new password at their next sign-in; their sessions are signed out.`,
  // Shown once in the admin's page and kept nowhere else: the database holds only its hash.
  data: (r) => ({ temporaryPassword: r.temporaryPassword }),
  refresh: usersPage,
});
