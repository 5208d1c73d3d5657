import { DEFAULT_ANALYTICS_SETTINGS } from '@regiokracht/shared';
import { previewHealth, toFormValues, validateSettings } from './analytics-settings-rules';

const valid = toFormValues({ ...DEFAULT_ANALYTICS_SETTINGS });

describe('validateSettings (mirrors the API)', () => {
  it.each([
    ['halfLifeDays', '6', { key: 'range', min: 7, max: 365 }],
    ['halfLifeDays', '366', { key: 'range', min: 7, max: 365 }],
    ['halfLifeDays', '30.5', { key: 'wholeNumber' }],
    ['coolingDays', '', { key: 'required' }],
    ['coolingRatio', '1.2', { key: 'range', min: 0, max: 1 }],
    ['dormantRatio', 'abc', { key: 'number' }],
  ] as const)('%s = "%s" is refused', (field, value, error) => {
    expect(validateSettings({ ...valid, [field]: value })[field]).toEqual(error);
  });

  it('needs cooling to start before dormant, in days and in ratio', () => {
    expect(validateSettings({ ...valid, coolingDays: '120' })).toEqual({
      coolingDays: { key: 'coolingBeforeDormant' },
    });
    expect(validateSettings({ ...valid, dormantRatio: '0,35' })).toEqual({
      dormantRatio: { key: 'dormantRatioBelowCooling' },
    });
  });

  it('accepts the defaults and a Dutch decimal comma', () => {
    expect(validateSettings(valid)).toEqual({});
    expect(validateSettings({ ...valid, coolingRatio: '0,4' })).toEqual({});
  });
});

describe('previewHealth', () => {
  const organisations = [
    { organisationId: 'a', name: 'A', score: 8, peak: 10, daysSinceLastInteraction: 10 },
    { organisationId: 'b', name: 'B', score: 3, peak: 10, daysSinceLastInteraction: 70 },
    { organisationId: 'c', name: 'C', score: 0, peak: 0, daysSinceLastInteraction: null },
  ];

  it('re-classifies the same numbers with the new thresholds', () => {
    const preview = previewHealth(organisations, DEFAULT_ANALYTICS_SETTINGS, {
      ...DEFAULT_ANALYTICS_SETTINGS,
      coolingDays: 90,
      coolingRatio: 0.25,
    });

    expect(preview.before).toEqual({ engaged: 1, cooling: 1, dormant: 0, no_contact: 1 });
    expect(preview.after).toEqual({ engaged: 2, cooling: 0, dormant: 0, no_contact: 1 });
    expect(preview.changes).toEqual([
      { organisationId: 'b', name: 'B', from: 'cooling', to: 'engaged' },
    ]);
  });
});
