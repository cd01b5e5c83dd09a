import Link from '@/app/components/link';
import { SITE_PAGE_LINKS, SITE_PAGE_PATHS, SITE_PAGE_SLUGS } from '@/lib/site-pages/pages';
import './transparency.css';

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
      {/* On every reader's page, every fact-check included: who we are, how we check, how we correct. */}
      <footer className="site-footer no-print">
        <nav aria-label="About our fact-checking">
          <ul>
            {SITE_PAGE_SLUGS.map((slug) => (
              <li key={slug}>
                <Link href={SITE_PAGE_PATHS[slug]}>{SITE_PAGE_LINKS[slug]}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </footer>
    </>
  );
}
