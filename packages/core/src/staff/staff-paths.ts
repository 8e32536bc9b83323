/** The platform's staff paths; each domain's staff API lives under its own prefix. */
export const STAFF_IDENTITY_PATHS = {
  me: '/api/v1/staff/me',
  users: '/api/v1/staff/users',
  /** Staff sign-in through the city's OpenID Connect provider (docs/staff-sign-in.md). */
  login: '/api/v1/staff/auth/login',
  callback: '/api/v1/staff/auth/callback',
  logout: '/api/v1/staff/auth/logout',
  /** Exchanges a one-time sign-in code (from the login redirect) for a session token. */
  session: '/api/v1/staff/auth/session',
  acceptInvitation: '/api/v1/staff/invitations/accept',
} as const;
