import { Platform1764300000000 } from './1764300000000-platform';
import { Domain1764300001000 } from './1764300001000-domain';
import { Handovers1764300040000 } from './1764300040000-handovers';
import { Imports1764300050000 } from './1764300050000-imports';
import { Notifications1764300060000 } from './1764300060000-notifications';
import { CoalitionChangeLog1764300070000 } from './1764300070000-coalition-change-log';
import { LoginRateLimit1764300090000 } from './1764300090000-login-rate-limit';
import { AccountAccess1764300095000 } from './1764300095000-account-access';

/** Every migration in order. Never edit a landed one: add a new file and list it here. */
export const MIGRATIONS = [
  Platform1764300000000,
  Domain1764300001000,
  Handovers1764300040000,
  Imports1764300050000,
  Notifications1764300060000,
  CoalitionChangeLog1764300070000,
  LoginRateLimit1764300090000,
  AccountAccess1764300095000,
];
