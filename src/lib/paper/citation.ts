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

/** The sections of the paper that the site may cite, by the paper's own numbering, with their titles. */
export const PAPER_SECTIONS = {
  I: 'Introduction',
  II: 'Convolutional Neural Networks for Isolated Character Recognition',
  'II-A': 'Convolutional Networks',
  'II-B': 'LeNet-5',
  'II-C': 'Loss Function',
  III: 'Results and Comparison with Other Methods',
  'III-A': 'Database: the Modified NIST set',
  'III-B': 'Results',
  'III-C': 'Comparison with Other Classifiers',
  'III-C.7': 'A Small Convolutional Network: LeNet-1',
  'III-C.8': 'LeNet-4',
  'III-C.9': 'Boosted LeNet-4',
  'III-D': 'Discussion',
  'III-E': 'Invariance and Noise Resistance',
  VII: 'Multiple Object Recognition: Space Displacement Neural Network',
  'VII-A': 'Interpreting the Output of an SDNN with a GTN',
  'VII-B': 'Experiments with SDNN',
  'VII-C': 'Global Training of SDNN',
  'Appendix A': 'Pre-conditions for faster convergence',
  'Appendix B': 'Stochastic Gradient vs Batch Gradient',
  'Appendix C': 'Stochastic Diagonal Levenberg-Marquardt',
} as const;

export type PaperSection = keyof typeof PAPER_SECTIONS;

export const isPaperSection = (section: string): section is PaperSection => Object.hasOwn(PAPER_SECTIONS, section);

export interface PaperLocation {
  /** The paper's own section name, as in "II-B" or "Appendix A". */
  readonly section: string;
  readonly page?: number;
  readonly figure?: string;
}

export function formatLocation({ section, page, figure }: PaperLocation): string {
  if (!isPaperSection(section))
    throw new Error(`The paper has no section "${section}"; cite one of ${Object.keys(PAPER_SECTIONS).join(', ')}.`);
  const parts = [section.startsWith('Appendix') ? section : `Section ${section}`];
  if (figure) parts.push(figure);
  if (page !== undefined) parts.push(`p. ${page}`);
  return parts.join(', ');
}

export const shortCitation = (location: PaperLocation): string =>
  `LeCun et al. ${PAPER.year}, ${formatLocation(location)}`;
