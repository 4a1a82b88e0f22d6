function isSupported(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0;
  } catch {
    // Not a language tag at all.
    return false;
  }
}

/** The viewer's languages (Accept-Language, navigator.languages) that Intl can format in; English if none. */
export function formattingLocales(locales: readonly string[]): string[] {
  const supported = locales.filter(isSupported);
  return supported.length > 0 ? supported : ["en-GB"];
}
