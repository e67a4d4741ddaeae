// A circuit breaker for calls to Gemini: after `threshold` consecutive failures it opens and calls
// fail at once (no waiting on a dead upstream) for `cooldownMs`; then one trial call is let through
// (half-open): its success closes the breaker, its failure opens it again.
import { GeminiError } from './gemini-call.ts';

export type BreakerState = 'closed' | 'open' | 'half_open';

export interface CircuitBreakerOptions {
  name: string;
  threshold: number;
  cooldownMs: number;
  now?: () => number;
  onStateChange?: (state: BreakerState, name: string) => void;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private current: BreakerState = 'closed';
  private trialRunning = false;

  constructor(private readonly options: CircuitBreakerOptions) {}

  get state(): BreakerState {
    return this.current;
  }

  async run<T>(step: () => Promise<T>): Promise<T> {
    this.admit();
    try {
      const result = await step();
      this.trialRunning = false;
      this.failures = 0;
      this.transition('closed');
      return result;
    } catch (err) {
      this.trialRunning = false;
      this.failures += 1;
      if (this.current === 'half_open' || this.failures >= this.options.threshold) {
        this.openedAt = this.now();
        this.transition('open');
      }
      throw err;
    }
  }

  private admit(): void {
    if (this.current === 'open' && this.now() - this.openedAt >= this.options.cooldownMs) {
      this.transition('half_open');
    }
    if (this.current === 'closed') return;
    if (this.current === 'half_open' && !this.trialRunning) {
      this.trialRunning = true;
      return;
    }
    throw new GeminiError('circuit_open', `Gemini circuit breaker ${this.options.name} is open`);
  }

  private transition(state: BreakerState): void {
    if (state === this.current) return;
    this.current = state;
    this.options.onStateChange?.(state, this.options.name);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
