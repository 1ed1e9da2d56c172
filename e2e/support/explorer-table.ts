import type { Page } from 'playwright-core';

/** The text of each data cell in the explorer table's row for one layer ('C5', 'Total'). */
export const rowCells = (page: Page, name: string): Promise<string[]> =>
  page
    .locator('#explorer-table tr', { has: page.locator(`th:text-is("${name}")`) })
    .locator('td')
    .allTextContents();
