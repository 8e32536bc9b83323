/** The paths of the feedback API, shared by the client and the server's routes. */
export const FEEDBACK_PATHS = {
  categories: '/api/v1/feedback/categories',
  submissions: '/api/v1/feedback',
  status: (code: string) => `/api/v1/feedback/${encodeURIComponent(code)}`,
} as const;
