/**
 * WHERE clauses with their numbered parameters, for list queries that add filters one by one.
 */
export class SqlFilter {
  readonly params: unknown[];
  private readonly clauses: string[];

  constructor(clauses: string[], params: unknown[]) {
    this.clauses = [...clauses];
    this.params = [...params];
  }

  /** `clause` receives the placeholder (`$n`) of `value`. */
  add(clause: (placeholder: string) => string, value: unknown): void {
    this.params.push(value);
    this.clauses.push(clause(`$${this.params.length}`));
  }

  /** A clause without a parameter. */
  push(clause: string): void {
    this.clauses.push(clause);
  }

  sql(): string {
    return this.clauses.join(' AND ');
  }
}

