// Makes a staff account, also in production (the way to the first superadmin):
//   printf '%s' "$PASSWORD" | tsx src/create-user.cli.ts --email a@b.id --name "Nama" --role superadmin
//   ... --role officer --village desa-sukamaju [--reset-password]
// The password comes from standard input (or GC_USER_PASSWORD), never from an argument, so it stays
// out of the shell history and the process list.
import { parseArgs } from 'node:util';
import { parseConfig } from './config.ts';
import { createUser } from './server/create-user.ts';
import { createPrismaClient } from './server/db.ts';

const usage =
  'usage: create-user --email <e-mail> --name <name> --role superadmin|village_admin|officer ' +
  '[--village <village id>] [--reset-password]   (password on standard input or in GC_USER_PASSWORD)';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

let args;
try {
  args = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      village: { type: 'string' },
      'reset-password': { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  console.error(`create-user: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const password = process.env.GC_USER_PASSWORD ?? (await readStdin());
const config = parseConfig(process.env);
const db = createPrismaClient(config.DATABASE_URL);
try {
  const outcome = await createUser(db, {
    email: args.email ?? '',
    name: args.name ?? '',
    role: (args.role ?? '') as 'officer',
    villageId: args.village ?? null,
    password,
    resetPassword: args['reset-password'],
  });
  if (!outcome.ok) {
    console.error(`create-user: refused:\n${outcome.errors.map((e) => `  ${e}`).join('\n')}\n${usage}`);
    process.exitCode = 1;
  } else {
    console.log(`create-user: ${outcome.created ? 'created' : 'password reset for'} ${outcome.email}`);
  }
} finally {
  await db.$disconnect();
}
