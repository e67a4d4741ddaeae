// A pg.Client for one short piece of work. A connection that drops mid-query makes pg both reject
// the query and emit 'error' on the client; without a listener that event would crash the whole
// service (seen when the database went away during a readiness check), so the listener only
// swallows the duplicate: the caller still gets the rejected query.
import pg from 'pg';

export async function connectShortClient(config: pg.ClientConfig): Promise<pg.Client> {
  const client = new pg.Client(config);
  client.on('error', () => {});
  await client.connect();
  return client;
}
