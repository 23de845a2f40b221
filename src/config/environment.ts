/** Environment variables by name, as `process.env` holds them: how every layer below the action passes them. */
export type Environment = Readonly<Record<string, string | undefined>>;
