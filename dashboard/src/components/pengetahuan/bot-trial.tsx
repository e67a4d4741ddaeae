'use client';
// "Uji jawaban bot": what the bot would answer to a question, with the sources it used. Nothing is
// stored and nothing is sent to anyone.
import { useState, type FormEvent } from 'react';
import { distinctSources, type BotTrial as Trial } from '../../domain/knowledge.ts';
import { Button } from '../ui/button.tsx';
import { Input } from '../ui/input.tsx';
import { callApi, jsonInit } from '../call-api.ts';

const OUTCOMES: Record<string, string> = {
  answered: 'Terjawab',
  not_found: 'Tidak ditemukan',
  fallback: 'Tidak dipahami',
  handoff: 'Diteruskan ke petugas',
  error: 'Galat',
};

export function BotTrial() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<Trial | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await callApi<Trial>('/api/pengetahuan/uji', jsonInit('POST', { text }));
    setBusy(false);
    if (r.ok) setResult(r.body);
    else setError(r.error);
  }

  return (
    <div className="space-y-3" data-testid="bot-trial">
      <form onSubmit={submit} className="flex gap-2" aria-label="Uji jawaban bot">
        <Input
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Tulis pertanyaan seperti warga, mis. berapa biaya sewa balai desa?"
          aria-label="Pertanyaan uji"
          required
        />
        <Button type="submit" disabled={busy}>
          {busy ? 'Menguji…' : 'Uji'}
        </Button>
      </form>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      {result && (
        <div className="space-y-2 text-sm" data-testid="bot-trial-result">
          <div className="whitespace-pre-wrap rounded-md bg-emerald-50 p-3" data-testid="bot-reply">
            {result.reply}
          </div>
          <div className="text-xs text-muted-foreground">
            Maksud: <b>{result.trace.intent}</b> ({Math.round(result.trace.confidence * 100)}%) · Hasil:{' '}
            {OUTCOMES[result.trace.outcome] ?? result.trace.outcome}
            {result.handoff ? ' · percakapan akan diteruskan ke petugas' : ''}
          </div>
          {result.trace.sources.length > 0 && (
            <div>
              <div className="text-xs font-medium">Sumber yang ditemukan</div>
              <ol className="list-decimal pl-5 text-xs" data-testid="bot-sources">
                {distinctSources(result.trace.sources).map((s) => (
                  <li key={s.entryId}>
                    {s.title}{' '}
                    <span className="text-muted-foreground">
                      (kemiripan {s.similarity.toFixed(2)}
                      {s.chunks > 1 ? `, ${s.chunks} potongan` : ''})
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
