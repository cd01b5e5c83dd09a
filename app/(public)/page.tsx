import Link from '@/app/components/link';
import { listPublishedFactChecks } from '@/lib/data/public-lists';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const latest = (await listPublishedFactChecks({ limit: 5 })).items;
  return (
    <main id="main" className="narrow">
      <h1>Fact-checks you can trace</h1>
      <p>
        Every published fact-check shows the original article with each checked claim marked in place, who made it, our verdict, how we reached it and
        the sources we used.
      </p>
      <h2>Latest fact-checks</h2>
      {latest.length === 0 ? (
        <p className="empty">No fact-checks have been published yet.</p>
      ) : (
        <ul>
          {latest.map((f) => (
            <li key={f.slug}>
              <Link href={`/fact-checks/${f.slug}`}>{f.title}</Link>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/fact-checks">All fact-checks</Link>
      </p>
      <p>
        Heard a claim you would like checked? <Link href="/tips/new">Send us a claim to check</Link>.
      </p>
    </main>
  );
}
