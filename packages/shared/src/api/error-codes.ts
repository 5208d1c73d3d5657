/**
 * Stable error codes: every error answer carries one in `code`. Clients switch on these, never on
 * the status plus ad-hoc fields. Codes any route can answer are in `CommonErrorCode`; each module
 * has its own, prefixed with its aggregate (`ORGANISATION_NOT_FOUND`, `PERSON_NOT_ASSIGNABLE`).
 */

/** The two codes every versioned aggregate answers. */
function recordCodes<P extends string>(prefix: P) {
  return {
    NOT_FOUND: `${prefix}_NOT_FOUND`,
    VERSION_CONFLICT: `${prefix}_VERSION_CONFLICT`,
  } as const;
}

export const CommonErrorCode = {
  /** Input failed validation; `details` names each field. */
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  MALFORMED_JSON: 'MALFORMED_JSON',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  ROLE_FORBIDDEN: 'ROLE_FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  COALITION_NOT_FOUND: 'COALITION_NOT_FOUND',
  CONFLICT: 'CONFLICT',
  /** A stale `version` on a record without a module code of its own. */
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  REFERENCE_NOT_FOUND: 'REFERENCE_NOT_FOUND',
  DATA_RULE_VIOLATED: 'DATA_RULE_VIOLATED',
  MALFORMED_VALUE: 'MALFORMED_VALUE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;

export const AuthErrorCode = {
  INVALID_CREDENTIALS: 'AUTH_INVALID_CREDENTIALS',
  INVITATION_INVALID: 'AUTH_INVITATION_INVALID',
  RESET_LINK_INVALID: 'AUTH_RESET_LINK_INVALID',
  PASSWORD_ALREADY_SET: 'AUTH_PASSWORD_ALREADY_SET',
} as const;

export const CoalitionErrorCode = {
  ...recordCodes('COALITION'),
} as const;

export const MemberErrorCode = {
  ...recordCodes('MEMBER'),
  ALREADY_MEMBER: 'MEMBER_ALREADY_MEMBER',
} as const;

export const OrganisationErrorCode = {
  ...recordCodes('ORGANISATION'),
  /** Another live organisation of the coalition has this `externalId`. */
  EXTERNAL_ID_TAKEN: 'ORGANISATION_EXTERNAL_ID_TAKEN',
  /** Delete refused: open commitments or action items (`blockers` says how many). */
  HAS_OPEN_WORK: 'ORGANISATION_HAS_OPEN_WORK',
  /** Restore of an organisation that is not deleted. */
  NOT_DELETED: 'ORGANISATION_NOT_DELETED',
} as const;

export const PersonErrorCode = {
  ...recordCodes('PERSON'),
  NOT_ASSIGNABLE: 'PERSON_NOT_ASSIGNABLE',
  EXTERNAL_ID_TAKEN: 'PERSON_EXTERNAL_ID_TAKEN',
  NOT_DELETED: 'PERSON_NOT_DELETED',
} as const;

export const InteractionErrorCode = {
  ...recordCodes('INTERACTION'),
  EXTERNAL_ID_TAKEN: 'INTERACTION_EXTERNAL_ID_TAKEN',
} as const;

export const CommitmentErrorCode = {
  ...recordCodes('COMMITMENT'),
} as const;

export const ContributionErrorCode = {
  ...recordCodes('CONTRIBUTION'),
} as const;

export const BenefitErrorCode = {
  ...recordCodes('BENEFIT'),
} as const;

export const ActionItemErrorCode = {
  ...recordCodes('ACTION_ITEM'),
} as const;

export const InitiativeErrorCode = {
  ...recordCodes('INITIATIVE'),
} as const;

export const HandoverErrorCode = {
  ...recordCodes('HANDOVER'),
} as const;

export const ImportErrorCode = {
  ...recordCodes('IMPORT'),
} as const;

export const NotificationErrorCode = {
  ...recordCodes('NOTIFICATION'),
} as const;

type ValuesOf<T> = T[keyof T];

/** Every module's codes; a new module adds its object here so the OpenAPI document lists them. */
export const ERROR_CODE_GROUPS = {
  CommonErrorCode,
  AuthErrorCode,
  CoalitionErrorCode,
  MemberErrorCode,
  OrganisationErrorCode,
  PersonErrorCode,
  InteractionErrorCode,
  CommitmentErrorCode,
  ContributionErrorCode,
  BenefitErrorCode,
  ActionItemErrorCode,
  InitiativeErrorCode,
  HandoverErrorCode,
  ImportErrorCode,
  NotificationErrorCode,
} as const;

export type ErrorCode = ValuesOf<{
  [G in keyof typeof ERROR_CODE_GROUPS]: ValuesOf<(typeof ERROR_CODE_GROUPS)[G]>;
}>;

export const ALL_ERROR_CODES: readonly ErrorCode[] = [
  ...new Set(
    Object.values(ERROR_CODE_GROUPS).flatMap((group) => Object.values(group) as ErrorCode[]),
  ),
].sort();

/** The code an answer carries when the code that raised it named none: one per status. */
export function defaultErrorCode(statusCode: number): ErrorCode {
  switch (statusCode) {
    case 400:
      return CommonErrorCode.VALIDATION_FAILED;
    case 401:
      return CommonErrorCode.UNAUTHENTICATED;
    case 403:
      return CommonErrorCode.FORBIDDEN;
    case 404:
      return CommonErrorCode.NOT_FOUND;
    case 409:
      return CommonErrorCode.CONFLICT;
    case 413:
      return CommonErrorCode.PAYLOAD_TOO_LARGE;
    case 415:
      return CommonErrorCode.UNSUPPORTED_MEDIA_TYPE;
    case 429:
      return CommonErrorCode.RATE_LIMITED;
    case 503:
      return CommonErrorCode.SERVICE_UNAVAILABLE;
    default:
      return statusCode >= 500 ? CommonErrorCode.INTERNAL_ERROR : CommonErrorCode.VALIDATION_FAILED;
  }
}

/** Whether a code says "someone else saved first: reload" (any module's `*_VERSION_CONFLICT`). */
export function isVersionConflictCode(code: string | undefined): boolean {
  return code !== undefined && code.endsWith('VERSION_CONFLICT');
}
