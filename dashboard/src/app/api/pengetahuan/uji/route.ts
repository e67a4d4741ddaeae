// POST /api/pengetahuan/uji {text}: what the bot would answer in this village and from which sources
// (ai-service process-message without a conversation: nothing is stored, no message is sent).
import { routeAccess } from '../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../server/http/problem.ts';
import { TrialForm, tryBot } from '../../../../server/knowledge.ts';

export async function POST(request: Request) {
  const access = await routeAccess('knowledge:read', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const input = TrialForm.parse(await request.json().catch(() => ({})));
    return Response.json(await tryBot(access, input));
  } catch (err) {
    return problemFrom(err);
  }
}
