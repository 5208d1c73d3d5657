import { Platform1764300000000 } from './1764300000000-platform';
import { Domain1764300001000 } from './1764300001000-domain';

/** Every migration in order. Never edit a landed one: add a new file and list it here. */
export const MIGRATIONS = [Platform1764300000000, Domain1764300001000];
