package app.tandem.initiative;

import java.util.List;

/** An initiative's dependencies both ways: what it needs from others, and what others need from it. */
public record Dependencies(List<DependencyView> needs, List<DependencyView> neededBy) {}
