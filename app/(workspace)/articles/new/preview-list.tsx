import type { ImportPreview } from '@/lib/data/import';
import { describeClaimant } from '@/lib/labels';
import { MatchItem } from '@/app/components/match-item';

function ClaimRow({ c }: { c: ImportPreview['claims'][number] }) {
  return (
    <li className="preview-claim">
      <p className="preview-text">{c.text}</p>
      <p className="small muted">
        <span className="pill">Score {c.score.toFixed(2)}</span> <span className="pill">{c.kind}</span>{' '}
        {c.speaker && (
          <span>
            Speaker: {describeClaimant({ claimant: c.speaker, type: c.speakerType, role: c.speakerRole, mention: c.speakerMention })}
            {c.cue ? ` · cue “${c.cue}”` : ''}
          </span>
        )}{' '}
        {c.flags.unverified && <span className="pill flag">Article says unverified</span>}{' '}
        {c.flags.disputed && <span className="pill flag">Disputed</span>}
      </p>
      {c.disputedBy && <p className="small muted">Disputed in the article: “{c.disputedBy}”</p>}
      {c.reasons.length > 0 && <p className="small muted">Why: {c.reasons.join('; ')}</p>}
      {c.checkedBefore.length > 0 && (
        <div className="checked-before" role="group" aria-label={`Checked before: ${c.text.slice(0, 60)}`}>
          <p className="small">
            <strong>Checked before?</strong>
          </p>
          <ol className="matches">
            {c.checkedBefore.map((m) => (
              <MatchItem key={m.id} match={m} />
            ))}
          </ol>
        </div>
      )}
    </li>
  );
}

/** The extractor's claims, highest score first; sentences below its threshold are collapsed. */
export function PreviewList({ preview }: { preview: ImportPreview }) {
  const suggested = preview.claims.filter((c) => c.suggested);
  const rest = preview.claims.filter((c) => !c.suggested);
  return (
    <section aria-labelledby="preview-heading" className="import-preview">
      <h2 id="preview-heading">Claims found</h2>
      <p className="muted">
        {preview.claims.length} sentences in {preview.textLength.toLocaleString('en')} characters of text, {preview.links} links. {suggested.length}{' '}
        suggested as check-worthy, ranked by score. All are saved; you accept or dismiss them in the article.
      </p>
      {suggested.length === 0 ? (
        <p className="empty">No sentence scored high enough to be suggested.</p>
      ) : (
        <ol className="preview-claims">
          {suggested.map((c) => (
            <ClaimRow key={c.n} c={c} />
          ))}
        </ol>
      )}
      {rest.length > 0 && (
        <details>
          <summary>{rest.length} low-scoring sentences</summary>
          <ol className="preview-claims">
            {rest.map((c) => (
              <ClaimRow key={c.n} c={c} />
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
