import {
  createAnnotation,
  listAnnotations,
  removeAnnotation,
  updateAnnotation,
} from '../../core/annotations/annotation-service';
import { changed, type ProcedureTable } from '../procedure-table';

type AnnotationProcedure = 'annotations.list' | 'annotations.create' | 'annotations.update' | 'annotations.remove';

export const annotationProcedures: ProcedureTable<AnnotationProcedure> = {
  'annotations.list': (ctx, input) => listAnnotations(ctx, input),
  'annotations.create': (ctx, input) => changed(ctx, 'annotations', createAnnotation(ctx, input)),
  'annotations.update': (ctx, { id, ...changes }) => changed(ctx, 'annotations', updateAnnotation(ctx, id, changes)),
  'annotations.remove': (ctx, { id }) => {
    removeAnnotation(ctx, id);
    return changed(ctx, 'annotations', { removed: true as const });
  },
};
