import Link from '@/app/components/link';

export default function NotFound() {
  return (
    <main id="main" className="narrow">
      <h1>Page not found</h1>
      <p>There is nothing at this address, or it is no longer published.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </main>
  );
}
