package app.tandem.planning.core;

/**
 * What WSJF, ICE and custom formulas are computed from; each fact depends only on the item, the
 * goals, KPIs and user goals it links to, and the dependencies on it, never on other initiatives'
 * scores.
 *
 * @param goalValue the goal value of goal contribution
 * @param userValue the user value of goal contribution (negative when it hurts users)
 * @param heaviestWeight the weight of the heaviest goal served, 0 for none
 * @param offTrack KPIs served that are off track
 * @param atRisk KPIs served that are at risk
 * @param dependants open initiatives that depend on it
 */
record ItemFacts(double goalValue, double userValue, int heaviestWeight, int offTrack, int atRisk, int dependants) {}
