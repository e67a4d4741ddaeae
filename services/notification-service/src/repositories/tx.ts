// The transaction handle repositories take: Prisma's interactive-transaction client.
import type { Prisma } from '../generated/prisma/client.ts';

export type Tx = Prisma.TransactionClient;
