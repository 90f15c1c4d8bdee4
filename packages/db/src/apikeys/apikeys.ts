// API keys: the secret is shown once at creation and only its sha256 is stored.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { ApiKey, PrismaClient } from '../../generated/prisma/client';
import { ApiKeyRole } from '../../generated/prisma/enums';
import { parseInput } from '../shared/errors';
import { recordRevision } from '../shared/revisions';
import { transaction } from '../shared/transaction';

const KEY_PREFIX = 'cgk_';

export const apiKeyInput = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  role: z.enum(ApiKeyRole),
});

export function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret, 'utf8').digest('hex');
}

export async function createApiKey(
  prisma: PrismaClient,
  input: z.input<typeof apiKeyInput>,
  actor: string,
): Promise<{ key: Omit<ApiKey, 'secretHash'>; secret: string }> {
  const data = parseInput(apiKeyInput, input);
  const secret = KEY_PREFIX + crypto.randomBytes(30).toString('base64url');
  return transaction(prisma, async (tx) => {
    const { secretHash: _hash, ...key } = await tx.apiKey.create({
      data: { ...data, secretHash: hashSecret(secret), prefix: secret.slice(0, KEY_PREFIX.length + 6) },
    });
    await recordRevision(tx, { entityType: 'ApiKey', entityId: key.id, action: 'CREATE', after: key, actor });
    return { key, secret };
  });
}

/** The active key with this secret, or null. Comparison is by hash, so timing reveals nothing. */
export async function findApiKey(prisma: PrismaClient, secret: string): Promise<ApiKey | null> {
  if (!secret.startsWith(KEY_PREFIX)) return null;
  return prisma.apiKey.findFirst({ where: { secretHash: hashSecret(secret), revokedAt: null } });
}
