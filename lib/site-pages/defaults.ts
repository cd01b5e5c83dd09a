// What the transparency pages say until an admin writes them: the seed stores these, and a page
// whose row is missing shows them. Funding and contact details cannot be known here, so they are
// written as placeholders that say they must be replaced.
import type { SitePageSlug } from '@/lib/generated/prisma/enums';

export type SitePageText = { title: string; body: string };

export function defaultSitePages(organisation: string): Record<SitePageSlug, SitePageText> {
  return {
    about: { title: `About ${organisation}`, body: about(organisation) },
    methodology: { title: 'How we check claims', body: methodology(organisation) },
    corrections_policy: { title: 'Corrections policy', body: corrections(organisation) },
  };
}

const about = (
  org: string,
) => `${org} checks the factual claims made in news reports and public statements, and publishes what we found with the sources we used, so that readers can check our work.

## Who we are

${org} is an editorial team of journalists and editors. Journalists research claims and propose verdicts; an editor rules on every verdict before it is published.

## Independence and funding

**Placeholder: an administrator must replace this section.** Say here who owns ${org}, every source of funding that provides more than 5% of the annual budget, and how editorial independence from funders is protected.

## Contact

**Placeholder: an administrator must replace this section.** Give an email address and a postal address at which readers can reach the editors, and say how soon they can expect an answer.

See also our [methodology](/methodology) and our [corrections policy](/corrections-policy).
`;

const methodology = (org: string) => `## Choosing claims

We check claims that can be shown true or false with evidence: figures, dates, events and statements of fact, rather than opinions or predictions. We give priority to claims that many people have seen or that matter to decisions people make, whoever made them: we check the claims of every party and side by the same standard.

Software helps us find candidate claims in an article (how it works is described below), but it only suggests: a journalist decides which claims to check, and an editor decides what is published.

## Researching a claim

For each claim we look for the best available evidence: primary documents, official statistics and statements, datasets and experts, preferring primary sources to reports about them. We ask the person or organisation who made the claim for their evidence where we can. Every source we used is listed with the claim.

## Ruling

A journalist proposes a rating and an explanation; an editor reviews the evidence and rules. The rating scale and what each rating means are below.

Found a mistake? Our [corrections policy](/corrections-policy) says how ${org} corrects its work.
`;

const corrections = (org: string) => `${org} corrects its mistakes openly.

## What we correct

When a published fact-check contains an error of fact, or new evidence changes a verdict, we correct it as soon as we can.

## How a correction is shown

The fact-check keeps its address. Its top says when it was corrected, and its list of corrections says what changed, when and why. We never change a published verdict silently.

## Withdrawing a fact-check

If a fact-check cannot stand, we withdraw it: its address then says that it was withdrawn, when, and why.

## Reporting an error

**Placeholder: an administrator must replace this section.** Say how readers can tell us about an error (an email address or a form), and how soon they can expect an answer.
`;
