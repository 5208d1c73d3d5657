import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { engagement } from './engagement';
import { fairShare, type FairShareCompany } from './fair-share';
import { succession, type SuccessionInput } from './succession';
import type { AnalyticsSettings, Engagement, EngagementInteraction, RiskLevel } from './index';

/**
 * The worked examples of docs/analytics.md are read at run time, so an example added to the shared file is
 * tested without touching this spec. In this workspace the file sits beside the repository
 * (/work/shared); a fresh clone falls back to the committed copy.
 */
const SHARED_VECTORS = path.resolve(__dirname, '../../../../../shared/analytics-vectors.json');
const COMMITTED_COPY = path.resolve(__dirname, '../../test-data/analytics-vectors.json');

interface EngagementExample {
  name: string;
  interactions: EngagementInteraction[];
  asOf: string;
  settings?: Partial<AnalyticsSettings>;
  expected: Engagement;
}

interface SuccessionExample extends SuccessionInput {
  name: string;
  expected: { level: RiskLevel; score: number; factors: string[] };
}

interface FairShareExample {
  name: string;
  companies: FairShareCompany[];
  expected: Record<string, number | null>;
}

interface Vectors {
  engagement: EngagementExample[];
  succession: SuccessionExample[];
  fairShare: FairShareExample[];
}

function loadVectors(): Vectors {
  const file = existsSync(SHARED_VECTORS) ? SHARED_VECTORS : COMMITTED_COPY;
  return JSON.parse(readFileSync(file, 'utf8')) as Vectors;
}

const vectors = loadVectors();

/** it.each needs a non-empty table; the name is the example's own. */
const named = <T extends { name: string }>(examples: T[]) =>
  examples.map((example) => [example.name, example] as const);

describe('analytics vectors', () => {
  it('has examples of every kind', () => {
    expect(vectors.engagement.length).toBeGreaterThan(0);
    expect(vectors.succession.length).toBeGreaterThan(0);
    expect(vectors.fairShare.length).toBeGreaterThan(0);
  });

  describe('engagement', () => {
    it.each(named(vectors.engagement))('%s', (_name, example) => {
      const actual = engagement(example.interactions, example.asOf, example.settings);
      // The answer is already rounded to 4 decimals, so it must equal the example exactly.
      expect(actual.score).toBe(example.expected.score);
      expect(actual.peak).toBe(example.expected.peak);
      expect(actual.index).toBe(example.expected.index);
      expect(actual.daysSinceLastInteraction).toBe(example.expected.daysSinceLastInteraction);
      expect(actual.health).toBe(example.expected.health);
    });
  });

  describe('succession', () => {
    it.each(named(vectors.succession))('%s', (_name, example) => {
      const actual = succession(example);
      expect(actual.level).toBe(example.expected.level);
      expect(actual.score).toBe(example.expected.score);
      // The vectors list codes; the answer carries objects with points and people for the UI.
      expect(actual.factors.map((f) => f.code)).toEqual(example.expected.factors);
    });
  });

  describe('fair share', () => {
    it.each(named(vectors.fairShare))('%s', (_name, example) => {
      const actual = fairShare(example.companies);
      expect(Object.keys(actual).sort()).toEqual(Object.keys(example.expected).sort());
      for (const [id, expected] of Object.entries(example.expected)) {
        if (expected === null) {
          expect(actual[id]).toBeNull();
        } else {
          expect(actual[id]).toBe(expected); // already rounded to 2 decimals
        }
      }
    });
  });
});
