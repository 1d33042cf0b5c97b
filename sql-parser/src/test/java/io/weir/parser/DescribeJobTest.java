package io.weir.parser;

import static io.weir.parser.Parsing.error;
import static io.weir.parser.Parsing.parse;
import static io.weir.parser.Parsing.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.parser.statement.Describe;
import io.weir.parser.statement.DescribeJob;
import io.weir.parser.statement.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescribeJobTest {
    @Test
    void describeJobNamesTheJobById() {
        DescribeJob describe = single("DESCRIBE JOB 'q-1a2b'", DescribeJob.class);
        assertThat(describe.jobId()).isEqualTo("q-1a2b");
        assertThat(describe.text()).isEqualTo("DESCRIBE JOB 'q-1a2b'");
    }

    @Test
    void descIsShortForDescribeInAnyCase() {
        assertThat(single("desc job 'abc'", DescribeJob.class).jobId()).isEqualTo("abc");
    }

    @Test
    void aDoubledQuoteInTheIdStandsForOneQuote() {
        assertThat(single("DESCRIBE JOB 'it''s'", DescribeJob.class).jobId()).isEqualTo("it's");
    }

    @Test
    void aTableNamedJobIsStillDescribedAsATable() {
        Describe describe = single("DESCRIBE job", Describe.class);
        assertThat(describe.name()).isEqualTo(ObjectName.of("job"));
    }

    @Test
    void describeJobSpansItsTextInTheScript() {
        List<Statement> statements = parse("SHOW JOBS;\n  DESC JOB 'a1' ;");
        assertThat(statements.get(1)).isInstanceOf(DescribeJob.class);
        assertThat(statements.get(1).span()).isEqualTo(new SourceSpan(2, 3, 2, 15));
    }

    @Test
    void anUnquotedJobIdIsReportedWhereItStands() {
        ParseException e = error("DESCRIBE JOB abc");
        assertThat(e.span().startLine()).isEqualTo(1);
        assertThat(e.span().startColumn()).isEqualTo(14);
        assertThat(e.getMessage()).startsWith("Unexpected 'abc'");
    }

    @Test
    void somethingAfterTheJobIdIsAnError() {
        ParseException e = error("DESCRIBE JOB 'a' EXTENDED");
        assertThat(e.span().startColumn()).isEqualTo(18);
        assertThat(e.getMessage()).startsWith("Unexpected 'EXTENDED'");
    }
}
