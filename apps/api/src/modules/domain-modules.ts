import type { Type } from '@nestjs/common';

/**
 * The domain aggregates (organisations, people, …), one Nest module each. Listed here so that
 * app.module.ts stays stable while aggregates are added.
 */
export const DOMAIN_MODULES: Type[] = [];
