import { required } from '../dom.ts';

/**
 * The Train panel's alert: why a run did not start or stopped, with a Retry button where trying again can help.
 * While it shows the form's problems, it follows the fields as they are fixed.
 */
export function trainAlert(root: ParentNode) {
  const alert = required(root, '#train-alert');
  const alertText = required(root, '#train-alert-text');
  const retry = required<HTMLButtonElement>(root, '#train-retry');
  let formProblems = false;
  const show = (text: string, canRetry: boolean) => {
    alertText.textContent = text;
    retry.hidden = !canRetry;
    alert.hidden = false;
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
      formProblems = false;
    },
  };
}
