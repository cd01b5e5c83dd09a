import Link from 'next/link';

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="topbar">
        <Link href="/" className="brand">
          Claimdesk
        </Link>
        <nav className="nav" aria-label="Public">
          <Link href="/fact-checks">Fact-checks</Link>
        </nav>
        <div className="who">
          <Link href="/login">Staff sign in</Link>
        </div>
      </header>
      {children}
    </>
  );
}
