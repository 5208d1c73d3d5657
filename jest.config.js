// One jest run for the whole repository: `npm test` prints one summary.
module.exports = {
  // CI has 2 cores; each worker runs its own database.
  maxWorkers: 2,
  // A global option: jest ignores testTimeout inside a project's config. Integration suites boot
  // Nest and a database (PGlite needs seconds) in their beforeAll hooks.
  testTimeout: 60000,
  projects: ['<rootDir>/packages/shared', '<rootDir>/apps/api', '<rootDir>/apps/web'],
};
