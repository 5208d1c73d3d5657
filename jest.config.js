// One jest run for the whole repository: `npm test` prints one summary.
module.exports = {
  projects: [
    '<rootDir>/packages/shared',
    '<rootDir>/apps/api',
    '<rootDir>/apps/web',
  ],
};
