import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { APP_ROOT } from '@/lib/config';
import { RATING_LABELS } from '@/lib/labels';
import type { Rating } from '@/lib/generated/prisma/enums';
import { SHARE_IMAGE_SIZE } from './size';

// The share image of a published claim (Open Graph and Twitter cards): the claim, who made it and
// our verdict, drawn by Next's ImageResponse with the DejaVu fonts shipped in this folder (nothing
// is fetched at build or run time; their licence is LICENSE-DejaVu.txt beside them).

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | null = null;
function loadFonts() {
  const dir = path.join(APP_ROOT, 'lib/share-image/fonts');
  fonts ??= [
    { name: 'DejaVu Sans', data: readFileSync(path.join(dir, 'DejaVuSans.ttf')), weight: 400, style: 'normal' },
    { name: 'DejaVu Sans', data: readFileSync(path.join(dir, 'DejaVuSans-Bold.ttf')), weight: 700, style: 'normal' },
  ];
  return fonts;
}

/** The verdict's colours on the reader's page (reader.css): the line colour as the badge. */
const RATING_COLOURS: Record<Rating, string> = {
  true_: '#1a7f37',
  mostly_true: '#4d7a12',
  mixed: '#9a6700',
  misleading: '#bc4c00',
  mostly_false: '#c4302b',
  false_: '#a40e26',
  unverified: '#57606a',
};

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export type ShareCard = { organisation: string; claim: string; claimant: string; rating: Rating; n: number; articleTitle: string };

export function shareImage(c: ShareCard): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        height: '100%',
        padding: 64,
        background: '#ffffff',
        fontFamily: 'DejaVu Sans',
      }}
    >
      <div style={{ display: 'flex', fontSize: 28, color: '#57606a' }}>
        {c.organisation} · Fact-check · Claim {c.n}
      </div>
      <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center', fontSize: 46, lineHeight: 1.3, color: '#1b1f24' }}>
        “{clip(c.claim, 170)}”
      </div>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', flexDirection: 'column', fontSize: 26, color: '#57606a', maxWidth: 700 }}>
          <span>{clip(c.claimant ? `Said by ${c.claimant}` : 'Claim', 60)}</span>
          <span>{clip(`In: ${c.articleTitle}`, 60)}</span>
        </div>
        <div
          style={{
            display: 'flex',
            padding: '14px 30px',
            borderRadius: 999,
            background: RATING_COLOURS[c.rating],
            color: '#ffffff',
            fontSize: 44,
            fontWeight: 700,
          }}
        >
          {RATING_LABELS[c.rating]}
        </div>
      </div>
    </div>,
    { ...SHARE_IMAGE_SIZE, fonts: loadFonts() },
  );
}
