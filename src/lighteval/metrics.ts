/** The numbers of a LightEval run, as the gate and the report read them. */

/** One metric of one task: its value and, when LightEval computed one (more than one sample), its standard error. */
export interface MetricValue {
  /** `null` when LightEval wrote NaN or an infinity for it. */
  readonly value: number | null;
  readonly stderr: number | undefined;
}

/** `{task key: {metric: value}}`, task keys as LightEval wrote them (`gsm8k|0`, `lighteval|gsm8k|0`, `all`). */
export type TaskMetrics = Readonly<Record<string, Readonly<Record<string, MetricValue>>>>;

/** Earlier values to compare with: `{task key: {metric: value}}`, stderr left out. */
export type Baseline = Readonly<Record<string, Readonly<Record<string, number>>>>;
