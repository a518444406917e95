import { setupServer } from 'msw/node';

/** No default handlers: each test says what the API answers, and anything else fails the test. */
export const server = setupServer();
