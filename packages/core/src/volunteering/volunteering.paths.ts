/**
 * The volunteering API's paths (issue 11): a module of their own (issue 7), so that a widget
 * reading one answer does not carry the schemas of another module that names them.
 */
export const VOLUNTEERING_PATHS = {
  opportunities: '/api/v1/volunteering/opportunities',
  shifts: '/api/v1/volunteering/shifts',
  signups: '/api/v1/volunteering/signups',
  proposals: '/api/v1/volunteering/proposals',
  figures: '/api/v1/volunteering/figures',
  export: '/api/v1/volunteering/export/vapaaehtoistyo',
  staff: '/api/v1/staff/volunteering',
} as const;
