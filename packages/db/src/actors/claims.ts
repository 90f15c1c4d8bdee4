// An actor's claims, newest claim first, paged in SQL from cg_claim_actor_list_idx (migration
// claim_actor_list_order): "ClaimActor" rows carry their claim's date and visibility, so a page is
// a range of one index whatever the number of claims. The caller loads the page's claims by id
// with what its query selects.
import { Prisma, type PrismaClient } from '../../generated/prisma/client';

export interface ActorClaimsQuery {
  /** The actor and those merged into it. */
  actorIds: string[];
  /** Only claims it made (CLAIMANT) or is the subject of (SUBJECT); both when unset. */
  role?: 'CLAIMANT' | 'SUBJECT';
  /** Only claims made by this day. */
  asOf?: Date;
}

/** Prisma's paging arguments as Pothos' prismaConnection hands them over (`take` < 0: backwards from the cursor). */
export interface ActorClaimsPage {
  take?: number;
  skip?: number;
  cursorId?: string;
}

function conditions({ actorIds, role, asOf }: ActorClaimsQuery): Prisma.Sql {
  const and = [Prisma.sql`ca."cg_claimVisible"`];
  // One actor compares with =, so the index gives its rows in list order.
  and.push(actorIds.length === 1 ? Prisma.sql`ca."actorId" = ${actorIds[0]}::uuid` : Prisma.sql`ca."actorId" = ANY(${actorIds}::uuid[])`);
  if (role) and.push(Prisma.sql`ca.role = ${role}::"ClaimActorRole"`);
  if (asOf) and.push(Prisma.sql`ca."cg_claimedOn" <= ${asOf}::date`);
  return Prisma.join(and, ' AND ');
}

/** Ids of one page of the actor's claims (a claim it has two roles in, or two merged actors have, comes once). */
export async function actorClaimPageIds(prisma: PrismaClient, query: ActorClaimsQuery, page: ActorClaimsPage): Promise<string[]> {
  const take = page.take ?? 1_000;
  const forward = take >= 0;
  const direction = Prisma.raw(forward ? 'DESC' : 'ASC');
  const atCursor = page.cursorId
    ? Prisma.sql`AND (ca."cg_claimedOn", ca."claimId") ${Prisma.raw(forward ? '<=' : '>=')}
        (SELECT k."claimedOn", k.id FROM "Claim" k WHERE k.id = ${page.cursorId}::uuid)`
    : Prisma.empty;
  // One actor in one role has a claim once (the primary key); otherwise a claim may come twice.
  const distinct = query.actorIds.length === 1 && query.role ? Prisma.empty : Prisma.raw('DISTINCT');
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT ${distinct} ca."claimId"::text AS id, ca."cg_claimedOn", ca."claimId"
    FROM "ClaimActor" ca
    WHERE ${conditions(query)} ${atCursor}
    ORDER BY ca."cg_claimedOn" ${direction}, ca."claimId" ${direction}
    LIMIT ${Math.abs(take)}::int OFFSET ${page.skip ?? 0}::int`;
  const ids = rows.map((row) => row.id);
  return forward ? ids : ids.reverse();
}

/** How many claims actorClaimPageIds pages through. */
export async function countActorClaims(prisma: PrismaClient, query: ActorClaimsQuery): Promise<number> {
  const counted = query.actorIds.length === 1 && query.role ? Prisma.sql`count(*)` : Prisma.sql`count(DISTINCT ca."claimId")`;
  const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT ${counted}::int AS n FROM "ClaimActor" ca WHERE ${conditions(query)}`;
  return row?.n ?? 0;
}
