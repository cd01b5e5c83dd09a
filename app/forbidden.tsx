import Link from '@/app/components/link';

export default function Forbidden() {
  return (
    <main id="main" className="narrow">
      <h1>Not allowed</h1>
      <p>Your role does not give you access to this page. Ask an admin if you think it should.</p>
      <p>
        <Link href="/dashboard">Back to the dashboard</Link>
      </p>
    </main>
  );
}
