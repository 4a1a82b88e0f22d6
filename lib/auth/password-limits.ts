// Apart from password-rule.ts so that forms can say the limits without shipping the password list to the browser.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** The rule in one line, for the API description (lib/auth/password-rule.ts applies it). */
export const PASSWORD_RULE = `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters; not a common password, and not your email address, username or name`;

/** Said beside every new-password field. */
export const PASSWORD_HINT = "Not a common password, and not your email address, username or name.";
