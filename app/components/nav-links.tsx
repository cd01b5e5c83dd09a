'use client';

import Link from '@/app/components/link';
import { usePathname } from 'next/navigation';

export function NavLinks({ links }: { links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  // The longest matching prefix wins, so /articles/new marks "Import article", not "Articles".
  const active = links.filter((l) => pathname === l.href || pathname.startsWith(`${l.href}/`)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav className="nav" aria-label="Workspace">
      {links.map((l) => (
        <Link key={l.href} href={l.href} aria-current={l.href === active ? 'page' : undefined}>
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
