import { ConfigError } from '@govconnect/service-kit';
import { describe, expect, it } from 'vitest';
import { embeddingKind, loadAiConfig, nluEngineName } from './config.ts';

const base = { NODE_ENV: 'test' };

describe('engine selection', () => {
  it('when nothing is set, then the local NLU engine and the local embedding are used', () => {
    const config = loadAiConfig(base);
    expect(nluEngineName(config)).toBe('local');
    expect(embeddingKind(config)).toBe('local');
  });

  it('when GEMINI_API_KEY is set, then gemini is used for both', () => {
    const config = loadAiConfig({ ...base, GEMINI_API_KEY: 'k' });
    expect(nluEngineName(config)).toBe('gemini');
    expect(embeddingKind(config)).toBe('gemini');
  });

  it('when a key is set but NLU_ENGINE=local, then the NLU stays local and embeddings follow their own key', () => {
    const config = loadAiConfig({ ...base, GEMINI_API_KEY: 'k', NLU_ENGINE: 'local' });
    expect(nluEngineName(config)).toBe('local');
    expect(embeddingKind(config)).toBe('gemini');
  });

  it('when NLU_ENGINE=gemini has no key, then the service refuses to start, naming GEMINI_API_KEY', () => {
    expect(() => loadAiConfig({ ...base, NLU_ENGINE: 'gemini' })).toThrow(ConfigError);
    expect(() => loadAiConfig({ ...base, EMBEDDING_MODEL: 'gemini' })).toThrow(
      /GEMINI_API_KEY: is required with EMBEDDING_MODEL=gemini/,
    );
  });

  it('when an unknown engine is named, then the config error lists the choices', () => {
    expect(() => loadAiConfig({ ...base, NLU_ENGINE: 'gpt' })).toThrow(/expected one of local\|gemini/);
  });
});
