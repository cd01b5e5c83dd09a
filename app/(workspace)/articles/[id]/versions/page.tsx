import Link from '@/app/components/link';
import { notFound } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getVersionsView } from '@/lib/data/article-versions';
import { formatDateTime } from '@/lib/format';
import { guard } from '@/lib/page-guard';
import { isId } from '@/lib/validation/common';
import { VersionDiff } from './version-diff';
import { VersionForm } from './version-form';
import './versions.css';

type Search = { a?: string; b?: string };

/** An article's versions: import a new one, list them, compare any two word by word. */
export default async function VersionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const [{ id }, search, user] = await Promise.all([params, searchParams, currentUser()]);
  if (!isId(id)) notFound();
  // Only version numbers are compared; anything else typed into the address shows the page without a comparison.
  const isNumber = (v?: string) => !!v && /^[1-9]\d{0,8}$/.test(v);
  const compare = isNumber(search.a) && isNumber(search.b) ? { articleId: id, a: search.a!, b: search.b! } : { articleId: id };
  const { article, comparison } = await guard(getVersionsView(user?.id ?? null, compare));
  const newest = article.versions[0]?.number ?? article.currentVersion;
  const pick = (name: 'a' | 'b', fallback: number) => Number(search[name]) || fallback;
  return (
    <main id="main" className="wide">
      <p className="small">
        <Link href={`/articles/${article.id}`}>← {article.title}</Link>
      </p>
      <h1>Versions of the article</h1>
      {can(user, 'claim.review') && <VersionForm articleId={article.id} baseVersion={article.currentVersion} />}
      <h2>All versions</h2>
      <ol className="version-list" reversed>
        {article.versions.map((v) => (
          <li key={v.number}>
            Version {v.number}
            {v.number === article.currentVersion && ' (current)'} · {formatDateTime(v.createdAt)} · {v.importedBy.name}
          </li>
        ))}
      </ol>
      {article.versions.length < 2 ? (
        <p className="empty">There is one version so far: import a new one to compare.</p>
      ) : (
        <form className="compare-form" method="get" aria-label="Compare two versions">
          <VersionSelect name="a" label="Older" versions={article.versions} value={pick('a', newest - 1)} />
          <VersionSelect name="b" label="Newer" versions={article.versions} value={pick('b', newest)} />
          <button type="submit">Compare</button>
        </form>
      )}
      {comparison && <VersionDiff a={comparison.a} b={comparison.b} diff={comparison.diff} />}
    </main>
  );
}

function VersionSelect({ name, label, versions, value }: { name: string; label: string; versions: { number: number }[]; value: number }) {
  return (
    <div className="field">
      <label htmlFor={`compare-${name}`}>{label}</label>
      <select id={`compare-${name}`} name={name} defaultValue={value}>
        {versions.map((v) => (
          <option key={v.number} value={v.number}>
            Version {v.number}
          </option>
        ))}
      </select>
    </div>
  );
}
