/**
 * The line under the pad that says what the network is doing. A failure stays
 * in it when the network becomes ready later, and so does a note about the address.
 */
export function statusLine(status: HTMLElement, addressNote: string | undefined) {
  let failure = '';
  if (addressNote) status.textContent = addressNote;
  return {
    /** A handler for a promise's rejection that says what failed and what to do; it returns what it said. */
    failed: (what: string) => (error: unknown) => {
      const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
      failure = `${what} failed: ${reason}. Reload the page to try again.`;
      status.textContent = failure;
      return failure;
    },
    ready: (text: string) => {
      status.textContent = [failure, text, addressNote ?? ''].filter(Boolean).join(' ');
    },
  };
}
