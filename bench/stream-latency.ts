// Times the path a dashboard sees: from a webhook's acknowledgement to its message arriving on a
// connected GET /internal/stream (server-sent events). Sequential, so each sample is undisturbed.
export async function measureStreamLatency(
  url: string,
  samples: number,
  next: (phase: string) => { wamid: string; body: string; signature: string },
  acked: Set<string>,
): Promise<{ p50Ms: number; p99Ms: number; maxMs: number; samples: number }> {
  const controller = new AbortController();
  const res = await fetch(`${url}/internal/stream?villageId=desa-sukamaju`, {
    headers: { 'x-internal-api-key': 'dev-internal-key' },
    signal: controller.signal,
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const seenAt = new Map<string, number>();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      const now = performance.now();
      for (const m of buffer.matchAll(/"wamid":"([^"]+)"/g)) if (!seenAt.has(m[1]!)) seenAt.set(m[1]!, now);
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    }
  })();
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    const w = next('stream');
    const r = await fetch(`${url}/webhook/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': w.signature },
      body: w.body,
    });
    const ackedAt = performance.now();
    if (r.status !== 200) continue;
    acked.add(w.wamid);
    const deadline = ackedAt + 2000;
    while (!seenAt.has(w.wamid) && performance.now() < deadline) await new Promise((ok) => setTimeout(ok, 1));
    // A message already streamed before the acknowledgement arrived counts as 0 ms.
    if (seenAt.has(w.wamid)) latencies.push(Math.max(0, seenAt.get(w.wamid)! - ackedAt));
  }
  controller.abort();
  await pump;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Number((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN).toFixed(2));
  return { p50Ms: at(0.5), p99Ms: at(0.99), maxMs: at(1), samples: latencies.length };
}
