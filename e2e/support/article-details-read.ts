// Reads an imported article's details straight from the database: what the import form saved.
import { db } from '@/lib/db';
import { script } from './script';

script(async ({ articleId }: { articleId: string }) =>
  db.article.findUniqueOrThrow({ where: { id: articleId }, select: { title: true, publisher: true, byline: true } }),
);
