// GET /api/simulator/pesan?waId= : the simulated citizen's chat (both directions, oldest first);
// POST {waId, text, name?, phoneNumberId?}: the citizen writes to the village. 404 when the simulator is off.
import { routeAccess } from '../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../server/http/problem.ts';
import { SimMessage, simulatorChat, simulatorSend, SimWaId } from '../../../../server/simulator.ts';

export async function GET(request: Request) {
  const access = await routeAccess('cases:read');
  if (access instanceof Response) return access;
  try {
    const waId = SimWaId.parse(new URL(request.url).searchParams.get('waId') ?? '');
    return Response.json({ items: await simulatorChat(waId) });
  } catch (err) {
    return problemFrom(err);
  }
}

export async function POST(request: Request) {
  const access = await routeAccess('cases:read');
  if (access instanceof Response) return access;
  try {
    const input = SimMessage.parse(await request.json().catch(() => ({})));
    return Response.json(await simulatorSend(input), { status: 201 });
  } catch (err) {
    return problemFrom(err);
  }
}
