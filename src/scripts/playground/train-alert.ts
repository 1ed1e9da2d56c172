import { required } from '../dom.ts';

/**
 * The Train panel's alert: why a run did not start or stopped, with a Retry button where trying again can help.
 * While it shows the form's problems, it follows the fields as they are fixed. One status at a time: while the
 * alert says why nothing runs, the line that says what the run is doing ("Not started. Press Train…") is hidden,
 * and it comes back with the alert's going.
 */
export function trainAlert(root: ParentNode) {
  const alert = required(root, '#train-alert');
  const alertText = required(root, '#train-alert-text');
  const retry = required<HTMLButtonElement>(root, '#train-retry');
  const stateLine = required(root, '#train-state');
  let formProblems = false;
  const show = (text: string, canRetry: boolean) => {
    alertText.textContent = text;
    retry.hidden = !canRetry;
    alert.hidden = false;
    stateLine.hidden = true;
    formProblems = false;
  };
  return {
    retry,
    get showsFormProblems() {
      return formProblems;
    },
    show,
    showProblems(messages: readonly string[]): void {
      show(`Training did not start. ${messages.join(' ')}`, false);
      formProblems = true;
    },
    hide(): void {
      alert.hidden = true;
      stateLine.hidden = false;
      formProblems = false;
    },
  };
}
