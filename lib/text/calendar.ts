/** Month and weekday names, and "today": words that name a time, never a person or a source. */
export const CALENDAR_NAME =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today)$/i;

/** Calendar names plus the words that go with them in "said Friday morning", "said last week". */
export const TIME_WORD =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|morning|evening|night|afternoon|week|month|year|last|this|on)$/i;
