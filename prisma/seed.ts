// Seeds an empty database. Run by scripts/start.mjs after migrating (and by `npm run db:seed`).
// Development: one demo account per role, the reference article (imported through the same
// data-layer function the import page uses) and its published demo fact-check (with its published
// snapshot, through the real publishing function). Production (NODE_ENV=production): no demo accounts;
// CLAIMDESK_ADMIN_EMAIL + CLAIMDESK_ADMIN_PASSWORD create the first admin of an empty database.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db';
import { firstAdmin, IS_PRODUCTION, ORGANISATION_NAME } from '@/lib/config';
import { hashPassword } from '@/lib/auth/password';
import { importArticle } from '@/lib/data/import';
import { DEMO_ACCOUNTS, DEMO_ARTICLE, DEMO_PASSWORD } from '@/prisma/demo';
import { publishDemoFactCheck } from '@/prisma/demo-factcheck';
import { backfillSnapshots } from '@/lib/data/snapshots';
import { defaultSitePages } from '@/lib/site-pages/defaults';
import { SITE_PAGE_SLUGS } from '@/lib/site-pages/pages';

async function seedDemo() {
  if ((await db.user.count()) === 0) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.user.createMany({ data: DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash })) });
    console.log(`[seed] created ${DEMO_ACCOUNTS.length} demo accounts`);
  }
  if ((await db.article.count()) === 0) {
    const journalist = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0].email }, select: { id: true } });
    const raw = readFileSync(path.join(process.cwd(), 'prisma/seed-data', DEMO_ARTICLE.file), 'utf8');
    const article = await importArticle(journalist.id, { raw, ...DEMO_ARTICLE.fields });
    console.log(`[seed] imported the demo article “${article.title}” with ${article.claimCount} sentences`);
  }
  // The demo article is demo content by an explicit flag (the reader's page says so from it, never
  // from its sources' addresses), with the details the publishing checklist needs; also for
  // databases seeded before the flag and the address existed.
  const { title, url } = DEMO_ARTICLE.fields;
  await db.article.updateMany({
    where: { title, importedBy: { email: DEMO_ACCOUNTS[0].email }, OR: [{ isDemo: false }, { url: null }] },
    data: { isDemo: true, url },
  });
  // Also for databases seeded before the demo was published: the demo article without a fact-check.
  const demo = await db.article.findFirst({
    where: { title: DEMO_ARTICLE.fields.title, factCheck: null, importedBy: { email: DEMO_ACCOUNTS[0].email } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, _count: { select: { claims: { where: { status: { not: 'suggested' } } } } } },
  });
  if (demo && demo._count.claims === 0) {
    const [journalist, editor] = await Promise.all(
      DEMO_ACCOUNTS.slice(0, 2).map((a) => db.user.findUniqueOrThrow({ where: { email: a.email }, select: { id: true } })),
    );
    const fc = await publishDemoFactCheck(demo.id, { journalistId: journalist!.id, editorId: editor!.id });
    console.log(`[seed] published the demo fact-check at /fact-checks/${fc.slug}`);
  }
}

/**
 * The transparency pages' default text (any database, production too: the footer links them), naming
 * the organisation CLAIMDESK_ORG_NAME sets. Only pages with no row are written, so a re-run never
 * overwrites what an admin wrote.
 */
async function seedSitePages() {
  const pages = defaultSitePages(ORGANISATION_NAME);
  const { count } = await db.sitePage.createMany({
    data: SITE_PAGE_SLUGS.map((slug) => ({ slug, ...pages[slug] })),
    skipDuplicates: true,
  });
  if (count) console.log(`[seed] wrote the default text of ${count} transparency page${count === 1 ? '' : 's'} (/admin/pages edits them)`);
}

async function seedProduction() {
  if ((await db.user.count()) > 0) return;
  const admin = firstAdmin();
  if (!admin || admin.password.length < 12) {
    console.log(
      '[seed] the database has no accounts: set CLAIMDESK_ADMIN_EMAIL and CLAIMDESK_ADMIN_PASSWORD (12+ characters) to create the first admin',
    );
    return;
  }
  await db.user.create({ data: { email: admin.email, name: 'Administrator', role: 'admin', passwordHash: await hashPassword(admin.password) } });
  console.log(`[seed] created the first admin ${admin.email}`);
}

async function main() {
  try {
    // Fact-checks published before readers read snapshots get their first one (any database).
    const backfilled = await backfillSnapshots();
    if (backfilled)
      console.log(`[seed] took the published snapshot of ${backfilled} fact-check${backfilled === 1 ? '' : 's'} published before snapshots`);
    await seedSitePages();
    if (IS_PRODUCTION) await seedProduction();
    else await seedDemo();
  } catch (err) {
    console.error('[seed] failed:', err instanceof Error ? err.message : err, (err as { info?: unknown })?.info ?? '');
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

void main();
