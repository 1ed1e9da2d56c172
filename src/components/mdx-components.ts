import ArchitectureFigure from './ArchitectureFigure.astro';
import BaseLink from './BaseLink.astro';
import Cite from './Cite.astro';
import Count from './Count.astro';
import Derivation from './Derivation.astro';
import Fact from './Fact.astro';
import Formula from './Formula.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import LayerFacts from './LayerFacts.astro';
import LayerSketch from './LayerSketch.astro';
import SeeItCompute from './SeeItCompute.astro';
import StartHere from './StartHere.astro';
import LayerTable from './LayerTable.astro';
import PaperReference from './PaperReference.astro';
import Prototypes from './Prototypes.astro';
import ReceptiveFieldTable from './ReceptiveFieldTable.astro';
import ResultsChart from './ResultsChart.astro';
import RecipeCurve from './RecipeCurve.astro';
import TableOne from './TableOne.astro';
import TrainingSchedule from './TrainingSchedule.astro';
import NetworkTable from './NetworkTable.astro';
import WorkedC3Unit from './WorkedC3Unit.astro';
import WorkedConvolution from './WorkedConvolution.astro';
import WorkedSubsampling from './WorkedSubsampling.astro';
import Tex from './Tex.astro';

/**
 * Everything an MDX page may use without importing it; h2 and h3 gain anchor links, and
 * links written from the site's root ('/c1/') move under the base of a sub-path build.
 */
export const mdxComponents = {
  a: BaseLink,
  h2: H2,
  h3: H3,
  ArchitectureFigure,
  Cite,
  Count,
  Derivation,
  Fact,
  Formula,
  LayerFacts,
  LayerSketch,
  SeeItCompute,
  StartHere,
  LayerTable,
  PaperReference,
  Prototypes,
  ReceptiveFieldTable,
  ResultsChart,
  RecipeCurve,
  TableOne,
  TrainingSchedule,
  Tex,
  NetworkTable,
  WorkedC3Unit,
  WorkedConvolution,
  WorkedSubsampling,
};
