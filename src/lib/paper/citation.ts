/** The paper every page cites; page numbers are those of the 46-page author version. */
export const PAPER = {
  authors: 'Y. LeCun, L. Bottou, Y. Bengio and P. Haffner',
  title: 'Gradient-Based Learning Applied to Document Recognition',
  venue: 'Proceedings of the IEEE',
  volume: '86(11)',
  pages: '2278–2324',
  date: 'November 1998',
  year: 1998,
} as const;

export interface PaperLocation {
  /** The paper's own section name, as in "II-B" or "Appendix A". */
  readonly section: string;
  readonly page?: number;
  readonly figure?: string;
}

export function formatLocation({ section, page, figure }: PaperLocation): string {
  const parts = [section.startsWith('Appendix') ? section : `Section ${section}`];
  if (figure) parts.push(figure);
  if (page !== undefined) parts.push(`p. ${page}`);
  return parts.join(', ');
}

export const shortCitation = (location: PaperLocation): string =>
  `LeCun et al. ${PAPER.year}, ${formatLocation(location)}`;
