import { currentUserId } from '@/lib/auth/session';
import { listUsers } from '@/lib/data/users';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/format';
import { CreateUserForm, RoleForm, ActiveForm } from './user-forms';
import { ResetPasswordForm } from './reset-password-form';

export const metadata = { title: 'Users' };

export default async function UsersPage() {
  const me = await currentUserId();
  const users = await guard(listUsers(me));
  return (
    <main id="main">
      <h1>Users</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Password</th>
            <th scope="col">Since</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>
                <RoleForm userId={u.id} role={u.role} label={`Role of ${u.name}`} />
              </td>
              <td>
                <ActiveForm userId={u.id} active={u.active} name={u.name} isSelf={u.id === me} />
              </td>
              <td>
                {u.mustChangePassword && <span className="pill">Must change at next sign-in</span>}{' '}
                {u.id !== me && <ResetPasswordForm userId={u.id} name={u.name} />}
              </td>
              <td>{formatDate(u.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Create an account</h2>
      <CreateUserForm />
    </main>
  );
}
