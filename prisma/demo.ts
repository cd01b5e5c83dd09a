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
    // The article's own address at The National (the fixture carries only its text and date).
    url: 'https://www.thenationalnews.com/news/europe/2025/05/08/xi-wants-russia-and-china-to-be-friends-of-steel/',
    publishedAt: '2025-05-08',
  },
} as const;

// The demo fact-check the development seed publishes (prisma/demo-factcheck.ts). Every source is
// either a real, well-known public reference or visibly a placeholder on example.org titled
// "Demo source: …"; the reader's page says it is demo content because the seed flags the article
// (articles.is_demo), not because of those addresses. `match` is the beginning of the
// claim's text in the reference article.
type DemoSource = {
  url: string;
  title: string;
  publisher?: string;
  type: 'primary_document' | 'official_statement' | 'dataset' | 'news_report' | 'expert' | 'other';
  stance: 'supports' | 'contradicts' | 'context';
  excerpt?: string;
};
export type DemoClaim = {
  match: string;
  claimant: string;
  claimantType: 'person' | 'organisation' | 'group';
  claimantRole: string | null;
  rating: 'true_' | 'mostly_true' | 'mixed' | 'misleading' | 'mostly_false' | 'false_' | 'unverified';
  attributionConfirmed: boolean;
  explanation: string;
  sources: DemoSource[];
};

const wikipedia = (page: string, title: string): DemoSource => ({
  url: `https://en.wikipedia.org/wiki/${page}`,
  title,
  publisher: 'Wikipedia',
  type: 'other',
  stance: 'supports',
});
const placeholder = (slug: string, title: string, type: DemoSource['type'], stance: DemoSource['stance']): DemoSource => ({
  url: `https://example.org/demo-sources/${slug}`,
  title: `Demo source: ${title}`,
  publisher: 'Placeholder for the demo',
  type,
  stance,
});

export const DEMO_FACT_CHECK = {
  summary:
    'Demo content. We checked seven claims in The National’s report of 8 May 2025 on Xi Jinping’s visit to Moscow. ' +
    'The dates, the diplomatic facts and the attributions we could test hold up; the death toll is a widely used estimate ' +
    'rather than an exact count; and the Russian Defence Ministry’s claim about fighting on the Kursk border could not be ' +
    'independently verified.',
  claims: [
    {
      match: 'Mr Putin and Mr Xi have met dozens of times',
      claimant: 'The National',
      claimantType: 'organisation',
      claimantRole: null,
      rating: 'true_',
      attributionConfirmed: true,
      explanation:
        'The partnership “without limits” was declared in a joint statement issued on 4 February 2022, when Mr Putin visited Beijing for the opening of the Winter Olympics. ' +
        'Russia’s full-scale invasion of Ukraine began on 24 February 2022, twenty days later, so “less than three weeks” is accurate. ' +
        'We did not count the leaders’ meetings ourselves; the number does not affect the verdict.',
      sources: [
        placeholder('joint-statement-2022-02-04', 'Joint statement of Russia and China, 4 February 2022', 'primary_document', 'supports'),
        wikipedia('Russian_invasion_of_Ukraine', 'Russian invasion of Ukraine'),
      ],
    },
    {
      match: "China is Russia's biggest trading partner",
      claimant: 'The National',
      claimantType: 'organisation',
      claimantRole: null,
      rating: 'mostly_true',
      attributionConfirmed: true,
      explanation:
        'Customs figures from both countries show China as Russia’s largest trading partner, a position it has held for years and strengthened after western sanctions from 2022. ' +
        'That the trade “helped soften the blow” of sanctions is a widely shared assessment rather than a measurable fact, so we rate the sentence mostly true.',
      sources: [
        placeholder('china-customs-russia-trade', 'Chinese customs statistics on trade with Russia', 'dataset', 'supports'),
        placeholder('sanctions-analysis', 'Economists’ assessment of the effect of sanctions on Russia', 'expert', 'context'),
      ],
    },
    {
      match: 'The Soviet Union lost 27 million people',
      claimant: 'The National',
      claimantType: 'organisation',
      claimantRole: null,
      rating: 'mostly_true',
      attributionConfirmed: true,
      explanation:
        'About 27 million Soviet deaths, soldiers and civilians together, is the estimate most often cited, including by the Russian government. ' +
        'It is an estimate from demographic studies, not a count, and historians’ figures differ by a few million. ' +
        'Ukraine, then a Soviet republic, suffered millions of those deaths. Accurate, but the figure needs that context.',
      sources: [wikipedia('World_War_II_casualties_of_the_Soviet_Union', 'World War II casualties of the Soviet Union')],
    },
    {
      match: 'Mr Putin has portrayed his war in Ukraine',
      claimant: 'The National',
      claimantType: 'organisation',
      claimantRole: null,
      rating: 'true_',
      attributionConfirmed: true,
      explanation:
        'In the televised address announcing the invasion on 24 February 2022, Mr Putin named the “denazification” of Ukraine as an aim, and he has returned to the theme since. ' +
        'The sentence describes how he portrays the war; it does not endorse that portrayal, which Ukraine and its allies reject.',
      sources: [
        wikipedia('Russian_invasion_of_Ukraine', 'Russian invasion of Ukraine'),
        placeholder('putin-address-2022-02-24', 'Transcript of Mr Putin’s address of 24 February 2022', 'primary_document', 'supports'),
      ],
    },
    {
      match: 'Mr Xi said the two countries, as world powers',
      claimant: 'Xi Jinping',
      claimantType: 'person',
      claimantRole: 'President of China',
      rating: 'true_',
      attributionConfirmed: true,
      explanation:
        'The checkable part of the remark is accurate: China and Russia are two of the five permanent members of the UN Security Council, with the United States, the United Kingdom and France. ' +
        'The wording attributed to Mr Xi matches the broadcast of the talks. Whether US policy amounts to “unilateralism and bullying” is opinion, which we do not rate.',
      sources: [
        wikipedia('United_Nations_Security_Council', 'United Nations Security Council'),
        placeholder(
          'kremlin-talks-broadcast-2025-05-08',
          'Broadcast of the opening of the Kremlin talks, 8 May 2025',
          'primary_document',
          'supports',
        ),
      ],
    },
    {
      match: 'Mr Putin last week announced a unilateral three-day ceasefire',
      claimant: 'The National',
      claimantType: 'organisation',
      claimantRole: null,
      rating: 'true_',
      attributionConfirmed: true,
      explanation:
        'The Kremlin announced on 28 April 2025, in the week before this report, a ceasefire from 8 May to the end of 10 May to mark the Victory Day anniversary. ' +
        'It was declared by Russia alone, and it began on Thursday 8 May, as the report says.',
      sources: [
        placeholder(
          'kremlin-ceasefire-2025-04-28',
          'Kremlin statement announcing the Victory Day ceasefire, 28 April 2025',
          'official_statement',
          'supports',
        ),
      ],
    },
    {
      match: "Russia's Defence Ministry said Ukrainian forces",
      claimant: "Russia's Defence Ministry",
      claimantType: 'organisation',
      claimantRole: null,
      rating: 'unverified',
      attributionConfirmed: true,
      explanation:
        'The attribution is confirmed: the ministry did make this claim in its statement on the first day of the ceasefire. ' +
        'The substance, two attempts to break through the border into the Kursk region, could not be independently verified: the ministry gave no evidence that can be checked, ' +
        'the area is closed to independent reporters, and the article itself notes that Reuters could not verify the claims by either side. ' +
        'We found no evidence against it either, so we rate it unverified rather than false.',
      sources: [
        placeholder('russian-defence-ministry-2025-05-08', 'Russian Defence Ministry statement, 8 May 2025', 'official_statement', 'context'),
        placeholder('agency-report-kursk-2025-05-08', 'News agency report carrying the ministry’s statement', 'news_report', 'context'),
      ],
    },
  ] satisfies DemoClaim[],
};
