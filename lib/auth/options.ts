import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { checkCredentials } from '@/lib/auth/login';
import { authSecret } from '@/lib/config';

export type SessionUser = { id?: string; signedInAt?: number };

const RATE_LIMITED_MESSAGE = 'Too many failed sign-in attempts. Wait 15 minutes and try again.';

function clientIp(headers: Record<string, unknown> | undefined): string {
  const fwd = headers?.['x-forwarded-for'];
  const first = typeof fwd === 'string' ? fwd.split(',')[0]?.trim() : undefined;
  const real = headers?.['x-real-ip'];
  return first || (typeof real === 'string' ? real : '') || 'unknown';
}

export const authOptions: NextAuthOptions = {
  // JWT sessions carry only the user id; role and active flag are read from the database on
  // every request (lib/auth/session.ts), so changes apply at once.
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/login' },
  get secret() {
    return authSecret();
  },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, req) {
        const result = await checkCredentials(credentials, clientIp(req?.headers));
        if (result.ok) return result.user;
        if (result.reason === 'rate_limited') throw new Error(RATE_LIMITED_MESSAGE);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // Set once at sign-in and carried unchanged when the token is re-issued, so a later
      // revocation (users.sessions_revoked_at) can tell old sessions from new ones.
      if (user) {
        token.uid = user.id;
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      // Only the id and sign-in time are taken from the token; role and status come from the database.
      const u = session.user as SessionUser | undefined;
      if (u) {
        u.id = typeof token.uid === 'string' ? token.uid : undefined;
        u.signedInAt = typeof token.signedInAt === 'number' ? token.signedInAt : 0;
      }
      return session;
    },
  },
};
