import { useMemo } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FormMessage } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import { ArticleText, type TextSelection } from './article-text';
import { Legend } from './workspace-parts';
import type { ArticleProps, NumberedClaim } from './workspace';

/** The outcome of the last direct edit; a live region, so it stays mounted while saving. */
export function WorkspaceStatus({ pending, status }: { pending: boolean; status: FormState<unknown> }) {
  return (
    <div aria-live="polite" className="workspace-status">
      {pending ? <p className="muted small">Saving…</p> : <FormMessage state={status} />}
      {!pending && <ConflictNotice saved={status.conflict} />}
    </div>
  );
}

export function TextPane({
  article,
  claims,
  selectedId,
  onSelect,
  onSelection,
}: {
  article: ArticleProps;
  claims: NumberedClaim[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onSelection?: (s: TextSelection) => void;
}) {
  // The same array while the claims are the same: the text's layout is worked out again only then.
  const placed = useMemo(() => claims.filter((c) => c.anchorStatus !== 'orphaned'), [claims]);
  return (
    <section aria-labelledby="text-heading" className="workspace-text">
      <h2 id="text-heading">Article text</h2>
      <Legend />
      {/* Claims whose words a new version removed have no place in this text (the review list shows them). */}
      <ArticleText text={article.text} links={article.links} claims={placed} selectedId={selectedId} onSelect={onSelect} onSelection={onSelection} />
    </section>
  );
}
