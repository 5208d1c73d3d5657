// Journeys share one seeded database: run them in file-name order (10-…, 20-…), not by duration.
const Sequencer = require('@jest/test-sequencer').default;

class ByFileName extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => a.path.localeCompare(b.path));
  }
}

module.exports = ByFileName;
