import type { Page } from 'playwright-core';

/** The text of each data cell in the explorer table's row for one layer ('C5', 'Total'). */
export const rowCells = (page: Page, name: string): Promise<string[]> =>
  page
    .locator('#explorer-table tr', { has: page.locator(`th:text-is("${name}")`) })
    .locator('td')
    .allTextContents();

/** Types a value into an explorer field and settles it with Enter, as a reader who is done typing. */
export async function settleField(page: Page, selector: string, value: string): Promise<void> {
  await page.fill(selector, value);
  await page.press(selector, 'Enter');
}
