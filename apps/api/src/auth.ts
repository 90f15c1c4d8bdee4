// API keys: `Authorization: Bearer cgk_...`. Reads are public; writes need an editor or admin key.
import type { PrismaClient } from '@claimgraph/db';
import { findApiKey } from '@claimgraph/db/apikeys';
import type { Viewer } from './context';

export async function viewerFromRequest(prisma: PrismaClient, request: Request): Promise<Viewer> {
  const header = request.headers.get('authorization');
  if (!header) return { kind: 'anonymous', problem: 'no key' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const key = match?.[1] ? await findApiKey(prisma, match[1]) : null;
  if (!key) return { kind: 'anonymous', problem: 'unknown key' };
  return { kind: 'key', keyId: key.id, name: key.name, role: key.role };
}
