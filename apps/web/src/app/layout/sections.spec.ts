import { sectionsFor } from './sections';

describe('sectionsFor', () => {
  it('shows Settings to coordinators only', () => {
    const keys = (role: Parameters<typeof sectionsFor>[0]) => sectionsFor(role).map((s) => s.key);
    expect(keys('coordinator')).toContain('settings');
    expect(keys('member')).not.toContain('settings');
    expect(keys('viewer')).not.toContain('settings');
    expect(keys('member')).toContain('actionItems');
    expect(keys('partner')).toEqual(['portal']);
  });
});
