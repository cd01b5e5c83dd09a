// Shared by the e2e/support scripts: read the JSON argument, run, print the JSON result last.
import { db } from '@/lib/db';
import { DEMO_ACCOUNTS } from '@/prisma/demo';

export async function userId(role: (typeof DEMO_ACCOUNTS)[number]['role']) {
  const email = DEMO_ACCOUNTS.find((a) => a.role === role)!.email;
  return (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

export function script<A, R>(fn: (args: A) => Promise<R>) {
  const args = JSON.parse(process.argv[2] ?? '{}') as A;
  fn(args)
    .then((r) => console.log(JSON.stringify(r ?? null)))
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
