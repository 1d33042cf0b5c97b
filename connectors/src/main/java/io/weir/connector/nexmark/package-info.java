/**
 * The {@code nexmark} connector. Events are numbered from 0; an event's number alone decides its kind (person,
 * auction or bid, by the proportions), its event time ({@code base-time} plus the number times the inter-event
 * delay) and its fields (drawn from a random generator seeded by the number), so the stream is the same at any
 * parallelism. On a fresh start subtask {@code i} of {@code n} generates split {@code i}, the numbers
 * {@code i, i + n, i + 2n, …}, which keeps each subtask's event times non-decreasing and the subtasks close to each
 * other in event time; a restore keeps the first run's splits and their next numbers. Readers run on their task's
 * thread only and emit about a thousand rows per poll.
 */
package io.weir.connector.nexmark;
