import { readSitePage } from '@/lib/site-pages/read';
import { SitePageView, sitePageMetadata } from '@/lib/site-pages/page-view';
import { methodologyFacts } from '@/lib/site-pages/methodology';

export const generateMetadata = () => sitePageMetadata('methodology');

// The editable text, then what the code itself says: the extractor's method and version and the
// rating scale, so these can never disagree with what the desk uses.
export default async function MethodologyPage() {
  const page = await readSitePage('methodology');
  const facts = methodologyFacts();
  return (
    <SitePageView page={page}>
      <section aria-labelledby="extractor-heading" className="site-page-facts">
        <h2 id="extractor-heading">How our software suggests claims</h2>
        <p>
          When we take in an article, our claim extractor (version <strong>{facts.extractorRelease}</strong>, <code>{facts.extractorVersion}</code>)
          reads it and suggests sentences worth checking. It is a fixed set of rules, not a trained model: the same article always gives the same
          suggestions, and each suggestion lists the reasons for its score. Every article we take in records the version that read it.
        </p>
        <ol>
          {facts.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        <p>Journalists can accept or dismiss each suggestion, and add claims the software missed.</p>
      </section>
      <section aria-labelledby="ratings-heading" className="site-page-facts">
        <h2 id="ratings-heading">Our ratings</h2>
        <p>
          Each checked claim gets one of these ratings. In the structured data that search engines read (ClaimReview), the ratings on the scale are
          given as numbers from {facts.bestRating} (true) down to 1 (false); “Unverified” is not on that scale.
        </p>
        <dl className="rating-scale">
          {facts.ratings.map((r) => (
            <div key={r.rating}>
              <dt>
                {r.label}
                {r.value !== null && (
                  <span className="muted">
                    {' '}
                    ({r.value} of {facts.bestRating})
                  </span>
                )}
              </dt>
              <dd>{r.definition}</dd>
            </div>
          ))}
        </dl>
      </section>
    </SitePageView>
  );
}
