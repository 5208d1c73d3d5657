import type { DigestDto } from '@regiokracht/shared';
import { renderDigestMail } from './digest-mail';
import { digestScheduleFromEnv } from './digest.job';
import { digestTitle, isEmptyDigest, type UnmailedDigest } from './digest.service';
import { LogMailer, mailerFromEnv, SmtpMailer } from './mailer';

const EMPTY: DigestDto = {
  digestOn: '2026-06-30',
  overdue: [],
  dueSoon: [],
  organisations: [],
  departures: [],
};

const DIGEST: DigestDto = {
  ...EMPTY,
  overdue: [
    {
      id: 'a1',
      title: 'Bel Botlek',
      dueOn: '2026-06-20',
      status: 'open',
      priority: 'high',
      organisationId: 'o1',
      organisationName: 'Botlek',
    },
  ],
  organisations: [
    {
      id: 'o1',
      name: 'Botlek',
      health: 'dormant',
      previousHealth: 'engaged',
      daysSinceLastInteraction: 199,
      engagementIndex: 6,
    },
    {
      id: 'o2',
      name: 'Waalhaven',
      health: 'cooling',
      previousHealth: null,
      daysSinceLastInteraction: 70,
      engagementIndex: 30,
    },
  ],
  departures: [
    {
      personId: 'p1',
      name: 'Henk Smits',
      organisationName: 'Albeda',
      leavingOn: '2026-08-29',
      daysUntilLeaving: 60,
      withoutSuccessor: [{ type: 'organisation', id: 'o3', label: 'Koudijs' }],
    },
  ],
};

function unmailed(coalitionName: string, digest: DigestDto): UnmailedDigest {
  return {
    id: `n-${coalitionName}`,
    userId: 'u1',
    email: 'sanne@example.org',
    userName: 'Sanne',
    coalitionId: `c-${coalitionName}`,
    coalitionName,
    title: digestTitle(coalitionName, digest),
    digest,
  };
}

describe('digest text', () => {
  it('titles a digest by its non-empty sections', () => {
    expect(digestTitle('TCR', DIGEST)).toBe(
      'TCR: 1 overdue, 2 organisations drifting, 1 departure without successor',
    );
    expect(isEmptyDigest(EMPTY)).toBe(true);
    expect(isEmptyDigest(DIGEST)).toBe(false);
  });

  it('puts all coalitions in one mail, with links into the app', () => {
    const mail = renderDigestMail(
      [unmailed('TCR', DIGEST), unmailed('ZK', { ...EMPTY, dueSoon: DIGEST.overdue })],
      'https://crm.example.org/',
    );
    expect(mail.to).toBe('sanne@example.org');
    expect(mail.subject).toBe('Regiokracht — your digest for 2 coalitions (1 overdue, 1 due soon)');
    expect(mail.text).toContain('== TCR ==');
    expect(mail.text).toContain('== ZK ==');
    expect(mail.text).toContain('Bel Botlek (due 2026-06-20, Botlek)');
    expect(mail.text).toContain('https://crm.example.org/c/c-TCR/organisations/o1');
    expect(mail.text).toContain('Henk Smits (Albeda) leaves on 2026-08-29: 1 without successor');
    expect(mail.text).toContain('https://crm.example.org/c/c-TCR/people/p1');
  });

  it('uses the title as subject for one coalition', () => {
    expect(renderDigestMail([unmailed('TCR', DIGEST)], 'http://x').subject).toBe(
      `Regiokracht — ${digestTitle('TCR', DIGEST)}`,
    );
  });
});

describe('configuration from the environment', () => {
  it('mails through SMTP only when SMTP_URL is set', () => {
    expect(mailerFromEnv({})).toBeInstanceOf(LogMailer);
    expect(mailerFromEnv({ SMTP_URL: '  ' })).toBeInstanceOf(LogMailer);
    const smtp = mailerFromEnv({ SMTP_URL: 'smtp://localhost:2525' });
    expect(smtp).toBeInstanceOf(SmtpMailer);
    void smtp.close();
  });

  it('schedules at 05:00 UTC, checking every 10 minutes, unless told otherwise', () => {
    expect(digestScheduleFromEnv({})).toEqual({
      enabled: true,
      hourUtc: 5,
      checkEveryMs: 600_000,
    });
    expect(
      digestScheduleFromEnv({ DIGEST: 'off', DIGEST_HOUR_UTC: '7', DIGEST_CHECK_MINUTES: '1' }),
    ).toEqual({ enabled: false, hourUtc: 7, checkEveryMs: 60_000 });
    expect(digestScheduleFromEnv({ DIGEST_HOUR_UTC: '24' }).hourUtc).toBe(5);
  });
});
