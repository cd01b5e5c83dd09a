'use client';

import { useEffect, useState } from 'react';
import type { Intent } from './use-import';

// How long the steps take, measured (docs/benchmarks.md): about 2.5 s per million characters
// end to end on a busy two-core machine, plus the upload. Only for the "about N seconds" hint.
const MS_PER_CHAR = 0.0025;
const LONG_ENOUGH_TO_SAY = 20_000;

/**
 * Shown while a preview or a save runs (the form's status line names the step): the seconds so
 * far and, for a long text, roughly how long it takes. Neither step can report its own progress (one request each),
 * so the bar is indeterminate; the elapsed time shows it is alive.
 */
export function ImportProgress({ intent, chars }: { intent: Intent; chars: number }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  const estimate = chars >= LONG_ENOUGH_TO_SAY ? `: this length takes about ${Math.max(2, Math.ceil((chars * MS_PER_CHAR) / 1000))} seconds` : '';
  return (
    <div className="import-progress">
      <progress aria-label={intent === 'preview' ? 'Finding claims' : 'Saving'} />
      <span className="muted small">
        {chars.toLocaleString('en')} characters{estimate}. {seconds > 0 ? `${seconds} s so far.` : ''}
      </span>
    </div>
  );
}
