/**
 * A server response type as it arrives over JSON: dates become ISO strings. Lets the web
 * use the server's zod schemas as the one definition of a response (`Wire<z.infer<…>>`).
 */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;
