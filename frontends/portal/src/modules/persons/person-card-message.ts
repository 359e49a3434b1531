/**
 * A message for the person card to show once after navigating to it (e.g. "Personen är registrerad."
 * after "Registrera person"), kept out of the URL so that reloading the card does not repeat it.
 */
const messages = new Map<string, string>();

export function setPersonCardMessage(personId: string, message: string): void {
  messages.set(personId, message);
}

/** The message waiting for the card, if any (it stays until `clearPersonCardMessage`). */
export function peekPersonCardMessage(personId: string): string | null {
  return messages.get(personId) ?? null;
}

export function clearPersonCardMessage(personId: string): void {
  messages.delete(personId);
}
