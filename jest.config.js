/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  testTimeout: 60000,
  // jsdom tests load exceljs (the catalog import) too: resolve packages as Node does, not their
  // browser builds (uuid's ES-module browser entry is not transformed)
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
};
