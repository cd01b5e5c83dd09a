import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import { encode } from 'next-auth/jwt';
import CredentialsProvider from 'next-auth/providers/credentials';
import { checkCredentials } from '@/lib/auth/login';
import { clientAddress } from '@/lib/auth/client-address';
import { decodeSessionToken } from '@/lib/auth/session-token';
import { endSession, sessionClaims, sessionUser, startSession } from '@/lib/auth/sessions';
import { authSecret, SESSION_MAX_AGE_SECONDS, trustProxyHops } from '@/lib/config';

/** What the session endpoint tells the browser: the user id, nothing more. */
export type SessionUser = { id?: string };

const inWords = (seconds: number) => (seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`);
const rateLimitedMessage = (seconds: number) => `Too many failed sign-in attempts. Try again in ${inWords(seconds)}.`;

/** Thrown from the jwt callback for a token whose session has ended: next-auth then clears the cookie. */
class SessionEnded extends Error {
  name = 'SessionEnded';
}

export const authOptions: NextAuthOptions = {
  // JWT sessions carry only ids and times (lib/auth/sessions.ts); each use is checked against the
  // sessions row, and role and active flag are read from the database on every request.
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: {
    // next-auth re-encodes the token with a fresh maxAge whenever the session is read; capping it
    // at the session's end keeps its lifetime absolute.
    async encode(params) {
      const claims = sessionClaims(params.token);
      const left = claims ? Math.floor((claims.endsAt - Date.now()) / 1000) : 0;
      return encode({ ...params, maxAge: Math.max(0, Math.min(params.maxAge ?? SESSION_MAX_AGE_SECONDS, left)) });
    },
    // The same as next-auth's, with the key derived once (lib/auth/session.ts reads tokens with it too).
    decode: decodeSessionToken,
  },
  pages: { signIn: '/login' },
  get secret() {
    return authSecret();
  },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, req) {
        const result = await checkCredentials(credentials, clientAddress(req?.headers, trustProxyHops()));
        if (result.ok) return result.user;
        if (result.reason === 'rate_limited') throw new Error(rateLimitedMessage(result.retryAfterSeconds));
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) return { sub: user.id, ...(await startSession(user.id)) };
      // Every read of the session (/api/auth/session, getServerSession) passes here before the
      // token is re-issued: a signed-out, expired or revoked one is refused instead.
      if (!(await sessionUser(sessionClaims(token)))) throw new SessionEnded('The session has ended.');
      return token;
    },
    session({ session, token }) {
      // The browser learns the user id and when the session ends; name, email and role stay here.
      const claims = sessionClaims(token);
      const user: SessionUser = { id: claims?.uid };
      return Object.assign(session, { user, expires: new Date(claims?.endsAt ?? 0).toISOString() });
    },
  },
  events: {
    async signOut({ token }) {
      await endSession(sessionClaims(token));
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session presented again is expected (an old tab, a copied cookie), not an error.
      if (metadata instanceof SessionEnded || (metadata as { name?: string } | undefined)?.name === 'SessionEnded') return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
