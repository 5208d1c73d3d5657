// One jest run for the whole repository: `npm test` prints one summary.
module.exports = {
  // CI has 2 cores; each worker runs its own database.
  maxWorkers: 2,
  projects: ['<rootDir>/packages/shared', '<rootDir>/apps/api', '<rootDir>/apps/web'],
};
