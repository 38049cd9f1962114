/** True when the runtime's ICU knows the IANA zone name (e.g. "Asia/Tokyo"). */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
