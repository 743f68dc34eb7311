export interface RedFlagContext {
  /** Hours since her reported birth, when known: sharpens the time-bound signs. */
  hoursSinceBirth?: number;
}
