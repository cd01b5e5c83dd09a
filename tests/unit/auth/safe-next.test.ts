import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/auth/safe-next';

describe('where sign-in leads afterwards', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeNextPath('/claims?status=open')).toBe('/claims?status=open');
    expect(safeNextPath('/articles/abc#claim-1')).toBe('/articles/abc#claim-1');
    expect(safeNextPath(['/claims', '/admin/users'])).toBe('/claims');
  });

  // searchParams arrive decoded: `next=/%5Cevil.example` is the string "/\evil.example".
  it.each([
    ['/\\evil.example/phish'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['//evil.example'],
    ['/\\/evil.example'],
    ['https://evil.example/'],
    ['evil.example'],
    ['javascript:alert(1)'],
    ['/%0d%0aLocation:'.replace('%0d%0a', '\r\n')],
    [''],
    [undefined],
    ['/login?next=/dashboard'],
  ])('sends %j to the dashboard instead', (next) => {
    expect(safeNextPath(next)).toBe('/dashboard');
  });

  it('leaves encoded characters encoded, so they stay part of a path here', () => {
    expect(safeNextPath('/%5Cevil.example')).toBe('/%5Cevil.example');
  });
});
