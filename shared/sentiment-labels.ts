/** The labels of user-sentiment's distribution, in the order the dashboard shows them. */
export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;

export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];
