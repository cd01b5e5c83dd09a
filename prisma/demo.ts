// Demo content of the development seed, shared with the tests that sign in as these people.
export const DEMO_PASSWORD = 'claimdesk';

export const DEMO_ACCOUNTS = [
  { email: 'journalist@claimdesk.test', name: 'Jo Journalist', role: 'journalist' },
  { email: 'editor@claimdesk.test', name: 'Ed Editor', role: 'editor' },
  { email: 'admin@claimdesk.test', name: 'Ada Admin', role: 'admin' },
] as const;

export const DEMO_ARTICLE = {
  file: 'the-national-2025-05-08-xi-putin-moscow.txt',
  fields: {
    title: 'Xi tells Putin China and Russia should be "friends of steel"',
    publisher: 'The National',
    url: null, // the fixture does not carry the article's address; we do not guess one
    publishedAt: '2025-05-08',
  },
} as const;
