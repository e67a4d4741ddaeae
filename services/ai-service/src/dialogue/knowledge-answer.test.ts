import { describe, expect, it } from 'vitest';
import type { KnowledgeHit } from '../use-cases/search-knowledge.ts';
import { ANSWER_MIN_COVERAGE, ANSWER_MIN_SUM, answerFromKnowledge } from './knowledge-answer.ts';

const hit = (similarity: number, coverage: number): KnowledgeHit => ({
  id: 'chunk',
  title: 'Biaya layanan',
  content: 'Semua layanan surat gratis.',
  score: 0.03,
  similarity,
  coverage,
  source: {
    entryId: 'entry',
    title: 'Biaya layanan',
    position: 0,
    heading: null,
    category: null,
    villageId: 'desa-uji',
  },
});

describe('the answer floor', () => {
  it('when the best chunk is similar enough, then it answers whatever words it shares', () => {
    expect(answerFromKnowledge([hit(0.35, 0)], 0.3).found).toBe(true);
  });

  it("when the best chunk is less similar but holds the question's weightiest words, then it answers", () => {
    const answer = answerFromKnowledge([hit(0.25, ANSWER_MIN_COVERAGE)], 0.3);
    expect(answer).toMatchObject({
      found: true,
      text: expect.stringContaining('Semua layanan surat gratis.'),
    });
  });

  it('when the best chunk is nearly similar enough and holds a good part of the question, then it answers', () => {
    expect(answerFromKnowledge([hit(0.25, ANSWER_MIN_SUM - 0.25)], 0.3).found).toBe(true);
    expect(answerFromKnowledge([hit(0.25, ANSWER_MIN_SUM - 0.26)], 0.3).found).toBe(false);
  });

  it('when the best chunk is neither similar enough nor holds enough of the question, then it says it found nothing', () => {
    const answer = answerFromKnowledge([hit(0.15, 0.45), hit(0.2, 0.9)], 0.3);
    expect(answer.found).toBe(false);
    expect(answer.text).not.toContain('gratis');
    expect(answer.sources).toHaveLength(2);
  });
});
