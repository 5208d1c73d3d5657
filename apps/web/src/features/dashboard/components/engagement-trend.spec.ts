import { buildInsight } from '../../../testing/record-builders';
import { topCooling } from './cooling-partners';
import { coalitionSeries } from './engagement-trend';

describe('coalition engagement', () => {
  it('adds the organisations’ monthly series point by point', () => {
    const a = buildInsight({
      organisationId: 'a',
      series: [
        { at: '2025-01-01T00:00:00.000Z', score: 2 },
        { at: '2025-02-01T00:00:00.000Z', score: 4 },
      ],
    });
    const b = buildInsight({
      organisationId: 'b',
      series: [
        { at: '2025-01-01T00:00:00.000Z', score: 1 },
        { at: '2025-02-01T00:00:00.000Z', score: 0 },
      ],
    });

    expect(coalitionSeries([a, b])).toEqual([
      { at: '2025-01-01T00:00:00.000Z', total: 3, average: 1.5 },
      { at: '2025-02-01T00:00:00.000Z', total: 4, average: 2 },
    ]);
  });

  it('ranks cooling and dormant partners by how far they fell from their peak', () => {
    const insight = (
      id: string,
      health: 'engaged' | 'cooling' | 'dormant',
      score: number,
      peak: number,
    ) =>
      buildInsight({
        organisationId: id,
        name: id,
        engagement: { score, peak, index: 0, daysSinceLastInteraction: 90, health },
      });

    const ranked = topCooling([
      insight('engaged', 'engaged', 1, 20),
      insight('small-drop', 'cooling', 3, 5),
      insight('big-drop', 'dormant', 1, 15),
    ]);

    expect(ranked.map((i) => i.organisationId)).toEqual(['big-drop', 'small-drop']);
  });
});
