// The gemini NLU engine: personal data redacted, one structured-output call to Gemini through the
// circuit breaker and the retry policy, the answer checked against the contract. It throws
// GeminiError on any failure; FallbackNlu turns that into the local engine's answer.
import type { GoogleGenAI } from '@google/genai';
import { redactString } from '@govconnect/service-kit';
import type { NluEngine, NluResult } from '../nlu-engine.ts';
import type { CircuitBreaker } from './circuit-breaker.ts';
import { callGemini, type GeminiCallOptions } from './gemini-call.ts';
import { NLU_RESPONSE_SCHEMA, parseNluAnswer } from './nlu-response.ts';
import { NLU_SYSTEM_INSTRUCTION } from './prompt.ts';

export interface GeminiNluOptions {
  model: string;
  call: GeminiCallOptions;
  breaker: CircuitBreaker;
}

export class GeminiNlu implements NluEngine {
  readonly name = 'gemini';

  constructor(
    private readonly ai: GoogleGenAI,
    private readonly options: GeminiNluOptions,
  ) {}

  understand(text: string): Promise<NluResult> {
    const redacted = redactString(text);
    const { model, call, breaker } = this.options;
    return breaker.run(async () => {
      const response = await callGemini(
        (signal) =>
          this.ai.models.generateContent({
            model,
            contents: [{ role: 'user', parts: [{ text: redacted }] }],
            config: {
              systemInstruction: NLU_SYSTEM_INSTRUCTION,
              responseMimeType: 'application/json',
              responseSchema: NLU_RESPONSE_SCHEMA,
              temperature: 0,
              maxOutputTokens: 512,
              // Flash models think by default; classification does not need it and a chat does not wait.
              ...(model.includes('flash') ? { thinkingConfig: { thinkingBudget: 0 } } : {}),
              abortSignal: signal,
            },
          }),
        call,
      );
      return parseNluAnswer(response.text, response.candidates?.[0]?.finishReason);
    });
  }
}
