/** Body of every error answer (§6). `errors` lists each invalid field for 400s. */
export interface ApiError {
  error: string;
  errors?: FieldError[];
  message: string | string[];
  statusCode: number;
}

export interface FieldError {
  /** Constraint name (class-validator's, or one of ours), a translation key for clients. */
  code: string;
  /** Dotted path of the field, e.g. "criteria.0.code". */
  field: string;
  message: string;
}

/** Error codes of the records API, each answered with the status beside it. */
export const ERROR_STATUS = {
  ACCOUNT_LOCKED: 423,
  AUTH_REQUIRED: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_TRANSITION: 409,
  OUT_OF_SCOPE: 403,
  PERIOD_LOCKED: 409,
  USER_EXISTS: 409,
  USER_NOT_FOUND: 404,
  AUDIT_NOT_FOUND: 404,
  FINDING_NOT_FOUND: 404,
  IMPORT_BAD_HEADER: 400,
  IMPORT_CONFLICT: 409,
  IMPORT_INVALID_ROWS: 400,
  IMPORT_TOO_LARGE: 413,
  IMPORT_UNSUPPORTED_TYPE: 415,
  REPORT_FINAL: 409,
  REPORT_NOT_FOUND: 404,
  CLUSTER_EXISTS: 409,
  CENTRAL_AWARD_NEEDS_PROPOSAL: 409,
  CLUSTER_NOT_FOUND: 404,
  COMMENDATION_LOCKED_BY_STATUS: 409,
  COMMENDATION_NOT_DRAFT: 409,
  COMMENDATION_NOT_FOUND: 404,
  DUPLICATE: 409,
  MEETING_NOT_FOUND: 404,
  MOVEMENT_IN_USE: 409,
  MEETING_IN_USE: 409,
  MOVEMENT_NOT_FOUND: 404,
  PLEDGE_EXISTS: 409,
  PLEDGE_NOT_FOUND: 404,
  REFERENCE_NOT_FOUND: 400,
  TYPICAL_EXAMPLE_NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  BALLOT_ALREADY_CAST: 409,
  NOMINATIONS_EXIST: 409,
  NO_ONE_ELECTED: 409,
  SCORE_SHEET_EXISTS: 409,
  SCORE_SHEET_FROZEN: 409,
  SCORE_SHEET_NOT_FOUND: 404,
  SCORE_SHEET_NOT_OPEN: 409,
  VOTE_CLOSED: 409,
  VOTE_NOT_CLOSED: 409,
  VOTE_NOT_FOUND: 404,
  VOTE_NOT_OPEN: 409,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
