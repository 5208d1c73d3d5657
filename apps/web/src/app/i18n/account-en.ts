/**
 * English texts of the pages outside the session that set a password: accepting an invitation,
 * "forgot password" and the reset link. `en.ts` mounts them under `account`.
 */
export const accountEn = {
  forgotLink: 'Forgot password?',
  backToLogin: 'Back to sign in',
  newPassword: 'New password',
  passwordHint: 'At least 10 characters, and not one of the most common passwords.',
  passwordRequired: 'Choose a password',
  passwordTooShort: 'Use at least 10 characters',
  invitation: {
    title: 'Welcome to Regiokracht',
    intro: 'Choose a password for your account. You are signed in right after.',
    submit: 'Set password and sign in',
    invalid:
      'This invitation link is invalid, already used or expired. Ask the coordinator for a new one, or use "Forgot password?" on the sign-in page.',
    alreadySet:
      'This account already has a password. Sign in, or use "Forgot password?" if you lost it.',
  },
  forgot: {
    title: 'Forgot your password?',
    intro: 'Enter your e-mail address. We e-mail you a link to choose a new password.',
    email: 'Email address',
    submit: 'Send link',
    sent: 'If an account exists for {{email}}, we have e-mailed it a link to set a new password. The link works once and for one hour.',
    rateLimited: 'Too many requests. Please wait a minute and try again.',
  },
  reset: {
    title: 'Choose a new password',
    intro: 'Your other sessions are signed out; you are signed in right after.',
    submit: 'Set new password',
    invalid:
      'This link is invalid, already used or expired (it works for one hour). Ask for a new one.',
    requestNew: 'Ask for a new link',
  },
};
