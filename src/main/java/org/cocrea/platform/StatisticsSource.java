package org.cocrea.platform;

import java.util.List;

/**
 * A module's counts for the platform statistics at {@code /admin/statistics}: numbers only, never who. Each module
 * that holds people, initiatives or participation implements this as a bean with a few aggregate queries over its
 * own tables, so the statistics page reads no module's tables itself.
 */
public interface StatisticsSource {
    List<Statistic> statistics();
}
