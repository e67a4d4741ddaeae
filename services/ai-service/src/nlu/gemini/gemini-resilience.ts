// The retry policy and a circuit breaker per Gemini operation, built from config; a breaker that
// opens or closes is logged, and its state is a gauge (0 closed, 1 half-open, 2 open).
import { Gauge, type Logger, type Registry } from '@govconnect/service-kit';
import type { AiConfig } from '../../config.ts';
import { CircuitBreaker } from './circuit-breaker.ts';
import type { GeminiCallOptions } from './gemini-call.ts';

const STATE_VALUE = { closed: 0, half_open: 1, open: 2 } as const;
const gauges = new WeakMap<Registry, Gauge<'operation'>>();

export function geminiCallOptions(config: AiConfig, timeoutMs = config.GEMINI_TIMEOUT_MS): GeminiCallOptions {
  return { timeoutMs, maxRetries: config.GEMINI_MAX_RETRIES, retryBaseMs: config.GEMINI_RETRY_BASE_MS };
}

export function geminiBreaker(
  operation: 'nlu' | 'embedding',
  config: AiConfig,
  deps: { logger: Logger; registry: Registry },
): CircuitBreaker {
  let gauge = gauges.get(deps.registry);
  if (!gauge) {
    gauge = new Gauge({
      name: 'ai_gemini_circuit_state',
      help: 'Gemini circuit breaker state by operation: 0 closed, 1 half-open, 2 open',
      labelNames: ['operation'],
      registers: [deps.registry],
    });
    gauges.set(deps.registry, gauge);
  }
  gauge.set({ operation }, 0);
  const stateGauge = gauge;
  return new CircuitBreaker({
    name: operation,
    threshold: config.GEMINI_BREAKER_THRESHOLD,
    cooldownMs: config.GEMINI_BREAKER_COOLDOWN_MS,
    onStateChange: (state) => {
      stateGauge.set({ operation }, STATE_VALUE[state]);
      const level = state === 'open' ? 'warn' : 'info';
      deps.logger.log(level, `Gemini circuit breaker ${state}`, { operation });
    },
  });
}
