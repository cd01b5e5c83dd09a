import { notFound } from 'next/navigation';

// The reader's page is built by the publishing work (issue #5). Until a fact-check is published
// under this slug there is nothing to show, and nothing unpublished may leak.
export default async function FactCheckPage({ params }: { params: Promise<{ slug: string }> }) {
  await params;
  notFound();
}
