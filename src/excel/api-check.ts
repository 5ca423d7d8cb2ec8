/**
 * Compile-time proof that Office.js's real request context is an XlContext:
 * if an adapter type drifts from Excel's, `npx tsc` fails here. No runtime code.
 */
import type { XlContext } from './api';

type Assert<T extends true> = T;
type IsAssignable<A, B> = [A] extends [B] ? true : false;

export type RealContextIsXlContext = Assert<IsAssignable<Excel.RequestContext, XlContext>>;
