// Claim.claimReview: the claim's schema.org ClaimReview as JSON-LD text (see ../claimreview.ts).
import { builder } from '../builder';
import { prismaFor } from '../context';
import { claimPageUrl, claimReview } from '../claimreview';

builder.prismaObjectField('Claim', 'claimReview', (t) =>
  t.string({
    nullable: true,
    description:
      'schema.org ClaimReview of the verdict in force today, as JSON-LD text (also GET /claims/{id}/claimreview.json); null while no resolution is in force. reviewRating is on a 1-5 scale (CONFIRMED 5, PARTLY_CONFIRMED 3, REFUTED 1; OPEN and UNVERIFIABLE -1, not on the scale) with the verdict in words as alternateName; author is the publisher CLAIMGRAPH_PUBLISHER_NAME names.',
    args: {
      url: t.arg.string({ required: false, description: "The claim page's address; the reader's (CLAIMGRAPH_READER_URL) by default." }),
    },
    select: { id: true },
    resolve: async (claim, args, ctx) => {
      const globalId = Buffer.from(`Claim:${claim.id}`).toString('base64');
      const review = await claimReview(prismaFor(ctx), claim.id, args.url ?? claimPageUrl(globalId));
      return review && JSON.stringify(review);
    },
  }),
);
