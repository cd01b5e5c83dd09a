export const metadata = { title: 'Import an article' };

export default function NewArticlePage() {
  return (
    <main id="main" className="narrow">
      <h1>Import an article</h1>
      <p className="empty">The import form arrives with the editorial workspace.</p>
    </main>
  );
}
