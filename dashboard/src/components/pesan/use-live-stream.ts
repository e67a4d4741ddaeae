'use client';
// Subscribes to the dashboard's live stream (server-sent events); EventSource reconnects by itself.
import { useEffect, useRef, useState } from 'react';
import type { LiveEvent } from '../../domain/inbox-state.ts';

export function useLiveStream(onEvent: (e: LiveEvent) => void): 'connecting' | 'live' | 'offline' {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const [state, setState] = useState<'connecting' | 'live' | 'offline'>('connecting');
  useEffect(() => {
    const source = new EventSource('/api/pesan/stream');
    const listen = (e: MessageEvent<string>) => {
      try {
        handler.current(JSON.parse(e.data) as LiveEvent);
      } catch {
        // a malformed event is skipped, the stream goes on
      }
    };
    for (const kind of ['message', 'status', 'conversation']) source.addEventListener(kind, listen);
    source.onopen = () => setState('live');
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
    return () => source.close();
  }, []);
  return state;
}
