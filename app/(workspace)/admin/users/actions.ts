'use server';

import { formAction } from '@/lib/actions';
import { changeRole, createUser, setActive } from '@/lib/data/users';
import { ZChangeRoleSchema, ZCreateUserSchema, ZSetActiveSchema } from '@/lib/validation/users';

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
