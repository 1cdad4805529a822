/**
 * Errors as Office.js raises them: a `RichApi.Error` with a `code`, an `httpStatusCode` and
 * `debugInfo.errorLocation` ("Range.values"). Messages are Excel's own wording.
 */

export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ValueNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'InvalidRequestContext'
  | 'GeneralException';

const STATUS: Record<FakeErrorCode, number> = {
  PropertyNotLoaded: 400,
  ValueNotLoaded: 400,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  InvalidArgument: 400,
  InvalidOperation: 400,
  AccessDenied: 403,
  ApiNotFound: 404,
  InvalidRequestContext: 400,
  GeneralException: 500,
};

/** Shaped like OfficeExtension.Error (code, debugInfo, traceMessages, innerError). */
export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly httpStatusCode: number;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.httpStatusCode = STATUS[code];
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(type: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}

export function valueNotLoaded(): FakeOfficeError {
  return new FakeOfficeError(
    'ValueNotLoaded',
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );
}

export function itemNotFound(location: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist.", location);
}

export function invalidArgument(location: string, detail?: string): FakeOfficeError {
  return new FakeOfficeError(
    'InvalidArgument',
    detail ?? 'The argument is invalid or missing or has an incorrect format.',
    location,
  );
}

export function accessDenied(location: string): FakeOfficeError {
  return new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.', location);
}

export function apiNotFound(member: string, set: string, version: string): FakeOfficeError {
  return new FakeOfficeError(
    'ApiNotFound',
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${member} needs ${set} ${version})`,
    member,
  );
}

/** Not an Excel error: the fake was asked for something it does not model. */
export function notModelled(what: string): Error {
  return new Error(`FakeExcel: ${what} is not modelled by the fake`);
}
