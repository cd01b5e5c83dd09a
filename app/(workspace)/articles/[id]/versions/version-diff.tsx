import type { WordDiffOp } from '@/lib/anchoring';

/**
 * Two versions side by side: the older with its removed words struck through, the newer with its
 * added words marked. Screen readers hear <del> and <ins> as deletions and insertions.
 */
export function VersionDiff({ a, b, diff }: { a: number; b: number; diff: WordDiffOp[] }) {
  const changes = diff.filter((d) => d.op !== 'equal').length;
  return (
    <section aria-labelledby="diff-heading">
      <h2 id="diff-heading">
        Version {a} and version {b}
      </h2>
      <p className="muted small">{changes === 0 ? 'The two texts are the same.' : `${changes} ${changes === 1 ? 'change' : 'changes'}.`}</p>
      <div className="version-diff">
        <div className="diff-side" aria-label={`Version ${a}`}>
          <h3>Version {a}</h3>
          <p className="diff-text">{diff.map((d, i) => (d.op === 'insert' ? null : d.op === 'delete' ? <del key={i}>{d.text}</del> : d.text))}</p>
        </div>
        <div className="diff-side" aria-label={`Version ${b}`}>
          <h3>Version {b}</h3>
          <p className="diff-text">{diff.map((d, i) => (d.op === 'delete' ? null : d.op === 'insert' ? <ins key={i}>{d.text}</ins> : d.text))}</p>
        </div>
      </div>
    </section>
  );
}
