package io.weir.parser.statement;

import io.weir.parser.SourceSpan;

/**
 * One statement of a script, with where it stands in the original script and its text.
 * Passes over statements implement {@link StatementVisitor}, so a new statement fails to compile until each handles it.
 */
public sealed interface Statement
        permits CreateTable, CreateView, DropTable, DropView, ShowTables, ShowViews, ShowCreateTable, Describe,
        SetOption, ShowOptions, ResetOption, Explain, Insert, Query, ShowJobs, StopJob,
        DescribeJob, TakeSavepoint, ShowSavepoints, ShowCheckpoints {
    SourceSpan span();

    /** The statement's text as written, without the closing semicolon. */
    String text();

    <R> R accept(StatementVisitor<R> visitor);
}
