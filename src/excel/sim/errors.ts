/**
 * SIMULATION: errors shaped like OfficeExtension.Error (name, code, message,
 * debugInfo), with Excel's own error codes, so the adapter's error handling is
 * exercised exactly as against real Excel.
 */
export const SimErrorCodes = {
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  accessDenied: 'AccessDenied',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  generalException: 'GeneralException',
  invalidObjectPath: 'InvalidObjectPath',
  undoNotSupported: 'UndoNotSupported',
} as const;

export class SimulatedExcelError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(objectName: string, prop: string): SimulatedExcelError {
  // Office.js's wording: the property was read before load() + sync().
  return new SimulatedExcelError(
    SimErrorCodes.propertyNotLoaded,
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${objectName}.${prop}`,
  );
}

/**
 * A ClientResult's value read before context.sync() (e.g. getCount().value):
 * Office.js has a code of its own for it, OfficeExtension.ErrorCodes.valueNotLoaded
 * (Microsoft Learn, OfficeExtension.ErrorCodes), worded as Office.js's
 * L_ValueNotLoaded string.
 */
export function valueNotLoaded(what: string): SimulatedExcelError {
  return new SimulatedExcelError(
    SimErrorCodes.valueNotLoaded,
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
    `${what}.value`,
  );
}

/**
 * An API without undo support called inside an `Excel.run({ mergeUndoGroup: true })`:
 * "If an API within the group doesn't offer undo support, the UndoNotSupported
 * error is thrown to let you know that the operation can't be grouped."
 * (Microsoft Learn, "Undo support for Excel add-ins", Unsupported APIs.) The
 * table there lists Worksheet.delete as unsupported on every platform and
 * Worksheet.position on Windows and Mac; the simulation takes the stricter
 * reading and fails both everywhere. Like any error, it stops the batch at
 * that call: earlier calls of the same sync stay applied.
 */
export function undoNotSupported(api: string): SimulatedExcelError {
  return new SimulatedExcelError(SimErrorCodes.undoNotSupported, `${api} does not support undo and cannot be called inside a merged undo group.`, api);
}
