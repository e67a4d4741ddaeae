// The error a service dies with at boot when its environment is wrong: every problem, one per line.

export interface ConfigProblem {
  key: string;
  problem: string;
  description: string | undefined;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: ConfigProblem[];

  constructor(service: string, problems: ConfigProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const lines = problems.map(({ key, problem, description }) =>
      description ? `  ${key}: ${problem} (${description})` : `  ${key}: ${problem}`,
    );
    super(`${service}: invalid configuration, ${count}:\n${lines.join('\n')}`);
    this.problems = problems;
  }
}
