package io.weir.parser.statement;

/** A pass over statements, with one method for each kind. */
public interface StatementVisitor<R> {
    R visit(CreateTable statement);

    R visit(CreateView statement);

    R visit(DropTable statement);

    R visit(DropView statement);

    R visit(ShowTables statement);

    R visit(ShowViews statement);

    R visit(ShowCreateTable statement);

    R visit(Describe statement);

    R visit(SetOption statement);

    R visit(ShowOptions statement);

    R visit(ResetOption statement);

    R visit(Explain statement);

    R visit(Insert statement);

    R visit(Query statement);

    R visit(ShowJobs statement);

    R visit(StopJob statement);

    R visit(DescribeJob statement);

    R visit(TakeSavepoint statement);

    R visit(ShowSavepoints statement);

    R visit(ShowCheckpoints statement);

}
