/** The dashboard's own tables: each person's last visit and the alignment scores recorded over time. */
@NullMarked
package app.tandem.dashboard.internal;

import org.jspecify.annotations.NullMarked;
