/** What the baseline server answers to every API call: a leaderboard-sized body, serialised per request like the demo's. */
export const STATIC_API_BODY: readonly { username: string; chat_message_count: number }[] = Array.from({ length: 20 }, (_, index) => ({
  username: `student.${String(index + 1).padStart(2, '0')}@example.edu`,
  chat_message_count: 400 - index * 13,
}));
