/**
 * The variables `npm test -- integration` hands to the integration stage. Read here and
 * nowhere else in the tests, with a message that says how to run them when one is missing.
 */
export type TestEnvName = "SLANT_BASE_URL" | "DATABASE_URL" | "AUTH_SECRET" | "SLANT_TEST_ADMIN_URL";

export function testEnv(name: TestEnvName): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set. Run the integration tests with \`npm test -- integration\`, which starts the app and its database.`);
  }
  return value;
}
