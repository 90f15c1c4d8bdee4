import { createPrismaClient, openDatabase, type PrismaClient } from '@claimgraph/db';
import { readEnv } from './env';

/**
 * Runs `work` against the product's database: DATABASE_URL, else the embedded one — through the
 * running `npm start` when it has the data folder open, or opened here for the command's length.
 */
export async function withDatabase<T>(work: (db: { url: string; prisma: PrismaClient; description: string }) => Promise<T>): Promise<T> {
  const env = readEnv();
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.CLAIMGRAPH_DATA_DIR });
  const prisma = createPrismaClient(database.url, { maxConnections: 2 });
  try {
    return await work({ url: database.url, prisma, description: database.description });
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}
