import type { Metadata } from 'next';
import { TipForm } from './tip-form';

// "Send us a claim to check": a reader's tip, with no account (lib/data/feedback.ts). Journalists
// turn tips into articles or claims at /feedback. The form works without JavaScript.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Send us a claim to check' };

export default function NewTipPage() {
  return (
    <main id="main" className="narrow">
      <h1>Send us a claim to check</h1>
      <p>Seen or heard something that sounds doubtful? Tell us what was said and where, and our journalists will look at it.</p>
      <TipForm />
    </main>
  );
}
