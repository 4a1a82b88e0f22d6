/** The demo password the test runner seeds with, so tests can sign in as the demo accounts. */
export const DEMO_PASSWORD_FOR_TESTS = "slant-demo-for-tests";
