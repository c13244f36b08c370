/** Tandem: shared user goals, insights, business goals and plans for the teams of one company. */
@NullMarked
package app.tandem;

import org.jspecify.annotations.NullMarked;
